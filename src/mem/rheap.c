/* rheap.c — the large-object heap of --fixed-heap (rheap.h states the design and the
 * invariants).
 *
 *   base                                                       top              end
 *   │ tag│payload (in use) │ tag│ (free) ...   │ tag│payload   │ never used ...  │
 *   chunk = 32-byte tag + payload; tag = prev_size, size|flags, free-list links
 */
#include <string.h>

#include "mem/region.h"
#include "mem/rheap.h"
#include "mem/sanitize.h"

struct RChunk {
    size_t prev_size; /* size of the chunk below, valid while that one is free */
    size_t head;      /* size | INUSE | PREV_INUSE */
    RChunk *next_free, *prev_free;
};

#define TAG ((size_t)sizeof(RChunk))
#define INUSE ((size_t)1)
#define PREV_INUSE ((size_t)2)
#define FLAGS (INUSE | PREV_INUSE)
#define MIN_CHUNK ((size_t)64)
#define COMMIT_STEP ((size_t)1 << 20)
#define DISCARD_SLACK ((size_t)8 << 20)
#define PAGE ((size_t)4096)

#define CSIZE(c) ((c)->head & ~FLAGS)
#define AT(p) ((RChunk *)(p))
#define PAYLOAD(c) ((char *)(c) + TAG)

static void tag_access(RChunk *c) {
    UNPOISON(c, TAG);
}

/* The list of a chunk of `size` bytes (floor: every chunk in it is at least as big as its
 * lower bound). */
static void mapping(size_t size, int *fl, int *sl) {
    int f = 63 - __builtin_clzll(size);
    *fl = f;
    *sl = (int)((size >> (f - 3)) & (RHEAP_SL - 1));
}

static void insert(RHeap *h, RChunk *c) {
    int fl, sl;
    mapping(CSIZE(c), &fl, &sl);
    c->prev_free = NULL;
    c->next_free = h->bins[fl][sl];
    if (c->next_free)
        c->next_free->prev_free = c;
    h->bins[fl][sl] = c;
    h->fl_bitmap |= (uint64_t)1 << fl;
    h->sl_bitmap[fl] |= (uint8_t)(1u << sl);
}

static void unlink_free(RHeap *h, RChunk *c) {
    int fl, sl;
    mapping(CSIZE(c), &fl, &sl);
    if (c->prev_free)
        c->prev_free->next_free = c->next_free;
    else
        h->bins[fl][sl] = c->next_free;
    if (c->next_free)
        c->next_free->prev_free = c->prev_free;
    if (!h->bins[fl][sl]) {
        h->sl_bitmap[fl] &= (uint8_t) ~(1u << sl);
        if (!h->sl_bitmap[fl])
            h->fl_bitmap &= ~((uint64_t)1 << fl);
    }
}

/* A free chunk of at least size bytes, unlinked, or NULL. */
static RChunk *find(RHeap *h, size_t size) {
    int fl, sl;
    mapping(size, &fl, &sl);
    /* Round up to the next list boundary so any chunk of the list found fits. */
    size_t round = ((size_t)1 << (fl - 3)) - 1;
    if (size & round) {
        mapping(size + round, &fl, &sl);
    }
    if (fl >= RHEAP_FL)
        return NULL;
    unsigned sls = h->sl_bitmap[fl] & (~0u << sl);
    if (!sls) {
        uint64_t fls = fl + 1 < RHEAP_FL ? h->fl_bitmap & (~(uint64_t)0 << (fl + 1)) : 0;
        if (!fls)
            return NULL;
        fl = __builtin_ctzll(fls);
        sls = h->sl_bitmap[fl];
    }
    sl = __builtin_ctz(sls);
    RChunk *c = h->bins[fl][sl];
    unlink_free(h, c);
    return c;
}

void rheap_init(RHeap *h, char *base, size_t size) {
    memset(h, 0, sizeof *h);
    h->base = h->top = h->committed = h->dirty = base;
    h->end = base + size;
}

void rheap_fini(RHeap *h) {
    if (h->committed > h->base)
        UNPOISON(h->base, (size_t)(h->committed - h->base));
    memset(h, 0, sizeof *h);
}

/* Makes [.., upto) read-write. 0 or -1. */
static int commit_to(RHeap *h, char *upto) {
    if (upto <= h->committed)
        return 0;
    size_t n = (size_t)(upto - h->committed + COMMIT_STEP - 1) / COMMIT_STEP * COMMIT_STEP;
    if (n > (size_t)(h->end - h->committed))
        n = (size_t)(h->end - h->committed);
    if (region_commit(h->committed, n) < 0)
        return -1;
    POISON(h->committed, n);
    h->committed += n;
    return 0;
}

/* Marks the chunk above c (if not top) as having an in-use (or free) neighbour below. */
static void set_next_prev_inuse(RHeap *h, RChunk *c, int inuse) {
    char *n = (char *)c + CSIZE(c);
    if (n >= h->top)
        return;
    tag_access(AT(n));
    if (inuse) {
        AT(n)->head |= PREV_INUSE;
    } else {
        AT(n)->head &= ~PREV_INUSE;
        AT(n)->prev_size = CSIZE(c);
    }
}

/* The bytes a chunk for n payload bytes takes. */
static size_t chunk_size(size_t n) {
    size_t need = (n + 15) / 16 * 16 + TAG;
    return need < MIN_CHUNK ? MIN_CHUNK : need;
}

/* Splits the in-use chunk c to `need` bytes if the rest is worth a chunk; the rest is
 * freed (merging with a free neighbour above or with top). */
static void trim(RHeap *h, RChunk *c, size_t need);

void *rheap_alloc(RHeap *h, size_t n) {
    if (n > (size_t)(h->end - h->base))
        return NULL;
    size_t need = chunk_size(n);
    RChunk *c = find(h, need);
    if (c) {
        c->head |= INUSE;
        set_next_prev_inuse(h, c, 1);
        trim(h, c, need);
    } else {
        if (need > (size_t)(h->end - h->top) || commit_to(h, h->top + need) < 0)
            return NULL;
        c = AT(h->top);
        tag_access(c);
        c->head = need | INUSE | PREV_INUSE;
        h->top += need;
        if (h->top > h->dirty)
            h->dirty = h->top;
    }
    UNPOISON(PAYLOAD(c), n);
    return PAYLOAD(c);
}

/* Frees the chunk c (its tag is accessible): merges it with free neighbours and top. */
static void release(RHeap *h, RChunk *c) {
    size_t size = CSIZE(c);
    POISON(PAYLOAD(c), size - TAG);
    if (!(c->head & PREV_INUSE)) {
        RChunk *prev = AT((char *)c - c->prev_size);
        tag_access(prev);
        unlink_free(h, prev);
        POISON(c, TAG);
        c = prev;
        size += CSIZE(prev);
    }
    char *next = (char *)c + size;
    if (next == h->top) {
        POISON(c, TAG);
        h->top = (char *)c;
        /* Give back the pages of a big stretch freed at the end. */
        char *from = (char *)(((uintptr_t)h->top + PAGE - 1) & ~(uintptr_t)(PAGE - 1));
        if (h->dirty > from && (size_t)(h->dirty - from) > DISCARD_SLACK) {
            region_discard(from, (size_t)(h->dirty - from));
            h->dirty = from;
        }
        return;
    }
    tag_access(AT(next));
    if (!(AT(next)->head & INUSE)) {
        unlink_free(h, AT(next));
        size += CSIZE(AT(next));
        POISON(next, TAG);
    }
    c->head = size | PREV_INUSE;
    insert(h, c);
    set_next_prev_inuse(h, c, 0);
}

static void trim(RHeap *h, RChunk *c, size_t need) {
    size_t size = CSIZE(c);
    if (size - need < MIN_CHUNK)
        return;
    c->head = need | (c->head & FLAGS);
    RChunk *rest = AT((char *)c + need);
    tag_access(rest);
    rest->head = (size - need) | INUSE | PREV_INUSE;
    release(h, rest);
}

void rheap_free(RHeap *h, void *p) {
    RChunk *c = AT((char *)p - TAG);
    c->head &= ~INUSE;
    release(h, c);
}

void *rheap_realloc(RHeap *h, void *p, size_t n) {
    RChunk *c = AT((char *)p - TAG);
    size_t size = CSIZE(c), need = chunk_size(n);
    if (n > (size_t)(h->end - h->base))
        return NULL;
    if (need <= size) {
        trim(h, c, need);
        POISON(PAYLOAD(c), CSIZE(c) - TAG);
        UNPOISON(p, n);
        return p;
    }
    char *next = (char *)c + size;
    if (next == h->top) {
        if (need - size <= (size_t)(h->end - h->top) && commit_to(h, (char *)c + need) == 0) {
            c->head = need | (c->head & FLAGS);
            h->top = (char *)c + need;
            if (h->top > h->dirty)
                h->dirty = h->top;
            UNPOISON(p, n);
            return p;
        }
    } else {
        tag_access(AT(next));
        if (!(AT(next)->head & INUSE) && size + CSIZE(AT(next)) >= need) {
            unlink_free(h, AT(next));
            size += CSIZE(AT(next));
            POISON(next, TAG);
            c->head = size | (c->head & FLAGS);
            set_next_prev_inuse(h, c, 1);
            trim(h, c, need);
            UNPOISON(p, n);
            return p;
        }
    }
    void *q = rheap_alloc(h, n);
    if (!q)
        return NULL;
    UNPOISON(p, size - TAG); /* the old block's tail past its request was poisoned */
    memcpy(q, p, size - TAG);
    rheap_free(h, p);
    return q;
}
