/* type.c — type objects: readying built-in types (dict of descriptors, MRO, inherited
 * slots), classes made at run time (C3 MRO, layout, instance life cycle), calling a type
 * to make an instance, and attribute access on types. Special-method slots: slots.c;
 * property/staticmethod/classmethod/super/__build_class__: descr.c.
 *
 * Invariants:
 * - After type_ready: every NULL slot that CPython would inherit holds the base's slot
 *   (hash and richcompare only together), type->dict holds a method_descriptor per
 *   `methods` entry, a getset_descriptor per `getset` entry and __doc__, type->mro is the
 *   tuple (type, base, ..., object), and the fast-subclass flags of the base are set.
 * - Types hash and compare by identity (inherited from object).
 * - Static types are never deallocated; type_fini drops what type_ready made.
 * - Heap types (classes) own name, qualname, bases, dict and MRO; the MRO's item 0 is the
 *   class itself (a cycle, as in CPython: classes are freed by the cycle collector). An
 *   instance holds a reference to its class; its dict lives at type->dictoffset, its
 *   __slots__ members right after the base's layout.
 * - Calling a class: __new__ (the static base's constructor unless overridden), then a
 *   Python-level __init__; __del__ runs in subtype_dealloc once per object.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/gc.h"
#include "frame.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"


/* ---- Readying ---- */

#define INHERIT(slot) do { if (!t->slot) t->slot = b->slot; } while (0)

static void inherit_slots(GpType *t, GpType *b) {
    t->flags |= b->flags & (TPFLAG_INT_SUBCLASS | TPFLAG_STR_SUBCLASS | TPFLAG_TUPLE_SUBCLASS |
                            TPFLAG_LIST_SUBCLASS | TPFLAG_DICT_SUBCLASS | TPFLAG_EXC_SUBCLASS |
                            TPFLAG_TYPE_SUBCLASS);
    if (!t->basicsize)
        t->basicsize = b->basicsize;
    INHERIT(itemsize);
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    if (!t->hash && !t->richcompare) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    }
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    if (b != &gp_type_object)
        INHERIT(new_);
    INHERIT(iter);
    INHERIT(iternext);
    for (int i = 0; i < NB_COUNT; i++) {
        INHERIT(binop[i]);
        INHERIT(inplace[i]);
    }
    INHERIT(power3);
    INHERIT(neg);
    INHERIT(pos);
    INHERIT(invert);
    INHERIT(abs);
    INHERIT(bool_);
    INHERIT(index);
    INHERIT(to_int);
    INHERIT(to_float);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(format);
    if (!t->traverse && !t->clear && (b->flags & TPFLAG_GC)) {
        t->flags |= TPFLAG_GC;
        t->traverse = b->traverse;
        t->clear = b->clear;
    }
    INHERIT(dictoffset);
    INHERIT(descr_get);
    INHERIT(descr_set);
}

static int add_to_dict(GpObject *dict, const char *name, GpObject *value_steal) {
    if (!value_steal)
        return -1;
    GpObject *key = str_intern_cstr(name);
    if (!key) {
        gp_decref(value_steal);
        return -1;
    }
    int r = dict_setitem(dict, key, value_steal);
    gp_decref(key);
    gp_decref(value_steal);
    return r;
}

/* 0, or -1 with an exception set. */
int type_ready(GpType *t) {
    if (t->flags & TPFLAG_READY)
        return 0;
    if (t != &gp_type_object && !t->base)
        t->base = &gp_type_object;
    GpType *b = t->base;
    if (b && type_ready(b) < 0)
        return -1;
    if (b)
        inherit_slots(t, b);

    GpObject *dict = dict_new();
    if (!dict)
        return -1;
    for (GpMethodDef *m = t->methods; m && m->name; m++)
        if (add_to_dict(dict, m->name, method_descr_new(t, m)) < 0)
            goto error;
    for (GpGetSetDef *g = t->getset; g && g->name; g++)
        if (add_to_dict(dict, g->name, getset_descr_new(t, g)) < 0)
            goto error;
    if (slots_add_wrappers(t, dict) < 0)
        goto error;
    /* (type_ready may run before the ids of ids.def exist: plain C strings here) */
    if (!dict_getitem_cstr(dict, "__doc__")) {
        if (err_occurred() || dict_setitem_cstr(dict, "__doc__", GP_NONE) < 0)
            goto error;
    }
    if (!t->hash && !dict_getitem_cstr(dict, "__hash__")) {
        if (err_occurred() || dict_setitem_cstr(dict, "__hash__", GP_NONE) < 0)
            goto error;
    }

    intptr_t nbase = b ? TUPLE_SIZE(b->mro) : 0;
    GpObject *mro = tuple_new(nbase + 1);
    if (!mro)
        goto error;
    TUPLE_SET_ITEM(mro, 0, gp_newref((GpObject *)t));
    for (intptr_t i = 0; i < nbase; i++)
        TUPLE_SET_ITEM(mro, i + 1, gp_newref(TUPLE_ITEM(b->mro, i)));

    t->dict = dict;
    t->mro = mro;
    t->flags |= TPFLAG_READY;
    return 0;
error:
    gp_decref(dict);
    return -1;
}

void type_fini(GpType *t) {
    GP_CLEAR(t->mro);
    GP_CLEAR(t->dict);
    t->flags &= ~(unsigned long)TPFLAG_READY;
}

/* Borrowed reference to the first value of name along type's MRO, or NULL (no exception). */
GpObject *type_lookup(GpType *type, GpObject *name) {
    GpObject *mro = type->mro;
    if (mro) {
        intptr_t n = TUPLE_SIZE(mro);
        for (intptr_t i = 0; i < n; i++) {
            GpObject *d = ((GpType *)TUPLE_ITEM(mro, i))->dict;
            if (!d)
                continue;
            GpObject *v = dict_getitem(d, name);
            if (v)
                return v;
        }
        return NULL;
    }
    for (GpType *t = type; t; t = t->base) {
        if (!t->dict)
            continue;
        GpObject *v = dict_getitem(t->dict, name);
        if (v)
            return v;
    }
    return NULL;
}

bool type_is_subtype(GpType *t, GpType *base) {
    if (t == base)
        return true;
    GpObject *mro = t->mro;
    if (mro) {
        intptr_t n = TUPLE_SIZE(mro);
        for (intptr_t i = 0; i < n; i++)
            if (TUPLE_ITEM(mro, i) == (GpObject *)base)
                return true;
        return false;
    }
    for (; t; t = t->base)
        if (t == base)
            return true;
    return base == &gp_type_object;
}

/* ---- Binding descriptors ---- */

GpObject *type_descr_bind(GpObject *descr, GpObject *obj, GpType *type) {
    GpType *dt = GP_TYPE(descr);
    if (dt == &gp_type_function)
        return obj ? method_new(descr, obj) : gp_newref(descr);
    if (dt == &gp_type_method_descr)
        return obj ? cfunction_new(((GpMethodDescr *)descr)->def, obj, NULL) : gp_newref(descr);
    if (dt == &gp_type_getset_descr)
        return obj ? ((GpGetSetDescr *)descr)->def->get(obj) : gp_newref(descr);
    if (dt->descr_get)
        return dt->descr_get(descr, obj, (GpObject *)type);
    return gp_newref(descr);
}

GpType *type_static_base(GpType *t) {
    while (t && (t->flags & TPFLAG_HEAPTYPE))
        t = t->base;
    return t;
}

/* ---- The type type ---- */

/* The part of a dotted static type name after the last dot ("builtins" module otherwise). */
static const char *short_name(GpType *t) {
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

/* New reference: the module name of t as a str. */
static GpObject *type_module(GpType *t) {
    if (t->flags & TPFLAG_HEAPTYPE) {
        GpObject *m = t->dict ? dict_getitem(t->dict, GP_ID(__module__)) : NULL;
        if (m)
            return gp_newref(m);
        if (err_occurred())
            return NULL;
        return err_format(&gp_exc_AttributeError, "__module__");
    }
    const char *dot = strrchr(t->name, '.');
    if (dot)
        return str_from_utf8(t->name, dot - t->name);
    return str_from_cstr("builtins");
}

static GpObject *type_get_qualname(GpObject *self) {
    GpType *t = (GpType *)self;
    if ((t->flags & TPFLAG_HEAPTYPE) && ((GpHeapType *)t)->qualname)
        return gp_newref(((GpHeapType *)t)->qualname);
    return str_from_cstr(short_name(t));
}

static GpObject *type_repr(GpObject *self) {
    GpType *t = (GpType *)self;
    GpObject *mod = type_module(t);
    if (!mod) {
        err_clear();
        return str_from_format("<class '%s'>", t->name);
    }
    GpObject *r;
    if (STR_CHECK(mod) && !str_eq_cstr(mod, "builtins")) {
        GpObject *q = type_get_qualname(self);
        r = q ? str_from_format("<class '%U.%U'>", mod, q) : NULL;
        gp_xdecref(q);
    } else {
        r = str_from_format("<class '%s'>", short_name(t));
    }
    gp_decref(mod);
    return r;
}

/* Calls a class: __new__ (the static base's constructor unless overridden in Python), then
 * __init__ if the class defines one in Python. */
static GpObject *heap_type_call(GpType *t, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    GpObject *newd = type_lookup(t, GP_ID(__new__));
    GpObject *init = type_lookup(t, GP_ID(__init__));
    int py_init = init && !slots_is_builtin_init(init);
    GpObject *obj;
    if (init)
        gp_incref(init);
    if (!newd || slots_is_builtin_new(newd)) {
        GpType *sb = type_static_base(t);
        if (!sb || !sb->new_) {
            err_format(&gp_exc_TypeError, "cannot create '%s' instances", t->name);
            goto error;
        }
        int pass = 1;
        if (sb == &gp_type_object) {
            if ((nargs || nkw) && !py_init) {
                err_format(&gp_exc_TypeError, "%s() takes no arguments", t->name);
                goto error;
            }
            pass = 0;
        } else if (py_init && (sb->flags & (TPFLAG_LIST_SUBCLASS | TPFLAG_DICT_SUBCLASS))) {
            pass = 0;
        }
        obj = pass ? sb->new_(t, args, nargs, kwnames) : sb->new_(t, NULL, 0, NULL);
    } else {
        GpObject *fn = newd;
        if (GP_TYPE(fn) == &gp_type_staticmethod)
            fn = staticmethod_func(fn);
        gp_incref(fn);
        GpObject *small[8];
        GpObject **buf = small;
        if (nargs + nkw + 1 > 8) {
            buf = mem_alloc(sizeof(GpObject *) * (size_t)(nargs + nkw + 1));
            if (!buf) {
                gp_decref(fn);
                err_no_memory();
                goto error;
            }
        }
        buf[0] = (GpObject *)t;
        for (intptr_t i = 0; i < nargs + nkw; i++)
            buf[i + 1] = args[i];
        obj = obj_call(fn, buf, nargs + 1, kwnames);
        if (buf != small)
            mem_free(buf);
        gp_decref(fn);
    }
    if (!obj)
        goto error;
    if (!obj_is_instance_of(obj, t) || !py_init) {
        gp_xdecref(init);
        return obj;
    }
    GpObject *r = slots_call_found(obj, init, args, nargs, kwnames);
    gp_decref(init);
    if (!r) {
        gp_decref(obj);
        return NULL;
    }
    if (r != GP_NONE) {
        err_format(&gp_exc_TypeError, "__init__() should return None, not '%s'",
                   obj_type_name(r));
        gp_decref(r);
        gp_decref(obj);
        return NULL;
    }
    gp_decref(r);
    return obj;
error:
    gp_xdecref(init);
    return NULL;
}

/* type.__new__(meta, name, bases, dict, **kw): a class whose metaclass is meta. */
static GpObject *type_new_slot(GpType *meta, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    if (nargs != 3)
        return err_format(&gp_exc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                          (ssize_t)nargs);
    if (!STR_CHECK(args[0]))
        return err_format(&gp_exc_TypeError, "type.__new__() argument 1 must be str, not %T",
                          args[0]);
    if (!TUPLE_CHECK(args[1]))
        return err_format(&gp_exc_TypeError, "type.__new__() argument 2 must be tuple, not %T",
                          args[1]);
    if (!DICT_CHECK(args[2]))
        return err_format(&gp_exc_TypeError, "type.__new__() argument 3 must be dict, not %T",
                          args[2]);
    /* the most derived metaclass of meta and the bases' */
    GpType *winner = meta;
    for (intptr_t i = 0; i < TUPLE_SIZE(args[1]); i++) {
        GpType *bt = GP_TYPE(TUPLE_ITEM(args[1], i));
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        return err_set_str(&gp_exc_TypeError,
                           "metaclass conflict: the metaclass of a derived class must be a "
                           "(non-strict) subclass of the metaclasses of all its bases");
    }
    return type_new_class_meta(winner, args[0], args[1], args[2], kwnames, args + 3);
}

static GpObject *type_call(GpObject *callable, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    GpType *t = (GpType *)callable;
    if (t == &gp_type_type) {
        intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
        if (nargs == 1 && nkw == 0)
            return gp_newref((GpObject *)GP_TYPE(args[0]));
        if (nargs == 3) {
            if (!STR_CHECK(args[0]))
                return err_format(&gp_exc_TypeError,
                                  "type.__new__() argument 1 must be str, not %T", args[0]);
            if (!TUPLE_CHECK(args[1]))
                return err_format(&gp_exc_TypeError,
                                  "type.__new__() argument 2 must be tuple, not %T", args[1]);
            if (!DICT_CHECK(args[2]))
                return err_format(&gp_exc_TypeError,
                                  "type.__new__() argument 3 must be dict, not %T", args[2]);
            return type_new_class(args[0], args[1], args[2], kwnames, args + 3);
        }
        return err_set_str(&gp_exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (t->flags & TPFLAG_HEAPTYPE)
        return heap_type_call(t, args, nargs, kwnames);
    if (!t->new_)
        return err_format(&gp_exc_TypeError, "cannot create '%s' instances", t->name);
    return t->new_(t, args, nargs, kwnames);
}

/* Attribute lookup on a type: data descriptors of the metatype, then the type's MRO
 * (bound as for a class: classmethods bind to it, functions stay plain), then the
 * metatype's other attributes bound to the type (int.mro). */
static GpObject *type_getattr(GpObject *self, GpObject *name) {
    GpType *t = (GpType *)self;
    if (!STR_CHECK(name))
        return err_format(&gp_exc_TypeError, "attribute name must be string, not '%T'", name);
    GpType *meta = GP_TYPE(self);
    GpObject *meta_attr = type_lookup(meta, name);
    if (meta_attr) {
        GpType *mt = GP_TYPE(meta_attr);
        if (mt == &gp_type_getset_descr)
            return ((GpGetSetDescr *)meta_attr)->def->get(self);
        if (mt->descr_get && mt->descr_set)
            return mt->descr_get(meta_attr, self, (GpObject *)meta);
    }
    GpObject *attr = type_lookup(t, name);
    if (attr) {
        GpType *at = GP_TYPE(attr);
        if (at->descr_get) {
            gp_incref(attr);
            GpObject *r = at->descr_get(attr, NULL, self);
            gp_decref(attr);
            return r;
        }
        return gp_newref(attr);
    }
    if (meta_attr) {
        gp_incref(meta_attr);
        GpObject *r = type_descr_bind(meta_attr, self, meta);
        gp_decref(meta_attr);
        return r;
    }
    return err_format(&gp_exc_AttributeError, "type object '%s' has no attribute '%U'",
                      short_name(t), name);
}

/* After a special method of t changed: t's and its subclasses' slots follow. */
static void refix_slots(GpType *t) {
    for (GpHeapType *h = gp_interp->heap_types; h; h = h->next)
        if (type_is_subtype(&h->type, t))
            slots_fixup(&h->type);
}

static int type_setattr(GpObject *self, GpObject *name, GpObject *value) {
    GpType *t = (GpType *)self;
    if (!STR_CHECK(name)) {
        err_format(&gp_exc_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        err_format(&gp_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                   t->name);
        return -1;
    }
    GpObject *meta_attr = type_lookup(GP_TYPE(self), name);
    if (meta_attr && GP_TYPE(meta_attr) == &gp_type_getset_descr) {
        GpGetSetDescr *d = (GpGetSetDescr *)meta_attr;
        if (!d->def->set) {
            err_format(&gp_exc_AttributeError, "attribute '%U' of '%s' objects is not writable",
                       name, d->objtype->name);
            return -1;
        }
        return d->def->set(self, value);
    }
    int r;
    if (value) {
        r = dict_setitem(t->dict, name, value);
    } else {
        r = dict_delitem(t->dict, name);
        if (r < 0 && err_matches(&gp_exc_KeyError)) {
            err_format(&gp_exc_AttributeError, "type object '%s' has no attribute '%U'",
                       short_name(t), name);
        }
    }
    if (r == 0 && slots_is_special(name))
        refix_slots(t);
    return r;
}

static GpObject *type_get_name(GpObject *self) {
    GpType *t = (GpType *)self;
    if (t->flags & TPFLAG_HEAPTYPE)
        return gp_newref(((GpHeapType *)t)->name);
    return str_from_cstr(short_name(t));
}

static int type_set_name(GpObject *self, GpObject *v) {
    GpType *t = (GpType *)self;
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        err_format(&gp_exc_TypeError, "cannot set '__name__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    if (!v || !STR_CHECK(v)) {
        err_format(&gp_exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                   t->name, v ? obj_type_name(v) : "NoneType");
        return -1;
    }
    GpHeapType *h = (GpHeapType *)t;
    GP_SETREF(h->name, gp_newref(v));
    t->name = STR_DATA(v);
    return 0;
}

static int type_set_qualname(GpObject *self, GpObject *v) {
    GpType *t = (GpType *)self;
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        err_format(&gp_exc_TypeError,
                   "cannot set '__qualname__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v || !STR_CHECK(v)) {
        err_format(&gp_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                   t->name, v ? obj_type_name(v) : "NoneType");
        return -1;
    }
    GP_SETREF(((GpHeapType *)t)->qualname, gp_newref(v));
    return 0;
}

static GpObject *type_get_module(GpObject *self) { return type_module((GpType *)self); }

static int type_set_module(GpObject *self, GpObject *v) {
    return type_setattr(self, GP_ID(__module__), v);
}

static GpObject *type_get_doc(GpObject *self) {
    GpType *t = (GpType *)self;
    GpObject *d = t->dict ? dict_getitem(t->dict, GP_ID(__doc__)) : NULL;
    if (d) {
        if (GP_TYPE(d)->descr_get)
            return GP_TYPE(d)->descr_get(d, NULL, self);
        return gp_newref(d);
    }
    if (err_occurred())
        return NULL;
    return gp_none();
}

/* New reference: a tuple copy of a heap type's MRO (whose item 0 is not counted). */
static GpObject *mro_copy(GpType *t) {
    intptr_t n = TUPLE_SIZE(t->mro);
    GpObject *r = tuple_new(n);
    if (!r)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        TUPLE_SET_ITEM(r, i, gp_newref(TUPLE_ITEM(t->mro, i)));
    return r;
}

static GpObject *type_get_mro(GpObject *self) {
    GpType *t = (GpType *)self;
    if (!t->mro)
        return gp_none();
    if (t->flags & TPFLAG_HEAPTYPE)
        return mro_copy(t);
    return gp_newref(t->mro);
}

static GpObject *type_get_base(GpObject *self) {
    GpType *t = (GpType *)self;
    return t->base ? gp_newref((GpObject *)t->base) : gp_none();
}

static GpObject *type_get_bases(GpObject *self) {
    GpType *t = (GpType *)self;
    if ((t->flags & TPFLAG_HEAPTYPE) && ((GpHeapType *)t)->bases)
        return gp_newref(((GpHeapType *)t)->bases);
    if (!t->base)
        return gp_newref(gp_interp->empty_tuple);
    return tuple_pack(1, (GpObject *)t->base);
}

static GpObject *type_get_dict(GpObject *self) {
    GpType *t = (GpType *)self;
    if (!t->dict)
        return dict_new();
    return dict_copy(t->dict);
}

static GpObject *type_mro_method(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    GpType *t = (GpType *)self;
    if (!t->mro)
        return list_new(0);
    intptr_t n = TUPLE_SIZE(t->mro);
    GpObject *l = list_new(n);
    if (!l)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        LIST_SET_ITEM(l, i, gp_newref(TUPLE_ITEM(t->mro, i)));
    return l;
}

static GpObject *type_subclasses(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    GpObject *l = list_new(0);
    if (!l)
        return NULL;
    GpHeapType *h = gp_interp->heap_types;
    while (h && h->next)
        h = h->next;
    for (; h; h = h->prev) {   /* oldest first */
        GpObject *bases = h->bases;
        for (intptr_t i = 0; bases && i < TUPLE_SIZE(bases); i++) {
            if (TUPLE_ITEM(bases, i) == self) {
                if (list_append(l, (GpObject *)h) < 0) {
                    gp_decref(l);
                    return NULL;
                }
                break;
            }
        }
    }
    return l;
}

static GpMethodDef type_methods[] = {
    {"mro", type_mro_method, METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpGetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__doc__", type_get_doc, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ---- Heap types: life cycle ---- */

static void heap_type_clear_fields(GpHeapType *h) {
    GpType *t = &h->type;
    GP_CLEAR(t->mro);
    GP_CLEAR(t->dict);
    GP_CLEAR(h->bases);
    GP_CLEAR(h->slotnames);
    GP_CLEAR(h->qualname);
}

static void type_dealloc(GpObject *o) {
    GpType *t = (GpType *)o;
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        obj_static_dealloc(o);
        return;
    }
    GpHeapType *h = (GpHeapType *)t;
    if (h->prev)
        h->prev->next = h->next;
    else if (gp_interp->heap_types == h)
        gp_interp->heap_types = h->next;
    if (h->next)
        h->next->prev = h->prev;
    heap_type_clear_fields(h);
    GP_CLEAR(h->name);
    obj_free(o);
}

static int type_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpType *t = (GpType *)o;
    if (!(t->flags & TPFLAG_HEAPTYPE))
        return 0;
    GpHeapType *h = (GpHeapType *)t;
    int r;
    if (t->dict && (r = visit(t->dict, arg)))
        return r;
    if (h->bases && (r = visit(h->bases, arg)))
        return r;
    if (t->mro && (r = visit(t->mro, arg)))
        return r;
    return 0;
}

static GpObject *type_clear(GpObject *o) {
    GpType *t = (GpType *)o;
    if (!(t->flags & TPFLAG_HEAPTYPE))
        return NULL;
    if (t->dict)
        dict_clear(t->dict);
    GP_CLEAR(t->mro);   /* the class's reference to itself */
    return NULL;
}

GpType gp_type_type = {
    GP_TYPE_HEAD,
    .name = "type",
    .basicsize = sizeof(GpHeapType),   /* classes are GpHeapTypes (metaclasses extend it) */
    .flags = TPFLAG_BASETYPE | TPFLAG_TYPE_SUBCLASS | TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = type_dealloc,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .new_ = type_new_slot,
    .methods = type_methods,
    .getset = type_getset,
    .traverse = type_traverse,
    .clear = type_clear,
};

/* ---- Instances of heap types ---- */

/* Visits (or clears) the __slots__ members of o along its heap types. */
static int slot_members_visit(GpObject *o, VisitFn visit, void *arg, int clear) {
    for (GpType *t = GP_TYPE(o); t && (t->flags & TPFLAG_HEAPTYPE); t = t->base) {
        GpHeapType *h = (GpHeapType *)t;
        if (!h->slotnames)
            continue;
        GpObject **p = (GpObject **)((char *)o + h->slotoffset);
        for (intptr_t i = 0; i < TUPLE_SIZE(h->slotnames); i++) {
            if (!p[i])
                continue;
            if (clear) {
                GP_CLEAR(p[i]);
            } else {
                int r = visit(p[i], arg);
                if (r)
                    return r;
            }
        }
    }
    return 0;
}

/* ---- Side table of instance dicts (dictoffset -1) ---- */

typedef struct SideCell {
    GpObject *owner;          /* not a reference */
    GpObject *dict;           /* owned, or NULL */
    struct SideCell *next;
} SideCell;

typedef struct SideTable {
    SideCell **buckets;
    size_t cap, n;
} SideTable;

static size_t side_hash(GpObject *o, size_t cap) { return ((uintptr_t)o >> 4) & (cap - 1); }

static int side_grow(SideTable *st) {
    size_t ncap = st->cap ? st->cap * 2 : 16;
    SideCell **nb = mem_calloc(ncap, sizeof(SideCell *));
    if (!nb)
        return -1;
    for (size_t i = 0; i < st->cap; i++) {
        for (SideCell *c = st->buckets[i], *next; c; c = next) {
            next = c->next;
            size_t h = side_hash(c->owner, ncap);
            c->next = nb[h];
            nb[h] = c;
        }
    }
    mem_free(st->buckets);
    st->buckets = nb;
    st->cap = ncap;
    return 0;
}

GpObject **type_side_dict_ptr(GpObject *o, int find_only) {
    SideTable *st = gp_interp->side_dicts;
    if (st && st->cap) {
        for (SideCell *c = st->buckets[side_hash(o, st->cap)]; c; c = c->next)
            if (c->owner == o)
                return &c->dict;
    }
    if (find_only)
        return NULL;
    if (!st) {
        st = mem_calloc(1, sizeof(SideTable));
        if (!st)
            return NULL;
        gp_interp->side_dicts = st;
    }
    if (st->n >= st->cap && side_grow(st) < 0)
        return NULL;
    SideCell *c = mem_alloc(sizeof(SideCell));
    if (!c)
        return NULL;
    size_t h = side_hash(o, st->cap);
    c->owner = o;
    c->dict = NULL;
    c->next = st->buckets[h];
    st->buckets[h] = c;
    st->n++;
    return &c->dict;
}

/* Drops o's side-table entry and dict (instance dealloc/clear). */
static void side_dict_drop(GpObject *o) {
    SideTable *st = gp_interp->side_dicts;
    if (!st || !st->cap)
        return;
    for (SideCell **pc = &st->buckets[side_hash(o, st->cap)]; *pc; pc = &(*pc)->next) {
        SideCell *c = *pc;
        if (c->owner != o)
            continue;
        *pc = c->next;
        GpObject *d = c->dict;
        mem_free(c);
        if (--st->n == 0) {
            mem_free(st->buckets);
            mem_free(st);
            gp_interp->side_dicts = NULL;
        }
        gp_xdecref(d);
        return;
    }
}

/* The instance dict slot of o without creating a side-table entry. */
static GpObject **dict_slot(GpObject *o) {
    intptr_t off = GP_TYPE(o)->dictoffset;
    if (off > 0)
        return (GpObject **)((char *)o + off);
    return off ? type_side_dict_ptr(o, 1) : NULL;
}

/* Runs type(o).__del__ (o's count is 0). Returns 1 if o was resurrected. */
static int call_del(GpObject *o, GpObject *del) {
    o->refcnt = 1;
    GpObject *saved = err_fetch();
    gp_incref(del);
    GpObject *r = slots_call_found(o, del, NULL, 0, NULL);
    gp_decref(del);
    if (!r) {
        GpObject *exc = err_fetch();
        GpObject *where = obj_repr(del);
        if (!where)
            err_clear();
        file_flush_std();
        fprintf(stderr, "Exception ignored in: %s\n", where ? STR_DATA(where) : "__del__");
        gp_xdecref(where);
        if (exc)
            exc_print(exc, stderr);
        gp_xdecref(exc);
    } else {
        gp_decref(r);
    }
    err_restore(saved);
    if (--o->refcnt != 0)
        return 1;
    return 0;
}

static void subtype_dealloc(GpObject *o) {
    /* A long chain of instances (through __slots__ members or a base's items) would
     * otherwise free itself recursively: defer past a depth as the containers do. */
    if (list_trashcan_begin(o))
        return;
    GpType *t = GP_TYPE(o);
    GpObject *del = t->dict ? type_lookup(t, GP_ID(__del__)) : NULL;
    /* modules+gc: not if the cycle collector already ran it (PEP 442: once per object) */
    if (del && !gc_is_finalized(o)) {
        gc_set_finalized(o);   /* a resurrected object is not finalized again */
        if (call_del(o, del))
            goto done;
    }
    slot_members_visit(o, NULL, NULL, 1);
    if (t->dictoffset < 0) {
        side_dict_drop(o);
    } else {
        GpObject **dp = dict_slot(o);
        if (dp)
            GP_CLEAR(*dp);
    }
    GpType *sb = type_static_base(t);
    sb->dealloc(o);   /* its obj_free drops the instance's reference to t */
done:
    list_trashcan_end();
}

static int subtype_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpType *t = GP_TYPE(o);
    int r = visit((GpObject *)t, arg);
    if (r)
        return r;
    if ((r = slot_members_visit(o, visit, arg, 0)))
        return r;
    GpObject **dp = dict_slot(o);
    if (dp && *dp && (r = visit(*dp, arg)))
        return r;
    GpType *sb = type_static_base(t);
    return sb->traverse ? sb->traverse(o, visit, arg) : 0;
}

static GpObject *subtype_clear(GpObject *o) {
    slot_members_visit(o, NULL, NULL, 1);
    GpObject **dp = dict_slot(o);
    if (dp)
        GP_CLEAR(*dp);
    GpType *sb = type_static_base(GP_TYPE(o));
    if (sb->clear)
        sb->clear(o);
    return NULL;
}

static GpObject *inst_get_dict(GpObject *o) {
    GpObject **dp = obj_dict_ptr(o);
    if (!dp)
        return err_format(&gp_exc_AttributeError, "'%s' object has no attribute '__dict__'",
                          obj_type_name(o));
    if (!*dp && !(*dp = dict_new()))
        return NULL;
    return gp_newref(*dp);
}

static int inst_set_dict(GpObject *o, GpObject *v) {
    GpObject **dp = obj_dict_ptr(o);
    if (!dp) {
        err_format(&gp_exc_AttributeError, "'%s' object has no attribute '__dict__'",
                   obj_type_name(o));
        return -1;
    }
    if (!v) {
        err_set_str(&gp_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!DICT_CHECK(v)) {
        err_format(&gp_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   obj_type_name(v));
        return -1;
    }
    GP_SETREF(*dp, gp_newref(v));
    return 0;
}

static GpGetSetDef inst_dict_getset = {"__dict__", inst_get_dict, inst_set_dict, NULL};

/* ---- Creating classes ---- */

/* C3 linearization of t over bases: new tuple whose item 0 is t (not counted). */
static GpObject *compute_mro(GpType *t, GpObject *bases) {
    intptr_t nb = TUPLE_SIZE(bases), nseq = nb + 1;
    GpObject **seqs = mem_alloc(sizeof(GpObject *) * (size_t)nseq);
    intptr_t *idx = mem_calloc((size_t)nseq, sizeof(intptr_t));
    GpObject *res = list_new(0), *tuple = NULL;
    if (!seqs || !idx || !res) {
        if (seqs && idx)
            err_no_memory();
        goto done;
    }
    for (intptr_t i = 0; i < nb; i++)
        seqs[i] = ((GpType *)TUPLE_ITEM(bases, i))->mro;
    seqs[nb] = bases;
    for (;;) {
        int empty = 1;
        GpObject *cand = NULL;
        for (intptr_t i = 0; i < nseq && !cand; i++) {
            if (idx[i] >= TUPLE_SIZE(seqs[i]))
                continue;
            empty = 0;
            GpObject *c = TUPLE_ITEM(seqs[i], idx[i]);
            int bad = 0;
            for (intptr_t j = 0; j < nseq && !bad; j++)
                for (intptr_t k = idx[j] + 1; k < TUPLE_SIZE(seqs[j]) && !bad; k++)
                    if (TUPLE_ITEM(seqs[j], k) == c)
                        bad = 1;
            if (!bad)
                cand = c;
        }
        if (empty)
            break;
        if (!cand) {
            StrBuf sb = STRBUF_INIT;
            int r = sb_printf(&sb, "Cannot create a consistent method resolution\n"
                                   "order (MRO) for bases");
            GpObject *seen = list_new(0);
            for (intptr_t i = 0; r >= 0 && seen && i < nseq; i++) {
                if (idx[i] >= TUPLE_SIZE(seqs[i]))
                    continue;
                GpObject *c = TUPLE_ITEM(seqs[i], idx[i]);
                int dup = 0;
                for (intptr_t j = 0; j < LIST_SIZE(seen); j++)
                    if (LIST_ITEM(seen, j) == c)
                        dup = 1;
                if (dup)
                    continue;
                r = list_append(seen, c);
                if (r >= 0)
                    r = sb_printf(&sb, "%s %s", LIST_SIZE(seen) > 1 ? "," : "",
                                  ((GpType *)c)->name);
            }
            gp_xdecref(seen);
            GpObject *msg = sb_finish(&sb);
            if (msg) {
                err_set_object(&gp_exc_TypeError, msg);
                gp_decref(msg);
            }
            goto done;
        }
        if (list_append(res, cand) < 0)
            goto done;
        for (intptr_t j = 0; j < nseq; j++)
            if (idx[j] < TUPLE_SIZE(seqs[j]) && TUPLE_ITEM(seqs[j], idx[j]) == cand)
                idx[j]++;
    }
    tuple = tuple_new(LIST_SIZE(res) + 1);
    if (!tuple)
        goto done;
    TUPLE_SET_ITEM(tuple, 0, gp_newref((GpObject *)t));
    for (intptr_t i = 0; i < LIST_SIZE(res); i++)
        TUPLE_SET_ITEM(tuple, i + 1, gp_newref(LIST_ITEM(res, i)));
done:
    gp_xdecref(res);
    mem_free(seqs);
    mem_free(idx);
    return tuple;
}

/* The static type (or heap type adding __slots__) that fixes t's instance layout. */
static GpType *solid_base(GpType *t) {
    while (t->flags & TPFLAG_HEAPTYPE) {
        GpHeapType *h = (GpHeapType *)t;
        if (h->slotnames && TUPLE_SIZE(h->slotnames))
            return t;
        t = t->base;
    }
    return t;
}

static GpType *best_base(GpObject *bases) {
    GpType *base = NULL, *winner = NULL;
    for (intptr_t i = 0; i < TUPLE_SIZE(bases); i++) {
        GpType *b = (GpType *)TUPLE_ITEM(bases, i);
        GpType *s = solid_base(b);
        if (!winner) {
            winner = s;
            base = b;
        } else if (type_is_subtype(winner, s)) {
            /* keep */
        } else if (type_is_subtype(s, winner)) {
            winner = s;
            base = b;
        } else {
            err_set_str(&gp_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* Whether instances of sb cannot be extended with a dict pointer or __slots__ members:
 * variable-size layouts, and constructors known to ignore the subclass's basicsize (only
 * the types listed allocate type->basicsize for a subclass). */
static int layout_is_varsize(GpType *sb) {
    if (sb->itemsize != 0 ||
        (sb->flags & (TPFLAG_STR_SUBCLASS | TPFLAG_TUPLE_SUBCLASS | TPFLAG_INT_SUBCLASS)))
        return 1;
    if (sb->flags & (TPFLAG_LIST_SUBCLASS | TPFLAG_DICT_SUBCLASS | TPFLAG_EXC_SUBCLASS))
        return 0;
    return !(sb == &gp_type_object || sb == &gp_type_set || sb == &gp_type_frozenset ||
             sb == &gp_type_property || sb == &gp_type_staticmethod ||
             sb == &gp_type_classmethod || sb == &gp_type_super);
}

/* New reference: __slots__ as a tuple of str. */
static GpObject *slots_tuple(GpObject *slots) {
    GpObject *t = STR_CHECK(slots) ? tuple_pack(1, slots) : tuple_from_iterable(slots);
    if (!t)
        return NULL;
    for (intptr_t i = 0; i < TUPLE_SIZE(t); i++) {
        if (!STR_CHECK(TUPLE_ITEM(t, i))) {
            err_format(&gp_exc_TypeError, "__slots__ items must be strings, not '%s'",
                       obj_type_name(TUPLE_ITEM(t, i)));
            gp_decref(t);
            return NULL;
        }
    }
    return t;
}

/* Calls __set_name__ on the class attributes that define it, then the parents'
 * __init_subclass__. 0 or -1. */
static int finish_class(GpType *t, GpObject *kwnames, GpObject *const *kwvalues) {
    GpObject *items = dict_copy(t->dict);
    if (!items)
        return -1;
    intptr_t pos = 0;
    GpObject *k, *v;
    while (dict_next(items, &pos, &k, &v)) {
        GpObject *sn = type_lookup(GP_TYPE(v), GP_ID(__set_name__));
        if (!sn)
            continue;
        GpObject *args[2] = {(GpObject *)t, k};
        gp_incref(sn);
        GpObject *r = slots_call_found(v, sn, args, 2, NULL);
        gp_decref(sn);
        if (!r) {
            /* 3.11 wraps the error: RuntimeError(...) from the original */
            GpObject *cause = err_fetch();
            err_format(&gp_exc_RuntimeError,
                       "Error calling __set_name__ on '%s' instance %R in '%s'",
                       obj_type_name(v), k, t->name);
            GpObject *exc = err_fetch();
            if (exc && cause)
                exc_set_cause_steal(exc, cause);
            else
                gp_xdecref(cause);
            err_restore(exc);
            gp_decref(items);
            return -1;
        }
        gp_decref(r);
    }
    gp_decref(items);
    /* super(t, t).__init_subclass__(**kwargs) */
    GpObject *init_sub = NULL;
    for (intptr_t i = 1; i < TUPLE_SIZE(t->mro) && !init_sub; i++) {
        GpType *b = (GpType *)TUPLE_ITEM(t->mro, i);
        if (b->dict)
            init_sub = dict_getitem(b->dict, GP_ID(__init_subclass__));
    }
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (!init_sub) {
        if (nkw) {
            err_format(&gp_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                       t->name);
            return -1;
        }
        return 0;
    }
    GpObject *bound = type_descr_bind(init_sub, NULL, t);
    if (!bound)
        return -1;
    GpObject *r = obj_call(bound, kwvalues, 0, nkw ? kwnames : NULL);
    gp_decref(bound);
    if (!r)
        return -1;
    gp_decref(r);
    return 0;
}

GpObject *type_new_class(GpObject *name, GpObject *bases_in, GpObject *ns, GpObject *kwnames,
                         GpObject *const *kwvalues) {
    return type_new_class_meta(&gp_type_type, name, bases_in, ns, kwnames, kwvalues);
}

GpObject *type_new_class_meta(GpType *meta, GpObject *name, GpObject *bases_in, GpObject *ns,
                              GpObject *kwnames, GpObject *const *kwvalues) {
    GpObject *bases = NULL, *dict = NULL;
    GpHeapType *h = NULL;
    if (TUPLE_SIZE(bases_in) == 0)
        bases = tuple_pack(1, (GpObject *)&gp_type_object);
    else
        bases = gp_newref(bases_in);
    if (!bases)
        return NULL;
    for (intptr_t i = 0; i < TUPLE_SIZE(bases); i++) {
        GpObject *b = TUPLE_ITEM(bases, i);
        if (!TYPE_CHECK(b)) {
            err_set_str(&gp_exc_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases");
            goto error;
        }
        if (!(((GpType *)b)->flags & TPFLAG_BASETYPE)) {
            err_format(&gp_exc_TypeError, "type '%s' is not an acceptable base type",
                       ((GpType *)b)->name);
            goto error;
        }
        if (!(((GpType *)b)->flags & TPFLAG_READY) && type_ready((GpType *)b) < 0)
            goto error;
        for (intptr_t j = 0; j < i; j++) {
            if (TUPLE_ITEM(bases, j) == b) {
                err_format(&gp_exc_TypeError, "duplicate base class %s", ((GpType *)b)->name);
                goto error;
            }
        }
    }
    GpType *base = best_base(bases);
    if (!base)
        goto error;
    dict = dict_copy(ns);
    if (!dict)
        goto error;

    h = (GpHeapType *)obj_new(meta, meta->basicsize);
    if (!h)
        goto error;
    GpType *t = &h->type;
    h->name = gp_newref(name);
    t->name = STR_DATA(name);
    h->bases = bases;
    bases = NULL;
    t->base = base;
    t->flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE | TPFLAG_GC;
    t->dict = dict;
    dict = NULL;
    /* linked first so an error path frees it through type_dealloc */
    h->next = gp_interp->heap_types;
    if (h->next)
        h->next->prev = h;
    gp_interp->heap_types = h;

    GpObject *mro = compute_mro(t, h->bases);
    if (!mro)
        goto error_type;
    t->mro = mro;

    /* __qualname__, __module__, __classcell__, __doc__ */
    GpObject *q = dict_getitem(t->dict, GP_ID(__qualname__));
    if (q) {
        if (!STR_CHECK(q)) {
            err_format(&gp_exc_TypeError, "type __qualname__ must be a str, not %s",
                       obj_type_name(q));
            goto error_type;
        }
        h->qualname = gp_newref(q);
        if (dict_delitem(t->dict, GP_ID(__qualname__)) < 0)
            goto error_type;
    } else {
        if (err_occurred())
            goto error_type;
        h->qualname = gp_newref(name);
    }
    if (!dict_getitem(t->dict, GP_ID(__module__))) {
        if (err_occurred())
            goto error_type;
        GpFrame *f = gp_interp->frame;
        GpObject *mod = f && f->globals ? dict_getitem(f->globals, GP_ID(__name__)) : NULL;
        if (mod && dict_setitem(t->dict, GP_ID(__module__), mod) < 0)
            goto error_type;
    }
    if (!dict_getitem(t->dict, GP_ID(__doc__))) {
        if (err_occurred() || dict_setitem(t->dict, GP_ID(__doc__), GP_NONE) < 0)
            goto error_type;
    }
    GpObject *cell = dict_getitem(t->dict, GP_ID(__classcell__));
    if (cell) {
        if (GP_TYPE(cell) != &gp_type_cell) {
            err_format(&gp_exc_TypeError, "__classcell__ must be a nonlocal cell, not %T", cell);
            goto error_type;
        }
        GP_SETREF(((GpCell *)cell)->ref, gp_newref((GpObject *)t));
        if (dict_delitem(t->dict, GP_ID(__classcell__)) < 0)
            goto error_type;
    }
    if (dict_getitem(t->dict, GP_ID(__eq__)) && !dict_getitem(t->dict, GP_ID(__hash__))) {
        if (dict_setitem(t->dict, GP_ID(__hash__), GP_NONE) < 0)
            goto error_type;
    }
    /* __new__ is a static method, __init_subclass__ / __class_getitem__ class methods */
    GpObject *v = dict_getitem(t->dict, GP_ID(__new__));
    if (v && FUNC_CHECK(v)) {
        GpObject *sm = staticmethod_new(v);
        if (!sm || dict_setitem(t->dict, GP_ID(__new__), sm) < 0) {
            gp_xdecref(sm);
            goto error_type;
        }
        gp_decref(sm);
    }
    GpObject *cm_names[2] = {GP_ID(__init_subclass__), GP_ID(__class_getitem__)};
    for (int i = 0; i < 2; i++) {
        v = dict_getitem(t->dict, cm_names[i]);
        if (v && FUNC_CHECK(v)) {
            GpObject *cm = classmethod_new(v);
            if (!cm || dict_setitem(t->dict, cm_names[i], cm) < 0) {
                gp_xdecref(cm);
                goto error_type;
            }
            gp_decref(cm);
        }
    }
    if (err_occurred())
        goto error_type;

    /* Layout: the base's, then __slots__ members, then the dict pointer. */
    GpType *sb = type_static_base(base);
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    int add_dict = !t->dictoffset && !layout_is_varsize(sb);
    GpObject *slots = dict_getitem(t->dict, GP_ID(__slots__));
    if (slots) {
        GpObject *names = slots_tuple(slots);
        if (!names)
            goto error_type;
        h->slotnames = names;
        add_dict = 0;
        intptr_t nmembers = 0;
        for (intptr_t i = 0; i < TUPLE_SIZE(names); i++) {
            GpObject *n = TUPLE_ITEM(names, i);
            if (str_eq_cstr(n, "__dict__")) {
                add_dict = !t->dictoffset && !layout_is_varsize(sb);
                continue;
            }
            if (str_eq_cstr(n, "__weakref__"))
                continue;
            nmembers++;
        }
        if (nmembers && layout_is_varsize(sb)) {
            err_format(&gp_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                       sb->name);
            goto error_type;
        }
        h->slotoffset = (intptr_t)t->basicsize;
        /* member descriptors, in order; names keep their position */
        intptr_t k = 0;
        GpObject *kept = tuple_new(nmembers);
        if (!kept)
            goto error_type;
        for (intptr_t i = 0; i < TUPLE_SIZE(names); i++) {
            GpObject *n = TUPLE_ITEM(names, i);
            if (str_eq_cstr(n, "__dict__") || str_eq_cstr(n, "__weakref__"))
                continue;
            if (dict_getitem(t->dict, n)) {
                err_format(&gp_exc_ValueError, "'%U' in __slots__ conflicts with class variable",
                           n);
                gp_decref(kept);
                goto error_type;
            }
            GpObject *md = member_descr_new(t, n, h->slotoffset + k * (intptr_t)sizeof(GpObject *));
            if (!md || dict_setitem(t->dict, n, md) < 0) {
                gp_xdecref(md);
                gp_decref(kept);
                goto error_type;
            }
            gp_decref(md);
            TUPLE_SET_ITEM(kept, k, gp_newref(n));
            k++;
        }
        GP_SETREF(h->slotnames, kept);
        t->basicsize += (size_t)nmembers * sizeof(GpObject *);
    } else if (err_occurred()) {
        goto error_type;
    }
    if (!slots && !t->dictoffset && layout_is_varsize(sb) &&
        !(sb->flags & TPFLAG_TYPE_SUBCLASS)) {   /* (a metaclass's instances are classes) */
        t->dictoffset = -1;   /* instance dicts in the side table */
        if (!dict_getitem(t->dict, GP_ID(__dict__))) {
            GpObject *gs = getset_descr_new(&gp_type_object, &inst_dict_getset);
            if (!gs || dict_setitem(t->dict, GP_ID(__dict__), gs) < 0) {
                gp_xdecref(gs);
                goto error_type;
            }
            gp_decref(gs);
        }
    }
    if (t->dictoffset && !add_dict && !type_lookup(base, GP_ID(__dict__)) &&
        !dict_getitem(t->dict, GP_ID(__dict__))) {
        /* a built-in base with a dict slot but no __dict__ attribute (exceptions) */
        GpObject *gs = getset_descr_new(&gp_type_object, &inst_dict_getset);
        if (!gs || dict_setitem(t->dict, GP_ID(__dict__), gs) < 0) {
            gp_xdecref(gs);
            goto error_type;
        }
        gp_decref(gs);
    }
    if (add_dict) {
        t->dictoffset = (intptr_t)t->basicsize;
        t->basicsize += sizeof(GpObject *);
        if (!dict_getitem(t->dict, GP_ID(__dict__))) {
            /* (objtype object: a descriptor naming the class would form a cycle) */
            GpObject *gs = getset_descr_new(&gp_type_object, &inst_dict_getset);
            if (!gs || dict_setitem(t->dict, GP_ID(__dict__), gs) < 0) {
                gp_xdecref(gs);
                goto error_type;
            }
            gp_decref(gs);
        }
    }

    inherit_slots(t, base);
    t->flags |= TPFLAG_GC;
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    t->new_ = sb->new_;
    slots_fixup(t);
    t->flags |= TPFLAG_READY;
    if (finish_class(t, kwnames, kwvalues) < 0)
        goto error_type;
    return (GpObject *)h;
error_type:
    GP_CLEAR(h->type.mro);
    gp_decref((GpObject *)h);
    return NULL;
error:
    gp_xdecref(bases);
    gp_xdecref(dict);
    return NULL;
}
