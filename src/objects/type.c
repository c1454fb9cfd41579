/* type.c — type objects: readying built-in types (dict of descriptors, MRO, inherited
 * slots), calling a type to make an instance, and attribute access on types.
 *
 * Invariants:
 * - After type_ready: every NULL slot that CPython would inherit holds the base's slot
 *   (hash and richcompare only together), type->dict holds a method_descriptor per
 *   `methods` entry, a getset_descriptor per `getset` entry and __doc__, type->mro is the
 *   tuple (type, base, ..., object), and the fast-subclass flags of the base are set.
 * - Types hash and compare by identity (inherited from object).
 * - Static types are never deallocated; type_fini drops what type_ready made.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define TYPE_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS) != 0)

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
            if (err_occurred())
                err_clear();
        }
        return NULL;
    }
    for (GpType *t = type; t; t = t->base) {
        if (!t->dict)
            continue;
        GpObject *v = dict_getitem(t->dict, name);
        if (v)
            return v;
        if (err_occurred())
            err_clear();
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

static GpObject *type_repr(GpObject *self) {
    GpType *t = (GpType *)self;
    GpObject *mod = type_module(t);
    if (!mod) {
        err_clear();
        return str_from_format("<class '%s'>", t->name);
    }
    GpObject *r;
    if (STR_CHECK(mod) && !str_eq_cstr(mod, "builtins"))
        r = str_from_format("<class '%U.%s'>", mod, short_name(t));
    else
        r = str_from_format("<class '%s'>", short_name(t));
    gp_decref(mod);
    return r;
}

static GpObject *type_call(GpObject *callable, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    GpType *t = (GpType *)callable;
    if (t == &gp_type_type) {
        intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
        if (nargs == 1 && nkw == 0)
            return gp_newref((GpObject *)GP_TYPE(args[0]));
        if (nargs == 3)
            return err_set_str(&gp_exc_NotImplementedError,
                               "type() with 3 arguments (class creation) is not supported yet");
        if (nargs != 1 && nargs != 3)
            return err_set_str(&gp_exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!t->new_)
        return err_format(&gp_exc_TypeError, "cannot create '%s' instances", t->name);
    return t->new_(t, args, nargs, kwnames);
}

/* Attribute lookup on a type: data descriptors of the metatype, then the type's MRO
 * (descriptors are returned as they are: int.real, list.append), then the metatype's
 * other attributes bound to the type (int.mro). */
static GpObject *type_getattr(GpObject *self, GpObject *name) {
    GpType *t = (GpType *)self;
    if (!STR_CHECK(name))
        return err_format(&gp_exc_TypeError, "attribute name must be string, not '%T'", name);
    GpObject *meta_attr = type_lookup(GP_TYPE(self), name);
    if (meta_attr && GP_TYPE(meta_attr) == &gp_type_getset_descr) {
        GpGetSetDescr *d = (GpGetSetDescr *)meta_attr;
        return d->def->get(self);
    }
    GpObject *attr = type_lookup(t, name);
    if (attr)
        return gp_newref(attr);
    if (meta_attr) {
        if (GP_TYPE(meta_attr) == &gp_type_method_descr)
            return cfunction_new(((GpMethodDescr *)meta_attr)->def, self, NULL);
        if (FUNC_CHECK(meta_attr))
            return method_new(meta_attr, self);
        return gp_newref(meta_attr);
    }
    return err_format(&gp_exc_AttributeError, "type object '%s' has no attribute '%U'",
                      short_name(t), name);
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
    if (value)
        return dict_setitem(t->dict, name, value);
    if (dict_delitem(t->dict, name) < 0) {
        if (err_matches(&gp_exc_KeyError)) {
            err_format(&gp_exc_AttributeError, "type object '%s' has no attribute '%U'",
                       short_name(t), name);
        }
        return -1;
    }
    return 0;
}

static GpObject *type_get_name(GpObject *self) { return str_from_cstr(short_name((GpType *)self)); }
static GpObject *type_get_module(GpObject *self) { return type_module((GpType *)self); }

static GpObject *type_get_qualname(GpObject *self) {
    GpType *t = (GpType *)self;
    if (t->flags & TPFLAG_HEAPTYPE) {
        GpObject *q = t->dict ? dict_getitem(t->dict, GP_ID(__qualname__)) : NULL;
        if (q)
            return gp_newref(q);
        if (err_occurred())
            return NULL;
    }
    return str_from_cstr(short_name(t));
}

static GpObject *type_get_doc(GpObject *self) {
    GpType *t = (GpType *)self;
    GpObject *d = t->dict ? dict_getitem(t->dict, GP_ID(__doc__)) : NULL;
    if (d)
        return gp_newref(d);
    if (err_occurred())
        return NULL;
    return gp_none();
}

static GpObject *type_get_mro(GpObject *self) {
    GpType *t = (GpType *)self;
    if (!t->mro)
        return gp_none();
    return gp_newref(t->mro);
}

static GpObject *type_get_base(GpObject *self) {
    GpType *t = (GpType *)self;
    return t->base ? gp_newref((GpObject *)t->base) : gp_none();
}

static GpObject *type_get_bases(GpObject *self) {
    GpType *t = (GpType *)self;
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

static GpMethodDef type_methods[] = {
    {"mro", type_mro_method, METH_NOARGS, "Return a type's method resolution order."},
    {NULL, NULL, 0, NULL},
};

static GpGetSetDef type_getset[] = {
    {"__name__", type_get_name, NULL, NULL},
    {"__qualname__", type_get_qualname, NULL, NULL},
    {"__module__", type_get_module, NULL, NULL},
    {"__doc__", type_get_doc, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_type = {
    GP_TYPE_HEAD,
    .name = "type",
    .basicsize = sizeof(GpType),
    .flags = TPFLAG_BASETYPE | TPFLAG_TYPE_SUBCLASS,
    .base = &gp_type_object,
    .dealloc = obj_static_dealloc,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .methods = type_methods,
    .getset = type_getset,
};
