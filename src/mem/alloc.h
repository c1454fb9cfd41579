/* alloc.h — the one entry point for memory: every byte glasspy allocates goes through here.
 *
 * Invariants:
 * - mem_* never set an exception: they return NULL and the caller raises MemoryError
 *   (err_no_memory) — so they can be used before the interpreter is up.
 * - obj_new / obj_free are the only way objects other than ints and floats get memory;
 *   ints and floats come from intblock.c (DESIGN.md §2.3), the rest from size-class pools
 *   (DESIGN.md §2.4; this first version forwards to malloc with statistics).
 * - Statistics (live blocks and bytes) are kept per allocator for heap.stats() and the
 *   leak check at exit.
 */
#ifndef GP_ALLOC_H
#define GP_ALLOC_H

#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* Raw memory for buffers (list item arrays, dict tables, string builders). NULL on failure
 * (no exception set). mem_realloc(NULL, n) is mem_alloc(n); sizes of 0 are allowed. */
void *mem_alloc(size_t n);
void *mem_calloc(size_t count, size_t size);   /* zeroed; NULL on overflow or failure */
void *mem_realloc(void *p, size_t n);
void mem_free(void *p);
/* The usable size of a block from mem_alloc (for sys.getsizeof of owned buffers). */
size_t mem_size(const void *p);

/* A new object of `size` bytes with refcnt 1 and the given type; the rest zeroed.
 * Returns NULL with MemoryError set on failure. */
GpObject *obj_new(GpType *type, size_t size);
/* Returns an object's memory (called at the end of a type's dealloc). */
void obj_free(GpObject *o);

typedef struct MemStats {
    intptr_t live_objects;      /* obj_new minus obj_free (ints/floats counted by intblock) */
    intptr_t live_object_bytes;
    intptr_t live_buffers;      /* mem_alloc minus mem_free */
    intptr_t live_buffer_bytes;
    intptr_t fail_after;        /* failure injection for tests: fail the Nth allocation
                                   from now (0: never) */
} MemStats;

/* objcore: failure injection shared with intblock.c: true when the allocation being made
 * must fail (counts MemStats.fail_after down). */
int alloc_inject_failure(void);

#endif
