/* range.h — range objects (start, stop, step, length) and their iterators; also the
 * generic sequence iterator (for types with only __getitem__/len) and slice objects. */
#ifndef GP_RANGE_H
#define GP_RANGE_H

#include "object.h"

extern GpType gp_type_range, gp_type_range_iterator;
extern GpType gp_type_slice;

typedef struct GpSlice {
    GP_HEAD;
    GpObject *start, *stop, *step;   /* never NULL (None when absent) */
} GpSlice;

#define SLICE_CHECK(o) (GP_TYPE(o) == &gp_type_slice)
/* slice(start, stop, step): borrows; NULL arguments mean None. */
GpObject *slice_new(GpObject *start, GpObject *stop, GpObject *step);
/* Resolves a slice against a sequence length (CPython's PySlice_GetIndicesEx): returns the
 * number of items selected, or -1 with an exception (ValueError "slice step cannot be
 * zero", TypeError "slice indices must be integers or None or have an __index__ method"). */
intptr_t slice_indices(GpObject *slice, intptr_t length, intptr_t *start, intptr_t *stop,
                       intptr_t *step);
/* The same for a mutable sequence, whose length *lengthp is read only after the indices'
 * __index__ methods ran (they may resize it). */
intptr_t slice_indices_live(GpObject *slice, const intptr_t *lengthp, intptr_t *start,
                            intptr_t *stop, intptr_t *step);
/* The two halves of slice_indices: the raw indices (running their __index__; 0 or -1),
 * then their clipping to a length (returns the number of items selected). */
int slice_unpack(GpObject *slice, intptr_t *start, intptr_t *stop, intptr_t *step);
intptr_t slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step);

/* An index argument as a C ssize_t: o must be an int or have __index__ (callers check).
 * Out of range raises `overflow` (IndexError or OverflowError) with CPython's
 * "cannot fit 'int' into an index-sized integer". 0 or -1. */
int slice_index_value(GpObject *o, intptr_t *out, GpType *overflow);

/* CPython's _PyEval_SliceIndex: None leaves *out unchanged; an int or __index__ object is
 * stored, clamped to [INTPTR_MIN, INTPTR_MAX]; anything else is TypeError "slice indices
 * must be integers or None or have an __index__ method". 0 or -1. */
int slice_eval_index(GpObject *o, intptr_t *out);

/* An iterator over a sequence by __getitem__ with 0, 1, 2... until IndexError. */
GpObject *seqiter_new(GpObject *seq);
extern GpType gp_type_seqiter;

/* ---- containers: additions ---- */
extern GpType gp_type_longrange_iterator;   /* range iterator over values beyond int64 */
/* The builtin iterator types (iter.c); their new_ slots are the builtins' constructors. */
extern GpType gp_type_enumerate, gp_type_zip, gp_type_map, gp_type_filter, gp_type_reversed;
/* iter(callable, sentinel): calls callable until it returns sentinel. Borrows both. */
GpObject *calliter_new(GpObject *callable, GpObject *sentinel);
extern GpType gp_type_callable_iterator;

#endif
