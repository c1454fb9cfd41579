/* gc.c — the cycle collector (see gc.h for the design).
 *
 * Invariants:
 * - Only objects with a positive reference count are examined: a count of 0 means the
 *   object is being deallocated (or waits in the trashcan) and belongs to its dealloc.
 * - The scratch arrays and the side table are plain malloc memory, outside the object heap,
 *   so a collection never moves an object id (--fixed-heap stays reproducible).
 * - During a scan the containers' counts hold the scan's state (see GC_BASE); the scan
 *   restores them before it returns and runs no other code meanwhile.
 * - Garbage is kept alive (one extra reference each) while clear slots run; dropping those
 *   references at the end frees it through the ordinary deallocs.
 * - The side table holds per-object flags the collector must remember: FINALIZED (__del__
 *   already called, PEP 442) and UNTRACKED (a tuple of atomic items, which CPython stops
 *   tracking once a collection sees it). obj_free removes an object's entry (gc_note_free).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem/gc.h"

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

GcState *gc_state(void) {
    if (!gp_interp)
        return NULL;
    GcState *g = gp_interp->gc;
    if (!g) {
        g = calloc(1, sizeof *g);
        if (!g)
            return NULL;
        g->enabled = 1;
        g->threshold[0] = 700;
        g->threshold[1] = 10;
        g->threshold[2] = 10;
        gp_interp->gc = g;
    }
    return g;
}

/* ---- The side table: address → flags (open addressing, linear probing) ---- */

enum { F_FINALIZED = 1, F_UNTRACKED = 2 };
struct GcSlot {
    uintptr_t key;   /* 0: empty; 1: deleted */
    unsigned flags;
};
typedef GcSlot Slot;

static size_t hash_ptr(uintptr_t p) {
    uint64_t h = (uint64_t)(p >> 4) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h ^ (h >> 29));
}

static Slot *side_find(GcState *g, uintptr_t key) {
    Slot *side = g ? g->side : NULL;
    size_t side_cap = side ? g->side_cap : 0;
    if (!side)
        return NULL;
    for (size_t i = hash_ptr(key) & (side_cap - 1);; i = (i + 1) & (side_cap - 1)) {
        if (side[i].key == key)
            return &side[i];
        if (side[i].key == 0)
            return NULL;
    }
}

static void side_set(uintptr_t key, unsigned flag) {
    GcState *g = gc_state();
    if (!g)
        return;
    Slot *s = side_find(g, key);
    if (s) {
        s->flags |= flag;
        return;
    }
    if ((g->side_used + 1) * 2 > g->side_cap) {
        size_t ncap = 64;
        while (g->side_live * 4 + 4 > ncap)
            ncap *= 2;
        Slot *n = calloc(ncap, sizeof(Slot));
        if (!n)
            return; /* forgetting a flag is harmless: at worst __del__ runs twice */
        for (size_t i = 0; i < g->side_cap; i++) {
            if (g->side[i].key > 1) {
                size_t j = hash_ptr(g->side[i].key) & (ncap - 1);
                while (n[j].key)
                    j = (j + 1) & (ncap - 1);
                n[j] = g->side[i];
            }
        }
        free(g->side);
        g->side = n;
        g->side_cap = ncap;
        g->side_used = g->side_live;
    }
    Slot *side = g->side;
    size_t i = hash_ptr(key) & (g->side_cap - 1);
    while (side[i].key > 1)
        i = (i + 1) & (g->side_cap - 1);
    if (side[i].key == 0)
        g->side_used++;
    side[i].key = key;
    side[i].flags = flag;
    g->side_live++;
}

static unsigned side_flags(GpObject *o) {
    Slot *s = gp_interp ? side_find(gp_interp->gc, (uintptr_t)o) : NULL;
    return s ? s->flags : 0;
}

int gc_is_tracked(GpObject *o);

int gc_is_finalized(GpObject *o) { return (side_flags(o) & F_FINALIZED) != 0; }
void gc_set_finalized(GpObject *o) { side_set((uintptr_t)o, F_FINALIZED); }

/* ---- Allocation accounting ---- */

/* As every collection walks the whole heap, an automatic one also waits until the
 * containers allocated since the last one are a quarter of those that survived it
 * (CPython's rule for its full collections), so the total work stays linear. */
static intptr_t collect(int automatic);

void gc_note_alloc(void) {
    GcState *g = gp_interp ? gp_interp->gc : NULL;
    if (!g) {
        /* Created lazily: nothing to count before the first container after start-up. */
        if (!gp_interp || !gp_interp->builtins_module || !(g = gc_state()))
            return;
    }
    g->count[0]++;
#ifdef GP_GC_STRESS
    /* Test builds: collect very often, to find traverse slots that lie. */
    static unsigned long stress_allocs; /* test builds only */
    if (!g->collecting && ++stress_allocs % 64 == 0 && gp_interp->builtins_module)
        collect(1);
    return;
#endif
    if (g->enabled && !g->collecting && g->threshold[0] > 0 && g->count[0] > g->threshold[0] &&
        g->count[0] > g->survivors / 4 && gp_interp->builtins_module)
        collect(1);
}

void gc_note_free(GpObject *o) {
    GcState *g = gp_interp ? gp_interp->gc : NULL;
    if (!g)
        return;
    if (g->count[0] > 0)
        g->count[0]--;
    if (g->side_live) {
        Slot *s = side_find(g, (uintptr_t)o);
        if (s) {
            s->key = 1;
            g->side_live--;
        }
    }
}

/* ---- One scan of the heap ---- */

/* While a scan runs (no other code runs then), each container's reference count holds its
 * state instead, and is restored before the scan returns (the saved counts are in Scan.saved):
 *   [GC_BASE, 2 * GC_BASE): not known reachable yet; the count minus GC_BASE is gc_refs;
 *   GC_REACHABLE: reachable.
 * No real count comes near 2**60, so a visit tells a container of the scan from any other
 * object by its count alone: no lookup table. */
#define GC_BASE ((intptr_t)1 << 60)
#define GC_REACHABLE (3 * GC_BASE)

typedef struct Scan {
    GpObject **objs;    /* the containers, in heap-walk order */
    intptr_t *saved;    /* their reference counts */
    unsigned char *dead;/* after the scan: 1 for garbage */
    size_t n, cap;
    int failed;
    GpObject **stack;   /* marking: reachable objects whose referents are not visited yet */
    size_t sp, stack_cap;
} Scan;

static int is_container(GpObject *o) {
    GpType *t = o->type;
    return t && (t->flags & TPFLAG_GC) && t->traverse;
}

static void collect_obj(GpObject *o, size_t size, void *arg) {
    (void)size;
    Scan *s = arg;
    if (s->failed || o->refcnt <= 0 || !is_container(o))
        return;
    if (s->n == s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 1024;
        GpObject **n = realloc(s->objs, ncap * sizeof *n);
        if (!n) {
            s->failed = 1;
            return;
        }
        s->objs = n;
        s->cap = ncap;
    }
    s->objs[s->n++] = o;
}

static int visit_decref(GpObject *o, void *arg) {
    (void)arg;
    if (o && o->refcnt > GC_BASE && o->refcnt < 2 * GC_BASE)
        o->refcnt--;
    return 0;
}

static void push(Scan *s, GpObject *o) {
    if (s->sp == s->stack_cap) {
        size_t ncap = s->stack_cap ? s->stack_cap * 2 : 1024;
        GpObject **n = realloc(s->stack, ncap * sizeof *n);
        if (!n) {
            s->failed = 1;
            return;
        }
        s->stack = n;
        s->stack_cap = ncap;
    }
    s->stack[s->sp++] = o;
}

static int visit_mark(GpObject *o, void *arg) {
    if (o && o->refcnt >= GC_BASE && o->refcnt < 2 * GC_BASE) {
        o->refcnt = GC_REACHABLE;
        push(arg, o);
    }
    return 0;
}

static void scan_free(Scan *s) {
    free(s->objs);
    free(s->saved);
    free(s->dead);
    free(s->stack);
    memset(s, 0, sizeof *s);
}

/* Finds the garbage: afterwards dead[i] is 1 exactly for the unreachable objects. Returns
 * their number, or -1 if scratch memory ran out (then nothing is garbage). */
static intptr_t scan_heap(Scan *s) {
    memset(s, 0, sizeof *s);
    alloc_walk_objects(collect_obj, s);
    if (s->failed)
        return -1;
    s->saved = malloc((s->n + 1) * sizeof *s->saved);
    s->dead = calloc(s->n + 1, 1);
    if (!s->saved || !s->dead)
        return -1;
    for (size_t i = 0; i < s->n; i++) {
        s->saved[i] = s->objs[i]->refcnt;
        s->objs[i]->refcnt = GC_BASE + s->saved[i];
    }
    for (size_t i = 0; i < s->n; i++)
        s->objs[i]->type->traverse(s->objs[i], visit_decref, s);
    /* Roots: references from outside the containers. */
    for (size_t i = 0; i < s->n; i++) {
        GpObject *o = s->objs[i];
        if (o->refcnt > GC_BASE && o->refcnt < 2 * GC_BASE) {
            o->refcnt = GC_REACHABLE;
            push(s, o);
        }
    }
    while (s->sp && !s->failed) {
        GpObject *o = s->stack[--s->sp];
        o->type->traverse(o, visit_mark, s);
    }
    intptr_t n = 0;
    for (size_t i = 0; i < s->n; i++) {
        GpObject *o = s->objs[i];
        if (o->refcnt != GC_REACHABLE) {
            s->dead[i] = 1;
            n++;
        }
        o->refcnt = s->saved[i];
    }
    if (s->failed) {
        memset(s->dead, 0, s->n);
        return -1;
    }
    return n;
}

/* ---- CPython's tracking rules, for counts and gc.is_tracked ---- */

/* _PyObject_GC_MAY_BE_TRACKED */
static int may_be_tracked(GpObject *o) {
    if (!is_container(o))
        return 0;
    if (GP_TYPE(o) == &gp_type_tuple)
        return gc_is_tracked(o);
    return 1;
}

int gc_is_tracked(GpObject *o) {
    if (!is_container(o))
        return 0;
    AllocPlace pl;
    alloc_locate(o, &pl);
    if (pl.kind == PLACE_STATIC)
        return 0;
    if (GP_TYPE(o) == &gp_type_tuple)
        return TUPLE_SIZE(o) > 0 && !(side_flags(o) & F_UNTRACKED);
    if (GP_TYPE(o) == &gp_type_dict) {
        intptr_t pos = 0;
        GpObject *k, *v;
        while (dict_next(o, &pos, &k, &v))
            if (may_be_tracked(k) || may_be_tracked(v))
                return 1;
        return 0;
    }
    return 1;
}

/* A reachable tuple of atomic items stops being tracked (CPython's untrack_tuples). */
static void untrack_tuples(Scan *s) {
    for (size_t i = 0; i < s->n; i++) {
        GpObject *o = s->objs[i];
        if (s->dead[i] || GP_TYPE(o) != &gp_type_tuple || TUPLE_SIZE(o) == 0 ||
            (side_flags(o) & F_UNTRACKED))
            continue;
        int atomic = 1;
        for (intptr_t k = 0; k < TUPLE_SIZE(o) && atomic; k++)
            if (TUPLE_ITEM(o, k) && may_be_tracked(TUPLE_ITEM(o, k)))
                atomic = 0;
        if (atomic)
            side_set((uintptr_t)o, F_UNTRACKED);
    }
}

/* ---- Finalizers ---- */

/* __del__ of a class (heap types only: built-in types have none). Borrowed, or NULL. */
static GpObject *find_del(GpObject *o) {
    GpType *t = GP_TYPE(o);
    if (!(t->flags & TPFLAG_HEAPTYPE))
        return NULL;
    GpObject *f = type_lookup(t, GP_ID(__del__));
    if (!f && err_occurred())
        err_clear();
    return f;
}

static void call_del(GpObject *o, GpObject *del) {
    gp_incref(del);
    GpObject *r = obj_call(del, &o, 1, NULL);
    if (r) {
        gp_decref(r);
    } else {
        /* CPython's unraisable hook: the finalizer's repr, then the traceback. */
        GpObject *exc = err_fetch();
        err_write_unraisable(exc, del);
        gp_xdecref(exc);
    }
    gp_decref(del);
}

/* Calls __del__ on the garbage that has one not yet called. Returns how many ran. */
static intptr_t finalize_garbage(Scan *s) {
    GpObject **fin = NULL;
    size_t nfin = 0;
    if (gp_interp->gc->no_finalizers)
        return 0;
    for (size_t i = 0; i < s->n; i++) {
        GpObject *o = s->objs[i];
        if (!s->dead[i] || gc_is_finalized(o) || !find_del(o))
            continue;
        GpObject **n = realloc(fin, (nfin + 1) * sizeof *n);
        if (!n)
            break;
        fin = n;
        fin[nfin++] = gp_newref(o);
    }
    for (size_t i = 0; i < nfin; i++) {
        gc_set_finalized(fin[i]);
        GpObject *del = find_del(fin[i]);
        if (del)
            call_del(fin[i], del);
    }
    for (size_t i = 0; i < nfin; i++)
        gp_decref(fin[i]);
    free(fin);
    return (intptr_t)nfin;
}

/* ---- Collection ---- */

static intptr_t count_tracked_garbage(Scan *s) {
    intptr_t n = 0;
    for (size_t i = 0; i < s->n; i++) {
        GpObject *o = s->objs[i];
        if (!s->dead[i] || !gc_is_tracked(o))
            continue;
        n++;
        /* CPython 3.11 keeps an instance's attributes inline until __dict__ is asked for:
         * its dict is not a separate tracked object there, so it is not counted. */
        GpObject **dp = (GP_TYPE(o)->flags & TPFLAG_HEAPTYPE) ? obj_dict_ptr(o) : NULL;
        if (dp && *dp && !(GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS) && (*dp)->refcnt == 1 &&
            gc_is_tracked(*dp))
            n--; /* a dict only the instance holds dies with it */
    }
    return n;
}

/* automatic: a collection started by an allocation (counts as one of generation 0, as
 * CPython's); otherwise gc.collect() or tear-down (a full one: every count starts again). */
static intptr_t collect(int automatic) {
    GcState *g = gc_state();
    if (!g || g->collecting)
        return 0;
    g->collecting = 1;
    GpObject *exc = err_fetch();
    Scan s;
    intptr_t found = scan_heap(&s), counted = 0;
    if (found > 0 && finalize_garbage(&s) > 0) {
        /* __del__ may have resurrected some (PEP 442): look again; only what is still
         * unreachable is garbage. */
        scan_free(&s);
        found = scan_heap(&s);
    }
    if (found > 0)
        counted = count_tracked_garbage(&s);
    g->survivors = (intptr_t)s.n - (found > 0 ? found : 0);
    if (found > 0) {
        GpObject **garbage = malloc((size_t)found * sizeof *garbage);
        if (garbage) {
            size_t ng = 0;
            for (size_t i = 0; i < s.n; i++)
                if (s.dead[i])
                    garbage[ng++] = gp_newref(s.objs[i]);
            untrack_tuples(&s);
            scan_free(&s);
            for (size_t i = 0; i < ng; i++) {
                UnaryFn clear = GP_TYPE(garbage[i])->clear;
                if (clear) {
                    GpObject *r = clear(garbage[i]);
                    (void)r;
                    if (err_occurred())
                        err_clear();
                }
            }
            for (size_t i = 0; i < ng; i++)
                gp_decref(garbage[i]);
            free(garbage);
        }
    } else if (found == 0) {
        untrack_tuples(&s);
    }
    scan_free(&s);
    g->count[0] = 0;
    if (!automatic) {
        g->count[1] = g->count[2] = 0;
    } else if (++g->count[1] > g->threshold[1]) {
        g->count[1] = 0;
        if (++g->count[2] > g->threshold[2])
            g->count[2] = 0;
    }
    if (err_occurred())
        err_clear();
    err_restore(exc);
    g->collecting = 0;
    return counted;
}

intptr_t gc_collect(void) { return collect(0); }

void gc_fini(void) {
    GcState *g = gp_interp->gc;
    if (!g)
        return;
    g->no_finalizers = 1;
    for (int i = 0; i < 10 && gc_collect() > 0; i++)
        ;
    free(g->side);
    free(g);
    gp_interp->gc = NULL;
}

/* ---- Introspection (gc.get_objects, get_referents, get_referrers) ---- */

typedef struct PtrVec {
    GpObject **v;
    size_t n, cap;
    int failed;
    GpObject *const *targets;   /* get_referrers: the objects looked for */
    intptr_t ntargets;
    int hit;
} PtrVec;

static void vec_push(PtrVec *p, GpObject *o) {
    if (p->failed)
        return;
    if (p->n == p->cap) {
        size_t ncap = p->cap ? p->cap * 2 : 64;
        GpObject **n = realloc(p->v, ncap * sizeof *n);
        if (!n) {
            p->failed = 1;
            return;
        }
        p->v = n;
        p->cap = ncap;
    }
    p->v[p->n++] = o;
}

/* A new list of the vector's objects (borrowed from it); frees the vector. */
static GpObject *vec_to_list(PtrVec *p) {
    GpObject *list = p->failed ? NULL : list_new(0);
    for (size_t i = 0; list && i < p->n; i++)
        if (list_append(list, p->v[i]) < 0)
            GP_CLEAR(list);
    if (p->failed)
        err_no_memory();
    free(p->v);
    return list;
}

static int visit_collect(GpObject *o, void *arg) {
    if (o)
        vec_push(arg, o);
    return 0;
}

GpObject *gc_get_referents(GpObject *const *objs, intptr_t n) {
    PtrVec p = {0};
    for (intptr_t i = 0; i < n; i++)
        if (is_container(objs[i]))
            GP_TYPE(objs[i])->traverse(objs[i], visit_collect, &p);
    return vec_to_list(&p);
}

static void walk_tracked(GpObject *o, size_t size, void *arg) {
    (void)size;
    if (o->refcnt > 0 && gc_is_tracked(o))
        vec_push(arg, o);
}

GpObject *gc_get_objects(void) {
    PtrVec p = {0};
    alloc_walk_objects(walk_tracked, &p);
    return vec_to_list(&p);
}

static int visit_find(GpObject *o, void *arg) {
    PtrVec *p = arg;
    for (intptr_t i = 0; i < p->ntargets; i++)
        if (o == p->targets[i])
            p->hit = 1;
    return 0;
}

static void walk_referrers(GpObject *o, size_t size, void *arg) {
    (void)size;
    PtrVec *p = arg;
    if (o->refcnt <= 0 || !gc_is_tracked(o))
        return;
    p->hit = 0;
    o->type->traverse(o, visit_find, p);
    if (p->hit)
        vec_push(p, o);
}

GpObject *gc_get_referrers(GpObject *const *objs, intptr_t n) {
    PtrVec p = {0};
    p.targets = objs;
    p.ntargets = n;
    alloc_walk_objects(walk_referrers, &p);
    return vec_to_list(&p);
}
