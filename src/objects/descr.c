/* descr.c — the descriptor types of classes (property, staticmethod, classmethod, the
 * member descriptors of __slots__), super, and __build_class__ (the `class` statement).
 *
 * Invariants:
 * - Every descriptor here binds through its type's descr_get (obj NULL: accessed through
 *   the class); property and member descriptors are data descriptors (descr_set).
 * - super() without arguments reads the calling frame's first argument and its __class__
 *   cell (the compiler creates the cell when a method uses super or __class__).
 */
#include <string.h>

#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "code.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

/* ---- staticmethod / classmethod ---- */

typedef struct GpWrapDescr {   /* staticmethod and classmethod */
    GP_HEAD;
    GpObject *func;
    GpObject *dict;            /* __dict__ (e.g. copied attributes), or NULL */
} GpWrapDescr;

static GpObject *wrapdescr_make(GpType *type, GpObject *func) {
    GpWrapDescr *d = (GpWrapDescr *)obj_new(type, type->basicsize);
    if (!d)
        return NULL;
    d->func = gp_newref(func);
    return (GpObject *)d;
}

GpObject *staticmethod_new(GpObject *func) { return wrapdescr_make(&gp_type_staticmethod, func); }
GpObject *classmethod_new(GpObject *func) { return wrapdescr_make(&gp_type_classmethod, func); }
GpObject *staticmethod_func(GpObject *sm) { return ((GpWrapDescr *)sm)->func; }
GpObject *classmethod_func(GpObject *cm) { return ((GpWrapDescr *)cm)->func; }

static void wrapdescr_dealloc(GpObject *o) {
    GpWrapDescr *d = (GpWrapDescr *)o;
    GP_CLEAR(d->func);
    GP_CLEAR(d->dict);
    GpType *t = GP_TYPE(o);
    obj_free(o);
    (void)t;
}

static int wrapdescr_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpWrapDescr *d = (GpWrapDescr *)o;
    int r = d->func ? visit(d->func, arg) : 0;
    if (!r && d->dict)
        r = visit(d->dict, arg);
    return r;
}

static GpObject *wrapdescr_clear(GpObject *o) {
    GpWrapDescr *d = (GpWrapDescr *)o;
    GP_CLEAR(d->func);
    GP_CLEAR(d->dict);
    return NULL;
}

static GpObject *wrapdescr_new(GpType *type, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    const char *name = type == &gp_type_staticmethod || type_is_subtype(type, &gp_type_staticmethod)
                           ? "staticmethod" : "classmethod";
    if (args_no_kw(name, kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return err_format(&gp_exc_TypeError, "%s expected 1 argument, got %zd", name,
                          (ssize_t)nargs);
    return wrapdescr_make(type, args[0]);
}

static GpObject *staticmethod_get(GpObject *self, GpObject *obj, GpObject *type) {
    (void)obj; (void)type;
    return gp_newref(((GpWrapDescr *)self)->func);
}

static GpObject *staticmethod_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                                   GpObject *kwnames) {
    return obj_call(((GpWrapDescr *)self)->func, args, nargs, kwnames);
}

static GpObject *classmethod_get(GpObject *self, GpObject *obj, GpObject *type) {
    GpWrapDescr *d = (GpWrapDescr *)self;
    if (!type)
        type = (GpObject *)GP_TYPE(obj);
    GpType *ft = GP_TYPE(d->func);
    if (ft == &gp_type_cfunction && !((GpCFunction *)d->func)->self)   /* built-in: bind */
        return cfunction_new(((GpCFunction *)d->func)->def, type, NULL);
    if (ft->descr_get && ft != &gp_type_function)
        return ft->descr_get(d->func, type, (GpObject *)GP_TYPE(type));
    return method_new(d->func, type);
}

static GpObject *wrapdescr_get_func(GpObject *self) {
    return gp_newref(((GpWrapDescr *)self)->func);
}

static GpObject *wrapdescr_get_isabstract(GpObject *self) {
    GpObject *v = obj_lookup_attr(((GpWrapDescr *)self)->func, GP_ID(__isabstractmethod__));
    if (!v)
        return err_occurred() ? NULL : gp_newref(GP_FALSE);
    int t = obj_is_true(v);
    gp_decref(v);
    return t < 0 ? NULL : gp_bool(t);
}

static GpObject *wrapdescr_get_dict(GpObject *self) {
    GpWrapDescr *d = (GpWrapDescr *)self;
    if (!d->dict && !(d->dict = dict_new()))
        return NULL;
    return gp_newref(d->dict);
}

static GpObject *wrapdescr_get_attr(GpObject *self, const char *name) {
    return obj_getattr_cstr(((GpWrapDescr *)self)->func, name);
}
static GpObject *wrapdescr_get_name(GpObject *self) { return wrapdescr_get_attr(self, "__name__"); }
static GpObject *wrapdescr_get_qualname(GpObject *self) {
    return wrapdescr_get_attr(self, "__qualname__");
}
static GpObject *wrapdescr_get_doc(GpObject *self) { return wrapdescr_get_attr(self, "__doc__"); }
static GpObject *wrapdescr_get_module(GpObject *self) {
    return wrapdescr_get_attr(self, "__module__");
}
static GpObject *wrapdescr_get_annotations(GpObject *self) {
    return wrapdescr_get_attr(self, "__annotations__");
}

static GpGetSetDef wrapdescr_getset[] = {
    {"__func__", wrapdescr_get_func, NULL, NULL},
    {"__wrapped__", wrapdescr_get_func, NULL, NULL},
    {"__isabstractmethod__", wrapdescr_get_isabstract, NULL, NULL},
    {"__dict__", wrapdescr_get_dict, NULL, NULL},
    {"__name__", wrapdescr_get_name, NULL, NULL},
    {"__qualname__", wrapdescr_get_qualname, NULL, NULL},
    {"__doc__", wrapdescr_get_doc, NULL, NULL},
    {"__module__", wrapdescr_get_module, NULL, NULL},
    {"__annotations__", wrapdescr_get_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static GpObject *wrapdescr_repr(GpObject *self) {
    GpObject *fr = obj_repr(((GpWrapDescr *)self)->func);
    if (!fr)
        return NULL;
    GpObject *r = str_from_format("<%s(%U)>", obj_type_name(self), fr);
    gp_decref(fr);
    return r;
}

GpType gp_type_staticmethod = {
    GP_TYPE_HEAD,
    .name = "staticmethod",
    .basicsize = sizeof(GpWrapDescr),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .dealloc = wrapdescr_dealloc,
    .repr = wrapdescr_repr,
    .new_ = wrapdescr_new,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .getset = wrapdescr_getset,
    .traverse = wrapdescr_traverse,
    .clear = wrapdescr_clear,
};

GpType gp_type_classmethod = {
    GP_TYPE_HEAD,
    .name = "classmethod",
    .basicsize = sizeof(GpWrapDescr),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .dealloc = wrapdescr_dealloc,
    .repr = wrapdescr_repr,
    .new_ = wrapdescr_new,
    .descr_get = classmethod_get,
    .getset = wrapdescr_getset,
    .traverse = wrapdescr_traverse,
    .clear = wrapdescr_clear,
};

/* ---- property ---- */

typedef struct GpProperty {
    GP_HEAD;
    GpObject *fget, *fset, *fdel, *doc;   /* or NULL */
    GpObject *name;                       /* set by __set_name__, or NULL */
} GpProperty;

static void property_dealloc(GpObject *o) {
    GpProperty *p = (GpProperty *)o;
    GP_CLEAR(p->fget);
    GP_CLEAR(p->fset);
    GP_CLEAR(p->fdel);
    GP_CLEAR(p->doc);
    GP_CLEAR(p->name);
    obj_free(o);
}

static int property_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpProperty *p = (GpProperty *)o;
    GpObject *fs[4] = {p->fget, p->fset, p->fdel, p->doc};
    for (int i = 0; i < 4; i++) {
        if (fs[i]) {
            int r = visit(fs[i], arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static GpObject *property_clear(GpObject *o) {
    GpProperty *p = (GpProperty *)o;
    GP_CLEAR(p->fget);
    GP_CLEAR(p->fset);
    GP_CLEAR(p->fdel);
    GP_CLEAR(p->doc);
    return NULL;
}

static GpObject *none_to_null(GpObject *o) { return o && o != GP_NONE ? o : NULL; }

static GpObject *property_make(GpType *type, GpObject *fget, GpObject *fset, GpObject *fdel,
                               GpObject *doc, GpObject *name) {
    GpProperty *p = (GpProperty *)obj_new(type, type->basicsize ? type->basicsize
                                                                : sizeof(GpProperty));
    if (!p)
        return NULL;
    fget = none_to_null(fget);
    p->fget = fget ? gp_newref(fget) : NULL;
    p->fset = none_to_null(fset) ? gp_newref(fset) : NULL;
    p->fdel = none_to_null(fdel) ? gp_newref(fdel) : NULL;
    if (none_to_null(doc)) {
        p->doc = gp_newref(doc);
    } else if (fget) {
        GpObject *d = obj_lookup_attr(fget, GP_ID(__doc__));
        if (!d && err_occurred()) {
            gp_decref((GpObject *)p);
            return NULL;
        }
        if (d == GP_NONE)
            GP_CLEAR(d);
        p->doc = d;
    }
    p->name = name ? gp_newref(name) : NULL;
    return (GpObject *)p;
}

static GpObject *property_new(GpType *type, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    GpObject *a[4] = {NULL, NULL, NULL, NULL};
    if (args_parse("property", args, nargs, kwnames, names, 0, 4, a) < 0)
        return NULL;
    return property_make(type, a[0], a[1], a[2], a[3], NULL);
}

/* "property 'x' of 'C' object has no getter" (or "property of 'C' object ..."). */
static void property_error(GpProperty *p, GpObject *obj, const char *what) {
    if (p->name)
        err_format(&gp_exc_AttributeError, "property %R of '%s' object has no %s", p->name,
                   obj_type_name(obj), what);
    else
        err_format(&gp_exc_AttributeError, "property of '%s' object has no %s",
                   obj_type_name(obj), what);
}

static GpObject *property_get(GpObject *self, GpObject *obj, GpObject *type) {
    (void)type;
    GpProperty *p = (GpProperty *)self;
    if (!obj)
        return gp_newref(self);
    if (!p->fget) {
        property_error(p, obj, "getter");
        return NULL;
    }
    return obj_call1(p->fget, obj);
}

static int property_set(GpObject *self, GpObject *obj, GpObject *value) {
    GpProperty *p = (GpProperty *)self;
    GpObject *f = value ? p->fset : p->fdel;
    if (!f) {
        property_error(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    GpObject *args[2] = {obj, value};
    GpObject *r = obj_call(f, args, value ? 2 : 1, NULL);
    if (!r)
        return -1;
    gp_decref(r);
    return 0;
}

static GpObject *property_copy(GpObject *self, GpObject *fget, GpObject *fset, GpObject *fdel) {
    GpProperty *p = (GpProperty *)self;
    GpObject *doc = p->doc;
    /* a doc taken from the old getter follows the new getter */
    if (fget && p->fget && doc) {
        GpObject *old = obj_lookup_attr(p->fget, GP_ID(__doc__));
        if (!old && err_occurred())
            return NULL;
        if (old == doc)
            doc = NULL;
        gp_xdecref(old);
    }
    return property_make(GP_TYPE(self), fget ? fget : p->fget, fset ? fset : p->fset,
                         fdel ? fdel : p->fdel, doc, p->name);
}

static GpObject *property_getter(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    (void)nargs; (void)kwnames;
    return property_copy(self, args[0] == GP_NONE ? NULL : args[0], NULL, NULL);
}
static GpObject *property_setter(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    (void)nargs; (void)kwnames;
    return property_copy(self, NULL, args[0], NULL);
}
static GpObject *property_deleter(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    (void)nargs; (void)kwnames;
    return property_copy(self, NULL, NULL, args[0]);
}

static GpObject *property_set_name(GpObject *self, GpObject *const *args, intptr_t nargs,
                                   GpObject *kwnames) {
    (void)kwnames;
    if (nargs != 2)
        return err_format(&gp_exc_TypeError,
                          "__set_name__() takes 2 positional arguments but %zd were given",
                          (ssize_t)nargs);
    GP_SETREF(((GpProperty *)self)->name, gp_newref(args[1]));
    return gp_none();
}

static GpMethodDef property_methods[] = {
    {"getter", property_getter, METH_O, NULL},
    {"setter", property_setter, METH_O, NULL},
    {"deleter", property_deleter, METH_O, NULL},
    {"__set_name__", property_set_name, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpObject *or_none(GpObject *o) { return o ? gp_newref(o) : gp_none(); }
static GpObject *property_get_fget(GpObject *s) { return or_none(((GpProperty *)s)->fget); }
static GpObject *property_get_fset(GpObject *s) { return or_none(((GpProperty *)s)->fset); }
static GpObject *property_get_fdel(GpObject *s) { return or_none(((GpProperty *)s)->fdel); }
static GpObject *property_get_doc(GpObject *s) { return or_none(((GpProperty *)s)->doc); }

static int property_set_doc(GpObject *s, GpObject *v) {
    GP_SETREF(((GpProperty *)s)->doc, v ? gp_newref(v) : NULL);
    return 0;
}

/* True if any of the accessors is abstract (their __isabstractmethod__ is true). */
static GpObject *property_get_isabstract(GpObject *s) {
    GpProperty *p = (GpProperty *)s;
    GpObject *fs[3] = {p->fget, p->fset, p->fdel};
    GpObject *name = gp_newref(GP_ID(__isabstractmethod__));
    for (int i = 0; i < 3; i++) {
        if (!fs[i])
            continue;
        GpObject *v = obj_lookup_attr(fs[i], name);
        if (!v) {
            if (err_occurred())
                goto error;
            continue;
        }
        int t = obj_is_true(v);
        gp_decref(v);
        if (t < 0)
            goto error;
        if (t) {
            gp_decref(name);
            return gp_newref(GP_TRUE);
        }
    }
    gp_decref(name);
    return gp_newref(GP_FALSE);
error:
    gp_decref(name);
    return NULL;
}

static GpGetSetDef property_getset[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL},
    {"fget", property_get_fget, NULL, NULL},
    {"fset", property_get_fset, NULL, NULL},
    {"fdel", property_get_fdel, NULL, NULL},
    {"__doc__", property_get_doc, property_set_doc, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_property = {
    GP_TYPE_HEAD,
    .name = "property",
    .basicsize = sizeof(GpProperty),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .dealloc = property_dealloc,
    .new_ = property_new,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .getset = property_getset,
    .traverse = property_traverse,
    .clear = property_clear,
};

/* ---- member descriptors (__slots__) ---- */

typedef struct GpMemberDescr {
    GP_HEAD;
    GpType *objtype;           /* borrowed: the class owns the descriptor */
    GpObject *name;
    intptr_t offset;
} GpMemberDescr;

GpObject *member_descr_new(GpType *type, GpObject *name, intptr_t offset) {
    GpMemberDescr *m = (GpMemberDescr *)obj_new(&gp_type_member_descr, sizeof(GpMemberDescr));
    if (!m)
        return NULL;
    m->objtype = type;
    m->name = gp_newref(name);
    m->offset = offset;
    return (GpObject *)m;
}

static void member_dealloc(GpObject *o) {
    GP_CLEAR(((GpMemberDescr *)o)->name);
    obj_free(o);
}

static int member_check(GpMemberDescr *m, GpObject *obj) {
    if (obj_is_instance_of(obj, m->objtype))
        return 0;
    err_format(&gp_exc_TypeError,
               "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", m->name,
               m->objtype->name, obj_type_name(obj));
    return -1;
}

static GpObject *member_get(GpObject *self, GpObject *obj, GpObject *type) {
    (void)type;
    GpMemberDescr *m = (GpMemberDescr *)self;
    if (!obj)
        return gp_newref(self);
    if (member_check(m, obj) < 0)
        return NULL;
    GpObject *v = *(GpObject **)((char *)obj + m->offset);
    if (!v)
        return err_format(&gp_exc_AttributeError, "'%s' object has no attribute '%U'",
                          obj_type_name(obj), m->name);
    return gp_newref(v);
}

static int member_set(GpObject *self, GpObject *obj, GpObject *value) {
    GpMemberDescr *m = (GpMemberDescr *)self;
    if (member_check(m, obj) < 0)
        return -1;
    GpObject **p = (GpObject **)((char *)obj + m->offset);
    if (!value && !*p) {
        err_set_object(&gp_exc_AttributeError, m->name);   /* CPython: the bare name */
        return -1;
    }
    GP_SETREF(*p, value ? gp_newref(value) : NULL);
    return 0;
}

static GpObject *member_repr(GpObject *self) {
    GpMemberDescr *m = (GpMemberDescr *)self;
    return str_from_format("<member '%U' of '%s' objects>", m->name, m->objtype->name);
}

static GpObject *member_get_name(GpObject *self) {
    return gp_newref(((GpMemberDescr *)self)->name);
}
static GpObject *member_get_qualname(GpObject *self) {
    GpMemberDescr *m = (GpMemberDescr *)self;
    return str_from_format("%s.%U", m->objtype->name, m->name);
}
static GpObject *member_get_objclass(GpObject *self) {
    return gp_newref((GpObject *)((GpMemberDescr *)self)->objtype);
}
static GpObject *member_get_doc(GpObject *self) {
    (void)self;
    return gp_none();
}

static GpGetSetDef member_getset[] = {
    {"__name__", member_get_name, NULL, NULL},
    {"__qualname__", member_get_qualname, NULL, NULL},
    {"__objclass__", member_get_objclass, NULL, NULL},
    {"__doc__", member_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_member_descr = {
    GP_TYPE_HEAD,
    .name = "member_descriptor",
    .basicsize = sizeof(GpMemberDescr),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .getattr = obj_generic_getattr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getset = member_getset,
};

/* ---- super ---- */

typedef struct GpSuper {
    GP_HEAD;
    GpType *type;              /* the class after which lookup starts (counted) */
    GpObject *obj;             /* the instance or class (counted), or NULL (unbound) */
    GpType *obj_type;          /* the type whose MRO is searched (counted), or NULL */
} GpSuper;

static void super_dealloc(GpObject *o) {
    GpSuper *s = (GpSuper *)o;
    gp_xdecref((GpObject *)s->type);
    gp_xdecref(s->obj);
    gp_xdecref((GpObject *)s->obj_type);
    obj_free(o);
}

static int super_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpSuper *s = (GpSuper *)o;
    int r = 0;
    if (s->obj)
        r = visit(s->obj, arg);
    if (!r && s->type)
        r = visit((GpObject *)s->type, arg);
    if (!r && s->obj_type)
        r = visit((GpObject *)s->obj_type, arg);
    return r;
}

/* The type to search for super(type, obj), or NULL with TypeError. Borrowed. */
static GpType *super_check(GpType *type, GpObject *obj) {
    if (TYPE_CHECK(obj) && type_is_subtype((GpType *)obj, type))
        return (GpType *)obj;
    if (obj_is_instance_of(obj, type))
        return GP_TYPE(obj);
    err_set_str(&gp_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* super() in a method: the frame's first argument and its __class__ cell. */
static int super_from_frame(GpType **type, GpObject **obj) {
    GpFrame *f = gp_interp->frame;
    if (!f) {
        err_set_str(&gp_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    GpCode *co = f->code;
    if (co->argcount == 0) {
        err_set_str(&gp_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    GpObject *first = f->localsplus[0];
    GpObject **cells = f->localsplus + co->nlocals;
    for (int i = 0; i < co->ncellvars; i++) {
        if (co->cell2arg && co->cell2arg[i] == 0) {
            first = ((GpCell *)cells[i])->ref;
            break;
        }
    }
    if (!first) {
        err_set_str(&gp_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nfreevars; i++) {
        if (str_eq_cstr(TUPLE_ITEM(co->freevars, i), "__class__")) {
            GpObject *cell = cells[co->ncellvars + i];
            GpObject *cls = cell ? ((GpCell *)cell)->ref : NULL;
            if (!cls) {
                err_set_str(&gp_exc_RuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            if (!TYPE_CHECK(cls)) {
                err_format(&gp_exc_RuntimeError, "super(): __class__ is not a type (%s)",
                           obj_type_name(cls));
                return -1;
            }
            *type = (GpType *)cls;
            *obj = first;
            return 0;
        }
    }
    err_set_str(&gp_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static GpObject *super_new(GpType *st, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    if (args_no_kw("super", kwnames) < 0)
        return NULL;
    if (nargs > 2)
        return err_format(&gp_exc_TypeError, "super() takes at most 2 arguments (%zd given)",
                          (ssize_t)nargs);
    GpType *type;
    GpObject *obj = NULL;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0)
            return NULL;
        if (obj == GP_NONE)
            obj = NULL;   /* the first argument rebound to None: an unbound super */
    } else {
        if (!TYPE_CHECK(args[0]))
            return err_format(&gp_exc_TypeError, "super() argument 1 must be a type, not %s",
                              obj_type_name(args[0]));
        type = (GpType *)args[0];
        obj = nargs == 2 && args[1] != GP_NONE ? args[1] : NULL;
    }
    GpType *ot = NULL;
    if (obj && !(ot = super_check(type, obj)))
        return NULL;
    GpSuper *s = (GpSuper *)obj_new(st, st->basicsize);
    if (!s)
        return NULL;
    s->type = (GpType *)gp_newref((GpObject *)type);
    s->obj = obj ? gp_newref(obj) : NULL;
    s->obj_type = ot ? (GpType *)gp_newref((GpObject *)ot) : NULL;
    return (GpObject *)s;
}

static GpObject *super_getattr(GpObject *self, GpObject *name) {
    GpSuper *s = (GpSuper *)self;
    if (s->obj_type && !str_eq_cstr(name, "__class__")) {
        GpObject *mro = s->obj_type->mro;
        intptr_t n = TUPLE_SIZE(mro), i = 0;
        while (i < n && TUPLE_ITEM(mro, i) != (GpObject *)s->type)
            i++;
        for (i++; i < n; i++) {
            GpType *t = (GpType *)TUPLE_ITEM(mro, i);
            if (!t->dict)
                continue;
            GpObject *res = dict_getitem(t->dict, name);
            if (!res) {
                if (err_occurred())
                    return NULL;
                continue;
            }
            GpObject *obj = s->obj == (GpObject *)s->obj_type ? NULL : s->obj;
            gp_incref(res);
            GpObject *r;
            if (!obj && GP_TYPE(res) == &gp_type_cfunction)
                r = gp_newref(res);
            else
                r = type_descr_bind(res, obj, s->obj_type);
            gp_decref(res);
            return r;
        }
    }
    return obj_generic_getattr(self, name);
}

static GpObject *super_get(GpObject *self, GpObject *obj, GpObject *type) {
    (void)type;
    GpSuper *s = (GpSuper *)self;
    if (!obj || s->obj)
        return gp_newref(self);
    GpObject *args[2] = {(GpObject *)s->type, obj};
    return super_new(GP_TYPE(self), args, 2, NULL);
}

static GpObject *super_repr(GpObject *self) {
    GpSuper *s = (GpSuper *)self;
    if (s->obj_type)
        return str_from_format("<super: <class '%s'>, <%s object>>", s->type->name,
                               s->obj_type->name);
    return str_from_format("<super: <class '%s'>, NULL>", s->type->name);
}

static GpObject *super_get_thisclass(GpObject *self) {
    return gp_newref((GpObject *)((GpSuper *)self)->type);
}
static GpObject *super_get_self(GpObject *self) {
    GpSuper *s = (GpSuper *)self;
    return s->obj ? gp_newref(s->obj) : gp_none();
}
static GpObject *super_get_self_class(GpObject *self) {
    GpSuper *s = (GpSuper *)self;
    return s->obj_type ? gp_newref((GpObject *)s->obj_type) : gp_none();
}

static GpGetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL, NULL},
    {"__self__", super_get_self, NULL, NULL},
    {"__self_class__", super_get_self_class, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_super = {
    GP_TYPE_HEAD,
    .name = "super",
    .basicsize = sizeof(GpSuper),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattr,
    .new_ = super_new,
    .descr_get = super_get,
    .getset = super_getset,
    .traverse = super_traverse,
};

/* ---- __build_class__ ---- */

/* The most derived of meta and the types of bases (CPython's _PyType_CalculateMetaclass);
 * borrowed, or NULL with TypeError on a conflict. */
static GpType *calculate_metaclass(GpType *meta, GpObject *bases) {
    GpType *winner = meta;
    for (intptr_t i = 0; i < TUPLE_SIZE(bases); i++) {
        GpType *bt = GP_TYPE(TUPLE_ITEM(bases, i));
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        err_set_str(&gp_exc_TypeError,
                    "metaclass conflict: the metaclass of a derived class must be a "
                    "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* PEP 560: bases that are not types but define __mro_entries__(orig_bases) are replaced by
 * the tuple it returns. New reference (orig itself when nothing changed). */
static GpObject *resolve_bases(GpObject *orig) {
    GpObject *res = NULL, *name = NULL;
    intptr_t n = TUPLE_SIZE(orig);
    for (intptr_t i = 0; i < n; i++) {
        GpObject *b = TUPLE_ITEM(orig, i);
        if (TYPE_CHECK(b))
            continue;
        if (!name && !(name = str_intern_cstr("__mro_entries__")))
            goto error;
        GpObject *meth = obj_lookup_attr(b, name);
        if (!meth) {
            if (err_occurred())
                goto error;
            continue;
        }
        GpObject *entries = obj_call1(meth, orig);
        gp_decref(meth);
        if (!entries)
            goto error;
        if (!TUPLE_CHECK(entries)) {
            gp_decref(entries);
            err_set_str(&gp_exc_TypeError, "__mro_entries__ must return a tuple");
            goto error;
        }
        if (!res) {
            res = list_new(0);
            for (intptr_t j = 0; res && j < i; j++)
                if (list_append(res, TUPLE_ITEM(orig, j)) < 0)
                    GP_CLEAR(res);
            if (!res) {
                gp_decref(entries);
                goto error;
            }
        }
        for (intptr_t j = 0; j < TUPLE_SIZE(entries); j++) {
            if (list_append(res, TUPLE_ITEM(entries, j)) < 0) {
                gp_decref(entries);
                goto error;
            }
        }
        gp_decref(entries);
        /* the following plain bases are appended as they come */
        for (i++; i < n; i++) {
            b = TUPLE_ITEM(orig, i);
            if (!TYPE_CHECK(b)) {
                i--;
                break;
            }
            if (list_append(res, b) < 0)
                goto error;
        }
    }
    gp_xdecref(name);
    if (!res)
        return gp_newref(orig);
    GpObject *t = tuple_from_array(&LIST_ITEM(res, 0), LIST_SIZE(res));
    gp_decref(res);
    return t;
error:
    gp_xdecref(name);
    gp_xdecref(res);
    return NULL;
}

GpObject *builtin_build_class(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    (void)self;
    if (nargs < 2)
        return err_set_str(&gp_exc_TypeError, "__build_class__: not enough arguments");
    GpObject *func = args[0], *name = args[1];
    if (!FUNC_CHECK(func))
        return err_set_str(&gp_exc_TypeError, "__build_class__: func must be a function");
    if (!STR_CHECK(name))
        return err_set_str(&gp_exc_TypeError, "__build_class__: name is not a string");
    GpObject *orig_bases = tuple_from_array(args + 2, nargs - 2);
    if (!orig_bases)
        return NULL;
    /* keyword arguments: metaclass=..., the rest go to __prepare__, the metaclass and
     * __init_subclass__ */
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    GpObject *meta = NULL, *kw2 = NULL, *ns = NULL, *cls = NULL, *cell = NULL, *bases = NULL;
    GpObject *small[3 + 8];
    GpObject **buf = small;   /* name, bases, ns, then the keyword values */
    if (nkw > 8 && !(buf = mem_alloc(sizeof(GpObject *) * (size_t)(3 + nkw)))) {
        gp_decref(orig_bases);
        return err_no_memory();
    }
    GpObject **vals = buf + 3;
    intptr_t nk2 = 0;
    for (intptr_t i = 0; i < nkw; i++)
        if (!str_eq_cstr(TUPLE_ITEM(kwnames, i), "metaclass"))
            nk2++;
    if (nk2) {
        kw2 = tuple_new(nk2);
        if (!kw2)
            goto done;
    }
    for (intptr_t i = 0, j = 0; i < nkw; i++) {
        GpObject *k = TUPLE_ITEM(kwnames, i);
        if (str_eq_cstr(k, "metaclass")) {
            meta = args[nargs + i];
            continue;
        }
        TUPLE_SET_ITEM(kw2, j, gp_newref(k));
        vals[j++] = args[nargs + i];
    }
    bases = resolve_bases(orig_bases);
    if (!bases)
        goto done;
    /* the metaclass: given, or the type of the first base; a class one is replaced by the
     * most derived of it and the bases' types */
    int isclass = 1;
    if (!meta)
        meta = TUPLE_SIZE(bases) ? (GpObject *)GP_TYPE(TUPLE_ITEM(bases, 0))
                                 : (GpObject *)&gp_type_type;
    else
        isclass = TYPE_CHECK(meta);
    if (isclass) {
        GpType *w = calculate_metaclass((GpType *)meta, bases);
        if (!w)
            goto done;
        meta = (GpObject *)w;
    }
    gp_incref(meta);
    if (meta == (GpObject *)&gp_type_type) {
        ns = dict_new();
    } else {
        GpObject *pn = str_intern_cstr("__prepare__");
        GpObject *prep = pn ? obj_lookup_attr(meta, pn) : NULL;
        gp_xdecref(pn);
        if (prep) {
            GpObject *a2[2 + 8];
            GpObject **pa = nk2 > 8 ? mem_alloc(sizeof(GpObject *) * (size_t)(2 + nk2)) : a2;
            if (!pa) {
                err_no_memory();
            } else {
                pa[0] = name;
                pa[1] = bases;
                for (intptr_t i = 0; i < nk2; i++)
                    pa[2 + i] = vals[i];
                ns = obj_call(prep, pa, 2, kw2);
                if (pa != a2)
                    mem_free(pa);
            }
            gp_decref(prep);
        } else if (!err_occurred()) {
            ns = dict_new();
        }
        if (ns && !GP_TYPE(ns)->getitem) {
            if (isclass)
                err_format(&gp_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                           ((GpType *)meta)->name, obj_type_name(ns));
            else
                err_format(&gp_exc_TypeError,
                           "<metaclass>.__prepare__() must return a mapping, not %s",
                           obj_type_name(ns));
            GP_CLEAR(ns);
        }
    }
    if (!ns)
        goto done_meta;
    cell = vm_eval_class_body(func, ns);
    if (!cell)
        goto done_meta;
    if (bases != orig_bases) {
        GpObject *ob = str_intern_cstr("__orig_bases__");
        int r = ob ? obj_setitem(ns, ob, orig_bases) : -1;
        gp_xdecref(ob);
        if (r < 0)
            goto done_meta;
    }
    if (meta == (GpObject *)&gp_type_type) {
        cls = type_new_class(name, bases, ns, nk2 ? kw2 : NULL, vals);
    } else {
        buf[0] = name;
        buf[1] = bases;
        buf[2] = ns;
        cls = obj_call(meta, buf, 3, nk2 ? kw2 : NULL);
    }
    if (cls && TYPE_CHECK(cls) && GP_TYPE(cell) == &gp_type_cell &&
        ((GpCell *)cell)->ref != cls) {
        GpObject *ref = ((GpCell *)cell)->ref;
        if (!ref)
            err_format(&gp_exc_RuntimeError,
                       "__class__ not set defining %R as %R. Was __classcell__ propagated to "
                       "type.__new__?", name, cls);
        else
            err_format(&gp_exc_TypeError, "__class__ set to %R defining %R as %R", ref, name,
                       cls);
        GP_CLEAR(cls);
    }
done_meta:
    gp_decref(meta);
done:
    gp_xdecref(kw2);
    gp_xdecref(cell);
    gp_xdecref(ns);
    gp_xdecref(bases);
    gp_decref(orig_bases);
    if (buf != small)
        mem_free(buf);
    return cls;
}
