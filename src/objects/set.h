/* set.h — Python's set and frozenset: CPython 3.11's hash table (open addressing, 9 linear
 * probes then perturbation, dummy entries, resize at 3/5 full), so elements iterate in
 * CPython's order under the same hashes.
 *
 * Invariants: table has mask + 1 slots (a power of two, at least SET_MINSIZE); a slot is
 * unused (key NULL, hash 0), a dummy (key == the dummy marker, hash -1) or active; fill
 * counts active + dummy, used active. table is smalltable until the first resize.
 * hash is -1 until a frozenset's hash is computed.
 */
#ifndef GP_SET_H
#define GP_SET_H

#include "object.h"

#define SET_MINSIZE 8

typedef struct SetEntry {
    GpObject *key;
    int64_t hash;
} SetEntry;

typedef struct GpSet {
    GP_HEAD;
    intptr_t fill;
    intptr_t used;
    intptr_t mask;
    SetEntry *table;
    int64_t hash;
    intptr_t finger;         /* where pop() starts looking */
    SetEntry smalltable[SET_MINSIZE];
} GpSet;

extern GpType gp_type_set, gp_type_frozenset, gp_type_set_iterator;
#define SET_CHECK(o) obj_is_instance_of((o), &gp_type_set)
#define FROZENSET_CHECK(o) obj_is_instance_of((o), &gp_type_frozenset)
#define ANYSET_CHECK(o) (SET_CHECK(o) || FROZENSET_CHECK(o))
#define SET_SIZE(o) (((GpSet *)(o))->used)

/* A new set (type set) or frozenset from an iterable (NULL: empty). New reference. */
GpObject *set_new(GpObject *iterable);
GpObject *frozenset_new(GpObject *iterable);
/* s.add(key): borrows key. 0 or -1. */
int set_add(GpObject *s, GpObject *key);
/* s.update(iterable). 0 or -1. */
int set_update(GpObject *s, GpObject *iterable);
/* key in s: 1, 0, -1. */
int set_contains(GpObject *s, GpObject *key);
/* Iteration with a borrowed key: `intptr_t pos = 0; while (set_next(s, &pos, &k))`. */
int set_next(GpObject *s, intptr_t *pos, GpObject **key);

#endif
