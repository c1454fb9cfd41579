/* intblock.h — ints and floats: free lists fed by 992-byte blocks of 41 slots of 24 bytes
 * (DESIGN.md §2.3). Blocks are carved one after another from a reserved region, so
 * consecutive blocks are adjacent; a new block's slots are pushed so the highest address
 * is handed out first; a freed slot goes back to the head of its free list (LIFO).
 */
#ifndef GP_INTBLOCK_H
#define GP_INTBLOCK_H

#include <stddef.h>

#include "object.h"

#define INTBLOCK_SIZE 992
#define INTBLOCK_SLOTS 41
#define INTBLOCK_SLOT 24

/* A 24-byte slot with refcnt 1 and the given type (gp_type_int or gp_type_float); the
 * payload is not initialised. NULL with MemoryError set on failure. */
GpObject *intblock_alloc_int(GpType *type);
GpObject *intblock_alloc_float(GpType *type);
/* Returns a slot to its free list. */
void intblock_free_int(GpObject *o);
void intblock_free_float(GpObject *o);

/* Set up over ranges of the heap's reservation (alloc_init): int (float) blocks are carved
 * from int_base (float_base), which may be PROT_NONE and need not be page-aligned (block 0
 * starts exactly there). 0 or -1. */
int intblock_init_regions(char *int_base, size_t int_size, char *float_base, size_t float_size);
/* Tear down (alloc_fini): the ranges go back to PROT_NONE. */
void intblock_fini(void);

/* For heap.where and heap.stats: which int/float block and slot holds p; -1 if none. */
int intblock_locate(const void *p, int *is_float, long *block, int *slot);
intptr_t intblock_live_ints(void);
/* The int and float blocks carved so far. */
void intblock_blocks(long *int_blocks, long *float_blocks);
intptr_t intblock_live_floats(void);

#endif
