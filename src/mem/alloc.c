/* alloc.c — the one entry point for memory (alloc.h): routes each request to the pools, the
 * large allocations or the outside allocations, keeps the statistics, and sets up and tears
 * down the region with the int/float blocks.
 *
 * Invariants:
 * - A pointer is a pool block iff it lies in a carved arena (pool_contains); every other
 *   block from here has a LargeHeader just before it, which says how big it is, whether it
 *   holds an object and where its memory came from (malloc or the fixed heap).
 * - Large allocations of the heap are on the heap's list (for heap.stats()); outside ones
 *   are on the outside list when an interpreter existed at their allocation, and counted in
 *   gp_interp->mem exactly then.
 * - mem_* work before the interpreter exists (gp_interp NULL): the block is then an
 *   uncounted outside allocation.
 * - obj_new takes a reference to a heap type (TPFLAG_HEAPTYPE) for each instance and
 *   obj_free drops it, so a class outlives its instances; static types are not counted.
 */
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "mem/gc.h"
#include "mem/intblock.h"
#include "mem/pool.h"
#include "mem/region.h"
#include "mem/rheap.h"
#include "mem/sanitize.h"

typedef struct LargeHeader {
    size_t size;    /* bytes asked for, rounded up to 16 (what mem_size says) */
    uint32_t flags; /* L_* */
    uint32_t magic;
    struct LargeHeader *next, *prev; /* the heap's or the outside list; unlinked: NULL */
} LargeHeader;

#define L_OBJECT 1u  /* holds an object (else a buffer) */
#define L_OUTSIDE 2u /* an outside allocation */
#define L_RHEAP 4u   /* memory from rheap (else malloc) */
#define L_COUNTED 8u /* counted in gp_interp->mem and on a list */
#define LARGE_MAGIC 0x6c617267u
#define HDR ((size_t)sizeof(LargeHeader))
#define HEADER_OF(p) ((LargeHeader *)((char *)(p)-HDR))

_Static_assert(sizeof(LargeHeader) == 32, "large header keeps payloads 16-aligned");

/* Large blocks from malloc get a capacity rounded up to LCACHE_STEP (below LCACHE_LIMIT), so
 * a realloc within the capacity only changes the size, and a freed block (not an outside
 * one) is kept, up to LCACHE_DEPTH per capacity, for the next allocation of that capacity:
 * big-int arithmetic allocates and frees limbs of similar sizes on every operation. A kept
 * block is free as far as the accounting goes (count and lists drop it at large_free). Off
 * under ASan, so a use after free still reaches malloc's poisoning. */
#define LCACHE_STEP ((size_t)256)
#define LCACHE_CLASSES 128
#define LCACHE_LIMIT (LCACHE_STEP * LCACHE_CLASSES)
#ifdef GP_ASAN
#define LCACHE_DEPTH 0
#else
#define LCACHE_DEPTH 4
#endif
#define LCACHE_BYTES ((size_t)1 << 20)
static const int lcache_depth = LCACHE_DEPTH; /* (a variable: no always-false warning at 0) */

static size_t large_cap(size_t size) {
    return size <= LCACHE_LIMIT ? (size + LCACHE_STEP - 1) & ~(LCACHE_STEP - 1) : size;
}

typedef struct Heap {
    HeapRegion region;
    PoolState pools;
    RHeap rheap;       /* --fixed-heap only */
    LargeHeader large; /* list heads (sentinels) */
    LargeHeader outside;
    intptr_t large_objects, large_object_bytes, large_buffers, large_buffer_bytes;
    intptr_t outside_objects, outside_object_bytes, outside_buffers, outside_buffer_bytes;
    int outside_depth;
    uintptr_t static_lo, static_hi; /* the binary's loaded segments */
    LargeHeader *lcache[LCACHE_CLASSES]; /* freed malloc blocks kept for reuse, by capacity */
    uint8_t lcache_n[LCACHE_CLASSES];
    size_t lcache_bytes; /* their capacities' total, at most LCACHE_BYTES */
} Heap;

#define HEAP(in) ((Heap *)(in)->heap)

/* Failure injection: true when this allocation must fail (counts down fail_after). */
int alloc_inject_failure(void) {
    if (!gp_interp || gp_interp->mem.fail_after <= 0)
        return 0;
    return --gp_interp->mem.fail_after == 0;
}

/* ---- Accounting ---- */

static void count(Heap *h, uint32_t flags, size_t size, int sign) {
    GpInterp *in = gp_interp;
    intptr_t n = sign, b = sign * (intptr_t)size;
    if (flags & L_OBJECT) {
        in->mem.live_objects += n;
        in->mem.live_object_bytes += b;
    } else {
        in->mem.live_buffers += n;
        in->mem.live_buffer_bytes += b;
    }
    if (!h)
        return;
    if (flags & L_OUTSIDE) {
        if (flags & L_OBJECT)
            h->outside_objects += n, h->outside_object_bytes += b;
        else
            h->outside_buffers += n, h->outside_buffer_bytes += b;
    } else if (flags & L_OBJECT) {
        h->large_objects += n, h->large_object_bytes += b;
    } else {
        h->large_buffers += n, h->large_buffer_bytes += b;
    }
}

static void list_link(LargeHeader *head, LargeHeader *l) {
    l->next = head->next;
    l->prev = head;
    head->next->prev = l;
    head->next = l;
}

static void list_unlink(LargeHeader *l) {
    l->prev->next = l->next;
    l->next->prev = l->prev;
    l->next = l->prev = NULL;
}

/* ---- Large and outside allocations ---- */

/* Larger requests fail without asking malloc: 2**48 bytes is past the whole user address
 * space of x86-64 and AArch64 (4-level paging), so they could never succeed anyway. */
#define LARGE_MAX ((size_t)1 << 48)

/* A block of n bytes with a header in front (flags: L_OBJECT, L_OUTSIDE). NULL on
 * failure. */
static void *large_alloc(size_t n, uint32_t flags) {
    Heap *h = gp_interp ? HEAP(gp_interp) : NULL;
    if (!h || (h->outside_depth && !(flags & L_OUTSIDE)))
        flags |= L_OUTSIDE;
    if (n > LARGE_MAX)
        return NULL;
    size_t size = (n + 15) & ~(size_t)15;
    LargeHeader *l;
    if (!(flags & L_OUTSIDE) && h->region.fixed) {
        l = rheap_alloc(&h->rheap, HDR + size);
        flags |= L_RHEAP;
    } else {
        size_t cap = large_cap(size);
        l = NULL;
        if (h && !(flags & L_OUTSIDE) && cap <= LCACHE_LIMIT) {
            size_t c = cap / LCACHE_STEP - 1;
            if ((l = h->lcache[c]) != NULL) {
                h->lcache[c] = l->next;
                h->lcache_n[c]--;
                h->lcache_bytes -= cap;
            }
        }
        if (!l)
            l = malloc(HDR + cap);
    }
    if (!l)
        return NULL;
    l->size = size;
    l->magic = LARGE_MAGIC;
    l->next = l->prev = NULL;
    if (gp_interp) {
        flags |= L_COUNTED;
        count(h, flags, size, 1);
        if (h)
            list_link(flags & L_OUTSIDE ? &h->outside : &h->large, l);
    }
    l->flags = flags;
    return l + 1;
}

static void large_free(void *p) {
    LargeHeader *l = HEADER_OF(p);
    Heap *h = gp_interp ? HEAP(gp_interp) : NULL;
    if ((l->flags & L_COUNTED) && gp_interp) {
        count(h, l->flags, l->size, -1);
        if (l->next)
            list_unlink(l);
    }
    l->magic = 0;
    if (l->flags & L_RHEAP) {
        rheap_free(&h->rheap, l);
        return;
    }
    size_t cap = large_cap(l->size);
    if (h && !(l->flags & L_OUTSIDE) && (l->flags & L_COUNTED) && cap <= LCACHE_LIMIT) {
        size_t c = cap / LCACHE_STEP - 1;
        if (h->lcache_n[c] < lcache_depth && h->lcache_bytes + cap <= LCACHE_BYTES) {
            l->next = h->lcache[c];
            h->lcache[c] = l;
            h->lcache_n[c]++;
            h->lcache_bytes += cap;
            return;
        }
    }
    free(l);
}

static void *large_realloc(void *p, size_t n) {
    LargeHeader *l = HEADER_OF(p);
    Heap *h = gp_interp ? HEAP(gp_interp) : NULL;
    if (n > LARGE_MAX)
        return NULL;
    size_t size = (n + 15) & ~(size_t)15;
    if (!(l->flags & L_RHEAP) && large_cap(size) == large_cap(l->size)) {
        /* Within the block's capacity: only the size changes. */
        if ((l->flags & L_COUNTED) && gp_interp) {
            count(h, l->flags, l->size, -1);
            count(h, l->flags, size, 1);
        }
        l->size = size;
        return p;
    }
    int linked = l->next != NULL;
    LargeHeader *prev = l->prev;
    if (linked)
        list_unlink(l);
    LargeHeader *q = (l->flags & L_RHEAP) ? rheap_realloc(&h->rheap, l, HDR + size)
                                          : realloc(l, HDR + large_cap(size));
    if (!q) {
        if (linked)
            list_link(prev, l);
        return NULL;
    }
    if ((q->flags & L_COUNTED) && gp_interp) {
        count(h, q->flags, q->size, -1);
        count(h, q->flags, size, 1);
    }
    q->size = size;
    if (linked)
        list_link(prev, q);
    return q + 1;
}

/* ---- Buffers ---- */

static Heap *pool_heap(size_t n) {
    Heap *h = gp_interp ? HEAP(gp_interp) : NULL;
    return (h && n <= POOL_MAX && !h->outside_depth) ? h : NULL;
}

void *mem_alloc(size_t n) {
    if (alloc_inject_failure())
        return NULL;
    if (n == 0)
        n = 1;
    Heap *h = pool_heap(n);
    if (h) {
        void *p = pool_alloc(&h->pools, POOL_BUFFERS, n);
        if (p) {
            gp_interp->mem.live_buffers++;
            gp_interp->mem.live_buffer_bytes += (intptr_t)pool_block_size(p);
        }
        return p;
    }
    return large_alloc(n, 0);
}

void *mem_calloc(size_t count_, size_t size) {
    if (size && count_ > SIZE_MAX / size)
        return NULL;
    size_t n = count_ * size;
    void *p = mem_alloc(n);
    if (p)
        memset(p, 0, n ? n : 1);
    return p;
}

static int in_pools(const void *p) {
    Heap *h = gp_interp ? HEAP(gp_interp) : NULL;
    return h && pool_contains(&h->pools, p);
}

void *mem_realloc(void *p, size_t n) {
    if (!p)
        return mem_alloc(n);
    if (alloc_inject_failure())
        return NULL;
    if (n == 0)
        n = 1;
    if (!in_pools(p))
        return large_realloc(p, n);
    size_t old = pool_block_size(p);
    if (n <= old && n * 4 > old * 3) {
        /* Close enough to the class: keep the block. */
        pool_resize_in_place(p, n);
        return p;
    }
    void *q = mem_alloc(n);
    if (!q)
        return NULL;
    pool_resize_in_place(p, old);
    memcpy(q, p, n < old ? n : old);
    mem_free(p);
    return q;
}

void mem_free(void *p) {
    if (!p)
        return;
    if (in_pools(p)) {
        gp_interp->mem.live_buffers--;
        gp_interp->mem.live_buffer_bytes -= (intptr_t)pool_block_size(p);
        pool_free(&HEAP(gp_interp)->pools, p);
        return;
    }
    large_free(p);
}

size_t mem_size(const void *p) {
    if (!p)
        return 0;
    if (in_pools(p))
        return pool_block_size(p);
    return HEADER_OF(p)->size;
}

/* ---- Objects ---- */

/* Returns a new reference: a zeroed object of size bytes with refcnt 1, or NULL with
 * MemoryError set. */
GpObject *obj_new(GpType *type, size_t size) {
    if (size < sizeof(GpObject))
        size = sizeof(GpObject);
    if (alloc_inject_failure())
        return err_no_memory();
    Heap *h = pool_heap(size);
    GpObject *o;
    if (h) {
        o = pool_alloc(&h->pools, POOL_OBJECTS, size);
        if (!o)
            return err_no_memory();
        gp_interp->mem.live_objects++;
        gp_interp->mem.live_object_bytes += (intptr_t)pool_block_size(o);
    } else {
        o = large_alloc(size, L_OBJECT);
        if (!o)
            return err_no_memory();
    }
    memset(o, 0, size);
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TPFLAG_HEAPTYPE)
        gp_incref((GpObject *)type);
    /* modules+gc: count containers for the cycle collector's thresholds (may collect; the
     * new object is zeroed with one reference, so the collector sees it as a root). */
    if (type->flags & TPFLAG_GC)
        gc_note_alloc();
    return o;
}

void obj_free(GpObject *o) {
    GpType *type = o->type;
    if (type && (type->flags & TPFLAG_GC))
        gc_note_free(o); /* modules+gc: the collector's counts and side table */
    if (in_pools(o)) {
        gp_interp->mem.live_objects--;
        gp_interp->mem.live_object_bytes -= (intptr_t)pool_block_size(o);
        pool_free(&HEAP(gp_interp)->pools, o);
    } else {
        large_free(o);
    }
    if (type && (type->flags & TPFLAG_HEAPTYPE))
        gp_decref((GpObject *)type);
}

/* eval+concat: grows or shrinks a non-GC object's own allocation in place when its block
 * allows (a pool block of the same size class, or realloc of a large block), else moves it
 * to a new block (pool → pool or pool → large), keeping the first min(old, n) bytes. The
 * caller must hold the only reference (str_append_inplace: refcount 1), since the object
 * may move. Statistics follow the block. NULL with MemoryError set on failure (o intact). */
GpObject *obj_resize(GpObject *o, size_t n) {
    if (alloc_inject_failure())
        return err_no_memory();
    if (!in_pools(o)) {
        GpObject *q = large_realloc(o, n);
        return q ? q : err_no_memory();
    }
    size_t old = pool_block_size(o);
    if (n <= old) {
        pool_resize_in_place(o, n);
        return o;
    }
    Heap *h = pool_heap(n);
    GpObject *q;
    if (h) {
        q = pool_alloc(&h->pools, POOL_OBJECTS, n);
        if (!q)
            return err_no_memory();
        gp_interp->mem.live_objects++;
        gp_interp->mem.live_object_bytes += (intptr_t)pool_block_size(q);
    } else {
        q = large_alloc(n, L_OBJECT);
        if (!q)
            return err_no_memory();
    }
    pool_resize_in_place(o, old);
    memcpy(q, o, old);
    gp_interp->mem.live_objects--;
    gp_interp->mem.live_object_bytes -= (intptr_t)pool_block_size(o);
    pool_free(&HEAP(gp_interp)->pools, o);
    return q;
}

static int is_static(Heap *h, const void *p) {
    return h && (uintptr_t)p >= h->static_lo && (uintptr_t)p < h->static_hi;
}

void alloc_locate(GpObject *o, AllocPlace *pl) {
    memset(pl, 0, sizeof *pl);
    Heap *h = gp_interp ? HEAP(gp_interp) : NULL;
    int is_float;
    if (intblock_locate(o, &is_float, &pl->block, &pl->slot) == 0) {
        pl->kind = is_float ? PLACE_FLOAT : PLACE_INT;
        pl->size = INTBLOCK_SLOT;
    } else if (h && pool_contains(&h->pools, o)) {
        pl->kind = PLACE_POOL;
        pool_block_place(&h->pools, o, &pl->block, &pl->slot);
        pl->size = pool_block_size(o);
    } else if (is_static(h, o) || HEADER_OF(o)->magic != LARGE_MAGIC) {
        pl->kind = PLACE_STATIC;
        pl->size = GP_TYPE(o)->basicsize;
    } else {
        LargeHeader *l = HEADER_OF(o);
        pl->kind = (l->flags & L_OUTSIDE) ? PLACE_OUTSIDE : PLACE_LARGE;
        pl->size = l->size;
    }
}

size_t obj_alloc_size(GpObject *o) {
    AllocPlace pl;
    alloc_locate(o, &pl);
    if (pl.kind != PLACE_STATIC)
        return pl.size;
    GpType *t = GP_TYPE(o);
    size_t size = t->basicsize;
    if (t->itemsize && t->len) {
        intptr_t n = t->len(o);
        if (n > 0)
            size += t->itemsize * (size_t)n;
    }
    return size;
}

/* ---- Statistics ---- */

void alloc_counts(AllocCounts *c) {
    memset(c, 0, sizeof *c);
    Heap *h = HEAP(gp_interp);
    for (int i = 0; i < POOL_NCLASSES; i++) {
        c->pool_objects[i] = h->pools.live[POOL_OBJECTS][i];
        c->pool_object_bytes[i] = c->pool_objects[i] * (intptr_t)POOL_CLASS_SIZE(i);
        c->pool_buffers += h->pools.live[POOL_BUFFERS][i];
        c->pool_buffer_bytes += h->pools.live[POOL_BUFFERS][i] * (intptr_t)POOL_CLASS_SIZE(i);
    }
    c->large_objects = h->large_objects;
    c->large_object_bytes = h->large_object_bytes;
    c->large_buffers = h->large_buffers;
    c->large_buffer_bytes = h->large_buffer_bytes;
    c->outside_objects = h->outside_objects;
    c->outside_object_bytes = h->outside_object_bytes;
    c->outside_buffers = h->outside_buffers;
    c->outside_buffer_bytes = h->outside_buffer_bytes;
    c->arenas = h->pools.narenas;
    c->pools = h->pools.npools;
    c->fixed = h->region.fixed;
}

typedef struct WalkArg {
    void (*fn)(GpObject *o, size_t size, void *arg);
    void *arg;
} WalkArg;

static void walk_pool_block(void *block, size_t size, void *arg) {
    WalkArg *w = arg;
    w->fn(block, size, w->arg);
}

void alloc_walk_objects(void (*fn)(GpObject *o, size_t size, void *arg), void *arg) {
    Heap *h = HEAP(gp_interp);
    WalkArg w = {fn, arg};
    pool_walk(&h->pools, POOL_OBJECTS, walk_pool_block, &w);
    LargeHeader *heads[2] = {&h->large, &h->outside};
    for (int i = 0; i < 2; i++)
        for (LargeHeader *l = heads[i]->next; l != heads[i]; l = l->next)
            if (l->flags & L_OBJECT)
                fn((GpObject *)(l + 1), l->size, arg);
}

/* ---- Outside allocations ---- */

void alloc_outside_begin(void) {
    if (gp_interp && HEAP(gp_interp))
        HEAP(gp_interp)->outside_depth++;
}

void alloc_outside_end(void) {
    if (gp_interp && HEAP(gp_interp))
        HEAP(gp_interp)->outside_depth--;
}

/* ---- Start-up and tear-down ---- */

typedef struct FindSelf {
    uintptr_t addr, lo, hi;
} FindSelf;

/* dl_iterate_phdr callback: the extent of the loaded object that contains f->addr. */
static int find_self(struct dl_phdr_info *info, size_t size, void *arg) {
    (void)size;
    FindSelf *f = arg;
    uintptr_t lo = UINTPTR_MAX, hi = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD)
            continue;
        uintptr_t a = info->dlpi_addr + ph->p_vaddr;
        if (a < lo)
            lo = a;
        if (a + ph->p_memsz > hi)
            hi = a + ph->p_memsz;
    }
    if (f->addr >= lo && f->addr < hi) {
        f->lo = lo;
        f->hi = hi;
        return 1;
    }
    return 0;
}

int alloc_init(int fixed) {
    Heap *h = calloc(1, sizeof *h);
    if (!h) {
        fprintf(stderr, "glasspy: out of memory at start-up\n");
        return -1;
    }
    char err[200];
    if (region_reserve(&h->region, fixed, err, sizeof err) < 0) {
        fprintf(stderr, "glasspy: %s\n", err);
        free(h);
        return -1;
    }
    if (pool_init(&h->pools, h->region.arenas, h->region.arenas_size) < 0) {
        fprintf(stderr, "glasspy: out of memory at start-up\n");
        region_release(&h->region);
        free(h);
        return -1;
    }
    if (h->region.large)
        rheap_init(&h->rheap, h->region.large, h->region.large_size);
    h->large.next = h->large.prev = &h->large;
    h->outside.next = h->outside.prev = &h->outside;
    FindSelf f = {(uintptr_t)&gp_type_object, 0, 0};
    dl_iterate_phdr(find_self, &f);
    h->static_lo = f.lo;
    h->static_hi = f.hi;
    gp_interp->heap = h;
    if (intblock_init_regions(h->region.ints, h->region.ints_size, h->region.floats,
                              h->region.floats_size) < 0) {
        fprintf(stderr, "glasspy: cannot set up the int and float blocks\n");
        alloc_fini();
        return -1;
    }
    return 0;
}

void alloc_fini(void) {
    Heap *h = gp_interp ? HEAP(gp_interp) : NULL;
    if (!h)
        return;
    intblock_fini();
    /* Whatever is still live (leaks, reported by interp_free) goes with the region; the
     * outside allocations go back to malloc. */
    while (h->outside.next != &h->outside) {
        LargeHeader *l = h->outside.next;
        list_unlink(l);
        free(l);
    }
    for (int c = 0; c < LCACHE_CLASSES; c++)
        while (h->lcache[c]) {
            LargeHeader *l = h->lcache[c];
            h->lcache[c] = l->next;
            free(l);
        }
    pool_fini(&h->pools);
    if (h->region.large)
        rheap_fini(&h->rheap);
    region_release(&h->region);
    free(h);
    gp_interp->heap = NULL;
}
