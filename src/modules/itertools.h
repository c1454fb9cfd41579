/* itertools.h — the itertools module (modules/itertools.c): CPython 3.11's iterator
 * building blocks (count, cycle, repeat, accumulate, chain, compress, dropwhile,
 * filterfalse, groupby, islice, starmap, takewhile, tee, zip_longest, pairwise, product,
 * permutations, combinations, combinations_with_replacement), each a type. */
#ifndef GP_ITERTOOLS_MODULE_H
#define GP_ITERTOOLS_MODULE_H

#include "object.h"

/* A new itertools module (readies its types on first use). New reference, or NULL with an
 * exception set. */
GpObject *itertools_module_create(void);
/* Tear-down: drops what readying the module's types made (their dicts and MROs). */
void itertools_fini(void);

/* itertools_combi.c: the combinatoric types (product, combinations,
 * combinations_with_replacement, permutations), readied and exported by the module. */
extern GpType itertools_product_type, itertools_combinations_type, itertools_cwr_type,
    itertools_permutations_type;

#endif
