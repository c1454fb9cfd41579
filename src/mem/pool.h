/* pool.h — the size-class pool allocator for everything up to 512 bytes that is not an int or
 * a float (DESIGN.md §2.4; the design of CPython's obmalloc):
 *
 *   arena range (region.h) ─ arena 0 ─ arena 1 ─ ...        256 KiB each, carved in order
 *   arena k ─ pool 0 ─ pool 1 ─ ... ─ pool 63                4 KiB each
 *   pool ─ 48-byte header ─ block ─ block ─ ... ─ block     one size class per pool
 *
 * Size classes are multiples of 8 bytes: 8, 16, ..., 512 (64 classes). Objects and raw
 * buffers never share a pool (a pool has a kind), so objects made one after another sit at
 * a steady stride and heap.stats() can tell them apart by walking the pools.
 *
 * Invariants:
 * - A pool's header says its class, its kind and its arena; a block's pool is its address
 *   rounded down to 4 KiB.
 * - A freed block goes to the head of its pool's free list and is the next one handed out
 *   (LIFO, like the int blocks). Blocks never handed out are carved in address order.
 * - A pool with a free block is on the list of its (kind, class), newest-non-full first; a
 *   full pool is on no list; an empty pool goes back to its arena (LIFO). New pools come
 *   from the lowest-numbered arena that has one, so the heap stays compact and the layout
 *   depends only on the sequence of allocations: the same program gives the same addresses.
 * - An arena whose pools are all free is reset (its pools are carved from its start again);
 *   its memory is given back to the OS, except for the most recent such arena.
 * - In sanitizer builds every byte not handed out is poisoned.
 */
#ifndef GP_POOL_H
#define GP_POOL_H

#include <stddef.h>
#include <stdint.h>

#define POOL_SIZE ((size_t)4096)
#define ARENA_SIZE ((size_t)256 << 10)
#define POOLS_PER_ARENA 64
#define POOL_ALIGN 8
#define POOL_MAX 512
#define POOL_NCLASSES (POOL_MAX / POOL_ALIGN)
#define POOL_OVERHEAD 48

enum { POOL_OBJECTS, POOL_BUFFERS, POOL_NKINDS };

typedef struct PoolHeader PoolHeader;
typedef struct ArenaInfo ArenaInfo;

typedef struct PoolState {
    char *base;        /* arena 0 */
    long maxarenas;    /* arenas the range holds */
    long narenas;      /* arenas carved (committed) so far */
    ArenaInfo *arenas; /* [narenas], malloc'd */
    long arenas_cap;
    uint64_t *avail; /* bitmap: arena k has a free pool */
    long avail_words;
    long avail_hint; /* no set bit below this word */
    long keep_empty; /* the empty arena whose pages are kept, or -1 */
    PoolHeader *used[POOL_NKINDS][POOL_NCLASSES];
    intptr_t live[POOL_NKINDS][POOL_NCLASSES]; /* blocks handed out */
    long npools;                               /* pools holding at least one block */
} PoolState;

/* The block size of class i, and the class of an n-byte request (1 <= n <= POOL_MAX). */
#define POOL_CLASS_SIZE(i) ((size_t)((i) + 1) * POOL_ALIGN)
#define POOL_CLASS_OF(n) ((int)(((n)-1) / POOL_ALIGN))

/* Sets up over [base, base+size) of the reservation (page-aligned). 0 or -1. */
int pool_init(PoolState *ps, char *base, size_t size);
/* Unpoisons what was poisoned and frees the metadata (the range is the region's). */
void pool_fini(PoolState *ps);

/* A block for n bytes (1 <= n <= POOL_MAX) of the given kind, or NULL when the range or
 * the memory is exhausted. The first n bytes are addressable; nothing is initialised. */
void *pool_alloc(PoolState *ps, int kind, size_t n);
/* Returns a block to its pool. */
void pool_free(PoolState *ps, void *p);
/* Makes the first n bytes of block p addressable (n <= its size; for realloc in place). */
void pool_resize_in_place(void *p, size_t n);

/* True if p lies in a carved arena (then it is a pool block). */
static inline int pool_contains(const PoolState *ps, const void *p) {
    return (uintptr_t)p - (uintptr_t)ps->base < (uintptr_t)ps->narenas * ARENA_SIZE;
}
/* The block size of the pool block p. */
size_t pool_block_size(const void *p);
/* The kind of the pool block p (POOL_OBJECTS or POOL_BUFFERS). */
int pool_block_kind(const void *p);
/* The arena and pool numbers of the pool block p. */
void pool_block_place(const PoolState *ps, const void *p, long *arena, int *pool);

/* Calls fn on every block handed out of pools of the given kind. */
void pool_walk(PoolState *ps, int kind, void (*fn)(void *block, size_t size, void *arg), void *arg);

#endif
