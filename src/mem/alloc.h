/* alloc.h — the one entry point for memory: every byte glasspy allocates for objects and
 * their buffers goes through here (STYLE.md habit 8).
 *
 * Where memory comes from (DESIGN.md §2.3–2.4; docs/internals.md draws it):
 * - exact ints and floats: intblock.c, 992-byte blocks of 41 slots of 24 bytes;
 * - everything else up to 512 bytes: pool.c, size classes of 8 bytes in 4 KiB pools carved
 *   from 256 KiB arenas (objects and buffers in separate pools);
 * - larger blocks: "large" allocations with a 32-byte header in front, from malloc, or under
 *   --fixed-heap from rheap.c in the fixed region;
 * - "outside" allocations (malloc, header in front): objects made from the environment
 *   (argv, paths: alloc_outside_begin/end) and anything allocated while no interpreter
 *   exists, so they never shift the layout of the heap.
 * All of it but the outside allocations lies in one reservation (region.h); under
 * --fixed-heap that reservation is at a fixed address and every id is the same from run to
 * run.
 *
 * Invariants:
 * - mem_* never set an exception: they return NULL and the caller raises MemoryError
 *   (err_no_memory) — so they can be used before the interpreter is up.
 * - obj_new / obj_free are the only way objects other than exact ints and floats get
 *   memory.
 * - Statistics (live objects and buffers, and their bytes) are kept in gp_interp->mem for
 *   heap.stats() and the leak check at exit.
 */
#ifndef GP_ALLOC_H
#define GP_ALLOC_H

#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* Raw memory for buffers (list item arrays, dict tables, string builders). NULL on failure
 * (no exception set). mem_realloc(NULL, n) is mem_alloc(n); sizes of 0 are allowed. Only
 * the n bytes asked for may be used (sanitizer builds poison the rest of the block). */
void *mem_alloc(size_t n);
void *mem_calloc(size_t count, size_t size); /* zeroed; NULL on overflow or failure */
void *mem_realloc(void *p, size_t n);
void mem_free(void *p);
/* The bytes a block from mem_alloc occupies (its size class, or a large block's size
 * rounded up to 16), for sys.getsizeof of owned buffers. 0 for NULL. */
size_t mem_size(const void *p);

/* A new object of `size` bytes with refcnt 1 and the given type; the rest zeroed.
 * Returns NULL with MemoryError set on failure. */
GpObject *obj_new(GpType *type, size_t size);
/* Returns an object's memory (called at the end of a type's dealloc). */
void obj_free(GpObject *o);
/* Resizes the allocation of a non-GC object whose only reference the caller holds (it
 * may move: use the result). New address, or NULL with MemoryError set (o unchanged). */
GpObject *obj_resize(GpObject *o, size_t n);
/* The bytes of o's own allocation: 24 for an int or float slot, the size class of a pool
 * block, a large block's size, a static object's basicsize (+ itemsize * len). This is
 * what sys.getsizeof reports for objects that own no buffers. */
size_t obj_alloc_size(GpObject *o);

typedef struct MemStats {
    intptr_t live_objects; /* obj_new minus obj_free (ints/floats counted by intblock) */
    intptr_t live_object_bytes;
    intptr_t live_buffers; /* mem_alloc minus mem_free */
    intptr_t live_buffer_bytes;
    intptr_t fail_after; /* failure injection for tests: fail the Nth allocation
                            from now (0: never) */
} MemStats;

/* objcore: failure injection shared with intblock.c: true when the allocation being made
 * must fail (counts MemStats.fail_after down). */
int alloc_inject_failure(void);

/* Start-up (interp.c, before any object): reserves the region (fixed: at the fixed
 * address), sets up the pools and the int/float blocks. 0, or -1 after printing why. */
int alloc_init(int fixed);
/* Tear-down, after every object is gone: unmaps everything. */
void alloc_fini(void);

/* Between these, objects and buffers are allocated outside the heap (they nest): for
 * objects made from the environment (sys.argv, sys.path[0], __file__, file names), so
 * that a longer path or another directory does not move anything else. */
void alloc_outside_begin(void);
void alloc_outside_end(void);

/* Where an object lives (heap.where). */
typedef enum {
    PLACE_STATIC,  /* in the binary */
    PLACE_INT,     /* an int block slot: block, slot */
    PLACE_FLOAT,   /* a float block slot: block, slot */
    PLACE_POOL,    /* a pool block: arena, pool, size */
    PLACE_LARGE,   /* a large allocation: size */
    PLACE_OUTSIDE, /* an outside allocation: size */
} PlaceKind;

typedef struct AllocPlace {
    PlaceKind kind;
    long block;  /* int/float block, or arena */
    int slot;    /* slot in the block (0 = lowest address), or pool in the arena */
    size_t size; /* bytes of the allocation */
} AllocPlace;

void alloc_locate(GpObject *o, AllocPlace *pl);

/* Live objects and bytes per allocator, for heap.stats(). */
typedef struct AllocCounts {
    intptr_t pool_objects[64], pool_object_bytes[64]; /* per size class (8, 16, ... 512) */
    intptr_t pool_buffers, pool_buffer_bytes;
    intptr_t large_objects, large_object_bytes;
    intptr_t large_buffers, large_buffer_bytes;
    intptr_t outside_objects, outside_object_bytes;
    intptr_t outside_buffers, outside_buffer_bytes;
    long arenas, pools;
    int fixed;
} AllocCounts;
void alloc_counts(AllocCounts *c);
/* Calls fn on every live object outside the int and float blocks. fn must not allocate. */
void alloc_walk_objects(void (*fn)(GpObject *o, size_t size, void *arg), void *arg);

#endif
