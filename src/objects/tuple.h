/* tuple.h — Python's tuple: a fixed array of references (header, size, items).
 * The empty tuple is a singleton (gp_interp->empty_tuple). A tuple being filled (tuple_new)
 * must have every slot set before it escapes to Python code.
 */
#ifndef GP_TUPLE_H
#define GP_TUPLE_H

#include "object.h"

typedef struct GpTuple {
    GP_HEAD;
    intptr_t size;
    GpObject *items[];
} GpTuple;

extern GpType gp_type_tuple;
#define TUPLE_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_TUPLE_SUBCLASS) != 0)
#define TUPLE_CHECK_EXACT(o) (GP_TYPE(o) == &gp_type_tuple)
#define TUPLE_SIZE(o) (((GpTuple *)(o))->size)
#define TUPLE_ITEM(o, i) (((GpTuple *)(o))->items[i])              /* borrowed */
#define TUPLE_SET_ITEM(o, i, v) (((GpTuple *)(o))->items[i] = (v))  /* steals v; slot must be empty */

/* A tuple of n NULL slots to fill with TUPLE_SET_ITEM (n == 0: the empty tuple). New ref. */
GpObject *tuple_new(intptr_t n);
/* New tuple holding new references to items[0..n). */
GpObject *tuple_from_array(GpObject *const *items, intptr_t n);
/* tuple_pack(2, a, b): borrows the arguments. */
GpObject *tuple_pack(intptr_t n, ...);
/* tuple(iterable). */
GpObject *tuple_from_iterable(GpObject *iterable);
int64_t tuple_hash(GpObject *t);   /* CPython's xxHash-based tuple hash */

/* ---- containers: additions ---- */
/* Creates the empty-tuple singleton (interp.c calls it at start-up; tuple_new(0) also
 * makes it lazily). 0 or -1. */
int tuple_init(void);
/* The items a tuple_iterator has left (its __length_hint__). */
intptr_t tuple_iter_remaining(GpObject *it);
extern GpType gp_type_tuple_iterator;
/* The optional start/stop arguments (args[1], args[2]) of the index() methods of tuple
 * and list, converted and adjusted for a sequence of length len. 0 or -1. */
int tuple_index_bounds(GpObject *const *args, intptr_t nargs, intptr_t len, intptr_t *start,
                       intptr_t *stop);

#endif
