/* region.h — the address space glasspy's allocators carve from: one reservation holding the
 * int blocks, the float blocks, the arenas of the pools and (under --fixed-heap) the large
 * objects, each in its own sub-range (DESIGN.md §2.3, §2.4).
 *
 * Invariants:
 * - The reservation is made once per interpreter, PROT_NONE and MAP_NORESERVE: it costs
 *   address space, not memory. Each allocator makes its pages read-write (region_commit) as
 *   it carves them, in address order, and nothing is unmapped before region_release.
 * - Layout from the page-aligned base B (the same in both modes):
 *     B + 0x4F0          int block 0           (INT_SPAN bytes for int blocks)
 *     B + INT_SPAN       float block 0         (FLOAT_SPAN)
 *     ... + FLOAT_SPAN   arena 0               (ARENA_SPAN, pools of 4 KiB in 256 KiB arenas)
 *     ... + ARENA_SPAN   the large-object heap (LARGE_SPAN; --fixed-heap only)
 * - --fixed-heap maps B at a fixed address with MAP_FIXED_NOREPLACE: 0x100202000 in release
 *   and debug builds, so int block 0 starts at 0x1002024F0 and the first seed's ids come out
 *   exactly; 0x200000202000 in sanitizer builds, which own the low range. Without the flag
 *   the kernel picks B (ASLR), and the spans shrink if the address space is limited.
 */
#ifndef GP_REGION_H
#define GP_REGION_H

#include <stddef.h>
#include <stdint.h>

typedef struct HeapRegion {
    char *map; /* the reservation */
    size_t map_size;
    char *ints; /* int block 0 */
    size_t ints_size;
    char *floats; /* float block 0 */
    size_t floats_size;
    char *arenas; /* arena 0 (page-aligned) */
    size_t arenas_size;
    char *large; /* the large-object heap, or NULL (not --fixed-heap) */
    size_t large_size;
    int fixed; /* mapped at the fixed address */
} HeapRegion;

/* The fixed address of the reservation and the offset of int block 0 in it. */
uintptr_t region_fixed_base(void);
#define REGION_INT_OFFSET 0x4F0

/* Reserves the address space (fixed: at region_fixed_base()). 0, or -1 with a one-line
 * reason in err (for the message at start-up). */
int region_reserve(HeapRegion *r, int fixed, char *err, size_t errlen);
/* Unmaps the reservation (every object in it is gone). */
void region_release(HeapRegion *r);
/* Makes [p, p+n) read-write (p page-aligned). 0 or -1. */
int region_commit(void *p, size_t n);
/* Gives the pages of [p, p+n) back to the OS; they read as zeros when touched again. The
 * range stays reserved and read-write. p and n page-aligned. */
void region_discard(void *p, size_t n);

#endif
