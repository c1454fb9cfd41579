/* pool.c — arenas → pools → blocks of one size class (pool.h draws the layout and states the
 * invariants).
 *
 * The metadata of an arena (ArenaInfo) lives outside it, in a malloc'd array, so a reset
 * arena can be given back to the OS whole; a pool's header lives at the start of the pool.
 */
#include <stdlib.h>
#include <string.h>

#include "mem/pool.h"
#include "mem/region.h"
#include "mem/sanitize.h"

struct PoolHeader {
    void *freeblock;         /* LIFO list of freed blocks (link in a block's first word) */
    PoolHeader *next, *prev; /* on used[kind][class] while it has a free block; next also
                                links an empty pool on its arena's free list */
    uint32_t used;           /* blocks handed out; 0 while on the arena's free list */
    uint32_t nextoffset;     /* offset of the next never-used block */
    uint32_t maxnextoffset;  /* the last offset a block may start at */
    uint32_t arena;
    uint16_t size; /* block size */
    uint8_t szidx, kind;
    uint32_t pad_;
};

struct ArenaInfo {
    PoolHeader *freepools; /* empty pools, LIFO */
    uint16_t ncarved;      /* pools carved from the start so far */
    uint16_t nused;        /* pools holding blocks */
};

_Static_assert(sizeof(PoolHeader) == POOL_OVERHEAD, "pool header size");

#define POOL_OF(p) ((PoolHeader *)((uintptr_t)(p) & ~(uintptr_t)(POOL_SIZE - 1)))

static void avail_set(PoolState *ps, long a) {
    ps->avail[a / 64] |= (uint64_t)1 << (a % 64);
    if (a / 64 < ps->avail_hint)
        ps->avail_hint = a / 64;
}

static void avail_clear(PoolState *ps, long a) {
    ps->avail[a / 64] &= ~((uint64_t)1 << (a % 64));
}

/* The lowest-numbered arena with a free pool, or -1. */
static long avail_first(PoolState *ps) {
    long w = ps->avail_hint;
    long nwords = (ps->narenas + 63) / 64;
    while (w < nwords && !ps->avail[w])
        w++;
    ps->avail_hint = w;
    if (w >= nwords)
        return -1;
    return w * 64 + __builtin_ctzll(ps->avail[w]);
}

int pool_init(PoolState *ps, char *base, size_t size) {
    memset(ps, 0, sizeof *ps);
    ps->base = base;
    ps->maxarenas = (long)(size / ARENA_SIZE);
    ps->avail_words = (ps->maxarenas + 63) / 64;
    ps->avail = calloc((size_t)ps->avail_words ? (size_t)ps->avail_words : 1, sizeof(uint64_t));
    ps->keep_empty = -1;
    return ps->avail ? 0 : -1;
}

void pool_fini(PoolState *ps) {
    if (ps->narenas)
        UNPOISON(ps->base, (size_t)ps->narenas * ARENA_SIZE);
    free(ps->arenas);
    free(ps->avail);
    memset(ps, 0, sizeof *ps);
}

/* Carves and commits the next arena. Its number, or -1. */
static long new_arena(PoolState *ps) {
    long a = ps->narenas;
    if (a >= ps->maxarenas)
        return -1;
    if (a >= ps->arenas_cap) {
        long cap = ps->arenas_cap ? ps->arenas_cap * 2 : 16;
        ArenaInfo *n = realloc(ps->arenas, sizeof *n * (size_t)cap);
        if (!n)
            return -1;
        ps->arenas = n;
        ps->arenas_cap = cap;
    }
    char *start = ps->base + (size_t)a * ARENA_SIZE;
    if (region_commit(start, ARENA_SIZE) < 0)
        return -1;
    POISON(start, ARENA_SIZE);
    memset(&ps->arenas[a], 0, sizeof ps->arenas[a]);
    ps->narenas++;
    avail_set(ps, a);
    return a;
}

/* An empty pool for blocks of class idx and the given kind, linked at the head of its
 * list; NULL if none can be had. */
static PoolHeader *new_pool(PoolState *ps, int kind, int idx) {
    long a = avail_first(ps);
    if (a < 0 && (a = new_arena(ps)) < 0)
        return NULL;
    ArenaInfo *ar = &ps->arenas[a];
    PoolHeader *p = ar->freepools;
    if (p) {
        ar->freepools = p->next;
    } else {
        p = (PoolHeader *)(ps->base + (size_t)a * ARENA_SIZE + (size_t)ar->ncarved * POOL_SIZE);
        ar->ncarved++;
        UNPOISON(p, POOL_OVERHEAD);
    }
    if (ar->nused++ == 0 && ps->keep_empty == a)
        ps->keep_empty = -1;
    if (ar->nused == POOLS_PER_ARENA)
        avail_clear(ps, a);
    size_t size = POOL_CLASS_SIZE(idx);
    p->freeblock = NULL;
    p->used = 0;
    p->nextoffset = POOL_OVERHEAD;
    p->maxnextoffset = (uint32_t)(POOL_SIZE - size);
    p->arena = (uint32_t)a;
    p->size = (uint16_t)size;
    p->szidx = (uint8_t)idx;
    p->kind = (uint8_t)kind;
    p->prev = NULL;
    p->next = ps->used[kind][idx];
    if (p->next)
        p->next->prev = p;
    ps->used[kind][idx] = p;
    ps->npools++;
    return p;
}

static void unlink_pool(PoolState *ps, PoolHeader *p) {
    if (p->prev)
        p->prev->next = p->next;
    else
        ps->used[p->kind][p->szidx] = p->next;
    if (p->next)
        p->next->prev = p->prev;
    p->next = p->prev = NULL;
}

/* Gives the empty pool p back to its arena; an arena left empty is reset. */
static void free_pool(PoolState *ps, PoolHeader *p) {
    long a = p->arena;
    ArenaInfo *ar = &ps->arenas[a];
    ps->npools--;
    p->used = 0;
    POISON((char *)p + POOL_OVERHEAD, POOL_SIZE - POOL_OVERHEAD);
    if (ar->nused-- == POOLS_PER_ARENA)
        avail_set(ps, a);
    if (ar->nused > 0) {
        p->next = ar->freepools;
        ar->freepools = p;
        return;
    }
    /* Reset: the next pool taken from this arena is its first again. */
    char *start = ps->base + (size_t)a * ARENA_SIZE;
    ar->freepools = NULL;
    ar->ncarved = 0;
    long old = ps->keep_empty;
    ps->keep_empty = a;
    if (old >= 0 && old != a && ps->arenas[old].nused == 0) {
        char *o = ps->base + (size_t)old * ARENA_SIZE;
        UNPOISON(o, ARENA_SIZE);
        region_discard(o, ARENA_SIZE);
        POISON(o, ARENA_SIZE);
    }
    POISON(start, ARENA_SIZE);
}

void *pool_alloc(PoolState *ps, int kind, size_t n) {
    int idx = POOL_CLASS_OF(n);
    PoolHeader *p = ps->used[kind][idx];
    if (!p && !(p = new_pool(ps, kind, idx)))
        return NULL;
    char *b = p->freeblock;
    if (b) {
        UNPOISON(b, sizeof(void *));
        p->freeblock = *(void **)b;
    } else {
        b = (char *)p + p->nextoffset;
        p->nextoffset += p->size;
    }
    UNPOISON(b, n);
    p->used++;
    ps->live[kind][idx]++;
    if (!p->freeblock && p->nextoffset > p->maxnextoffset)
        unlink_pool(ps, p);
    return b;
}

void pool_free(PoolState *ps, void *block) {
    PoolHeader *p = POOL_OF(block);
    int full = !p->freeblock && p->nextoffset > p->maxnextoffset;
#ifdef GP_DEBUG
    UNPOISON(block, p->size);
    memset(block, 0xdd, p->size);
#endif
    UNPOISON(block, sizeof(void *));
    *(void **)block = p->freeblock;
    p->freeblock = block;
    POISON(block, p->size);
    ps->live[p->kind][p->szidx]--;
    if (--p->used == 0) {
        if (!full)
            unlink_pool(ps, p);
        free_pool(ps, p);
        return;
    }
    if (full) {
        /* Back on its list, at the head: it is used next. */
        p->prev = NULL;
        p->next = ps->used[p->kind][p->szidx];
        if (p->next)
            p->next->prev = p;
        ps->used[p->kind][p->szidx] = p;
    }
}

void pool_resize_in_place(void *block, size_t n) {
    PoolHeader *p = POOL_OF(block);
    (void)p;
    POISON(block, p->size);
    UNPOISON(block, n);
}

size_t pool_block_size(const void *block) {
    return POOL_OF(block)->size;
}

int pool_block_kind(const void *block) {
    return POOL_OF(block)->kind;
}

void pool_block_place(const PoolState *ps, const void *block, long *arena, int *pool) {
    size_t off = (size_t)((const char *)block - ps->base);
    *arena = (long)(off / ARENA_SIZE);
    *pool = (int)(off % ARENA_SIZE / POOL_SIZE);
}

void pool_walk(PoolState *ps, int kind, void (*fn)(void *block, size_t size, void *arg),
               void *arg) {
    for (long a = 0; a < ps->narenas; a++) {
        char *start = ps->base + (size_t)a * ARENA_SIZE;
        for (int k = 0; k < ps->arenas[a].ncarved; k++) {
            PoolHeader *p = (PoolHeader *)(start + (size_t)k * POOL_SIZE);
            if (p->used == 0 || p->kind != kind)
                continue;
            /* Mark the free blocks (their links are poisoned: read each one unpoisoned). */
            uint64_t isfree[POOL_SIZE / POOL_ALIGN / 64] = {0};
            for (char *b = p->freeblock; b;) {
                size_t i = (size_t)(b - (char *)p) / p->size;
                isfree[i / 64] |= (uint64_t)1 << (i % 64);
                UNPOISON(b, sizeof(void *));
                char *next = *(char **)b;
                POISON(b, sizeof(void *));
                b = next;
            }
            for (uint32_t off = POOL_OVERHEAD; off < p->nextoffset; off += p->size) {
                size_t i = off / p->size;
                if (!(isfree[i / 64] >> (i % 64) & 1))
                    fn((char *)p + off, p->size, arg);
            }
        }
    }
}
