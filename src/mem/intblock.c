/* intblock.c — ints and floats: LIFO free lists fed by 992-byte blocks of 41 slots of 24
 * bytes (DESIGN.md §2.3), carved one after another from a reserved region per kind.
 *
 * Invariants:
 * - Block k of a region starts at region + k * 992: an 8-byte link to the previous block
 *   (NULL for block 0), then 41 slots of 24 bytes. Blocks are never returned to the OS
 *   before intblock_fini.
 * - A new block's slots are pushed slot 0 first, so slot 40 (the highest) is handed out
 *   first; a freed slot goes back to the head of its list. A free slot's first word links
 *   to the next free slot.
 * - The ranges are sub-ranges of the heap's reservation (region.h), handed in by alloc.c
 *   PROT_NONE; they are committed (made read-write) in CHUNK steps as blocks are carved.
 *   Under --fixed-heap int block 0 is at 0x1002024F0 (release builds).
 * - ASan builds poison every free slot; allocation unpoisons it. Teardown unpoisons the
 *   committed range, so later mappings of the range start clean.
 * - All state lives in gp_interp->intblock_state.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "mem/intblock.h"
#include "mem/sanitize.h"

#define CHUNK ((size_t)64 << 10) /* commit granularity */

typedef struct FreeSlot {
    struct FreeSlot *next;
} FreeSlot;

typedef struct Region {
    char *base;      /* block 0 starts here */
    char *limit;     /* no block may extend past this */
    char *committed; /* [page-aligned start, committed) is read-write */
    char *commit_start;
    long nblocks;   /* blocks carved */
    FreeSlot *free; /* head of the free list */
    intptr_t live;  /* slots handed out and not freed */
} Region;

typedef struct IntBlockState {
    Region ints, floats;
} IntBlockState;

#define STATE ((IntBlockState *)gp_interp->intblock_state)

static size_t page_size(void) {
    long p = sysconf(_SC_PAGESIZE);
    return p > 0 ? (size_t)p : 4096;
}

static void adopt_region(Region *r, char *base, size_t size) {
    uintptr_t ps = page_size();
    r->base = base;
    r->limit = base + size;
    r->commit_start = r->committed = (char *)((uintptr_t)base & ~(ps - 1));
}

/* Carves the next block of r and pushes its slots; 0, or -1 (no exception set). */
static int add_block(Region *r) {
    char *block = r->base + (size_t)r->nblocks * INTBLOCK_SIZE;
    char *end = block + INTBLOCK_SIZE;
    if (end > r->limit)
        return -1;
    if (end > r->committed) {
        char *to = r->committed + CHUNK;
        while (to < end)
            to += CHUNK;
        if (to > r->limit)
            to = r->limit;
        if (mprotect(r->committed, (size_t)(to - r->committed), PROT_READ | PROT_WRITE) != 0)
            return -1;
        r->committed = to;
    }
    *(char **)block = r->nblocks ? block - INTBLOCK_SIZE : NULL;
    r->nblocks++;
    char *slots = block + 8;
    for (int i = 0; i < INTBLOCK_SLOTS; i++) {
        FreeSlot *s = (FreeSlot *)(slots + i * INTBLOCK_SLOT);
        s->next = r->free;
        r->free = s;
        POISON(s, INTBLOCK_SLOT);
    }
    return 0;
}

static GpObject *region_alloc(Region *r, GpType *type) {
    if (alloc_inject_failure())
        return err_no_memory();
    if (!r->free && add_block(r) < 0)
        return err_no_memory();
    FreeSlot *s = r->free;
    UNPOISON(s, INTBLOCK_SLOT);
    r->free = s->next;
    r->live++;
    GpObject *o = (GpObject *)s;
    o->refcnt = 1;
    o->type = type;
    return o;
}

static void region_free(Region *r, GpObject *o) {
    FreeSlot *s = (FreeSlot *)o;
#ifdef GP_DEBUG
    memset(s, 0xdb, INTBLOCK_SLOT);
#endif
    s->next = r->free;
    r->free = s;
    r->live--;
    POISON(s, INTBLOCK_SLOT);
}

/* Returns a new reference: an uninitialised int slot with refcnt 1, or NULL + MemoryError. */
GpObject *intblock_alloc_int(GpType *type) {
    return region_alloc(&STATE->ints, type);
}
/* Returns a new reference: an uninitialised float slot, or NULL + MemoryError. */
GpObject *intblock_alloc_float(GpType *type) {
    return region_alloc(&STATE->floats, type);
}
void intblock_free_int(GpObject *o) {
    region_free(&STATE->ints, o);
}
void intblock_free_float(GpObject *o) {
    region_free(&STATE->floats, o);
}

/* Sets up over caller-owned ranges (alloc.c): int blocks from int_base, float blocks from
 * float_base, block 0 exactly there. The memory may be PROT_NONE. */
int intblock_init_regions(char *int_base, size_t int_size, char *float_base, size_t float_size) {
    IntBlockState *st = calloc(1, sizeof *st);
    if (!st)
        return -1;
    adopt_region(&st->ints, int_base, int_size);
    adopt_region(&st->floats, float_base, float_size);
    gp_interp->intblock_state = st;
    return 0;
}

static void region_fini(Region *r) {
    if (r->committed > r->commit_start) {
        UNPOISON(r->commit_start, (size_t)(r->committed - r->commit_start));
        mprotect(r->commit_start, (size_t)(r->committed - r->commit_start), PROT_NONE);
    }
}

void intblock_fini(void) {
    IntBlockState *st = STATE;
    if (!st)
        return;
    region_fini(&st->ints);
    region_fini(&st->floats);
    free(st);
    gp_interp->intblock_state = NULL;
}

static int region_locate(const Region *r, const char *p, long *block, int *slot) {
    if (p < r->base || p >= r->base + (size_t)r->nblocks * INTBLOCK_SIZE)
        return -1;
    size_t off = (size_t)(p - r->base);
    size_t in = off % INTBLOCK_SIZE;
    if (in < 8 || (in - 8) % INTBLOCK_SLOT != 0)
        return -1;
    *block = (long)(off / INTBLOCK_SIZE);
    *slot = (int)((in - 8) / INTBLOCK_SLOT);
    return 0;
}

/* 0 with the block and slot (slot 0 is the lowest address) of p, or -1 if p is not the
 * start of an int or float slot. */
int intblock_locate(const void *p, int *is_float, long *block, int *slot) {
    IntBlockState *st = STATE;
    if (!st)
        return -1;
    if (region_locate(&st->ints, p, block, slot) == 0) {
        *is_float = 0;
        return 0;
    }
    if (region_locate(&st->floats, p, block, slot) == 0) {
        *is_float = 1;
        return 0;
    }
    return -1;
}

void intblock_blocks(long *int_blocks, long *float_blocks) {
    *int_blocks = STATE ? STATE->ints.nblocks : 0;
    *float_blocks = STATE ? STATE->floats.nblocks : 0;
}

intptr_t intblock_live_ints(void) {
    return STATE ? STATE->ints.live : 0;
}
intptr_t intblock_live_floats(void) {
    return STATE ? STATE->floats.live : 0;
}
