/* rheap.h — the large-object heap of --fixed-heap: allocations over 512 bytes carved from
 * the region's large range (region.h), so their addresses too are the same from run to run.
 * Without --fixed-heap large allocations use malloc instead (alloc.c).
 *
 * A general allocator kept small: boundary tags (each chunk starts with a 32-byte tag with
 * its size and, while it is free, its free-list links), coalescing of free neighbours,
 * segregated free lists with two-level bitmaps (TLSF: 8 lists per power of two) for a
 * good fit in constant time, and a "top" bump pointer for memory never used yet.
 *
 * Invariants:
 * - Chunks tile [base, top) with no gaps; sizes are multiples of 16 and include the tag;
 *   payloads are 16-byte aligned.
 * - No two free chunks are adjacent, and the chunk below top is in use (a freed chunk
 *   merges with its free neighbours and with top).
 * - Every choice depends only on the sequence of requests: the layout is deterministic.
 * - In sanitizer builds free payloads and the space above top are poisoned.
 */
#ifndef GP_RHEAP_H
#define GP_RHEAP_H

#include <stddef.h>
#include <stdint.h>

#define RHEAP_FL 64
#define RHEAP_SL 8

typedef struct RChunk RChunk;

typedef struct RHeap {
    char *base, *end; /* the range */
    char *top;        /* first byte never handed out (or given back to top) */
    char *committed;  /* [base, committed) is read-write */
    char *dirty;      /* [top, dirty) may hold pages to give back */
    uint64_t fl_bitmap;
    uint8_t sl_bitmap[RHEAP_FL];
    RChunk *bins[RHEAP_FL][RHEAP_SL];
} RHeap;

void rheap_init(RHeap *h, char *base, size_t size);
void rheap_fini(RHeap *h);
/* A 16-byte aligned block of at least n bytes (first n addressable), or NULL. */
void *rheap_alloc(RHeap *h, size_t n);
void rheap_free(RHeap *h, void *p);
/* Grows or shrinks p in place when it can, else moves it; NULL (p untouched) on failure. */
void *rheap_realloc(RHeap *h, void *p, size_t n);
/* True if p is in h's range. */
static inline int rheap_contains(const RHeap *h, const void *p) {
    return h->base && (const char *)p >= h->base && (const char *)p < h->end;
}

#endif
