/* gc.h — the cycle collector (gc.c): finds groups of container objects that only reference
 * each other, runs their __del__ methods (PEP 442: once per object, resurrection allowed)
 * and breaks them with the types' clear slots.
 *
 * Design (glasspy's, not CPython's list-of-headers): objects carry no GC header, so sizes
 * and ids stay those of the allocator. A collection walks every live object
 * (alloc_walk_objects) and works on the ones whose type has TPFLAG_GC and a traverse slot:
 * gc_refs = refcount minus references from other such objects (CPython's update_refs and
 * subtract_refs; during the scan gc_refs lives in the count itself, see gc.c); those with
 * gc_refs > 0 are roots,
 * everything reachable from a root survives (move_unreachable), the rest is garbage.
 * References from objects that are not traversed count as external, so a type without a
 * traverse slot only makes the collector more conservative, never unsafe.
 * Every collection is a full one; the generation counts and thresholds are CPython's
 * (700, 10, 10) and decide when the automatic collections run.
 */
#ifndef GP_GC_H
#define GP_GC_H

#include <stdint.h>

#include "object.h"

/* alloc.c calls these for objects of TPFLAG_GC types: after obj_new has made one (may run
 * an automatic collection) and when obj_free returns one. */
void gc_note_alloc(void);
void gc_note_free(GpObject *o);

/* A full collection: returns the number of unreachable objects found (0 while a collection
 * is already running). Never leaves an exception set (one pending before is kept). */
intptr_t gc_collect(void);

/* PEP 442: whether the collector has already called o's __del__ (a type's dealloc must not
 * call it again), and marking it so (a dealloc that runs __del__ itself may use this). */
int gc_is_finalized(GpObject *o);
void gc_set_finalized(GpObject *o);

/* gc.is_tracked(o), following CPython's rules: atomic objects, static objects, empty tuples,
 * dicts holding only atomic keys and values, and tuples of atomic items that a collection
 * has seen are not tracked. */
int gc_is_tracked(GpObject *o);

/* gc.get_referents(*objs), gc.get_objects(), gc.get_referrers(*objs): new lists. */
GpObject *gc_get_referents(GpObject *const *objs, intptr_t n);
GpObject *gc_get_objects(void);
GpObject *gc_get_referrers(GpObject *const *objs, intptr_t n);

/* The collector's state (gp_interp->gc). */
typedef struct GcSlot GcSlot;
typedef struct GcState {
    int enabled;
    int collecting;
    int no_finalizers;          /* the final collections at tear-down only break cycles */
    int threshold[3];
    intptr_t count[3];
    intptr_t survivors;         /* containers left after the last collection */
    GcSlot *side;               /* the side table: address → flags */
    size_t side_cap, side_used, side_live;
} GcState;

/* gp_interp->gc, allocated with CPython's defaults on first use; NULL if out of memory. */
GcState *gc_state(void);

/* Tear-down: collects until nothing more is found, then forgets the finalized set. */
void gc_fini(void);

#endif
