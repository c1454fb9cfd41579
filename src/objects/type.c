/* type.c — type objects: readying built-in types (dict of descriptors, MRO, inherited
 * slots), the attribute cache, calling a type to make an instance, attribute access on
 * types and the type type's attributes. Classes made at run time and their instances:
 * type_class.c; special-method slots: slots.c; property/staticmethod/classmethod/super/
 * __build_class__: descr.c.
 *
 * Invariants:
 * - After type_ready: every NULL slot that CPython would inherit holds the base's slot
 *   (hash and richcompare only together), type->dict holds a method_descriptor per
 *   `methods` entry, a getset_descriptor per `getset` entry and __doc__, type->mro is the
 *   tuple (type, base, ..., object), and the fast-subclass flags of the base are set.
 * - Types hash and compare by identity (inherited from object).
 * - Static types are never deallocated; type_fini drops what type_ready made.
 * - Heap types (classes) own name, qualname, bases, dict and MRO (type_class.c).
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
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"


/* ---- Readying ---- */

#define INHERIT(slot) do { if (!t->slot) t->slot = b->slot; } while (0)

void type_inherit_slots(GpType *t, GpType *b) {
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
        type_inherit_slots(t, b);

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
    t->version = 0;
    GP_CLEAR(t->mro);
    GP_CLEAR(t->dict);
    t->flags &= ~(unsigned long)TPFLAG_READY;
}

int type_ready_all(GpType *const *types) {
    for (; *types; types++)
        if (!((*types)->flags & TPFLAG_READY) && type_ready(*types) < 0)
            return -1;
    return 0;
}

void type_fini_all(GpType *const *types) {
    for (; *types; types++)
        if ((*types)->flags & TPFLAG_READY)
            type_fini(*types);
}

/* ---- The attribute cache ----
 * type_lookup remembers (type version, name) → value (or absence) in a direct-mapped table
 * indexed by the version and the name's hash, as CPython's method cache does. A ready type
 * gets a version on its first lookup; a change to its dict that could change what other
 * names resolve to (a descriptor or special method coming or going) gives it and every
 * class that has it in its MRO a new version (type_modified), so an entry never outlives
 * the dict entry it borrows. A plain value replacing a plain value (`C.count += 1`) only
 * forgets the entries for that name (type_forget_name): equal names share a slot, so they
 * are found whatever str object they were cached under. Entries own their name, so a
 * name's address is never reused while an entry holds it. */

#define TYPE_CACHE_SIZE 4096

typedef struct TypeCacheEntry {
    uint64_t version;        /* 0: empty */
    GpObject *name;          /* owned exact str, or NULL */
    GpObject *value;         /* borrowed from the type's MRO dicts, or NULL: absent */
} TypeCacheEntry;

/* The first value of name along type's MRO, uncached. Borrowed, or NULL. */
static GpObject *lookup_mro(GpType *type, GpObject *name) {
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

static inline uintptr_t cache_index(uint64_t version, int64_t hash) {
    uintptr_t h = (uintptr_t)hash ^ (uintptr_t)(version * 0x9E3779B97F4A7C15u >> 40);
    return h & (TYPE_CACHE_SIZE - 1);
}

/* The table, made on first use; NULL if that fails (then nothing is cached). */
static TypeCacheEntry *cache_table(void) {
    TypeCacheEntry *table = (TypeCacheEntry *)gp_interp->type_cache;
    if (!table) {
        table = mem_alloc(sizeof(TypeCacheEntry) * TYPE_CACHE_SIZE);
        if (!table)
            return NULL;
        memset(table, 0, sizeof(TypeCacheEntry) * TYPE_CACHE_SIZE);
        gp_interp->type_cache = table;
    }
    return table;
}

/* type_lookup past a cache miss: looks along the MRO and remembers the answer. */
static __attribute__((noinline)) GpObject *lookup_and_cache(GpType *type, GpObject *name) {
    if (!(type->flags & TPFLAG_READY) || !STR_CHECK_EXACT(name))
        return lookup_mro(type, name);
    if (!type->version)
        type->version = ++gp_interp->next_type_version;
    uint64_t version = type->version;
    int64_t hash = str_hash(name);
    GpObject *v = lookup_mro(type, name);
    TypeCacheEntry *table = cache_table();
    if (!table) {
        err_clear();
        return v;
    }
    /* A key's __eq__ could have run code that changed the class: then do not remember. */
    if (type->version == version && !err_occurred()) {
        TypeCacheEntry *e = &table[cache_index(version, hash)];
        e->version = version;
        GP_SETREF(e->name, gp_newref(name));
        e->value = v;
    }
    return v;
}

/* Borrowed reference to the first value of name along type's MRO, or NULL (no exception). */
GpObject *type_lookup(GpType *type, GpObject *name) {
    TypeCacheEntry *table = (TypeCacheEntry *)gp_interp->type_cache;
    uint64_t version = type->version;
    if (version && table && STR_CHECK_EXACT(name) && ((GpStr *)name)->hash != -1) {
        TypeCacheEntry *e = &table[cache_index(version, ((GpStr *)name)->hash)];
        if (e->version == version && e->name == name)
            return e->value;
    }
    return lookup_and_cache(type, name);
}

void type_modified(GpType *t) {
    if (t->version)
        t->version = ++gp_interp->next_type_version;
    if (!(t->flags & TPFLAG_SUBCLASSED))
        return;
    for (GpHeapType *h = gp_interp->heap_types; h; h = h->next)
        if (&h->type != t && h->type.version && type_is_subtype(&h->type, t))
            h->type.version = ++gp_interp->next_type_version;
}

/* Drops t's entry for name (an exact str), if it has one. */
static void forget_one(TypeCacheEntry *table, GpType *t, GpObject *name, int64_t hash) {
    if (!t->version)
        return;
    TypeCacheEntry *e = &table[cache_index(t->version, hash)];
    if (e->version == t->version && e->name && (e->name == name || str_eq(e->name, name)))
        e->version = 0;
}

/* What type_lookup knows of name (an exact str) for t and the classes inheriting from it
 * is forgotten; other names keep their entries. */
static void type_forget_name(GpType *t, GpObject *name) {
    TypeCacheEntry *table = (TypeCacheEntry *)gp_interp->type_cache;
    if (!table)
        return;
    int64_t hash = str_hash(name);
    forget_one(table, t, name, hash);
    if (!(t->flags & TPFLAG_SUBCLASSED))
        return;
    for (GpHeapType *h = gp_interp->heap_types; h; h = h->next)
        if (&h->type != t && type_is_subtype(&h->type, t))
            forget_one(table, &h->type, name, hash);
}

/* A value that is no descriptor: what it binds to cannot change how other names resolve
 * or which instance attributes win (NULL: absent). */
static int plain_class_value(GpObject *v) {
    return !v || (!GP_TYPE(v)->descr_get && !GP_TYPE(v)->descr_set);
}

void type_cache_fini(void) {
    TypeCacheEntry *table = (TypeCacheEntry *)gp_interp->type_cache;
    if (!table)
        return;
    gp_interp->type_cache = NULL;
    for (int i = 0; i < TYPE_CACHE_SIZE; i++)
        GP_CLEAR(table[i].name);
    mem_free(table);
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
        if (sb == &gp_type_object && type_check_abstract(t) < 0)
            goto error;
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
        if (GP_TYPE(fn) == &gp_type_staticmethod) {
            fn = gp_newref(staticmethod_func(fn));
        } else if (FUNC_CHECK(fn)) {
            gp_incref(fn);
        } else {
            /* anything else binds as type.__new__ would be looked up (a classmethod) */
            fn = type_descr_bind(fn, NULL, t);
            if (!fn)
                goto error;
        }
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
    GpObject *wnew = winner != meta ? type_lookup(winner, GP_ID(__new__)) : NULL;
    if (wnew && !(slots_is_builtin_new(wnew) &&
                  ((GpCFunction *)wnew)->self == (GpObject *)&gp_type_type)) {
        /* a more derived metaclass with its own __new__ makes the class (CPython's
         * type_new: "pass it to the winner") */
        GpObject *fn = GP_TYPE(wnew) == &gp_type_staticmethod ? staticmethod_func(wnew) : wnew;
        intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
        GpObject *small[4 + 8];
        GpObject **buf = nkw > 8 ? mem_alloc(sizeof(GpObject *) * (size_t)(4 + nkw)) : small;
        if (!buf)
            return err_no_memory();
        buf[0] = (GpObject *)winner;
        for (intptr_t i = 0; i < 3 + nkw; i++)
            buf[i + 1] = args[i];
        gp_incref(fn);
        GpObject *r = obj_call(fn, buf, 4, kwnames);
        gp_decref(fn);
        if (buf != small)
            mem_free(buf);
        return r;
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
            GpObject *cls = type_new_slot(&gp_type_type, args, 3, kwnames);
            if (!cls || !TYPE_CHECK(cls) || GP_TYPE(cls) == &gp_type_type)
                return cls;
            /* a metaclass found among the bases: its __init__ runs too */
            GpObject *init = type_lookup(GP_TYPE(cls), GP_ID(__init__));
            if (!init || slots_is_builtin_init(init))
                return cls;
            gp_incref(init);
            GpObject *r = slots_call_found(cls, init, args, 3, kwnames);
            gp_decref(init);
            if (r && r != GP_NONE) {
                err_format(&gp_exc_TypeError, "__init__() should return None, not '%s'",
                           obj_type_name(r));
                GP_CLEAR(r);
            }
            if (!r) {
                gp_decref(cls);
                return NULL;
            }
            gp_decref(r);
            return cls;
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
void type_refix_slots(GpType *t) {
    for (GpHeapType *h = gp_interp->heap_types; h; h = h->next)
        if (type_is_subtype(&h->type, t))
            slots_fixup(&h->type);
}

static int type_store_attr(GpType *t, GpObject *name, GpObject *value);

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
    if (meta_attr && GP_TYPE(meta_attr)->descr_set) {   /* a metaclass's property & co. */
        gp_incref(meta_attr);
        int r = GP_TYPE(meta_attr)->descr_set(meta_attr, self, value);
        gp_decref(meta_attr);
        return r;
    }
    return type_store_attr(t, name, value);
}

/* Stores (value) or deletes (NULL) name in t's own dict, keeping the lookup caches right;
 * no descriptor of the metaclass is consulted. 0 or -1. */
static int type_store_attr(GpType *t, GpObject *name, GpObject *value) {
    int r;
    /* Plain values under an ordinary name: only that name's cache entries go. Otherwise
     * new versions. Both before (a __del__ of the value replaced may look the class up)
     * and after (what such a lookup cached) the change. */
    GpObject *old = STR_CHECK_EXACT(name) ? dict_getitem(t->dict, name) : NULL;
    int plain = STR_CHECK_EXACT(name) && !err_occurred() && plain_class_value(old) &&
                plain_class_value(value) && !slots_is_special(name);
    err_clear();
    if (plain)
        type_forget_name(t, name);
    else
        type_modified(t);
    if (value) {
        r = dict_setitem(t->dict, name, value);
    } else {
        r = dict_delitem(t->dict, name);
        if (r < 0 && err_matches(&gp_exc_KeyError)) {
            err_format(&gp_exc_AttributeError, "type object '%s' has no attribute '%U'",
                       short_name(t), name);
        }
    }
    if (plain)
        type_forget_name(t, name);
    else
        type_modified(t);
    if (r == 0 && slots_is_special(name))
        type_refix_slots(t);
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
    if (!v) {
        err_format(&gp_exc_TypeError, "cannot delete '__name__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    if (!STR_CHECK(v)) {
        err_format(&gp_exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                   t->name, obj_type_name(v));
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
    if (!v) {
        err_format(&gp_exc_TypeError, "cannot delete '__qualname__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    if (!STR_CHECK(v)) {
        err_format(&gp_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                   t->name, obj_type_name(v));
        return -1;
    }
    GP_SETREF(((GpHeapType *)t)->qualname, gp_newref(v));
    return 0;
}

static GpObject *type_get_module(GpObject *self) { return type_module((GpType *)self); }

static int type_set_module(GpObject *self, GpObject *v) {
    GpType *t = (GpType *)self;
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        err_format(&gp_exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    if (!v) {
        err_format(&gp_exc_TypeError, "cannot delete '__module__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    /* Straight into the dict: type_setattr would find this very descriptor again. */
    return type_store_attr(t, GP_ID(__module__), v);
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
    if (!t->dict) {
        GpObject *d = dict_new();
        GpObject *r = d ? mappingproxy_new(d) : NULL;
        gp_xdecref(d);
        return r;
    }
    return mappingproxy_new(t->dict);
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
    /* built-in subclasses first, by name (CPython readies its exceptions alphabetically) */
    if (!(((GpType *)self)->flags & TPFLAG_HEAPTYPE)) {
        if (self == (GpObject *)&gp_type_int && list_append(l, (GpObject *)&gp_type_bool) < 0)
            goto error;
        intptr_t first = LIST_SIZE(l);
        for (GpType *const *e = gp_exception_types; *e; e++) {
            if ((*e)->base != (GpType *)self)
                continue;
            intptr_t at = LIST_SIZE(l);
            while (at > first && strcmp(((GpType *)LIST_ITEM(l, at - 1))->name, (*e)->name) > 0)
                at--;
            if (list_insert(l, at, (GpObject *)*e) < 0)
                goto error;
        }
    }
    GpHeapType *h = gp_interp->heap_types;
    while (h && h->next)
        h = h->next;
    for (; h; h = h->prev) {   /* oldest first */
        GpObject *bases = h->bases;
        for (intptr_t i = 0; bases && i < TUPLE_SIZE(bases); i++) {
            if (TUPLE_ITEM(bases, i) == self) {
                if (list_append(l, (GpObject *)h) < 0)
                    goto error;
                break;
            }
        }
    }
    return l;
error:
    gp_decref(l);
    return NULL;
}

static GpMethodDef type_methods[] = {
    {"mro", type_mro_method, METH_NOARGS, "Return a type's method resolution order."},
    {"__instancecheck__", type_instancecheck_meth, METH_O, NULL},
    {"__subclasscheck__", type_subclasscheck_meth, METH_O, NULL},
    {"__subclasses__", type_subclasses, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpObject *type_get_basicsize(GpObject *self) {
    return int_from_i64((int64_t)((GpType *)self)->basicsize);
}
static GpObject *type_get_itemsize(GpObject *self) {
    return int_from_i64((int64_t)((GpType *)self)->itemsize);
}
static GpObject *type_get_dictoffset(GpObject *self) {
    return int_from_i64((int64_t)((GpType *)self)->dictoffset);
}
static GpObject *type_get_weakrefoffset(GpObject *self) {
    (void)self;
    return int_from_i64(0);   /* no weak references */
}
static GpObject *type_get_text_signature(GpObject *self) {
    (void)self;
    return gp_none();
}

/* __flags__: CPython's Py_TPFLAGS_* bits for what glasspy's flags say. */
static GpObject *type_get_flags(GpObject *self) {
    GpType *t = (GpType *)self;
    static const struct { unsigned long gp; int64_t py; } map[] = {
        {TPFLAG_HEAPTYPE, 1 << 9}, {TPFLAG_BASETYPE, 1 << 10}, {TPFLAG_READY, 1 << 12},
        {TPFLAG_GC, 1 << 14}, {TPFLAG_INT_SUBCLASS, 1 << 24}, {TPFLAG_LIST_SUBCLASS, 1 << 25},
        {TPFLAG_TUPLE_SUBCLASS, 1 << 26}, {TPFLAG_STR_SUBCLASS, 1 << 28},
        {TPFLAG_DICT_SUBCLASS, 1 << 29}, {TPFLAG_EXC_SUBCLASS, 1 << 30},
        {TPFLAG_TYPE_SUBCLASS, (int64_t)1 << 31},
    };
    int64_t f = 0;
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
        if (t->flags & map[i].gp)
            f |= map[i].py;
    if (!(t->flags & TPFLAG_HEAPTYPE))
        f |= 1 << 8;   /* Py_TPFLAGS_IMMUTABLETYPE */
    return int_from_i64(f);
}

/* A value stored in a class's own dict under name (classes only: `type` itself and
 * built-in types have none): borrowed, or NULL with AttributeError(name). */
static GpObject *own_dict_value(GpType *t, const char *name) {
    GpObject *v = t != &gp_type_type && t->dict ? dict_getitem_cstr(t->dict, name) : NULL;
    if (!v && !err_occurred())
        err_set_str(&gp_exc_AttributeError, name);
    return v;
}

/* Stores (value NULL: deletes, AttributeError(name) if absent) name in a class's dict. */
static int own_dict_store(GpType *t, const char *name, GpObject *value) {
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        err_format(&gp_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                   t->name);
        return -1;
    }
    type_modified(t);
    type_modified(t);   /* before and after the change, as in type_setattr */
    int r;
    if (value) {
        r = dict_setitem_cstr(t->dict, name, value);
        type_modified(t);
        return r;
    }
    GpObject *key = str_from_cstr(name);
    if (!key)
        return -1;
    r = dict_delitem(t->dict, key);
    type_modified(t);
    gp_decref(key);
    if (r < 0 && err_matches(&gp_exc_KeyError)) {
        err_clear();
        err_set_str(&gp_exc_AttributeError, name);
    }
    return r;
}

static GpObject *type_get_abstractmethods(GpObject *self) {
    GpObject *v = own_dict_value((GpType *)self, "__abstractmethods__");
    return v ? gp_newref(v) : NULL;
}

static int type_set_abstractmethods(GpObject *self, GpObject *v) {
    return own_dict_store((GpType *)self, "__abstractmethods__", v);
}

int type_check_abstract(GpType *t) {
    if (!(t->flags & TPFLAG_HEAPTYPE))
        return 0;
    GpObject *am = dict_getitem(t->dict, GP_ID(__abstractmethods__));
    if (!am)
        return err_occurred() ? -1 : 0;
    int truth = obj_is_true(am);
    if (truth <= 0)
        return truth;
    GpObject *names = list_from_iterable(am);
    if (!names)
        return -1;
    GpObject *sep = str_from_cstr(", ");
    GpObject *joined = NULL;
    if (sep && list_sort(names) == 0)
        joined = str_join(sep, names);
    if (joined)
        err_format(&gp_exc_TypeError,
                   "Can't instantiate abstract class %s with abstract method%s %U", t->name,
                   LIST_SIZE(names) == 1 ? "" : "s", joined);
    gp_xdecref(sep);
    gp_xdecref(joined);
    gp_decref(names);
    return -1;
}

static GpObject *type_get_annotations(GpObject *self) {
    GpType *t = (GpType *)self;
    if (!(t->flags & TPFLAG_HEAPTYPE))
        return err_format(&gp_exc_AttributeError, "type object '%s' has no attribute "
                          "'__annotations__'", short_name(t));
    GpObject *v = dict_getitem_cstr(t->dict, "__annotations__");
    if (v) {
        if (GP_TYPE(v)->descr_get)
            return GP_TYPE(v)->descr_get(v, NULL, self);
        return gp_newref(v);
    }
    if (err_occurred())
        return NULL;
    v = dict_new();
    type_modified(t);
    if (v && dict_setitem_cstr(t->dict, "__annotations__", v) < 0)
        GP_CLEAR(v);
    type_modified(t);
    return v;
}

static int type_set_annotations(GpObject *self, GpObject *v) {
    return own_dict_store((GpType *)self, "__annotations__", v);
}

static GpGetSetDef type_getset[] = {
    {"__basicsize__", type_get_basicsize, NULL, NULL},
    {"__itemsize__", type_get_itemsize, NULL, NULL},
    {"__flags__", type_get_flags, NULL, NULL},
    {"__weakrefoffset__", type_get_weakrefoffset, NULL, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL},
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__doc__", type_get_doc, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL},
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
    type_modified(t);   /* before and after, as in type_setattr */
    if (t->dict)
        dict_clear(t->dict);
    type_modified(t);
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
    .binop = {[NB_OR] = union_type_or},   /* int | None: genericalias.c */
    .methods = type_methods,
    .getset = type_getset,
    .traverse = type_traverse,
    .clear = type_clear,
};

