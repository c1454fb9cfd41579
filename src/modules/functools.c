/* functools.c — the functools module: reduce, partial, partialmethod, cmp_to_key,
 * update_wrapper/wraps, total_ordering and singledispatch, with CPython 3.11's behaviour;
 * lru_cache/cache and cached_property are in functools_cache.c.
 *
 * Invariants:
 * - partial, partialmethod, KeyWrapper and the singledispatch function are GC containers:
 *   traverse visits every reference they hold, clear drops them (and a cleared object
 *   raises instead of crashing when used again).
 * - total_ordering's derived methods are _TotalOrderingMethod objects: callables that bind
 *   like functions (descr_get) and compute one comparison from the root one, as CPython's
 *   _gt_from_lt & co. do (NotImplemented from the root is passed on).
 */
#include <string.h>

#include "modules/functools.h"
#include "modules/functools_internal.h"

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/mappingproxy.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

/* ---- reduce ---- */

static GpObject *ft_reduce(GpObject *self, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    (void)self;
    if (kwnames && TUPLE_SIZE(kwnames))
        return err_set_str(&gp_exc_TypeError, "reduce() takes no keyword arguments");
    if (args_check_count("reduce", nargs, 2, 3) < 0)
        return NULL;
    GpObject *fn = args[0];
    GpObject *it = obj_iter(args[1]);
    if (!it) {
        if (err_matches(&gp_exc_TypeError)) {
            err_clear();
            err_set_str(&gp_exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return NULL;
    }
    GpObject *acc = nargs == 3 ? gp_newref(args[2]) : NULL;
    for (;;) {
        GpObject *item = obj_iternext(it);
        if (!item) {
            if (err_occurred())
                goto error;
            break;
        }
        if (!acc) {
            acc = item;
            continue;
        }
        GpObject *pair[2] = {acc, item};
        GpObject *r = obj_call(fn, pair, 2, NULL);
        gp_decref(acc);
        gp_decref(item);
        acc = r;
        if (!acc)
            goto error;
    }
    gp_decref(it);
    if (!acc)
        return err_set_str(&gp_exc_TypeError, "reduce() of empty iterable with no initial value");
    return acc;
error:
    gp_xdecref(acc);
    gp_decref(it);
    return NULL;
}

/* ---- partial ---- */

typedef struct GpPartial {
    GP_HEAD;
    GpObject *fn;
    GpObject *args;      /* tuple */
    GpObject *kw;        /* dict */
    GpObject *dict;      /* __dict__ or NULL */
} GpPartial;

extern GpType gp_type_partial;

static GpObject *partial_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames);

/* A dict from the keyword part of a vectorcall (kwnames may be NULL). New reference. */
static GpObject *kwargs_dict(GpObject *const *values, GpObject *kwnames) {
    GpObject *d = dict_new();
    if (!d || !kwnames)
        return d;
    for (intptr_t i = 0; i < TUPLE_SIZE(kwnames); i++)
        if (dict_setitem(d, TUPLE_ITEM(kwnames, i), values[i]) < 0) {
            gp_decref(d);
            return NULL;
        }
    return d;
}

/* Tuple a + b[0..n). New reference. */
static GpObject *tuple_concat_array(GpObject *a, GpObject *const *b, intptr_t n) {
    intptr_t na = a ? TUPLE_SIZE(a) : 0;
    GpObject *t = tuple_new(na + n);
    if (!t)
        return NULL;
    for (intptr_t i = 0; i < na; i++)
        TUPLE_SET_ITEM(t, i, gp_newref(TUPLE_ITEM(a, i)));
    for (intptr_t i = 0; i < n; i++)
        TUPLE_SET_ITEM(t, na + i, gp_newref(b[i]));
    return t;
}

static GpObject *partial_make(GpType *type, GpObject *fn, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    GpObject *pargs = NULL, *pkw = NULL;
    if (GP_TYPE(fn)->call == partial_call && !((GpPartial *)fn)->dict &&
        ((GpPartial *)fn)->fn) {
        GpPartial *inner = (GpPartial *)fn;
        pargs = inner->args;
        pkw = inner->kw;
        fn = inner->fn;
    }
    GpPartial *p = (GpPartial *)obj_new(type, type->basicsize);
    if (!p)
        return NULL;
    p->fn = gp_newref(fn);
    if (!(p->args = tuple_concat_array(pargs, args, nargs)))
        goto error;
    if (pkw) {
        if (!(p->kw = dict_copy(pkw)))
            goto error;
        for (intptr_t i = 0; kwnames && i < TUPLE_SIZE(kwnames); i++)
            if (dict_setitem(p->kw, TUPLE_ITEM(kwnames, i), args[nargs + i]) < 0)
                goto error;
    } else if (!(p->kw = kwargs_dict(args + nargs, kwnames))) {
        goto error;
    }
    return (GpObject *)p;
error:
    gp_decref((GpObject *)p);
    return NULL;
}

static GpObject *partial_new(GpType *type, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    if (nargs < 1)
        return err_set_str(&gp_exc_TypeError, "type 'partial' takes at least one argument");
    if (!obj_is_callable(args[0]))
        return err_set_str(&gp_exc_TypeError, "the first argument must be callable");
    return partial_make(type, args[0], args + 1, nargs - 1, kwnames);
}

static GpObject *partial_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    GpPartial *p = (GpPartial *)self;
    if (!p->fn || !p->args || !p->kw)
        return err_set_str(&gp_exc_TypeError, "partial object was cleared");
    GpObject *fn = gp_newref(p->fn), *pargs = gp_newref(p->args);
    GpObject *r = NULL;
    if (dict_size(p->kw) == 0) {
        /* The common case: one vectorcall with the stored arguments in front. */
        intptr_t np = TUPLE_SIZE(pargs), nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
        intptr_t total = np + nargs + nkw;
        GpObject *small[8];
        GpObject **buf = small;
        if (total > 8 && !(buf = mem_alloc((size_t)total * sizeof(GpObject *)))) {
            err_no_memory();
            goto done;
        }
        for (intptr_t i = 0; i < np; i++)
            buf[i] = TUPLE_ITEM(pargs, i);
        for (intptr_t i = 0; i < nargs + nkw; i++)
            buf[np + i] = args[i];
        r = obj_call(fn, buf, np + nargs, nkw ? kwnames : NULL);
        if (buf != small)
            mem_free(buf);
        goto done;
    }
    GpObject *all = tuple_concat_array(pargs, args, nargs);
    GpObject *kw = all ? dict_copy(p->kw) : NULL;
    int ok = kw != NULL;
    for (intptr_t i = 0; ok && kwnames && i < TUPLE_SIZE(kwnames); i++)
        ok = dict_setitem(kw, TUPLE_ITEM(kwnames, i), args[nargs + i]) == 0;
    if (ok)
        r = obj_call_tuple_dict(fn, all, kw);
    gp_xdecref(kw);
    gp_xdecref(all);
done:
    gp_decref(pargs);
    gp_decref(fn);
    return r;
}

static int partial_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpPartial *p = (GpPartial *)o;
    GP_VISIT(p->fn);
    GP_VISIT(p->args);
    GP_VISIT(p->kw);
    GP_VISIT(p->dict);
    return 0;
}

static GpObject *partial_clear(GpObject *o) {
    GpPartial *p = (GpPartial *)o;
    GP_CLEAR(p->fn);
    GP_CLEAR(p->args);
    GP_CLEAR(p->kw);
    GP_CLEAR(p->dict);
    return NULL;
}

static void partial_dealloc(GpObject *o) {
    partial_clear(o);
    obj_free(o);
}

static GpObject *partial_repr(GpObject *self) {
    GpPartial *p = (GpPartial *)self;
    const char *tname = GP_TYPE(self)->name;
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return NULL;
    if (rec)
        return str_from_cstr("...");
    GpObject *out = NULL;
    if (!p->fn || !p->args || !p->kw) {
        out = str_from_format("%s()", tname);
        goto done;
    }
    GpObject *args = gp_newref(p->args), *kw = gp_newref(p->kw);
    out = obj_repr(p->fn);
    for (intptr_t i = 0; out && i < TUPLE_SIZE(args); i++)
        GP_SETREF(out, str_from_format("%U, %R", out, TUPLE_ITEM(args, i)));
    intptr_t pos = 0;
    GpObject *k, *v;
    while (out && dict_next(kw, &pos, &k, &v)) {
        gp_incref(k);
        gp_incref(v);
        GP_SETREF(out, str_from_format("%U, %S=%R", out, k, v));
        gp_decref(k);
        gp_decref(v);
    }
    gp_decref(args);
    gp_decref(kw);
    if (out)
        GP_SETREF(out, str_from_format("%s(%U)", tname, out));
done:
    obj_repr_leave(self);
    return out;
}

static GpObject *partial_get_func(GpObject *self) {
    GpObject *v = ((GpPartial *)self)->fn;
    return gp_newref(v ? v : GP_NONE);
}
static GpObject *partial_get_args(GpObject *self) {
    GpObject *v = ((GpPartial *)self)->args;
    return v ? gp_newref(v) : tuple_new(0);
}
static GpObject *partial_get_keywords(GpObject *self) {
    GpObject *v = ((GpPartial *)self)->kw;
    return v ? gp_newref(v) : dict_new();
}
static GpObject *partial_get_dict(GpObject *self) {
    return obj_get_dict_at(&((GpPartial *)self)->dict);
}
static int partial_set_dict(GpObject *self, GpObject *value) {
    return obj_set_dict_at(&((GpPartial *)self)->dict, value);
}

/* CPython's read-only members say just this. */
static int readonly_set(GpObject *self, GpObject *value) {
    (void)self, (void)value;
    err_set_str(&gp_exc_AttributeError, "readonly attribute");
    return -1;
}

static GpGetSetDef partial_getset[] = {
    {"func", partial_get_func, readonly_set, "function object to use in future partial calls"},
    {"args", partial_get_args, readonly_set, "tuple of arguments to future partial calls"},
    {"keywords", partial_get_keywords, readonly_set, "dictionary of keyword arguments to future partial calls"},
    {"__dict__", partial_get_dict, partial_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_partial = {
    GP_TYPE_HEAD,
    .name = "functools.partial",
    .basicsize = sizeof(GpPartial),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .dealloc = partial_dealloc,
    .repr = partial_repr,
    .setattr = obj_generic_setattr,
    .call = partial_call,
    .new_ = partial_new,
    .traverse = partial_traverse,
    .clear = partial_clear,
    .getset = partial_getset,
    .dictoffset = offsetof(GpPartial, dict),
};

/* ---- cmp_to_key ---- */

typedef struct GpKeyWrapper {
    GP_HEAD;
    GpObject *cmp;
    GpObject *obj;       /* NULL for the wrapper cmp_to_key returns */
} GpKeyWrapper;

extern GpType gp_type_keywrapper;

static GpObject *keywrapper_make(GpObject *cmp, GpObject *obj) {
    GpKeyWrapper *k = (GpKeyWrapper *)obj_new(&gp_type_keywrapper, sizeof(GpKeyWrapper));
    if (!k)
        return NULL;
    k->cmp = gp_newref(cmp);
    k->obj = obj ? gp_newref(obj) : NULL;
    return (GpObject *)k;
}

static GpObject *ft_cmp_to_key(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"mycmp", NULL};
    GpObject *cmp;
    if (args_parse("cmp_to_key", args, nargs, kwnames, names, 1, 1, &cmp) < 0)
        return NULL;
    return keywrapper_make(cmp, NULL);
}

static GpObject *keywrapper_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    static const char *const names[] = {"obj", NULL};
    GpObject *obj;
    if (args_parse("K", args, nargs, kwnames, names, 1, 1, &obj) < 0)
        return NULL;
    GpKeyWrapper *k = (GpKeyWrapper *)self;
    if (!k->cmp)
        return err_set_str(&gp_exc_TypeError, "KeyWrapper was cleared");
    return keywrapper_make(k->cmp, obj);
}

static GpObject *keywrapper_richcompare(GpObject *a, GpObject *b, int op) {
    if (GP_TYPE(a) != &gp_type_keywrapper)
        return gp_newref(GP_NOTIMPL);
    if (GP_TYPE(b) != &gp_type_keywrapper)
        return err_set_str(&gp_exc_TypeError, "other argument must be K instance");
    GpKeyWrapper *ka = (GpKeyWrapper *)a, *kb = (GpKeyWrapper *)b;
    if (!ka->obj || !kb->obj || !ka->cmp)
        return err_set_str(&gp_exc_AttributeError, "object");
    GpObject *cmp = gp_newref(ka->cmp);
    GpObject *pair[2] = {ka->obj, kb->obj};
    gp_incref(pair[0]);
    gp_incref(pair[1]);
    GpObject *res = obj_call(cmp, pair, 2, NULL);
    gp_decref(pair[0]);
    gp_decref(pair[1]);
    gp_decref(cmp);
    if (!res)
        return NULL;
    GpObject *zero = int_from_i64(0);
    GpObject *r = zero ? obj_richcompare(res, zero, op) : NULL;
    gp_xdecref(zero);
    gp_decref(res);
    return r;
}

static int keywrapper_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpKeyWrapper *k = (GpKeyWrapper *)o;
    GP_VISIT(k->cmp);
    GP_VISIT(k->obj);
    return 0;
}

static GpObject *keywrapper_clear(GpObject *o) {
    GpKeyWrapper *k = (GpKeyWrapper *)o;
    GP_CLEAR(k->cmp);
    GP_CLEAR(k->obj);
    return NULL;
}

static void keywrapper_dealloc(GpObject *o) {
    keywrapper_clear(o);
    obj_free(o);
}

static GpObject *keywrapper_get_obj(GpObject *self) {
    GpKeyWrapper *k = (GpKeyWrapper *)self;
    if (!k->obj)
        return err_set_str(&gp_exc_AttributeError, "obj");
    return gp_newref(k->obj);
}

static int keywrapper_set_obj(GpObject *self, GpObject *value) {
    GpKeyWrapper *k = (GpKeyWrapper *)self;
    GP_SETREF(k->obj, value ? gp_newref(value) : NULL);
    return 0;
}

static GpGetSetDef keywrapper_getset[] = {
    {"obj", keywrapper_get_obj, keywrapper_set_obj, "Value wrapped by a key function."},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_keywrapper = {
    GP_TYPE_HEAD,
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(GpKeyWrapper),
    .flags = TPFLAG_GC,
    .dealloc = keywrapper_dealloc,
    .richcompare = keywrapper_richcompare,
    .call = keywrapper_call,
    .traverse = keywrapper_traverse,
    .clear = keywrapper_clear,
    .getset = keywrapper_getset,
};

/* ---- update_wrapper / wraps ---- */

/* Python functions' message for missing required arguments (these are Python functions in
 * CPython): "f() missing 2 required positional arguments: 'a' and 'b'". names[0..nreq) are
 * the required ones. 0, or -1 with the TypeError set. */
int functools_check_missing(const char *fname, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames, const char *const *names, int nreq) {
    const char *missing[4];
    int nmiss = 0;
    for (int i = (int)nargs; i < nreq && nmiss < 4; i++) {
        int found = 0;
        for (intptr_t k = 0; kwnames && k < TUPLE_SIZE(kwnames); k++)
            if (STR_CHECK(TUPLE_ITEM(kwnames, k)) && str_eq_cstr(TUPLE_ITEM(kwnames, k), names[i]))
                found = 1;
        if (!found)
            missing[nmiss++] = names[i];
    }
    (void)args;
    if (nmiss == 0)
        return 0;
    if (nmiss == 1) {
        err_format(&gp_exc_TypeError, "%s() missing 1 required positional argument: '%s'", fname,
                   missing[0]);
        return -1;
    }
    /* 'a' and 'b' / 'a', 'b', and 'c' */
    GpObject *list = str_from_format("'%s'", missing[0]);
    for (int i = 1; list && i < nmiss; i++)
        GP_SETREF(list, str_from_format("%U%s'%s'", list,
                                        i < nmiss - 1 ? ", " : nmiss > 2 ? ", and " : " and ",
                                        missing[i]));
    if (list) {
        err_format(&gp_exc_TypeError, "%s() missing %d required positional arguments: %U", fname,
                   nmiss, list);
        gp_decref(list);
    }
    return -1;
}

/* o.name = v (name a C string). 0 or -1. */
static int setattr_cstr(GpObject *o, const char *name, GpObject *v) {
    GpObject *n = str_intern_cstr(name);
    if (!n)
        return -1;
    int r = obj_setattr(o, n, v);
    gp_decref(n);
    return r;
}

static const char *const wrapper_assignments[] = {
    "__module__", "__name__", "__qualname__", "__doc__", "__annotations__", NULL,
};

GpObject *functools_update_wrapper(GpObject *self, GpObject *const *args, intptr_t nargs,
                                   GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"wrapper", "wrapped", "assigned", "updated", NULL};
    GpObject *a[4] = {NULL, NULL, NULL, NULL};
    if (functools_check_missing("update_wrapper", args, nargs, kwnames, names, 2) < 0 ||
        args_parse("update_wrapper", args, nargs, kwnames, names, 2, 4, a) < 0)
        return NULL;
    GpObject *wrapper = a[0], *wrapped = a[1];
    GpObject *assigned = a[2], *updated = a[3];
    if (assigned) {
        GpObject *it = obj_iter(assigned);
        if (!it)
            return NULL;
        GpObject *attr;
        while ((attr = obj_iternext(it))) {
            GpObject *v = STR_CHECK(attr) ? obj_lookup_attr(wrapped, attr) : obj_getattr(wrapped, attr);
            int r = 0;
            if (v) {
                r = obj_setattr(wrapper, attr, v);
                gp_decref(v);
            } else if (err_occurred()) {
                if (err_matches(&gp_exc_AttributeError))
                    err_clear();
                else
                    r = -1;
            }
            gp_decref(attr);
            if (r < 0) {
                gp_decref(it);
                return NULL;
            }
        }
        gp_decref(it);
        if (err_occurred())
            return NULL;
    } else {
        for (int i = 0; wrapper_assignments[i]; i++) {
            GpObject *v = obj_getattr_cstr(wrapped, wrapper_assignments[i]);
            if (!v) {
                if (!err_matches(&gp_exc_AttributeError))
                    return NULL;
                err_clear();
                continue;
            }
            int r = setattr_cstr(wrapper, wrapper_assignments[i], v);
            gp_decref(v);
            if (r < 0)
                return NULL;
        }
    }
    GpObject *upd = updated ? gp_newref(updated) : tuple_pack(1, GP_ID(__dict__));
    if (!upd)
        return NULL;
    GpObject *it = obj_iter(upd);
    gp_decref(upd);
    if (!it)
        return NULL;
    GpObject *attr;
    while ((attr = obj_iternext(it))) {
        GpObject *target = obj_getattr(wrapper, attr);
        GpObject *src = NULL;
        int r = -1;
        if (target) {
            src = obj_getattr(wrapped, attr);
            if (!src && err_matches(&gp_exc_AttributeError)) {
                err_clear();
                src = dict_new();
            }
        }
        if (src) {
            GpObject *res = obj_call_method(target, "update", &src, 1);
            if (res) {
                gp_decref(res);
                r = 0;
            }
        }
        gp_xdecref(src);
        gp_xdecref(target);
        gp_decref(attr);
        if (r < 0) {
            gp_decref(it);
            return NULL;
        }
    }
    gp_decref(it);
    if (err_occurred())
        return NULL;
    if (setattr_cstr(wrapper, "__wrapped__", wrapped) < 0)
        return NULL;
    return gp_newref(wrapper);
}

/* wraps(wrapped, assigned=..., updated=...): partial(update_wrapper, wrapped=wrapped,
 * assigned=assigned, updated=updated). self is the module (update_wrapper lives there). */
static GpObject *ft_wraps(GpObject *self, GpObject *const *args, intptr_t nargs,
                          GpObject *kwnames) {
    static const char *const names[] = {"wrapped", "assigned", "updated", NULL};
    GpObject *a[3] = {NULL, NULL, NULL};
    if (functools_check_missing("wraps", args, nargs, kwnames, names, 1) < 0 ||
        args_parse("wraps", args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    GpObject *d = MODULE_CHECK(self) ? MODULE_DICT(self) : NULL;
    GpObject *uw = d ? dict_getitem_cstr(d, "update_wrapper") : NULL;
    GpObject *assigned = d ? dict_getitem_cstr(d, "WRAPPER_ASSIGNMENTS") : NULL;
    GpObject *updated = d ? dict_getitem_cstr(d, "WRAPPER_UPDATES") : NULL;
    if (!uw || !assigned || !updated) {
        if (!err_occurred())
            err_set_str(&gp_exc_RuntimeError, "functools.wraps: module state lost");
        return NULL;
    }
    GpObject *kwn = tuple_new(3);
    if (!kwn)
        return NULL;
    const char *kn[3] = {"wrapped", "assigned", "updated"};
    for (int i = 0; i < 3; i++) {
        GpObject *s = str_intern_cstr(kn[i]);
        if (!s) {
            gp_decref(kwn);
            return NULL;
        }
        TUPLE_SET_ITEM(kwn, i, s);
    }
    GpObject *vals[3] = {a[0], a[1] ? a[1] : assigned, a[2] ? a[2] : updated};
    GpObject *r = partial_make(&gp_type_partial, uw, vals, 0, kwn);
    gp_decref(kwn);
    return r;
}

/* ---- total_ordering ---- */

/* How a derived comparison combines the root's result r with self ==/!= other. */
typedef enum {
    TO_NOT_AND_NE,   /* not r and self != other */
    TO_OR_EQ,        /* r or self == other */
    TO_NOT,          /* not r */
    TO_NOT_OR_EQ,    /* not r or self == other */
    TO_AND_NE,       /* r and self != other */
} TotalKind;

typedef struct GpTotalMethod {
    GP_HEAD;
    GpObject *root;      /* str: the root method's name ("__lt__") */
    GpObject *name;      /* str: this method's name */
    TotalKind kind;
} GpTotalMethod;

extern GpType gp_type_total_method;

static GpObject *total_method_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                                   GpObject *kwnames) {
    GpTotalMethod *m = (GpTotalMethod *)self;
    if (args_no_kw(str_cstr(m->name), kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return err_format(&gp_exc_TypeError,
                          "%U() takes 2 positional arguments but %zd were given", m->name,
                          (ssize_t)nargs);
    GpObject *me = args[0], *other = args[1];
    GpObject *root = obj_getattr((GpObject *)GP_TYPE(me), m->root);
    if (!root)
        return NULL;
    GpObject *r = obj_call(root, args, 2, NULL);
    gp_decref(root);
    if (!r || r == GP_NOTIMPL)
        return r;
    int t = obj_is_true(r);
    if (t < 0) {
        gp_decref(r);
        return NULL;
    }
    switch (m->kind) {
    case TO_NOT:
        gp_decref(r);
        return gp_bool(!t);
    case TO_NOT_AND_NE:
        gp_decref(r);
        return t ? gp_bool(0) : obj_richcompare(me, other, CMP_OP_NE);
    case TO_OR_EQ:
        if (t)
            return r;
        gp_decref(r);
        return obj_richcompare(me, other, CMP_OP_EQ);
    case TO_NOT_OR_EQ:
        gp_decref(r);
        return !t ? gp_bool(1) : obj_richcompare(me, other, CMP_OP_EQ);
    case TO_AND_NE:
        if (!t)
            return r;
        gp_decref(r);
        return obj_richcompare(me, other, CMP_OP_NE);
    }
    gp_decref(r);
    return err_bad_internal_call();
}

static GpObject *total_method_get(GpObject *self, GpObject *obj, GpObject *type) {
    (void)type;
    if (!obj || obj == GP_NONE)
        return gp_newref(self);
    return method_new(self, obj);
}

static void total_method_dealloc(GpObject *o) {
    GpTotalMethod *m = (GpTotalMethod *)o;
    GP_CLEAR(m->root);
    GP_CLEAR(m->name);
    obj_free(o);
}

static GpObject *total_method_get_name(GpObject *self) {
    return gp_newref(((GpTotalMethod *)self)->name);
}

static GpObject *total_method_repr(GpObject *self) {
    return str_from_format("<functools total_ordering method %U>", ((GpTotalMethod *)self)->name);
}

static GpGetSetDef total_method_getset[] = {
    {"__name__", total_method_get_name, NULL, NULL},
    {"__qualname__", total_method_get_name, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_total_method = {
    GP_TYPE_HEAD,
    .name = "functools._TotalOrderingMethod",
    .basicsize = sizeof(GpTotalMethod),
    .dealloc = total_method_dealloc,
    .repr = total_method_repr,
    .call = total_method_call,
    .descr_get = total_method_get,
    .getset = total_method_getset,
};

/* For each root (in max() order: __lt__, __le__, __gt__, __ge__) the three it derives. */
static const struct {
    const char *root;
    struct { const char *name; TotalKind kind; } derived[3];
} total_convert[4] = {
    {"__lt__", {{"__gt__", TO_NOT_AND_NE}, {"__le__", TO_OR_EQ}, {"__ge__", TO_NOT}}},
    {"__le__", {{"__ge__", TO_NOT_OR_EQ}, {"__lt__", TO_AND_NE}, {"__gt__", TO_NOT}}},
    {"__gt__", {{"__lt__", TO_NOT_AND_NE}, {"__ge__", TO_OR_EQ}, {"__le__", TO_NOT}}},
    {"__ge__", {{"__le__", TO_NOT_OR_EQ}, {"__gt__", TO_AND_NE}, {"__lt__", TO_NOT}}},
};

/* 1 if cls defines name itself (getattr(cls, name, None) is not getattr(object, ...)). */
static int defines_op(GpObject *cls, const char *name) {
    GpObject *n = str_intern_cstr(name);
    if (!n)
        return -1;
    GpObject *mine = obj_lookup_attr(cls, n);
    if (!mine && err_occurred()) {
        gp_decref(n);
        return -1;
    }
    GpObject *base = obj_lookup_attr((GpObject *)&gp_type_object, n);
    gp_decref(n);
    if (!base && err_occurred()) {
        gp_xdecref(mine);
        return -1;
    }
    int r = mine != base;
    gp_xdecref(mine);
    gp_xdecref(base);
    return r;
}

static GpObject *ft_total_ordering(GpObject *self, GpObject *const *args, intptr_t nargs,
                                   GpObject *kwnames) {
    (void)self, (void)nargs, (void)kwnames;
    GpObject *cls = args[0];
    int roots[4], root = -1;
    for (int i = 0; i < 4; i++) {
        if ((roots[i] = defines_op(cls, total_convert[i].root)) < 0)
            return NULL;
        if (roots[i] && root < 0)
            root = i;
    }
    if (root < 0)
        return err_set_str(&gp_exc_ValueError,
                           "must define at least one ordering operation: < > <= >=");
    for (int k = 0; k < 3; k++) {
        const char *name = total_convert[root].derived[k].name;
        int j = 0;
        while (strcmp(total_convert[j].root, name) != 0)
            j++;
        if (roots[j])
            continue;
        GpTotalMethod *m = (GpTotalMethod *)obj_new(&gp_type_total_method,
                                                    sizeof(GpTotalMethod));
        if (!m)
            return NULL;
        m->kind = total_convert[root].derived[k].kind;
        m->root = str_intern_cstr(total_convert[root].root);
        m->name = str_intern_cstr(name);
        int r = m->root && m->name ? obj_setattr(cls, m->name, (GpObject *)m) : -1;
        gp_decref((GpObject *)m);
        if (r < 0)
            return NULL;
    }
    return gp_newref(cls);
}

/* ---- Binding ---- */

GpObject *functools_bind(GpObject *self, GpObject *obj, GpObject *type) {
    (void)type;
    if (!obj || obj == GP_NONE)
        return gp_newref(self);
    return method_new(self, obj);
}

/* ---- partialmethod ---- */

typedef struct GpPartialMethod {
    GP_HEAD;
    GpObject *func;
    GpObject *args;      /* tuple */
    GpObject *kw;        /* dict */
    GpObject *dict;      /* __dict__ or NULL */
} GpPartialMethod;

/* The function partialmethod's __get__ gives when func does not bind (CPython's _method):
 * calling it with (cls_or_self, *args, **kw) calls func(cls_or_self, *pm.args, *args,
 * **{**pm.keywords, **kw}); it binds like a function. */
typedef struct GpPMUnbound {
    GP_HEAD;
    GpObject *pm;        /* the partialmethod */
} GpPMUnbound;

extern GpType gp_type_partialmethod, gp_type_pm_unbound;

static GpObject *pm_new(GpType *type, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    if (nargs < 1)
        return err_set_str(&gp_exc_TypeError,
                           "partialmethod.__init__() missing 1 required positional argument: 'func'");
    GpObject *func = args[0];
    if (!obj_is_callable(func) && !GP_TYPE(func)->descr_get) {
        GpObject *has = obj_lookup_attr(func, GP_ID(__get__));
        if (!has) {
            if (err_occurred())
                return NULL;
            return err_format(&gp_exc_TypeError, "%R is not callable or a descriptor", func);
        }
        gp_decref(has);
    }
    GpPartialMethod *pm = (GpPartialMethod *)obj_new(type, type->basicsize);
    if (!pm)
        return NULL;
    GpObject *pargs = NULL, *pkw = NULL;
    if (obj_is_instance_of(func, &gp_type_partialmethod) && ((GpPartialMethod *)func)->func) {
        pargs = ((GpPartialMethod *)func)->args;
        pkw = ((GpPartialMethod *)func)->kw;
        func = ((GpPartialMethod *)func)->func;
    }
    pm->func = gp_newref(func);
    if (!(pm->args = tuple_concat_array(pargs, args + 1, nargs - 1)))
        goto error;
    if (!(pm->kw = pkw ? dict_copy(pkw) : dict_new()))
        goto error;
    for (intptr_t i = 0; kwnames && i < TUPLE_SIZE(kwnames); i++)
        if (dict_setitem(pm->kw, TUPLE_ITEM(kwnames, i), args[nargs + i]) < 0)
            goto error;
    return (GpObject *)pm;
error:
    gp_decref((GpObject *)pm);
    return NULL;
}

static GpObject *pm_get(GpObject *self, GpObject *obj, GpObject *type) {
    GpPartialMethod *pm = (GpPartialMethod *)self;
    if (!pm->func || !pm->args || !pm->kw)
        return err_set_str(&gp_exc_TypeError, "partialmethod object was cleared");
    GpObject *func = gp_newref(pm->func);
    GpObject *result = NULL;
    GpObject *get = obj_lookup_attr(func, GP_ID(__get__));
    if (!get && err_occurred())
        goto done;
    if (get) {
        GpObject *gargs[2] = {obj ? obj : GP_NONE, type ? type : GP_NONE};
        GpObject *new_func = obj_call(get, gargs, 2, NULL);
        gp_decref(get);
        if (!new_func)
            goto done;
        if (new_func != func) {
            GpObject *pargs = gp_newref(pm->args), *pkw = gp_newref(pm->kw);
            result = partial_make(&gp_type_partial, new_func, &TUPLE_ITEM(pargs, 0),
                                  TUPLE_SIZE(pargs), NULL);
            if (result && dict_size(pkw) && dict_update(((GpPartial *)result)->kw, pkw) < 0)
                GP_CLEAR(result);
            gp_decref(pargs);
            gp_decref(pkw);
            if (result) {
                GpObject *sname = str_intern_cstr("__self__");
                GpObject *bound_self = sname ? obj_lookup_attr(new_func, sname) : NULL;
                gp_xdecref(sname);
                if (bound_self) {
                    if (setattr_cstr(result, "__self__", bound_self) < 0)
                        GP_CLEAR(result);
                    gp_decref(bound_self);
                } else if (err_occurred()) {
                    if (err_matches(&gp_exc_AttributeError))
                        err_clear();
                    else
                        GP_CLEAR(result);
                }
            }
            gp_decref(new_func);
            goto done;
        }
        gp_decref(new_func);
    }
    GpPMUnbound *u = (GpPMUnbound *)obj_new(&gp_type_pm_unbound, sizeof(GpPMUnbound));
    if (!u)
        goto done;
    u->pm = gp_newref(self);
    if (!obj || obj == GP_NONE)
        result = (GpObject *)u;
    else {
        result = method_new((GpObject *)u, obj);
        gp_decref((GpObject *)u);
    }
done:
    gp_decref(func);
    return result;
}

static GpObject *pm_repr(GpObject *self) {
    GpPartialMethod *pm = (GpPartialMethod *)self;
    if (!pm->func || !pm->args || !pm->kw)
        return str_from_cstr("functools.partialmethod()");
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return NULL;
    if (rec)
        return str_from_cstr("...");
    GpObject *args = gp_newref(pm->args), *kw = gp_newref(pm->kw);
    GpObject *out = str_from_format("functools.%s(%R, ",
                                    GP_TYPE(self) == &gp_type_partialmethod
                                        ? "partialmethod" : GP_TYPE(self)->name, pm->func);
    for (intptr_t i = 0; out && i < TUPLE_SIZE(args); i++)
        GP_SETREF(out, str_from_format(i ? "%U, %R" : "%U%R", out, TUPLE_ITEM(args, i)));
    if (out)
        GP_SETREF(out, str_from_format("%U, ", out));
    intptr_t pos = 0, n = 0;
    GpObject *k, *v;
    while (out && dict_next(kw, &pos, &k, &v)) {
        gp_incref(k);
        gp_incref(v);
        GP_SETREF(out, str_from_format(n++ ? "%U, %S=%R" : "%U%S=%R", out, k, v));
        gp_decref(k);
        gp_decref(v);
    }
    if (out)
        GP_SETREF(out, str_from_format("%U)", out));
    gp_decref(args);
    gp_decref(kw);
    obj_repr_leave(self);
    return out;
}

static void pm_dealloc(GpObject *o) {
    partial_clear(o);    /* same layout as GpPartial */
    obj_free(o);
}

static GpObject *pm_get_func(GpObject *self) {
    GpObject *v = ((GpPartialMethod *)self)->func;
    return gp_newref(v ? v : GP_NONE);
}
static GpObject *pm_get_isabstract(GpObject *self) {
    GpObject *f = ((GpPartialMethod *)self)->func;
    GpObject *v = f ? obj_lookup_attr(f, GP_ID(__isabstractmethod__)) : NULL;
    if (!v)
        return err_occurred() ? NULL : gp_newref(GP_FALSE);
    return v;
}

static GpGetSetDef pm_getset[] = {
    {"func", pm_get_func, NULL, NULL},
    {"args", partial_get_args, NULL, NULL},
    {"keywords", partial_get_keywords, NULL, NULL},
    {"__isabstractmethod__", pm_get_isabstract, NULL, NULL},
    {"__dict__", partial_get_dict, partial_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_partialmethod = {
    GP_TYPE_HEAD,
    .name = "functools.partialmethod",
    .basicsize = sizeof(GpPartialMethod),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .dealloc = pm_dealloc,
    .repr = pm_repr,
    .setattr = obj_generic_setattr,
    .new_ = pm_new,
    .descr_get = pm_get,
    .traverse = partial_traverse,
    .clear = partial_clear,
    .getset = pm_getset,
    .dictoffset = offsetof(GpPartialMethod, dict),
};

static GpObject *pmu_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                          GpObject *kwnames) {
    GpPartialMethod *pm = (GpPartialMethod *)((GpPMUnbound *)self)->pm;
    if (!pm || !pm->func || !pm->args || !pm->kw)
        return err_set_str(&gp_exc_TypeError, "partialmethod object was cleared");
    if (nargs < 1)
        return err_set_str(&gp_exc_TypeError,
                           "partialmethod._make_unbound_method.<locals>._method() missing 1 "
                           "required positional argument: 'cls_or_self'");
    GpObject *hold = gp_newref((GpObject *)pm);
    GpObject *r = NULL;
    GpObject *all = tuple_new(nargs + TUPLE_SIZE(pm->args));
    GpObject *kw = all ? dict_copy(pm->kw) : NULL;
    if (kw) {
        intptr_t j = 0;
        TUPLE_SET_ITEM(all, j++, gp_newref(args[0]));
        for (intptr_t i = 0; i < TUPLE_SIZE(pm->args); i++)
            TUPLE_SET_ITEM(all, j++, gp_newref(TUPLE_ITEM(pm->args, i)));
        for (intptr_t i = 1; i < nargs; i++)
            TUPLE_SET_ITEM(all, j++, gp_newref(args[i]));
        int ok = 1;
        for (intptr_t i = 0; ok && kwnames && i < TUPLE_SIZE(kwnames); i++)
            ok = dict_setitem(kw, TUPLE_ITEM(kwnames, i), args[nargs + i]) == 0;
        if (ok)
            r = obj_call_tuple_dict(pm->func, all, kw);
    }
    gp_xdecref(kw);
    gp_xdecref(all);
    gp_decref(hold);
    return r;
}

static GpObject *pmu_get(GpObject *self, GpObject *obj, GpObject *type) {
    (void)type;
    if (!obj || obj == GP_NONE)
        return gp_newref(self);
    return method_new(self, obj);
}

static int pmu_traverse(GpObject *o, VisitFn visit, void *arg) {
    GP_VISIT(((GpPMUnbound *)o)->pm);
    return 0;
}

static GpObject *pmu_clear(GpObject *o) {
    GP_CLEAR(((GpPMUnbound *)o)->pm);
    return NULL;
}

static void pmu_dealloc(GpObject *o) {
    pmu_clear(o);
    obj_free(o);
}

static GpObject *pmu_get_partialmethod(GpObject *self) {
    GpObject *pm = ((GpPMUnbound *)self)->pm;
    return gp_newref(pm ? pm : GP_NONE);
}

static GpGetSetDef pmu_getset[] = {
    {"_partialmethod", pmu_get_partialmethod, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_pm_unbound = {
    GP_TYPE_HEAD,
    .name = "functools._partialmethod_function",
    .basicsize = sizeof(GpPMUnbound),
    .flags = TPFLAG_GC,
    .dealloc = pmu_dealloc,
    .call = pmu_call,
    .descr_get = pmu_get,
    .traverse = pmu_traverse,
    .clear = pmu_clear,
    .getset = pmu_getset,
};

/* ---- singledispatch ----
 * A callable with a registry (dict: class → implementation; object → the default). A call
 * dispatches on the class of its first argument: the first class along its __mro__ found in
 * the registry (ABCs' virtual subclasses are not considered). */

typedef struct GpSingleDispatch {
    GP_HEAD;
    GpObject *registry;  /* dict */
    GpObject *funcname;  /* str, for the "requires at least 1 positional argument" error */
    GpObject *dict;      /* __dict__ (update_wrapper fills it) or NULL */
} GpSingleDispatch;

extern GpType gp_type_singledispatch;

/* The implementation for cls (borrowed from the registry), or NULL with an exception. */
static GpObject *sd_find(GpSingleDispatch *sd, GpObject *cls) {
    if (!sd->registry)
        return err_set_str(&gp_exc_TypeError, "singledispatch function was cleared");
    GpObject *mro = TYPE_CHECK(cls) ? ((GpType *)cls)->mro : NULL;
    if (!mro || !TUPLE_CHECK(mro)) {
        GpObject *f = dict_getitem(sd->registry, cls);
        if (!f && !err_occurred())
            f = dict_getitem(sd->registry, (GpObject *)&gp_type_object);
        if (!f && !err_occurred())
            err_format(&gp_exc_RuntimeError, "no implementation found for %R", cls);
        return f;
    }
    for (intptr_t i = 0; i < TUPLE_SIZE(mro); i++) {
        GpObject *f = dict_getitem(sd->registry, TUPLE_ITEM(mro, i));
        if (f || err_occurred())
            return f;
    }
    return err_format(&gp_exc_RuntimeError, "no implementation found for %R", cls);
}

static GpObject *sd_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                         GpObject *kwnames) {
    GpSingleDispatch *sd = (GpSingleDispatch *)self;
    if (nargs < 1)
        return err_format(&gp_exc_TypeError, "%S requires at least 1 positional argument",
                          sd->funcname ? sd->funcname : GP_NONE);
    GpObject *f = sd_find(sd, (GpObject *)GP_TYPE(args[0]));
    if (!f)
        return NULL;
    gp_incref(f);
    GpObject *r = obj_call(f, args, nargs, kwnames);
    gp_decref(f);
    return r;
}

static GpObject *sd_dispatch(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    (void)nargs, (void)kwnames;
    GpObject *f = sd_find((GpSingleDispatch *)self, args[0]);
    return f ? gp_newref(f) : NULL;
}

static int sd_valid_type(GpObject *cls) {
    if (TYPE_CHECK(cls))
        return 1;
    if (!UNION_CHECK(cls))
        return 0;
    GpObject *a = obj_getattr_cstr(cls, "__args__");
    if (!a)
        return -1;
    int ok = TUPLE_CHECK(a);
    for (intptr_t i = 0; ok && i < TUPLE_SIZE(a); i++)
        ok = TYPE_CHECK(TUPLE_ITEM(a, i));
    gp_decref(a);
    return ok;
}

static int sd_store(GpSingleDispatch *sd, GpObject *cls, GpObject *func) {
    if (!sd->registry) {
        err_set_str(&gp_exc_TypeError, "singledispatch function was cleared");
        return -1;
    }
    if (!UNION_CHECK(cls))
        return dict_setitem(sd->registry, cls, func);
    GpObject *a = obj_getattr_cstr(cls, "__args__");
    if (!a)
        return -1;
    int r = 0;
    for (intptr_t i = 0; r == 0 && TUPLE_CHECK(a) && i < TUPLE_SIZE(a); i++)
        r = dict_setitem(sd->registry, TUPLE_ITEM(a, i), func);
    gp_decref(a);
    return r;
}

static GpObject *sd_register(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    static const char *const names[] = {"cls", "func", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (functools_check_missing("singledispatch.<locals>.register", args, nargs, kwnames, names, 1) < 0 ||
        args_parse("register", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    GpSingleDispatch *sd = (GpSingleDispatch *)self;
    GpObject *cls = a[0], *func = a[1];
    int valid = sd_valid_type(cls);
    if (valid < 0)
        return NULL;
    if (valid) {
        if (!func) {
            GpObject *reg = obj_getattr_cstr(self, "register");
            if (!reg)
                return NULL;
            GpObject *r = partial_make(&gp_type_partial, reg, &cls, 1, NULL);
            gp_decref(reg);
            return r;
        }
        return sd_store(sd, cls, func) < 0 ? NULL : gp_newref(func);
    }
    if (func)
        return err_format(&gp_exc_TypeError,
                          "Invalid first argument to `register()`. %R is not a class or union "
                          "type.", cls);
    GpObject *ann = obj_lookup_attr(cls, GP_ID(__annotations__));
    if (!ann && err_occurred())
        return NULL;
    int t = ann ? obj_is_true(ann) : 0;
    if (t <= 0) {
        gp_xdecref(ann);
        if (t < 0)
            return NULL;
        return err_format(&gp_exc_TypeError,
                          "Invalid first argument to `register()`: %R. Use either "
                          "`@register(some_class)` or plain `@register` on an annotated "
                          "function.", cls);
    }
    func = cls;
    GpObject *it = obj_iter(ann);
    GpObject *argname = it ? obj_iternext(it) : NULL;
    gp_xdecref(it);
    GpObject *hint = argname ? obj_getitem(ann, argname) : NULL;
    gp_decref(ann);
    if (!hint) {
        gp_xdecref(argname);
        if (!err_occurred())
            err_set_str(&gp_exc_TypeError, "register(): no annotation found");
        return NULL;
    }
    GpObject *r = NULL;
    valid = sd_valid_type(hint);
    if (valid > 0)
        r = sd_store(sd, hint, func) < 0 ? NULL : gp_newref(func);
    else if (valid == 0)
        err_format(&gp_exc_TypeError,
                   UNION_CHECK(hint) ? "Invalid annotation for %R. %R not all arguments are classes."
                                     : "Invalid annotation for %R. %R is not a class.",
                   argname, hint);
    gp_decref(argname);
    gp_decref(hint);
    return r;
}

static GpObject *sd_clear_cache(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return gp_none();
}

static GpObject *sd_get_registry(GpObject *self) {
    GpSingleDispatch *sd = (GpSingleDispatch *)self;
    if (!sd->registry)
        return err_set_str(&gp_exc_TypeError, "singledispatch function was cleared");
    return mappingproxy_new(sd->registry);
}
static GpObject *sd_get_dict(GpObject *self) {
    return obj_get_dict_at(&((GpSingleDispatch *)self)->dict);
}
static int sd_set_dict(GpObject *self, GpObject *value) {
    return obj_set_dict_at(&((GpSingleDispatch *)self)->dict, value);
}

static int sd_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpSingleDispatch *sd = (GpSingleDispatch *)o;
    GP_VISIT(sd->registry);
    GP_VISIT(sd->funcname);
    GP_VISIT(sd->dict);
    return 0;
}

static GpObject *sd_clear(GpObject *o) {
    GpSingleDispatch *sd = (GpSingleDispatch *)o;
    GP_CLEAR(sd->registry);
    GP_CLEAR(sd->funcname);
    GP_CLEAR(sd->dict);
    return NULL;
}

static void sd_dealloc(GpObject *o) {
    sd_clear(o);
    obj_free(o);
}

static GpMethodDef sd_methods[] = {
    {"register", sd_register, METH_KEYWORDS,
     "generic_func.register(cls, func) -> func\n\nRegisters a new implementation for the given "
     "*cls* on a *generic_func*."},
    {"dispatch", sd_dispatch, METH_O, NULL},
    {"_clear_cache", sd_clear_cache, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpGetSetDef sd_getset[] = {
    {"registry", sd_get_registry, NULL, NULL},
    {"__dict__", sd_get_dict, sd_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_singledispatch = {
    GP_TYPE_HEAD,
    .name = "functools._singledispatch_function",
    .basicsize = sizeof(GpSingleDispatch),
    .flags = TPFLAG_GC,
    .dealloc = sd_dealloc,
    .setattr = obj_generic_setattr,
    .call = sd_call,
    .descr_get = functools_bind,
    .traverse = sd_traverse,
    .clear = sd_clear,
    .methods = sd_methods,
    .getset = sd_getset,
    .dictoffset = offsetof(GpSingleDispatch, dict),
};

static GpObject *ft_singledispatch(GpObject *self, GpObject *const *args, intptr_t nargs,
                                   GpObject *kwnames) {
    (void)nargs, (void)kwnames;
    GpObject *func = args[0];
    GpSingleDispatch *sd = (GpSingleDispatch *)obj_new(&gp_type_singledispatch,
                                                       sizeof(GpSingleDispatch));
    if (!sd)
        return NULL;
    if (!(sd->registry = dict_new()) ||
        dict_setitem(sd->registry, (GpObject *)&gp_type_object, func) < 0)
        goto error;
    sd->funcname = obj_lookup_attr(func, GP_ID(__name__));
    if (!sd->funcname) {
        if (err_occurred())
            goto error;
        if (!(sd->funcname = str_from_cstr("singledispatch function")))
            goto error;
    }
    GpObject *uargs[2] = {(GpObject *)sd, func};
    GpObject *r = functools_update_wrapper(self, uargs, 2, NULL);
    gp_decref((GpObject *)sd);
    return r;
error:
    gp_decref((GpObject *)sd);
    return NULL;
}

/* ---- The module ---- */

static GpMethodDef functools_functions[] = {
    {"reduce", ft_reduce, METH_KEYWORDS,
     "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments "
     "cumulatively to the items of a sequence or iterable, from left to right, so as to reduce "
     "the iterable to a single value."},
    {"cmp_to_key", ft_cmp_to_key, METH_KEYWORDS, "Convert a cmp= function into a key= function."},
    {"update_wrapper", functools_update_wrapper, METH_KEYWORDS,
     "Update a wrapper function to look like the wrapped function"},
    {"wraps", ft_wraps, METH_KEYWORDS,
     "Decorator factory to apply update_wrapper() to a wrapper function"},
    {"total_ordering", ft_total_ordering, METH_O,
     "Class decorator that fills in missing ordering methods"},
    {"lru_cache", functools_lru_cache, METH_KEYWORDS, "Least-recently-used cache decorator."},
    {"singledispatch", ft_singledispatch, METH_O, "Single-dispatch generic function decorator."},
    {"cache", functools_cache, METH_O, "Simple lightweight unbounded cache.  Sometimes called \"memoize\"."},
    {NULL, NULL, 0, NULL},
};

static GpType *const functools_types[] = {
    &gp_type_partial, &gp_type_keywrapper, &gp_type_total_method, &gp_type_cacheinfo,
    &gp_type_lru_wrapper, &gp_type_cached_property, &gp_type_partialmethod,
    &gp_type_pm_unbound, &gp_type_singledispatch, NULL,
};

void functools_fini(void) { type_fini_all(functools_types); }

GpObject *functools_module_create(void) {
    if (type_ready_all(functools_types) < 0)
        return NULL;
    GpObject *m = module_new("functools");
    if (!m)
        return NULL;
    GpObject *assigned = NULL, *updated = NULL;
    if (module_add_functions(m, functools_functions) < 0)
        goto error;
    if (!(assigned = tuple_new(5)))
        goto error;
    for (int i = 0; i < 5; i++) {
        GpObject *s = str_intern_cstr(wrapper_assignments[i]);
        if (!s)
            goto error;
        TUPLE_SET_ITEM(assigned, i, s);
    }
    if (!(updated = tuple_pack(1, GP_ID(__dict__))))
        goto error;
    if (module_add_object(m, "WRAPPER_ASSIGNMENTS", assigned) < 0 ||
        module_add_object(m, "WRAPPER_UPDATES", updated) < 0 ||
        module_add_object(m, "partial", (GpObject *)&gp_type_partial) < 0 ||
        module_add_object(m, "cached_property", (GpObject *)&gp_type_cached_property) < 0 ||
        module_add_object(m, "partialmethod", (GpObject *)&gp_type_partialmethod) < 0 ||
        module_add_object(m, "KeyWrapper", (GpObject *)&gp_type_keywrapper) < 0 ||
        module_add_object(m, "_lru_cache_wrapper", (GpObject *)&gp_type_lru_wrapper) < 0)
        goto error;
    gp_decref(assigned);
    gp_decref(updated);
    return m;
error:
    gp_xdecref(assigned);
    gp_xdecref(updated);
    gp_decref(m);
    return NULL;
}
