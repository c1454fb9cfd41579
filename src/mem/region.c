/* region.c — the one reservation of address space the allocators carve from (region.h has
 * the layout).
 *
 * Invariants:
 * - The sub-ranges never overlap and keep their order (ints, floats, arenas, large), so int
 *   blocks stay adjacent whatever else is allocated.
 * - --fixed-heap never falls back to another address: the ids it promises would be wrong.
 *   A range that is taken is reported (MAP_FIXED_NOREPLACE fails with EEXIST; a kernel older
 *   than 4.17 ignores the flag and returns another address, which is unmapped and reported).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "mem/region.h"
#include "mem/sanitize.h" /* GP_ASAN */

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

#define GIB ((size_t)1 << 30)
/* The spans at full size; without --fixed-heap they are halved until the reservation
 * succeeds (no smaller than 1/64 of these). */
#define INT_SPAN (16 * GIB) /* ~690 million ints */
#define FLOAT_SPAN (4 * GIB)
#define ARENA_SPAN (64 * GIB)
#define LARGE_SPAN (128 * GIB) /* --fixed-heap only; otherwise large objects use malloc */

uintptr_t region_fixed_base(void) {
#ifdef GP_ASAN
    return (uintptr_t)0x200000202000;
#else
    return (uintptr_t)0x100202000;
#endif
}

static void layout(HeapRegion *r, char *base, size_t scale_down, int with_large) {
    r->ints = base + REGION_INT_OFFSET;
    r->ints_size = INT_SPAN / scale_down - REGION_INT_OFFSET;
    r->floats = base + INT_SPAN / scale_down;
    r->floats_size = FLOAT_SPAN / scale_down;
    r->arenas = r->floats + r->floats_size;
    r->arenas_size = ARENA_SPAN / scale_down;
    r->large = with_large ? r->arenas + r->arenas_size : NULL;
    r->large_size = with_large ? LARGE_SPAN / scale_down : 0;
}

int region_reserve(HeapRegion *r, int fixed, char *err, size_t errlen) {
    memset(r, 0, sizeof *r);
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
    if (fixed) {
        size_t size = INT_SPAN + FLOAT_SPAN + ARENA_SPAN + LARGE_SPAN;
        void *want = (void *)region_fixed_base();
        void *p = mmap(want, size, PROT_NONE, flags | MAP_FIXED_NOREPLACE, -1, 0);
        if (p == MAP_FAILED || p != want) {
            int e = p == MAP_FAILED ? errno : EEXIST;
            if (p != MAP_FAILED)
                munmap(p, size);
            snprintf(err, errlen, "--fixed-heap: cannot map the heap at %p (%zu GiB): %s%s", want,
                     size / GIB, strerror(e), e == EEXIST ? " (the address range is taken)" : "");
            return -1;
        }
        r->map = p;
        r->map_size = size;
        r->fixed = 1;
        layout(r, p, 1, 1);
        return 0;
    }
    for (size_t scale = 1; scale <= 64; scale *= 2) {
        size_t size = (INT_SPAN + FLOAT_SPAN + ARENA_SPAN) / scale;
        void *p = mmap(NULL, size, PROT_NONE, flags, -1, 0);
        if (p != MAP_FAILED) {
            r->map = p;
            r->map_size = size;
            layout(r, p, scale, 0);
            return 0;
        }
    }
    snprintf(err, errlen, "cannot reserve address space for the heap: %s", strerror(errno));
    return -1;
}

void region_release(HeapRegion *r) {
    /* The allocators have unpoisoned what they poisoned (ASan keeps shadow state per
     * address, which would outlive the mapping). */
    if (r->map)
        munmap(r->map, r->map_size);
    memset(r, 0, sizeof *r);
}

int region_commit(void *p, size_t n) {
    return mprotect(p, n, PROT_READ | PROT_WRITE) == 0 ? 0 : -1;
}

void region_discard(void *p, size_t n) {
    madvise(p, n, MADV_DONTNEED);
}
