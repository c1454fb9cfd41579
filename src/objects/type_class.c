/* type_class.c — classes made at run time: the class statement's type creation (C3 MRO,
 * best base, __slots__ layout, __dict__/__weakref__ descriptors, __set_name__ and
 * __init_subclass__) and the life cycle of their instances (dealloc with __del__,
 * traverse, clear, the side table of instance dicts). type.c has the type type itself.
 *
 * Invariants:
 * - Heap types (classes) own name, qualname, bases, dict and MRO; the MRO's item 0 is the
 *   class itself (a cycle, as in CPython: classes are freed by the cycle collector). An
 *   instance holds a reference to its class; its dict lives at type->dictoffset, its
 *   __slots__ members right after the base's layout.
 * - A class is marked ready (and may enter the attribute cache) only once its dict,
 *   layout and slots are final.
 * - __del__ runs in subtype_dealloc once per object.
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
        err_write_unraisable(exc, del);
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

/* C.__bases__ = (...): the new bases must give instances the same layout; the MROs of C and
 * of its subclasses are recomputed and their slots refreshed. */
int type_set_bases(GpObject *self, GpObject *v) {
    GpType *t = (GpType *)self;
    if (!(t->flags & TPFLAG_HEAPTYPE)) {
        err_format(&gp_exc_TypeError, "cannot set '__bases__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    if (!v) {
        err_format(&gp_exc_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    if (!TUPLE_CHECK(v)) {
        err_format(&gp_exc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->name,
                   obj_type_name(v));
        return -1;
    }
    if (TUPLE_SIZE(v) == 0) {
        err_format(&gp_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                   t->name);
        return -1;
    }
    for (intptr_t i = 0; i < TUPLE_SIZE(v); i++) {
        GpObject *b = TUPLE_ITEM(v, i);
        if (!TYPE_CHECK(b)) {
            err_format(&gp_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                       t->name, obj_type_name(b));
            return -1;
        }
        if (type_is_subtype((GpType *)b, t)) {
            err_set_str(&gp_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
        for (intptr_t j = 0; j < i; j++) {
            if (TUPLE_ITEM(v, j) == b) {
                err_format(&gp_exc_TypeError, "duplicate base class %s", ((GpType *)b)->name);
                return -1;
            }
        }
    }
    GpType *nb = best_base(v);
    if (!nb)
        return -1;
    GpType *ob = t->base;
    if (type_static_base(nb) != type_static_base(ob)) {
        err_format(&gp_exc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                   nb->name, ob->name);
        return -1;
    }
    if (nb->basicsize != ob->basicsize || solid_base(nb) != solid_base(ob) ||
        (nb->dictoffset != 0) != (ob->dictoffset != 0)) {
        err_format(&gp_exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                   nb->name, ob->name);
        return -1;
    }
    GpHeapType *h = (GpHeapType *)t;
    GpObject *old_bases = h->bases;
    h->bases = gp_newref(v);
    GpObject *mro = compute_mro(t, v);
    if (!mro) {
        gp_decref(h->bases);
        h->bases = old_bases;
        return -1;
    }
    GP_SETREF(t->mro, mro);
    t->base = nb;
    gp_decref(old_bases);
    for (intptr_t i = 1; i < TUPLE_SIZE(mro); i++)
        ((GpType *)TUPLE_ITEM(mro, i))->flags |= TPFLAG_SUBCLASSED;
    type_modified(t);
    /* subclasses, oldest first (a base is older than its subclasses) */
    GpHeapType *last = gp_interp->heap_types;
    while (last && last->next)
        last = last->next;
    for (GpHeapType *k = last; k; k = k->prev) {
        if (&k->type == t || !type_is_subtype(&k->type, t) || !k->bases)
            continue;
        GpObject *m = compute_mro(&k->type, k->bases);
        if (!m)
            return -1;
        GP_SETREF(k->type.mro, m);
        type_modified(&k->type);
    }
    type_refix_slots(t);
    return 0;
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

/* cls.mro() when type(cls) overrides type.mro: the result as a tuple of classes (new
 * reference); None (new reference) when not overridden; NULL with an exception. */
static GpObject *custom_mro(GpType *t) {
    GpObject *name = str_intern_cstr("mro");
    if (!name)
        return NULL;
    GpObject *m = type_lookup(GP_TYPE(t), name);
    if (!m || (GP_TYPE(m) == &gp_type_method_descr &&
               ((GpMethodDescr *)m)->objtype == &gp_type_type)) {
        gp_decref(name);
        return gp_none();
    }
    gp_incref(m);
    GpObject *r = slots_call_found((GpObject *)t, m, NULL, 0, NULL);
    gp_decref(m);
    gp_decref(name);
    if (!r)
        return NULL;
    GpObject *tup = tuple_from_iterable(r);
    gp_decref(r);
    if (!tup)
        return NULL;
    for (intptr_t i = 0; i < TUPLE_SIZE(tup); i++) {
        GpObject *c = TUPLE_ITEM(tup, i);
        if (!TYPE_CHECK(c)) {
            err_format(&gp_exc_TypeError, "mro() returned a non-class ('%s')", obj_type_name(c));
            gp_decref(tup);
            return NULL;
        }
        if (!type_is_subtype(solid_base(t), solid_base((GpType *)c))) {
            err_format(&gp_exc_TypeError, "mro() returned base with unsuitable layout ('%s')",
                       ((GpType *)c)->name);
            gp_decref(tup);
            return NULL;
        }
    }
    return tup;
}

/* Private names in __slots__ are mangled as in the class body: "__x" in class C is
 * "_C__x" (not dunders, not dotted, not when the class name is all underscores). New ref. */
static GpObject *mangle_name(GpObject *classname, GpObject *n) {
    const char *s = STR_DATA(n);
    size_t len = (size_t)STR_NBYTES(n);
    if (len < 3 || s[0] != '_' || s[1] != '_' || (s[len - 1] == '_' && s[len - 2] == '_') ||
        strchr(s, '.'))
        return gp_newref(n);
    const char *c = STR_DATA(classname);
    while (*c == '_')
        c++;
    if (!*c)
        return gp_newref(n);
    return str_from_format("_%s%U", c, n);
}

static GpObject *inst_get_weakref(GpObject *o) {
    (void)o;
    return gp_none();   /* glasspy has no weak references: never any referent list */
}

static GpGetSetDef inst_weakref_getset = {"__weakref__", inst_get_weakref, NULL, NULL};

/* Whether a class over base gets a __weakref__ attribute (CPython: the base has no weak
 * reference list yet and a fixed-size layout). */
/* Built-in bases whose CPython layout has items (tp_itemsize != 0): int, tuple, bytes. */
static int itemsize_base(GpType *sb) {
    if (sb->flags & TPFLAG_STR_SUBCLASS)
        return 0;
    return sb->itemsize || (sb->flags & (TPFLAG_INT_SUBCLASS | TPFLAG_TUPLE_SUBCLASS)) ||
           sb == &gp_type_bytes;
}

static int may_add_weakref(GpType *base) {
    if (type_lookup(base, GP_ID(__weakref__)))
        return 0;
    GpType *sb = type_static_base(base);
    if (itemsize_base(sb) || (sb->flags & TPFLAG_TYPE_SUBCLASS))
        return 0;
    return !(sb == &gp_type_set || sb == &gp_type_frozenset);
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
    if (meta != &gp_type_type) {
        /* a metaclass's own mro() decides (CPython's mro_internal) */
        GpObject *custom = custom_mro(t);
        if (!custom)
            goto error_type;
        if (custom != GP_NONE)
            GP_SETREF(t->mro, custom);
        else
            gp_decref(custom);
        mro = t->mro;
    }
    for (intptr_t i = 1; i < TUPLE_SIZE(mro); i++)
        ((GpType *)TUPLE_ITEM(mro, i))->flags |= TPFLAG_SUBCLASSED;

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
    GpObject *cell = dict_getitem(t->dict, GP_ID(__classcell__));
    if (cell) {
        if (GP_TYPE(cell) != &gp_type_cell) {
            err_format(&gp_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                       (GpObject *)GP_TYPE(cell));
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
    int add_weak = 0;
    GpObject *slots = dict_getitem(t->dict, GP_ID(__slots__));
    if (slots) {
        GpObject *names = slots_tuple(slots);
        if (!names)
            goto error_type;
        h->slotnames = names;
        add_dict = 0;
        if (TUPLE_SIZE(names) && itemsize_base(sb)) {
            err_format(&gp_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                       sb->name);
            goto error_type;
        }
        intptr_t nmembers = 0;
        for (intptr_t i = 0; i < TUPLE_SIZE(names); i++) {
            GpObject *n = TUPLE_ITEM(names, i);
            GpObject *ok = obj_call_method(n, "isidentifier", NULL, 0);
            if (!ok)
                goto error_type;
            gp_decref(ok);
            if (ok != GP_TRUE) {
                err_set_str(&gp_exc_TypeError, "__slots__ must be identifiers");
                goto error_type;
            }
            if (str_eq_cstr(n, "__dict__")) {
                if (t->dictoffset || add_dict) {
                    err_set_str(&gp_exc_TypeError, "__dict__ slot disallowed: we already got one");
                    goto error_type;
                }
                add_dict = !layout_is_varsize(sb);
                if (!add_dict)
                    t->dictoffset = -1;   /* instance dicts in the side table */
                continue;
            }
            if (str_eq_cstr(n, "__weakref__")) {
                if (add_weak || !may_add_weakref(base)) {
                    err_set_str(&gp_exc_TypeError, "__weakref__ slot disallowed: either we "
                                                   "already got one, or __itemsize__ != 0");
                    goto error_type;
                }
                add_weak = 1;
                continue;
            }
            nmembers++;
        }
        if (nmembers && layout_is_varsize(sb)) {
            err_format(&gp_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                       sb->name);
            goto error_type;
        }
        h->slotoffset = (intptr_t)t->basicsize;
        /* member descriptors, in order, under their mangled names (__x: _C__x) */
        intptr_t k = 0;
        GpObject *kept = tuple_new(nmembers);
        if (!kept)
            goto error_type;
        for (intptr_t i = 0; i < TUPLE_SIZE(names); i++) {
            GpObject *n = TUPLE_ITEM(names, i);
            if (str_eq_cstr(n, "__dict__") || str_eq_cstr(n, "__weakref__"))
                continue;
            n = mangle_name(h->name, n);
            if (!n) {
                gp_decref(kept);
                goto error_type;
            }
            /* A name listed twice meets its own descriptor: CPython makes both slots. */
            int dup = 0;
            for (intptr_t j = 0; j < i && !dup; j++)
                dup = str_eq(TUPLE_ITEM(names, j), TUPLE_ITEM(names, i));
            if (!dup && dict_getitem(t->dict, n)) {
                err_format(&gp_exc_ValueError, "%R in __slots__ conflicts with class variable",
                           TUPLE_ITEM(names, i));
                gp_decref(n);
                gp_decref(kept);
                goto error_type;
            }
            GpObject *md = member_descr_new(t, n, h->slotoffset + k * (intptr_t)sizeof(GpObject *));
            if (!md || dict_setitem(t->dict, n, md) < 0) {
                gp_xdecref(md);
                gp_decref(n);
                gp_decref(kept);
                goto error_type;
            }
            gp_decref(md);
            TUPLE_SET_ITEM(kept, k, n);
            k++;
        }
        GP_SETREF(h->slotnames, kept);
        t->basicsize += (size_t)nmembers * sizeof(GpObject *);
    } else if (err_occurred()) {
        goto error_type;
    } else {
        add_weak = may_add_weakref(base);
    }
    if (!slots && !t->dictoffset && layout_is_varsize(sb) &&
        !(sb->flags & TPFLAG_TYPE_SUBCLASS)) {   /* (a metaclass's instances are classes) */
        t->dictoffset = -1;   /* instance dicts in the side table */
        if (!dict_getitem(t->dict, GP_ID(__dict__))) {
            GpObject *gs = getset_descr_new(t, &inst_dict_getset);
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
        GpObject *gs = getset_descr_new(t, &inst_dict_getset);
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
            GpObject *gs = getset_descr_new(t, &inst_dict_getset);
            if (!gs || dict_setitem(t->dict, GP_ID(__dict__), gs) < 0) {
                gp_xdecref(gs);
                goto error_type;
            }
            gp_decref(gs);
        }
    }

    if (add_weak && !dict_getitem(t->dict, GP_ID(__weakref__))) {
        GpObject *gs = getset_descr_new(t, &inst_weakref_getset);
        if (!gs || dict_setitem(t->dict, GP_ID(__weakref__), gs) < 0) {
            gp_xdecref(gs);
            goto error_type;
        }
        gp_decref(gs);
    }
    if (!dict_getitem(t->dict, GP_ID(__doc__))) {
        if (err_occurred() || dict_setitem(t->dict, GP_ID(__doc__), GP_NONE) < 0)
            goto error_type;
    }

    type_inherit_slots(t, base);
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
