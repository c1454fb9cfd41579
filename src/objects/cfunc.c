/* cfunc.c — the objects wrapping C functions: builtin_function_or_method (a GpMethodDef
 * bound to a module or an object), method_descriptor and getset_descriptor (a type's
 * GpMethodDef / GpGetSetDef), calling a GpMethodDef with CPython's count checks, and the
 * argument helpers for C functions (args_parse and friends).
 *
 * Invariants:
 * - Messages are CPython 3.11's; a callable is named as _PyObject_FunctionStr names it
 *   ("len()", "list.append()", "sys.exit()").
 * - Each call of a C function counts one level of recursion, as CPython 3.11's
 *   cfunction_vectorcall_* do ("maximum recursion depth exceeded while calling a Python
 *   object").
 */
#include <string.h>

#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define TYPE_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS) != 0)

/* The module name to show before a module function's name, or NULL (builtins, none). */
static GpObject *module_prefix(GpObject *self) {
    if (!self || !MODULE_CHECK(self))
        return NULL;
    GpObject *n = dict_getitem(MODULE_DICT(self), GP_ID(__name__));
    if (!n) {
        if (err_occurred())
            err_clear();
        return NULL;
    }
    if (!STR_CHECK(n) || str_eq_cstr(n, "builtins"))
        return NULL;
    return n;
}

/* "len()", "sys.exit()", "list.append()", "int.from_bytes()". New reference. */
static GpObject *describe_def(GpMethodDef *def, GpObject *self) {
    if (!self)
        return str_from_format("%s()", def->name);
    if (MODULE_CHECK(self)) {
        GpObject *m = module_prefix(self);
        return m ? str_from_format("%U.%s()", m, def->name) : str_from_format("%s()", def->name);
    }
    const char *tname = TYPE_CHECK(self) ? ((GpType *)self)->name : obj_type_name(self);
    return str_from_format("%s.%s()", tname, def->name);
}

GpObject *cfunction_call_def(GpMethodDef *def, GpObject *self, GpObject *const *args,
                             intptr_t nargs, GpObject *kwnames) {
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    GpObject *fs, *res;
    switch (def->flags) {
    case METH_NOARGS:
        if (nkw)
            goto no_kw;
        if (nargs != 0) {
            if ((fs = describe_def(def, self))) {
                err_format(&gp_exc_TypeError, "%U takes no arguments (%zd given)", fs, nargs);
                gp_decref(fs);
            }
            return NULL;
        }
        args = NULL;
        break;
    case METH_O:
        if (nkw)
            goto no_kw;
        if (nargs != 1) {
            if ((fs = describe_def(def, self))) {
                err_format(&gp_exc_TypeError, "%U takes exactly one argument (%zd given)", fs,
                           nargs);
                gp_decref(fs);
            }
            return NULL;
        }
        break;
    case METH_VARARGS:
        if (nkw)
            goto no_kw;
        break;
    case METH_KEYWORDS:
        break;
    }
    if (frame_enter_depth(" while calling a Python object") < 0)
        return NULL;
    res = def->fn(self, args, nargs, nkw ? kwnames : NULL);
    frame_leave_depth();
    return res;
no_kw:
    if ((fs = describe_def(def, self))) {
        err_format(&gp_exc_TypeError, "%U takes no keyword arguments", fs);
        gp_decref(fs);
    }
    return NULL;
}

GpObject *func_describe(GpObject *callable) {
    GpObject *qualname = obj_lookup_attr(callable, GP_ID(__qualname__));
    GpObject *module = NULL, *res = NULL;
    if (!qualname) {
        if (err_occurred())
            return NULL;
        return obj_str(callable);
    }
    module = obj_lookup_attr(callable, GP_ID(__module__));
    if (!module && err_occurred())
        goto done;
    if (module && module != GP_NONE) {
        int ne = obj_richcompare_bool(module, GP_ID(builtins), CMP_OP_NE);
        if (ne < 0)
            goto done;
        if (ne) {
            res = str_from_format("%S.%S()", module, qualname);
            goto done;
        }
    }
    res = str_from_format("%S()", qualname);
done:
    gp_decref(qualname);
    gp_xdecref(module);
    return res;
}

/* ---- builtin_function_or_method ---- */

#define CF(o) ((GpCFunction *)(o))

GpObject *cfunction_new(GpMethodDef *def, GpObject *self, GpObject *module) {
    GpCFunction *f = (GpCFunction *)obj_new(&gp_type_cfunction, sizeof(GpCFunction));
    if (!f)
        return NULL;
    f->def = def;
    f->self = self ? gp_newref(self) : NULL;
    f->module = module ? gp_newref(module) : NULL;
    return (GpObject *)f;
}

static void cfunction_dealloc(GpObject *self) {
    GP_CLEAR(CF(self)->self);
    GP_CLEAR(CF(self)->module);
    obj_free(self);
}

static int cfunction_traverse(GpObject *self, VisitFn visit, void *arg) {
    int r = CF(self)->self ? visit(CF(self)->self, arg) : 0;
    if (!r && CF(self)->module)
        r = visit(CF(self)->module, arg);
    return r;
}

static GpObject *cfunction_repr(GpObject *self) {
    GpCFunction *f = CF(self);
    if (!f->self || MODULE_CHECK(f->self))
        return str_from_format("<built-in function %s>", f->def->name);
    return str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                           obj_type_name(f->self), (void *)f->self);
}

static int64_t cfunction_hash(GpObject *self) {
    int64_t x = func_hash_pointer(CF(self)->self);
    int64_t y = func_hash_pointer((const void *)CF(self)->def);
    x ^= y;
    return x == -1 ? -2 : x;
}

static GpObject *cfunction_richcompare(GpObject *a, GpObject *b, int op) {
    if ((op != CMP_OP_EQ && op != CMP_OP_NE) || GP_TYPE(a) != &gp_type_cfunction ||
        GP_TYPE(b) != &gp_type_cfunction)
        return gp_newref(GP_NOTIMPL);
    int eq = CF(a)->self == CF(b)->self && CF(a)->def->fn == CF(b)->def->fn;
    return gp_bool(op == CMP_OP_EQ ? eq : !eq);
}

static GpObject *cfunction_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    return cfunction_call_def(CF(self)->def, CF(self)->self, args, nargs, kwnames);
}

static GpObject *doc_of(const char *doc) { return doc ? str_from_cstr(doc) : gp_none(); }

static GpObject *cf_get_name(GpObject *self) { return str_from_cstr(CF(self)->def->name); }
static GpObject *cf_get_qualname(GpObject *self) {
    GpCFunction *f = CF(self);
    if (!f->self || MODULE_CHECK(f->self))
        return str_from_cstr(f->def->name);
    const char *tname = TYPE_CHECK(f->self) ? ((GpType *)f->self)->name : obj_type_name(f->self);
    return str_from_format("%s.%s", tname, f->def->name);
}
static GpObject *cf_get_self(GpObject *self) {
    return gp_newref(CF(self)->self ? CF(self)->self : GP_NONE);
}
static GpObject *cf_get_module(GpObject *self) {
    return gp_newref(CF(self)->module ? CF(self)->module : GP_NONE);
}
static int cf_set_module(GpObject *self, GpObject *value) {
    GP_SETREF(CF(self)->module, value ? gp_newref(value) : NULL);
    return 0;
}
static GpObject *cf_get_doc(GpObject *self) { return doc_of(CF(self)->def->doc); }

static GpGetSetDef cfunction_getset[] = {
    {"__name__", cf_get_name, NULL, NULL},
    {"__qualname__", cf_get_qualname, NULL, NULL},
    {"__self__", cf_get_self, NULL, NULL},
    {"__module__", cf_get_module, cf_set_module, NULL},
    {"__doc__", cf_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_cfunction = {
    GP_TYPE_HEAD,
    .name = "builtin_function_or_method",
    .basicsize = sizeof(GpCFunction),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = cfunction_dealloc,
    .repr = cfunction_repr,
    .hash = cfunction_hash,
    .richcompare = cfunction_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = cfunction_call,
    .traverse = cfunction_traverse,
    .getset = cfunction_getset,
};

/* ---- method_descriptor ---- */

#define MD(o) ((GpMethodDescr *)(o))

GpObject *method_descr_new(GpType *type, GpMethodDef *def) {
    GpMethodDescr *d = (GpMethodDescr *)obj_new(&gp_type_method_descr, sizeof(GpMethodDescr));
    if (!d)
        return NULL;
    d->def = def;
    d->objtype = type;
    gp_incref((GpObject *)type);
    return (GpObject *)d;
}

static void descr_dealloc(GpObject *self) {
    /* method_descriptor and getset_descriptor share the layout up to objtype. */
    GpType *t = GP_TYPE(self) == &gp_type_method_descr ? MD(self)->objtype
                                                        : ((GpGetSetDescr *)self)->objtype;
    if (t)
        gp_decref((GpObject *)t);
    obj_free(self);
}

static GpObject *method_descr_repr(GpObject *self) {
    return str_from_format("<method '%s' of '%s' objects>", MD(self)->def->name,
                           MD(self)->objtype->name);
}

static GpObject *method_descr_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                                   GpObject *kwnames) {
    GpMethodDescr *d = MD(self);
    if (nargs < 1)
        return err_format(&gp_exc_TypeError, "unbound method %s.%s() needs an argument",
                          d->objtype->name, d->def->name);
    if (!obj_is_instance_of(args[0], d->objtype))
        return err_format(&gp_exc_TypeError,
                          "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          d->def->name, d->objtype->name, obj_type_name(args[0]));
    return cfunction_call_def(d->def, args[0], args + 1, nargs - 1, kwnames);
}

static GpObject *md_get_name(GpObject *self) { return str_from_cstr(MD(self)->def->name); }
static GpObject *md_get_qualname(GpObject *self) {
    return str_from_format("%s.%s", MD(self)->objtype->name, MD(self)->def->name);
}
static GpObject *md_get_objclass(GpObject *self) {
    return gp_newref((GpObject *)MD(self)->objtype);
}
static GpObject *md_get_doc(GpObject *self) { return doc_of(MD(self)->def->doc); }

static GpGetSetDef method_descr_getset[] = {
    {"__name__", md_get_name, NULL, NULL},
    {"__qualname__", md_get_qualname, NULL, NULL},
    {"__objclass__", md_get_objclass, NULL, NULL},
    {"__doc__", md_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_method_descr = {
    GP_TYPE_HEAD,
    .name = "method_descriptor",
    .basicsize = sizeof(GpMethodDescr),
    .base = &gp_type_object,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .getattr = obj_generic_getattr,
    .call = method_descr_call,
    .getset = method_descr_getset,
};

/* ---- getset_descriptor ---- */

#define GD(o) ((GpGetSetDescr *)(o))

GpObject *getset_descr_new(GpType *type, GpGetSetDef *def) {
    GpGetSetDescr *d = (GpGetSetDescr *)obj_new(&gp_type_getset_descr, sizeof(GpGetSetDescr));
    if (!d)
        return NULL;
    d->def = def;
    d->objtype = type;
    gp_incref((GpObject *)type);
    return (GpObject *)d;
}

static GpObject *getset_descr_repr(GpObject *self) {
    return str_from_format("<attribute '%s' of '%s' objects>", GD(self)->def->name,
                           GD(self)->objtype->name);
}

static GpObject *gd_get_name(GpObject *self) { return str_from_cstr(GD(self)->def->name); }
static GpObject *gd_get_qualname(GpObject *self) {
    return str_from_format("%s.%s", GD(self)->objtype->name, GD(self)->def->name);
}
static GpObject *gd_get_objclass(GpObject *self) {
    return gp_newref((GpObject *)GD(self)->objtype);
}
static GpObject *gd_get_doc(GpObject *self) { return doc_of(GD(self)->def->doc); }

static GpGetSetDef getset_descr_getset[] = {
    {"__name__", gd_get_name, NULL, NULL},
    {"__qualname__", gd_get_qualname, NULL, NULL},
    {"__objclass__", gd_get_objclass, NULL, NULL},
    {"__doc__", gd_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static int getset_descr_check(GpObject *self, GpObject *obj) {
    GpGetSetDescr *d = (GpGetSetDescr *)self;
    if (obj_is_instance_of(obj, d->objtype))
        return 0;
    err_format(&gp_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
               d->def->name, d->objtype->name, obj_type_name(obj));
    return -1;
}

/* getset.__get__(obj, type) / __set__ / __delete__ (the attribute lookups call the C
 * getter and setter directly). */
static GpObject *getset_descr_get(GpObject *self, GpObject *obj, GpObject *type) {
    (void)type;
    if (!obj)
        return gp_newref(self);
    if (getset_descr_check(self, obj) < 0)
        return NULL;
    return ((GpGetSetDescr *)self)->def->get(obj);
}

static int getset_descr_set(GpObject *self, GpObject *obj, GpObject *value) {
    GpGetSetDescr *d = (GpGetSetDescr *)self;
    if (getset_descr_check(self, obj) < 0)
        return -1;
    if (!d->def->set) {
        err_format(&gp_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                   d->def->name, d->objtype->name);
        return -1;
    }
    return d->def->set(obj, value);
}

/* A class's own descriptors (its __dict__, __weakref__) name it: a cycle through the
 * class dict, which the collector must see (CPython's descr_traverse). */
static int getset_descr_traverse(GpObject *self, VisitFn visit, void *arg) {
    GpType *t = ((GpGetSetDescr *)self)->objtype;
    return t && (t->flags & TPFLAG_HEAPTYPE) ? visit((GpObject *)t, arg) : 0;
}

GpType gp_type_getset_descr = {
    GP_TYPE_HEAD,
    .name = "getset_descriptor",
    .basicsize = sizeof(GpGetSetDescr),
    .flags = TPFLAG_GC,
    .traverse = getset_descr_traverse,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
    .base = &gp_type_object,
    .dealloc = descr_dealloc,
    .repr = getset_descr_repr,
    .getattr = obj_generic_getattr,
    .getset = getset_descr_getset,
};

/* ---- Argument helpers for C functions ---- */

int args_no_kw(const char *fname, GpObject *kwnames) {
    if (kwnames && TUPLE_SIZE(kwnames) > 0) {
        err_format(&gp_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int args_check_count(const char *fname, intptr_t nargs, intptr_t min, intptr_t max) {
    if (nargs < min) {
        err_format(&gp_exc_TypeError, "%s expected %s%zd argument%s, got %zd", fname,
                   min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (max >= 0 && nargs > max) {
        err_format(&gp_exc_TypeError, "%s expected %s%zd argument%s, got %zd", fname,
                   min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* The value of keyword `name` among kwnames (values after the positional args), or NULL. */
static GpObject *find_keyword(GpObject *kwnames, GpObject *const *kwvalues, const char *name) {
    intptr_t n = TUPLE_SIZE(kwnames);
    for (intptr_t i = 0; i < n; i++) {
        GpObject *k = TUPLE_ITEM(kwnames, i);
        if (STR_CHECK(k) && str_eq_cstr(k, name))
            return kwvalues[i];
    }
    return NULL;
}

int args_parse(const char *fname, GpObject *const *args, intptr_t nargs, GpObject *kwnames,
               const char *const *names, int min_args, int max_pos, GpObject **out) {
    int maxargs = 0, posonly = 0, i;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    GpObject *const *kwvalues = args + nargs;
    while (names[maxargs])
        maxargs++;
    while (posonly < maxargs && names[posonly][0] == '\0')
        posonly++;
    int minposonly = posonly < min_args ? posonly : min_args;

    for (i = 0; i < maxargs; i++)
        out[i] = NULL;
    if (nargs + nkw > maxargs) {
        err_format(&gp_exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname,
                   maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > max_pos) {
        if (max_pos == 0)
            err_format(&gp_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            err_format(&gp_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                       fname, min_args < max_pos ? "at most" : "exactly", max_pos,
                       max_pos == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs < minposonly) {
        err_format(&gp_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                   fname, minposonly < max_pos ? "at least" : "exactly", minposonly,
                   minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (i = 0; i < nargs; i++)
        out[i] = args[i];
    intptr_t left = nkw;
    for (i = (int)nargs > posonly ? (int)nargs : posonly; i < maxargs; i++) {
        GpObject *v = NULL;
        if (left)
            v = find_keyword(kwnames, kwvalues, names[i]);
        else if (i >= min_args)
            break;
        out[i] = v;
        if (v) {
            left--;
        } else if (i < min_args) {
            err_format(&gp_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                       names[i], i + 1);
            return -1;
        }
    }
    if (left > 0) {
        /* An argument given by name and position, or an unknown keyword. */
        for (i = posonly; i < nargs; i++) {
            if (find_keyword(kwnames, kwvalues, names[i])) {
                err_format(&gp_exc_TypeError,
                           "argument for %s() given by name ('%s') and position (%d)", fname,
                           names[i], i + 1);
                return -1;
            }
        }
        for (intptr_t k = 0; k < nkw; k++) {
            GpObject *key = TUPLE_ITEM(kwnames, k);
            int known = 0;
            if (!STR_CHECK(key)) {
                err_set_str(&gp_exc_TypeError, "keywords must be strings");
                return -1;
            }
            for (i = posonly; i < maxargs && !known; i++)
                known = str_eq_cstr(key, names[i]);
            if (!known) {
                err_format(&gp_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                           key, fname);
                return -1;
            }
        }
        err_format(&gp_exc_TypeError, "%s() got multiple values for keyword arguments", fname);
        return -1;
    }
    return 0;
}
