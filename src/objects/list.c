/* list.c — the list object, its iterators, and the containers' trashcan (sorting is
 * list_sort.c).
 *
 * Invariants:
 * - items[0..size) hold references; allocated >= size slots exist (items is NULL when
 *   allocated is 0). The array grows and shrinks by CPython 3.11's list_resize formula, and
 *   is preallocated exactly where CPython does (list(), extend of a sized iterable:
 *   rounded up to even), so sys.getsizeof (header + 8 * allocated) moves as CPython's does.
 * - Any operation that may run Python code (comparisons, __eq__, __index__, decref of a
 *   removed item) first brings the list to a consistent state; removed items are released
 *   after the list is whole again, last removed first (CPython's list_ass_slice).
 * - Release order (DESIGN.md §2.2, docs/internals.md): freeing a list, clear() and `del
 *   l[:]` release the items from the LAST to the FIRST, as CPython 3.11's list_dealloc
 *   (`while (--i >= 0) Py_XDECREF(op->ob_item[i]);`) and _list_clear do — so freed ids are
 *   reused LIFO in the same order as CPython.
 * - Iterators hold the list and an index, and re-check the size at every step, so
 *   mutating a list while iterating it is safe; an exhausted iterator drops the list.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define ITEMS(o) (((GpList *)(o))->items)

/* ---- The trashcan ---- */

#define TRASH_LIMIT 50

int list_trashcan_begin(GpObject *o) {
    GpInterp *in = gp_interp;
    if (in->trash_depth >= TRASH_LIMIT) {
        if (in->trash_len == in->trash_cap) {
            intptr_t cap = in->trash_cap ? in->trash_cap * 2 : 64;
            GpObject **t = mem_realloc(in->trash, sizeof(GpObject *) * (size_t)cap);
            if (!t) goto recurse;   /* no memory to defer: free it now, recursively */
            in->trash = t;
            in->trash_cap = cap;
        }
        in->trash[in->trash_len++] = o;
        return 1;
    }
recurse:
    in->trash_depth++;
    return 0;
}

void list_trashcan_end(void) {
    GpInterp *in = gp_interp;
    if (--in->trash_depth > 0 || in->trash_len == 0) return;
    in->trash_depth = 1;   /* the drain counts as a level: deallocs below it nest, not drain */
    while (in->trash_len > 0) {
        GpObject *o = in->trash[--in->trash_len];
        GP_TYPE(o)->dealloc(o);
    }
    in->trash_depth = 0;
    mem_free(in->trash);
    in->trash = NULL;
    in->trash_cap = 0;
}

/* ---- Allocation ---- */

#define MAX_ITEMS ((intptr_t)(SIZE_MAX / 2 / sizeof(GpObject *)))

GpObject *list_new(intptr_t n) {
    if (n < 0) return err_bad_internal_call();
    if (n > MAX_ITEMS) return err_no_memory();
    GpList *l = (GpList *)obj_new(&gp_type_list, sizeof(GpList));
    if (!l) return NULL;
    if (n > 0) {
        l->items = mem_calloc((size_t)n, sizeof(GpObject *));
        if (!l->items) {
            obj_free((GpObject *)l);
            return err_no_memory();
        }
    }
    l->size = n;
    l->allocated = n;
    return (GpObject *)l;
}

/* A list of size 0 with exactly n slots (CPython's list_new_prealloc). */
static GpObject *list_prealloc(intptr_t n) {
    GpObject *l = list_new(n);
    if (l) ((GpList *)l)->size = 0;
    return l;
}

int list_resize(GpObject *o, intptr_t newsize) {
    GpList *l = (GpList *)o;
    intptr_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->size = newsize;
        return 0;
    }
    size_t new_alloc = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    /* Do not over-allocate when the new size is closer to that than to the old size. */
    if (newsize - l->size > (intptr_t)(new_alloc - (size_t)newsize))
        new_alloc = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0) new_alloc = 0;
    if (new_alloc > (size_t)MAX_ITEMS) {
        err_no_memory();
        return -1;
    }
    GpObject **items;
    if (new_alloc == 0) {
        mem_free(l->items);
        items = NULL;
    } else {
        items = mem_realloc(l->items, new_alloc * sizeof(GpObject *));
        if (!items) {
            err_no_memory();
            return -1;
        }
    }
    l->items = items;
    l->size = newsize;
    l->allocated = (intptr_t)new_alloc;
    return 0;
}

/* Exactly size slots, rounded up to even (CPython 3.11's list_preallocate_exact); the
 * list must have no item array yet. */
static int preallocate_exact(GpList *l, intptr_t size) {
    size = (size + 1) & ~(intptr_t)1;
    if (size > MAX_ITEMS) {
        err_no_memory();
        return -1;
    }
    l->items = mem_alloc((size_t)size * sizeof(GpObject *));
    if (!l->items) {
        err_no_memory();
        return -1;
    }
    l->allocated = size;
    return 0;
}

int list_append_steal(GpObject *o, GpObject *item) {
    GpList *l = (GpList *)o;
    intptr_t n = l->size;
    if (l->allocated > n) {
        l->items[n] = item;
        l->size = n + 1;
        return 0;
    }
    if (list_resize(o, n + 1) < 0) {
        gp_decref(item);
        return -1;
    }
    l->items[n] = item;
    return 0;
}

int list_append(GpObject *o, GpObject *item) { return list_append_steal(o, gp_newref(item)); }

int list_insert(GpObject *o, intptr_t where, GpObject *item) {
    GpList *l = (GpList *)o;
    intptr_t n = l->size;
    if (list_resize(o, n + 1) < 0) return -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    memmove(&l->items[where + 1], &l->items[where], (size_t)(n - where) * sizeof(GpObject *));
    l->items[where] = gp_newref(item);
    return 0;
}

/* Empties the list first, then releases the items last to first (CPython's _list_clear). */
static void list_clear_items(GpList *l) {
    GpObject **items = l->items;
    if (!items) return;
    intptr_t i = l->size;
    l->size = 0;
    l->items = NULL;
    l->allocated = 0;
    while (--i >= 0) gp_xdecref(items[i]);
    mem_free(items);
}

/* ---- Length hints ---- */

static intptr_t listiter_remaining(GpObject *self);

intptr_t list_length_hint(GpObject *o, intptr_t dflt) {
    /* Common iterators answered without looking __length_hint__ up (built-in types are
     * immutable: none of these can gain or lose one). */
    GpType *t = GP_TYPE(o);
    if (t == &gp_type_tuple_iterator) return tuple_iter_remaining(o);
    if (t == &gp_type_list_iterator) return listiter_remaining(o);
    if (t == &gp_type_generator || t == &gp_type_map || t == &gp_type_filter ||
        t == &gp_type_zip || t == &gp_type_enumerate)
        return dflt;
    if (GP_TYPE(o)->len) {
        intptr_t n = obj_len(o);
        if (n >= 0) return n;
        if (!err_matches(&gp_exc_TypeError)) return -1;
        err_clear();
    }
    GpObject *meth = type_lookup(GP_TYPE(o), GP_ID(__length_hint__));
    if (!meth) return dflt;
    GpObject *r = obj_call(meth, &o, 1, NULL);
    if (!r) {
        if (!err_matches(&gp_exc_TypeError)) return -1;
        err_clear();
        return dflt;
    }
    if (r == GP_NOTIMPL) {
        gp_decref(r);
        return dflt;
    }
    if (!INT_CHECK(r)) {
        err_format(&gp_exc_TypeError, "__length_hint__ must be an integer, not %s",
                   obj_type_name(r));
        gp_decref(r);
        return -1;
    }
    intptr_t n = obj_as_ssize(r);
    gp_decref(r);
    if (n == -1 && err_occurred()) return -1;
    if (n < 0) {
        err_set_str(&gp_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

/* ---- extend ---- */

int list_extend(GpObject *o, GpObject *iterable) {
    GpList *l = (GpList *)o;
    if (LIST_CHECK_EXACT(iterable) || TUPLE_CHECK_EXACT(iterable) || iterable == o) {
        int is_list = LIST_CHECK(iterable);
        intptr_t n = is_list ? LIST_SIZE(iterable) : TUPLE_SIZE(iterable);
        if (n == 0) return 0;
        intptr_t m = l->size;
        if (!l->items) {
            if (preallocate_exact(l, n) < 0) return -1;
            l->size = n;
        } else if (list_resize(o, m + n) < 0) {
            return -1;
        }
        /* After the resize, so that extending a list by itself reads the new array. */
        GpObject **src = is_list ? ITEMS(iterable) : ((GpTuple *)iterable)->items;
        for (intptr_t i = 0; i < n; i++) l->items[m + i] = gp_newref(src[i]);
        return 0;
    }
    GpObject *it = obj_iter(iterable);
    if (!it) return -1;
    intptr_t n = list_length_hint(iterable, 8);
    if (n < 0) goto error;
    intptr_t m = l->size;
    if (m > INTPTR_MAX - n) {
        /* n lied (or is huge): ignore it */
    } else if (!l->items) {
        if (n && preallocate_exact(l, n) < 0) goto error;
    } else {
        if (list_resize(o, m + n) < 0) goto error;
        l->size = m;
    }
    IterNextFn next = GP_TYPE(it)->iternext;
    for (;;) {
        GpObject *item = next(it);
        if (!item) {
            if (err_occurred()) goto error;
            break;
        }
        if (l->size < l->allocated) {
            l->items[l->size++] = item;
        } else if (list_append_steal(o, item) < 0) {
            goto error;
        }
    }
    /* Give back what the guess over-estimated. */
    if (l->size < l->allocated && list_resize(o, l->size) < 0) goto error;
    gp_decref(it);
    return 0;
error:
    gp_decref(it);
    return -1;
}

GpObject *list_from_iterable(GpObject *iterable) {
    GpObject *l = list_new(0);
    if (!l) return NULL;
    if (list_extend(l, iterable) < 0) {
        gp_decref(l);
        return NULL;
    }
    return l;
}

GpObject *list_seq_fast(GpObject *v, const char *msg) {
    if (LIST_CHECK_EXACT(v) || TUPLE_CHECK_EXACT(v)) return gp_newref(v);
    GpObject *it = obj_iter(v);
    if (!it) {
        if (err_matches(&gp_exc_TypeError)) err_set_str(&gp_exc_TypeError, msg);
        return NULL;
    }
    GpObject *l = list_from_iterable(it);
    gp_decref(it);
    return l;
}

GpObject *list_as_tuple(GpObject *o) { return tuple_from_array(ITEMS(o), LIST_SIZE(o)); }

int list_sort(GpObject *o) { return list_sort_ex(o, NULL, 0); }

/* ---- Slices ---- */

static GpObject *list_slice(GpObject *o, intptr_t lo, intptr_t hi) {
    intptr_t n = LIST_SIZE(o);
    if (lo < 0) lo = 0;
    else if (lo > n) lo = n;
    if (hi < lo) hi = lo;
    else if (hi > n) hi = n;
    if (hi == lo) return list_new(0);
    GpObject *r = list_prealloc(hi - lo);
    if (!r) return NULL;
    for (intptr_t i = lo; i < hi; i++) ITEMS(r)[i - lo] = gp_newref(ITEMS(o)[i]);
    ((GpList *)r)->size = hi - lo;
    return r;
}

/* a[lo:hi] = v (v NULL: delete), CPython's list_ass_slice. */
static int list_ass_slice(GpObject *o, intptr_t lo, intptr_t hi, GpObject *v) {
    GpList *a = (GpList *)o;
    GpObject *recycle_stack[8];
    GpObject **recycle = recycle_stack;
    GpObject *seq = NULL;
    GpObject *const *vitems = NULL;
    intptr_t n = 0;
    int result = -1;
    if (v) {
        if (v == o) {   /* a[i:j] = a: copy first */
            GpObject *copy = list_slice(v, 0, LIST_SIZE(v));
            if (!copy) return -1;
            result = list_ass_slice(o, lo, hi, copy);
            gp_decref(copy);
            return result;
        }
        seq = list_seq_fast(v, "can only assign an iterable");
        if (!seq) return -1;
        if (LIST_CHECK(seq)) {
            n = LIST_SIZE(seq);
            vitems = ITEMS(seq);
        } else {
            n = TUPLE_SIZE(seq);
            vitems = ((GpTuple *)seq)->items;
        }
    }
    intptr_t size = a->size;
    if (lo < 0) lo = 0;
    else if (lo > size) lo = size;
    if (hi < lo) hi = lo;
    else if (hi > size) hi = size;
    intptr_t norig = hi - lo, d = n - norig;
    if (size + d == 0) {
        gp_xdecref(seq);
        list_clear_items(a);
        return 0;
    }
    GpObject **item = a->items;
    if (norig > 8) {
        recycle = mem_alloc(sizeof(GpObject *) * (size_t)norig);
        if (!recycle) {
            err_no_memory();
            goto done;
        }
    }
    if (norig) memcpy(recycle, &item[lo], sizeof(GpObject *) * (size_t)norig);
    if (d < 0) {   /* delete -d items */
        intptr_t tail = size - hi;
        memmove(&item[hi + d], &item[hi], sizeof(GpObject *) * (size_t)tail);
        if (list_resize(o, size + d) < 0) {
            memmove(&item[hi], &item[hi + d], sizeof(GpObject *) * (size_t)tail);
            memcpy(&item[lo], recycle, sizeof(GpObject *) * (size_t)norig);
            goto done;
        }
        item = a->items;
    } else if (d > 0) {   /* insert d items */
        if (list_resize(o, size + d) < 0) goto done;
        item = a->items;
        memmove(&item[hi + d], &item[hi], sizeof(GpObject *) * (size_t)(size - hi));
    }
    for (intptr_t k = 0; k < n; k++) item[lo + k] = gp_newref(vitems[k]);
    for (intptr_t k = norig - 1; k >= 0; k--) gp_xdecref(recycle[k]);
    result = 0;
done:
    if (recycle != recycle_stack) mem_free(recycle);
    gp_xdecref(seq);
    return result;
}

/* ---- Subscripts ---- */

static int is_index_like(GpObject *o) { return INT_CHECK(o) || GP_TYPE(o)->index != NULL; }

static GpObject *list_getitem(GpObject *o, GpObject *key) {
    if (is_index_like(key)) {
        intptr_t i;
        if (slice_index_value(key, &i, &gp_exc_IndexError) < 0) return NULL;
        if (i < 0) i += LIST_SIZE(o);
        if (i < 0 || i >= LIST_SIZE(o)) return err_set_str(&gp_exc_IndexError, "list index out of range");
        return gp_newref(ITEMS(o)[i]);
    }
    if (SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t len = slice_indices_live(key, &LIST_SIZE(o), &start, &stop, &step);
        if (len < 0) return NULL;
        if (len == 0) return list_new(0);
        if (step == 1) return list_slice(o, start, stop);
        GpObject *r = list_prealloc(len);
        if (!r) return NULL;
        for (intptr_t i = 0, k = start; i < len; i++, k += step) ITEMS(r)[i] = gp_newref(ITEMS(o)[k]);
        ((GpList *)r)->size = len;
        return r;
    }
    return err_format(&gp_exc_TypeError, "list indices must be integers or slices, not %s",
                      obj_type_name(key));
}

static int list_setitem(GpObject *o, GpObject *key, GpObject *value) {
    GpList *l = (GpList *)o;
    if (is_index_like(key)) {
        intptr_t i;
        if (slice_index_value(key, &i, &gp_exc_IndexError) < 0) return -1;
        if (i < 0) i += l->size;
        if (i < 0 || i >= l->size) {
            err_set_str(&gp_exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (!value) return list_ass_slice(o, i, i + 1, NULL);
        GpObject *old = l->items[i];
        l->items[i] = gp_newref(value);
        gp_decref(old);
        return 0;
    }
    if (!SLICE_CHECK(key)) {
        err_format(&gp_exc_TypeError, "list indices must be integers or slices, not %s",
                   obj_type_name(key));
        return -1;
    }
    /* The indices, then the items assigned (making them may run code that resizes the
     * list), then the slice clipped to the length as it is now. */
    intptr_t start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return -1;
    GpObject *seq = NULL;
    if (value && step != 1) {
        seq = value == o ? list_slice(value, 0, LIST_SIZE(value))
                         : list_seq_fast(value, "must assign iterable to extended slice");
        if (!seq) return -1;
    }
    intptr_t len = slice_adjust(l->size, &start, &stop, step);
    if (step == 1) return list_ass_slice(o, start, stop, value);
    /* Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2. */
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (!value) {   /* delete an extended slice */
        if (len <= 0) return 0;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (len - 1) - 1;
            step = -step;
        }
        GpObject **garbage = mem_alloc(sizeof(GpObject *) * (size_t)len);
        if (!garbage) {
            err_no_memory();
            return -1;
        }
        /* Drop the selected items, sliding the survivors down. */
        intptr_t cur = start, i = 0;
        for (; cur < stop; cur += step, i++) {
            intptr_t lim = step - 1;
            garbage[i] = l->items[cur];
            if (cur + step >= l->size) lim = l->size - cur - 1;
            memmove(l->items + cur - i, l->items + cur + 1, (size_t)lim * sizeof(GpObject *));
        }
        cur = start + len * step;
        if (cur < l->size)
            memmove(l->items + cur - len, l->items + cur,
                    (size_t)(l->size - cur) * sizeof(GpObject *));
        l->size -= len;
        int r = list_resize(o, l->size);
        for (i = 0; i < len; i++) gp_decref(garbage[i]);
        mem_free(garbage);
        return r;
    }
    /* Assign to an extended slice: sizes must match. */
    intptr_t n = LIST_CHECK(seq) ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
    GpObject *const *src = LIST_CHECK(seq) ? ITEMS(seq) : ((GpTuple *)seq)->items;
    if (n != len) {
        err_format(&gp_exc_ValueError,
                   "attempt to assign sequence of size %zd to extended slice of size %zd", n, len);
        gp_decref(seq);
        return -1;
    }
    if (len == 0) {
        gp_decref(seq);
        return 0;
    }
    GpObject **garbage = mem_alloc(sizeof(GpObject *) * (size_t)len);
    if (!garbage) {
        gp_decref(seq);
        err_no_memory();
        return -1;
    }
    for (intptr_t cur = start, i = 0; i < len; cur += step, i++) {
        garbage[i] = l->items[cur];
        l->items[cur] = gp_newref(src[i]);
    }
    for (intptr_t i = 0; i < len; i++) gp_decref(garbage[i]);
    mem_free(garbage);
    gp_decref(seq);
    return 0;
}

/* ---- Sequence protocol ---- */

static intptr_t list_len(GpObject *o) { return LIST_SIZE(o); }

static int list_contains(GpObject *o, GpObject *x) {
    int cmp = 0;
    for (intptr_t i = 0; cmp == 0 && i < LIST_SIZE(o); i++) {
        GpObject *item = gp_newref(ITEMS(o)[i]);
        cmp = obj_richcompare_bool(item, x, CMP_OP_EQ);
        gp_decref(item);
    }
    return cmp;
}

static GpObject *list_add(GpObject *a, GpObject *b) {
    if (!LIST_CHECK(a)) return gp_newref(GP_NOTIMPL);
    if (!LIST_CHECK(b)) {
        BinaryFn other = GP_TYPE(b)->binop[NB_ADD];
        if (other && other != list_add) {
            GpObject *r = other(a, b);
            if (r != GP_NOTIMPL) return r;
            gp_decref(r);
        }
        return err_format(&gp_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                          obj_type_name(b));
    }
    intptr_t na = LIST_SIZE(a), nb = LIST_SIZE(b);
    if (na + nb == 0) return list_new(0);
    GpObject *r = list_prealloc(na + nb);
    if (!r) return NULL;
    for (intptr_t i = 0; i < na; i++) ITEMS(r)[i] = gp_newref(ITEMS(a)[i]);
    for (intptr_t i = 0; i < nb; i++) ITEMS(r)[na + i] = gp_newref(ITEMS(b)[i]);
    ((GpList *)r)->size = na + nb;
    return r;
}

static GpObject *list_mul(GpObject *a, GpObject *b) {
    GpObject *l, *result;
    intptr_t count;
    int k = seq_repeat_operands(a, b, LIST_CHECK(a), list_mul, &l, &count, &result);
    if (k <= 0)
        return k < 0 ? NULL : result;
    intptr_t size = LIST_SIZE(l);
    if (count <= 0 || size == 0) return list_new(0);
    if (size > MAX_ITEMS / count) return err_no_memory();
    GpObject *r = list_prealloc(size * count);
    if (!r) return NULL;
    GpObject **dst = ITEMS(r);
    for (intptr_t c = 0; c < count; c++)
        for (intptr_t i = 0; i < size; i++) *dst++ = gp_newref(ITEMS(l)[i]);
    ((GpList *)r)->size = size * count;
    return r;
}

static GpObject *list_iadd(GpObject *a, GpObject *b) {
    if (list_extend(a, b) < 0) return NULL;
    return gp_newref(a);
}

static GpObject *list_imul(GpObject *a, GpObject *b) {
    if (!is_index_like(b)) return gp_newref(GP_NOTIMPL);
    intptr_t count;
    if (slice_index_value(b, &count, &gp_exc_OverflowError) < 0) return NULL;
    GpList *l = (GpList *)a;
    intptr_t size = l->size;
    if (size == 0 || count == 1) return gp_newref(a);
    if (count < 1) {
        list_clear_items(l);
        return gp_newref(a);
    }
    if (size > MAX_ITEMS / count) return err_no_memory();
    if (list_resize(a, size * count) < 0) return NULL;
    GpObject **p = l->items + size;
    for (intptr_t c = 1; c < count; c++)
        for (intptr_t i = 0; i < size; i++) *p++ = gp_newref(l->items[i]);
    return gp_newref(a);
}

static GpObject *list_richcompare(GpObject *v, GpObject *w, int op) {
    if (!LIST_CHECK(v) || !LIST_CHECK(w)) return gp_newref(GP_NOTIMPL);
    if (LIST_SIZE(v) != LIST_SIZE(w) && (op == CMP_OP_EQ || op == CMP_OP_NE))
        return gp_bool(op == CMP_OP_NE);
    intptr_t i;
    for (i = 0; i < LIST_SIZE(v) && i < LIST_SIZE(w); i++) {
        GpObject *a = ITEMS(v)[i], *b = ITEMS(w)[i];
        if (a == b) continue;
        gp_incref(a);
        gp_incref(b);
        int k = obj_richcompare_bool(a, b, CMP_OP_EQ);
        gp_decref(a);
        gp_decref(b);
        if (k < 0) return NULL;
        if (!k) break;
    }
    if (i >= LIST_SIZE(v) || i >= LIST_SIZE(w)) return obj_cmp_result((LIST_SIZE(v) > LIST_SIZE(w)) - (LIST_SIZE(v) < LIST_SIZE(w)), op);
    if (op == CMP_OP_EQ) return gp_bool(0);
    if (op == CMP_OP_NE) return gp_bool(1);
    GpObject *a = gp_newref(ITEMS(v)[i]), *b = gp_newref(ITEMS(w)[i]);
    GpObject *r = obj_richcompare(a, b, op);
    gp_decref(a);
    gp_decref(b);
    return r;
}

static GpObject *list_repr(GpObject *o) {
    if (LIST_SIZE(o) == 0) return str_from_cstr("[]");
    int r = obj_repr_enter(o);
    if (r != 0) return r > 0 ? str_from_cstr("[...]") : NULL;
    StrBuf sb = STRBUF_INIT;
    sb_append_char(&sb, '[');
    /* The list may change while its items' reprs run: re-read the size each time. */
    for (intptr_t i = 0; i < LIST_SIZE(o); i++) {
        if (i) sb_append(&sb, ", ", 2);
        GpObject *item = gp_newref(ITEMS(o)[i]);
        GpObject *s = obj_repr(item);
        gp_decref(item);
        if (!s) {
            sb_discard(&sb);
            obj_repr_leave(o);
            return NULL;
        }
        sb_append_str(&sb, s);
        gp_decref(s);
    }
    sb_append_char(&sb, ']');
    obj_repr_leave(o);
    return sb_finish(&sb);
}

static void list_dealloc(GpObject *o) {
    if (list_trashcan_begin(o)) return;
    GpList *l = (GpList *)o;
    if (l->items) {
        intptr_t i = l->size;
        while (--i >= 0) gp_xdecref(l->items[i]);   /* last to first, as CPython */
        mem_free(l->items);
    }
    obj_free(o);
    list_trashcan_end();
}

static int list_traverse(GpObject *o, VisitFn visit, void *arg) {
    for (intptr_t i = LIST_SIZE(o) - 1; i >= 0; i--) {
        GpObject *x = ITEMS(o)[i];
        if (x) {
            int r = visit(x, arg);
            if (r) return r;
        }
    }
    return 0;
}

static GpObject *list_clear_slot(GpObject *o) {
    list_clear_items((GpList *)o);
    return NULL;
}

/* ---- Methods ---- */

#define NOARGS_UNUSED (void)args, (void)nargs, (void)kw

static GpObject *m_append(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)nargs, (void)kw;
    if (list_append(self, args[0]) < 0) return NULL;
    return gp_none();
}

static GpObject *m_extend(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)nargs, (void)kw;
    if (list_extend(self, args[0]) < 0) return NULL;
    return gp_none();
}

static GpObject *m_insert(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (args_check_count("insert", nargs, 2, 2) < 0) return NULL;
    intptr_t i = obj_as_ssize(args[0]);
    if (i == -1 && err_occurred()) return NULL;
    if (list_insert(self, i, args[1]) < 0) return NULL;
    return gp_none();
}

static GpObject *m_pop(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (args_check_count("pop", nargs, 0, 1) < 0) return NULL;
    intptr_t index = -1;
    if (nargs) {
        index = obj_as_ssize(args[0]);
        if (index == -1 && err_occurred()) return NULL;
    }
    GpList *l = (GpList *)self;
    if (l->size == 0) return err_set_str(&gp_exc_IndexError, "pop from empty list");
    if (index < 0) index += l->size;
    if (index < 0 || index >= l->size) return err_set_str(&gp_exc_IndexError, "pop index out of range");
    GpObject *v = l->items[index];
    if (index == l->size - 1) {
        if (list_resize(self, l->size - 1) < 0) return NULL;
        return v;   /* the list's reference passes to the caller */
    }
    gp_incref(v);
    if (list_ass_slice(self, index, index + 1, NULL) < 0) {
        gp_decref(v);
        return NULL;
    }
    return v;
}

static GpObject *m_remove(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)nargs, (void)kw;
    for (intptr_t i = 0; i < LIST_SIZE(self); i++) {
        GpObject *item = gp_newref(ITEMS(self)[i]);
        int cmp = obj_richcompare_bool(item, args[0], CMP_OP_EQ);
        gp_decref(item);
        if (cmp > 0) {
            if (list_ass_slice(self, i, i + 1, NULL) < 0) return NULL;
            return gp_none();
        }
        if (cmp < 0) return NULL;
    }
    return err_set_str(&gp_exc_ValueError, "list.remove(x): x not in list");
}

static GpObject *m_clear(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    NOARGS_UNUSED;
    list_clear_items((GpList *)self);
    return gp_none();
}

static GpObject *m_copy(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    NOARGS_UNUSED;
    return list_slice(self, 0, LIST_SIZE(self));
}

static GpObject *m_index(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (args_check_count("index", nargs, 1, 3) < 0) return NULL;
    intptr_t start, stop;
    if (tuple_index_bounds(args, nargs, LIST_SIZE(self), &start, &stop) < 0) return NULL;
    for (intptr_t i = start; i < stop && i < LIST_SIZE(self); i++) {
        GpObject *item = gp_newref(ITEMS(self)[i]);
        int cmp = obj_richcompare_bool(item, args[0], CMP_OP_EQ);
        gp_decref(item);
        if (cmp > 0) return int_from_i64(i);
        if (cmp < 0) return NULL;
    }
    return err_format(&gp_exc_ValueError, "%R is not in list", args[0]);
}

static GpObject *m_count(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)nargs, (void)kw;
    intptr_t count = 0;
    for (intptr_t i = 0; i < LIST_SIZE(self); i++) {
        GpObject *item = ITEMS(self)[i];
        if (item == args[0]) {
            count++;
            continue;
        }
        gp_incref(item);
        int cmp = obj_richcompare_bool(item, args[0], CMP_OP_EQ);
        gp_decref(item);
        if (cmp < 0) return NULL;
        count += cmp;
    }
    return int_from_i64(count);
}

static void reverse_items(GpObject **lo, GpObject **hi) {
    for (--hi; lo < hi; lo++, hi--) {
        GpObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static GpObject *m_reverse(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    NOARGS_UNUSED;
    if (LIST_SIZE(self) > 1) reverse_items(ITEMS(self), ITEMS(self) + LIST_SIZE(self));
    return gp_none();
}

static GpObject *m_sort(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    if (nargs > 0) return err_set_str(&gp_exc_TypeError, "sort() takes no positional arguments");
    static const char *const names[] = {"key", "reverse", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("sort", args, 0, kw, names, 0, 0, a) < 0) return NULL;
    int reverse = 0;
    if (a[1]) {
        /* CPython converts reverse with int semantics ("'str' object cannot be
         * interpreted as an integer" for a str, any int accepted). */
        if (!INT_CHECK(a[1]) && !GP_TYPE(a[1])->index)
            return err_format(&gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              obj_type_name(a[1]));
        int t = obj_is_true(a[1]);
        if (t < 0) return NULL;
        reverse = t;
    }
    if (list_sort_ex(self, a[0], reverse) < 0) return NULL;
    return gp_none();
}

static GpObject *list_reversed_iter(GpObject *self);

static GpObject *m_reversed(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    NOARGS_UNUSED;
    return list_reversed_iter(self);
}

static GpObject *m_sizeof(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    NOARGS_UNUSED;
    /* Honest sizes (DESIGN.md §2.4): the object's block and its item array's block. */
    return int_from_i64((int64_t)(obj_alloc_size(self) + mem_size(((GpList *)self)->items)));
}

static GpObject *m_getitem(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)nargs, (void)kw;
    return list_getitem(self, args[0]);
}

static GpMethodDef list_methods[] = {
    {"__getitem__", m_getitem, METH_O, NULL},
    {"__reversed__", m_reversed, METH_NOARGS, NULL},
    {"__sizeof__", m_sizeof, METH_NOARGS, NULL},
    {"clear", m_clear, METH_NOARGS, NULL},
    {"copy", m_copy, METH_NOARGS, NULL},
    {"append", m_append, METH_O, NULL},
    {"insert", m_insert, METH_VARARGS, NULL},
    {"extend", m_extend, METH_O, NULL},
    {"pop", m_pop, METH_VARARGS, NULL},
    {"remove", m_remove, METH_O, NULL},
    {"index", m_index, METH_VARARGS, NULL},
    {"count", m_count, METH_O, NULL},
    {"reverse", m_reverse, METH_NOARGS, NULL},
    {"sort", m_sort, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpObject *list_type_new(GpType *type, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    if (args_no_kw("list", kwnames) < 0) return NULL;
    if (args_check_count("list", nargs, 0, 1) < 0) return NULL;
    GpList *l = (GpList *)obj_new(type, type->basicsize ? type->basicsize : sizeof(GpList));
    if (!l) return NULL;
    if (nargs) {
        /* list_extend preallocates from the length hint, after iter() succeeded: a
         * __len__ without __iter__ is "not iterable", whatever __len__ answers. */
        if (list_extend((GpObject *)l, args[0]) < 0) goto error;
    }
    return (GpObject *)l;
error:
    gp_decref((GpObject *)l);
    return NULL;
}

/* ---- Iterators ---- */

typedef struct ListIter {
    GP_HEAD;
    intptr_t index;
    GpObject *seq;           /* NULL once exhausted */
} ListIter;

static GpObject *list_iter(GpObject *o) {
    ListIter *it = (ListIter *)obj_new(&gp_type_list_iterator, sizeof(ListIter));
    if (!it) return NULL;
    it->seq = gp_newref(o);
    return (GpObject *)it;
}

static GpObject *listiter_next(GpObject *self) {
    ListIter *it = (ListIter *)self;
    GpObject *seq = it->seq;
    if (!seq) return NULL;
    if (it->index < LIST_SIZE(seq)) return gp_newref(ITEMS(seq)[it->index++]);
    it->seq = NULL;
    gp_decref(seq);
    return NULL;
}

static GpObject *list_reversed_iter(GpObject *o) {
    ListIter *it = (ListIter *)obj_new(&gp_type_list_reverseiterator, sizeof(ListIter));
    if (!it) return NULL;
    it->seq = gp_newref(o);
    it->index = LIST_SIZE(o) - 1;
    return (GpObject *)it;
}

static GpObject *listreviter_next(GpObject *self) {
    ListIter *it = (ListIter *)self;
    GpObject *seq = it->seq;
    if (!seq) return NULL;
    if (it->index >= 0 && it->index < LIST_SIZE(seq)) return gp_newref(ITEMS(seq)[it->index--]);
    it->index = -1;
    it->seq = NULL;
    gp_decref(seq);
    return NULL;
}

static void listiter_dealloc(GpObject *self) {
    GP_CLEAR(((ListIter *)self)->seq);
    obj_free(self);
}

static int listiter_traverse(GpObject *self, VisitFn visit, void *arg) {
    ListIter *it = (ListIter *)self;
    return it->seq ? visit(it->seq, arg) : 0;
}

static intptr_t listiter_remaining(GpObject *self) {
    ListIter *it = (ListIter *)self;
    intptr_t n = it->seq ? LIST_SIZE(it->seq) - it->index : 0;
    return n > 0 ? n : 0;
}

static GpObject *listiter_length_hint(GpObject *self, GpObject *const *args, intptr_t nargs,
                                      GpObject *kw) {
    NOARGS_UNUSED;
    return int_from_i64(listiter_remaining(self));
}

static GpObject *listreviter_length_hint(GpObject *self, GpObject *const *args, intptr_t nargs,
                                         GpObject *kw) {
    NOARGS_UNUSED;
    ListIter *it = (ListIter *)self;
    intptr_t n = it->seq && it->index < LIST_SIZE(it->seq) ? it->index + 1 : 0;
    return int_from_i64(n);
}

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

static GpMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
static GpMethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_list_iterator = {
    GP_TYPE_HEAD,
    .name = "list_iterator",
    .basicsize = sizeof(ListIter),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listiter_next,
    .traverse = listiter_traverse,
    .methods = listiter_methods,
};

GpType gp_type_list_reverseiterator = {
    GP_TYPE_HEAD,
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIter),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listreviter_next,
    .traverse = listiter_traverse,
    .methods = listreviter_methods,
};

GpType gp_type_list = {
    GP_TYPE_HEAD,
    .name = "list",
    .basicsize = sizeof(GpList),
    .flags = TPFLAG_BASETYPE | TPFLAG_LIST_SUBCLASS | TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .new_ = list_type_new,
    .iter = list_iter,
    .binop = {[NB_ADD] = list_add, [NB_MULTIPLY] = list_mul},
    .inplace = {[NB_ADD] = list_iadd, [NB_MULTIPLY] = list_imul},
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .methods = list_methods,
};
