/* list_sort.c — list.sort(): Tim Peters' timsort with the powersort merge policy, the
 * algorithm of CPython 3.11 (Objects/listsort.txt): natural runs (strictly descending ones
 * reversed), binary insertion up to minrun, merges chosen by run "power", galloping with an
 * adaptive min_gallop. Following the same algorithm step for step means the same
 * comparisons are made in the same order as CPython, so results (for any consistent or
 * inconsistent ordering) and side effects of __lt__ match.
 *
 * Invariants:
 * - Only `<` is used (obj_richcompare_bool LT); an error stops the sort at once and the list
 *   keeps a permutation of its items.
 * - While sorting, the list is emptied (size 0, no items, allocated -1); if anything
 *   re-fills it, "list modified during sort" is raised and what was put there is dropped.
 * - With key=, keys[i] travels with values[i] (a "sortslice"); keys are computed first, in
 *   order, and released after the sort.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/list.h"

#define MIN_GALLOP 7
#define MAX_PENDING 85
#define TEMP_STACK 256

/* Parallel arrays: keys (compared) and values (moved along; NULL without key=). */
typedef struct Slice {
    GpObject **keys;
    GpObject **values;
} Slice;

typedef struct Run {
    Slice base;
    intptr_t len;
    int power;
} Run;

typedef struct Sorter {
    intptr_t min_gallop;
    Slice tmp;               /* merge scratch: keys then values, tmp_cap of each */
    intptr_t tmp_cap;
    GpObject *tmp_stack[TEMP_STACK];
    int nruns;
    Run runs[MAX_PENDING];
    GpObject **basekeys;
    intptr_t listlen;
} Sorter;

/* k = a < b: 1, 0, or -1 on error. */
static inline int less(GpObject *a, GpObject *b) { return obj_richcompare_bool(a, b, CMP_OP_LT); }

static inline void slice_advance(Slice *s, intptr_t n) {
    s->keys += n;
    if (s->values) s->values += n;
}

static inline void slice_copy(Slice *dst, intptr_t i, const Slice *src, intptr_t j) {
    dst->keys[i] = src->keys[j];
    if (dst->values) dst->values[i] = src->values[j];
}

static inline void slice_copy_incr(Slice *dst, Slice *src) {
    *dst->keys++ = *src->keys++;
    if (dst->values) *dst->values++ = *src->values++;
}

static inline void slice_copy_decr(Slice *dst, Slice *src) {
    *dst->keys-- = *src->keys--;
    if (dst->values) *dst->values-- = *src->values--;
}

static inline void slice_move(Slice *dst, intptr_t i, const Slice *src, intptr_t j, intptr_t n) {
    memmove(&dst->keys[i], &src->keys[j], sizeof(GpObject *) * (size_t)n);
    if (dst->values) memmove(&dst->values[i], &src->values[j], sizeof(GpObject *) * (size_t)n);
}

static void reverse_ptrs(GpObject **lo, GpObject **hi) {
    for (--hi; lo < hi; lo++, hi--) {
        GpObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void reverse_slice(Slice *s, intptr_t n) {
    reverse_ptrs(s->keys, s->keys + n);
    if (s->values) reverse_ptrs(s->values, s->values + n);
}

/* Sorts [lo, hi) by binary insertion, given that [lo, start) is already sorted. */
static int binary_insertion(Slice lo, GpObject **hi, GpObject **start) {
    if (lo.keys == start) start++;
    for (; start < hi; start++) {
        GpObject **l = lo.keys, **r = start;
        GpObject *pivot = *r;
        /* pivot >= all of [lo, l), pivot < all of [r, start) */
        do {
            GpObject **p = l + ((r - l) >> 1);
            int k = less(pivot, *p);
            if (k < 0) return -1;
            if (k) r = p;
            else l = p + 1;
        } while (l < r);
        for (GpObject **p = start; p > l; p--) *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            intptr_t off = lo.values - lo.keys;
            GpObject **vs = start + off, **vl = l + off;
            GpObject *v = *vs;
            for (GpObject **p = vs; p > vl; p--) *p = *(p - 1);
            *vl = v;
        }
    }
    return 0;
}

/* Length of the run at lo (< hi); *descending set if it is strictly descending. */
static intptr_t count_run(GpObject **lo, GpObject **hi, int *descending) {
    *descending = 0;
    lo++;
    if (lo == hi) return 1;
    intptr_t n = 2;
    int k = less(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
        *descending = 1;
        for (lo++; lo < hi; lo++, n++) {
            k = less(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (!k) break;
        }
    } else {
        for (lo++; lo < hi; lo++, n++) {
            k = less(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return n;
}

/* Leftmost position in sorted a[0..n) to insert key (a[pos-1] < key <= a[pos]), searching
 * outward from hint by galloping, then binary search. -1 on error. */
static intptr_t gallop_left(GpObject *key, GpObject **a, intptr_t n, intptr_t hint) {
    intptr_t lastofs = 0, ofs = 1;
    GpObject **p = a + hint;
    int k = less(*p, key);
    if (k < 0) return -1;
    if (k) {   /* a[hint] < key: gallop right */
        intptr_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = less(p[ofs], key);
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {   /* key <= a[hint]: gallop left */
        intptr_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = less(*(p - ofs), key);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        intptr_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    /* a[lastofs] < key <= a[ofs]: binary search in between. */
    lastofs++;
    while (lastofs < ofs) {
        intptr_t m = lastofs + ((ofs - lastofs) >> 1);
        k = less(a[m], key);
        if (k < 0) return -1;
        if (k) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
}

/* Rightmost position (a[pos-1] <= key < a[pos]); like gallop_left otherwise. */
static intptr_t gallop_right(GpObject *key, GpObject **a, intptr_t n, intptr_t hint) {
    intptr_t lastofs = 0, ofs = 1;
    GpObject **p = a + hint;
    int k = less(key, *p);
    if (k < 0) return -1;
    if (k) {   /* key < a[hint]: gallop left */
        intptr_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = less(key, *(p - ofs));
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        intptr_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {   /* a[hint] <= key: gallop right */
        intptr_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = less(key, p[ofs]);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
        intptr_t m = lastofs + ((ofs - lastofs) >> 1);
        k = less(key, a[m]);
        if (k < 0) return -1;
        if (k) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
}

/* Makes room for n entries (keys, and values if used) in the scratch area. */
static int tmp_reserve(Sorter *s, intptr_t n, int with_values) {
    if (n <= s->tmp_cap) return 0;
    if (s->tmp.keys != s->tmp_stack) mem_free(s->tmp.keys);
    s->tmp.keys = s->tmp_stack;
    s->tmp_cap = 0;
    size_t per = with_values ? 2 : 1;
    if ((size_t)n > SIZE_MAX / 2 / per / sizeof(GpObject *)) {
        err_no_memory();
        return -1;
    }
    GpObject **mem = mem_alloc((size_t)n * per * sizeof(GpObject *));
    if (!mem) {
        err_no_memory();
        return -1;
    }
    s->tmp.keys = mem;
    if (with_values) s->tmp.values = mem + n;
    s->tmp_cap = n;
    return 0;
}

/* Merges the na items at a with the nb at b (a + na == b), na <= nb, copying a aside. */
static int merge_lo(Sorter *s, Slice a, intptr_t na, Slice b, intptr_t nb) {
    if (tmp_reserve(s, na, a.values != NULL) < 0) return -1;
    Slice dest = a;
    slice_move(&s->tmp, 0, &a, 0, na);
    a = s->tmp;
    int result = -1, k;
    slice_copy_incr(&dest, &b);
    if (--nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    intptr_t min_gallop = s->min_gallop;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        /* One at a time until one side wins min_gallop times in a row. */
        for (;;) {
            k = less(b.keys[0], a.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                slice_copy_incr(&dest, &b);
                bcount++;
                acount = 0;
                if (--nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                slice_copy_incr(&dest, &a);
                acount++;
                bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        /* Gallop while it pays. */
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            intptr_t g = gallop_right(b.keys[0], a.keys, na, 0);
            if (g < 0) goto fail;
            acount = g;
            if (g) {
                slice_move(&dest, 0, &a, 0, g);
                slice_advance(&dest, g);
                slice_advance(&a, g);
                na -= g;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed;   /* only with an inconsistent ordering */
            }
            slice_copy_incr(&dest, &b);
            if (--nb == 0) goto succeed;

            g = gallop_left(a.keys[0], b.keys, nb, 0);
            if (g < 0) goto fail;
            bcount = g;
            if (g) {
                slice_move(&dest, 0, &b, 0, g);
                slice_advance(&dest, g);
                slice_advance(&b, g);
                nb -= g;
                if (nb == 0) goto succeed;
            }
            slice_copy_incr(&dest, &a);
            if (--na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;   /* leaving galloping mode costs */
        s->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) slice_move(&dest, 0, &a, 0, na);
    return result;
copy_b:
    /* The last item of a belongs after everything left of b. */
    slice_move(&dest, 0, &b, 0, nb);
    slice_copy(&dest, nb, &a, 0);
    return 0;
}

/* Merges the na items at a with the nb at b (a + na == b), na > nb, from the right,
 * copying b aside. */
static int merge_hi(Sorter *s, Slice a, intptr_t na, Slice b, intptr_t nb) {
    if (tmp_reserve(s, nb, a.values != NULL) < 0) return -1;
    Slice dest = b;
    slice_advance(&dest, nb - 1);
    slice_move(&s->tmp, 0, &b, 0, nb);
    Slice basea = a, baseb = s->tmp;
    b.keys = s->tmp.keys + nb - 1;
    if (b.values) b.values = s->tmp.values + nb - 1;
    slice_advance(&a, na - 1);
    int result = -1, k;
    slice_copy_decr(&dest, &a);
    if (--na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    intptr_t min_gallop = s->min_gallop;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        for (;;) {
            k = less(b.keys[0], a.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                slice_copy_decr(&dest, &a);
                acount++;
                bcount = 0;
                if (--na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                slice_copy_decr(&dest, &b);
                bcount++;
                acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            intptr_t g = gallop_right(b.keys[0], basea.keys, na, na - 1);
            if (g < 0) goto fail;
            g = na - g;
            acount = g;
            if (g) {
                slice_advance(&dest, -g);
                slice_advance(&a, -g);
                slice_move(&dest, 1, &a, 1, g);
                na -= g;
                if (na == 0) goto succeed;
            }
            slice_copy_decr(&dest, &b);
            if (--nb == 1) goto copy_a;

            g = gallop_left(a.keys[0], baseb.keys, nb, nb - 1);
            if (g < 0) goto fail;
            g = nb - g;
            bcount = g;
            if (g) {
                slice_advance(&dest, -g);
                slice_advance(&b, -g);
                slice_move(&dest, 1, &b, 1, g);
                nb -= g;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed;   /* only with an inconsistent ordering */
            }
            slice_copy_decr(&dest, &a);
            if (--na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) slice_move(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copy_a:
    /* The first item of b belongs before everything left of a. */
    slice_move(&dest, 1 - na, &a, 1 - na, na);
    slice_advance(&dest, -na);
    slice_advance(&a, -na);
    slice_copy(&dest, 0, &b, 0);
    return 0;
}

/* Merges runs i and i + 1 of the stack. */
static int merge_at(Sorter *s, int i) {
    Slice a = s->runs[i].base, b = s->runs[i + 1].base;
    intptr_t na = s->runs[i].len, nb = s->runs[i + 1].len;
    s->runs[i].len = na + nb;
    if (i == s->nruns - 3) s->runs[i + 1] = s->runs[i + 2];
    s->nruns--;
    /* Items of a before where b[0] goes are already in place. */
    intptr_t k = gallop_right(b.keys[0], a.keys, na, 0);
    if (k < 0) return -1;
    slice_advance(&a, k);
    na -= k;
    if (na == 0) return 0;
    /* Items of b after where a's last goes are already in place. */
    nb = gallop_left(a.keys[na - 1], b.keys, nb, nb - 1);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(s, a, na, b, nb) : merge_hi(s, a, na, b, nb);
}

/* Powersort: the depth of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2)
 * in the perfect binary merge tree over n items. */
static int run_power(intptr_t s1, intptr_t n1, intptr_t n2, intptr_t n) {
    int result = 0;
    intptr_t a = 2 * s1 + n1, b = a + n1 + n2;   /* twice the two midpoints */
    for (;;) {
        result++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A run of n2 items follows the top run: merge the stack down by power first. */
static int found_new_run(Sorter *s, intptr_t n2) {
    if (s->nruns) {
        Run *top = &s->runs[s->nruns - 1];
        intptr_t s1 = top->base.keys - s->basekeys;
        int power = run_power(s1, top->len, n2, s->listlen);
        while (s->nruns > 1 && s->runs[s->nruns - 2].power > power)
            if (merge_at(s, s->nruns - 2) < 0) return -1;
        s->runs[s->nruns - 1].power = power;
    }
    return 0;
}

static int force_collapse(Sorter *s) {
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if (n > 0 && s->runs[n - 1].len < s->runs[n + 1].len) n--;
        if (merge_at(s, n) < 0) return -1;
    }
    return 0;
}

static intptr_t compute_minrun(intptr_t n) {
    intptr_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Sorts lo (n items) in place. */
static int timsort(Slice lo, intptr_t n) {
    Sorter sorter, *s = &sorter;
    s->min_gallop = MIN_GALLOP;
    s->tmp.keys = s->tmp_stack;
    s->tmp.values = lo.values ? s->tmp_stack + TEMP_STACK / 2 : NULL;
    s->tmp_cap = lo.values ? TEMP_STACK / 2 : TEMP_STACK;
    s->nruns = 0;
    s->basekeys = lo.keys;
    s->listlen = n;
    int result = -1;
    intptr_t remaining = n, minrun = compute_minrun(n);
    while (remaining) {
        int descending;
        intptr_t run = count_run(lo.keys, lo.keys + remaining, &descending);
        if (run < 0) goto done;
        if (descending) reverse_slice(&lo, run);
        if (run < minrun) {
            intptr_t force = remaining <= minrun ? remaining : minrun;
            if (binary_insertion(lo, lo.keys + force, lo.keys + run) < 0) goto done;
            run = force;
        }
        if (found_new_run(s, run) < 0) goto done;
        s->runs[s->nruns].base = lo;
        s->runs[s->nruns].len = run;
        s->nruns++;
        slice_advance(&lo, run);
        remaining -= run;
    }
    if (force_collapse(s) < 0) goto done;
    result = 0;
done:
    if (s->tmp.keys != s->tmp_stack) mem_free(s->tmp.keys);
    return result;
}

int list_sort_ex(GpObject *o, GpObject *key, int reverse) {
    GpList *l = (GpList *)o;
    if (key == GP_NONE) key = NULL;
    /* Empty the list while sorting, so comparisons cannot reach the items' array. */
    intptr_t n = l->size, allocated = l->allocated;
    GpObject **items = l->items;
    l->size = 0;
    l->items = NULL;
    l->allocated = -1;
    int result = -1;
    GpObject **keys = NULL;
    if (key) {
        keys = mem_alloc(sizeof(GpObject *) * (size_t)(n ? n : 1));
        if (!keys) {
            err_no_memory();
            goto restore;
        }
        for (intptr_t i = 0; i < n; i++) {
            keys[i] = obj_call(key, &items[i], 1, NULL);
            if (!keys[i]) {
                while (--i >= 0) gp_decref(keys[i]);
                mem_free(keys);
                keys = NULL;
                goto restore;
            }
        }
    }
    Slice lo = {keys ? keys : items, keys ? items : NULL};
    if (n > 1) {
        if (reverse) {   /* stable descending sort: reverse, sort ascending, reverse */
            if (keys) reverse_ptrs(keys, keys + n);
            reverse_ptrs(items, items + n);
        }
        result = timsort(lo, n);
    } else {
        result = 0;
    }
    if (keys) {
        for (intptr_t i = 0; i < n; i++) gp_decref(keys[i]);
        mem_free(keys);
    }
    if (l->allocated != -1 && result == 0) {
        err_set_str(&gp_exc_ValueError, "list modified during sort");
        result = -1;
    }
    if (reverse && n > 1) reverse_ptrs(items, items + n);
restore:;
    /* Put the items back; drop whatever was added meanwhile (last first). */
    GpObject **added = l->items;
    intptr_t nadded = l->size;
    l->size = n;
    l->items = items;
    l->allocated = allocated;
    if (added) {
        while (--nadded >= 0) gp_xdecref(added[nadded]);
        mem_free(added);
    }
    return result;
}
