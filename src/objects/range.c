/* range.c — range objects and their iterators.
 *
 * Invariants:
 * - A range holds start, stop and step as exact ints (any size, as CPython); step is never
 *   0. When the three fit in int64 the range is "small": its length is an unsigned 64-bit
 *   value and every operation runs on C integers (128-bit intermediates where needed);
 *   otherwise the same formulas run on int objects and the length is an int object.
 * - `x in r`, r.index(x) and r.count(x) are O(1) for ints and bools; other objects are
 *   compared item by item, as CPython.
 * - Iterators: range_iterator (C integers, used when start, stop, step and the length fit)
 *   holds no reference to the range; longrange_iterator works on int objects.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"

typedef struct GpRange {
    GP_HEAD;
    GpObject *start, *stop, *step;
    GpObject *length;        /* made on demand when small (it may not fit in an int64) */
    int small;               /* start, stop, step fit in int64: the fields below are valid */
    int64_t istart, istop, istep;
    uint64_t ulen;           /* the length when small (< 2**64) */
} GpRange;

#define R(o) ((GpRange *)(o))

static int as_small(GpObject *o, int64_t *v) {
    if (INT_CHECK(o) && INT_IS_SMALL(o)) {
        *v = INT_VALUE(o);
        return 1;
    }
    return 0;
}

static GpObject *zero(void) { return int_from_i64(0); }

/* An exact int for __index__ of o (bools become ints, as PyNumber_Index does). */
static GpObject *exact_index(GpObject *o) {
    GpObject *i = obj_index(o);
    if (!i || INT_CHECK_EXACT(i)) return i;
    GpObject *r = NULL;
    if (INT_IS_SMALL(i)) r = int_from_i64(INT_VALUE(i));
    else {
        GpObject *z = zero();   /* i + 0: an exact int of the same value */
        r = z ? obj_binop(i, z, NB_ADD) : NULL;
        gp_xdecref(z);
    }
    gp_decref(i);
    return r;
}

/* len(range(start, stop, step)) as an int object. */
static GpObject *compute_length(GpObject *start, GpObject *stop, GpObject *step) {
    int64_t a, b, s;
    if (as_small(start, &a) && as_small(stop, &b) && as_small(step, &s)) {
        __int128 lo = a, hi = b, st = s;
        if (s < 0) {
            lo = b;
            hi = a;
            st = -st;
        }
        __int128 n = lo >= hi ? 0 : (hi - lo - 1) / st + 1;
        if (n <= INT64_MAX) return int_from_i64((int64_t)n);
    }
    /* Generic: (hi - lo - 1) // step + 1 on int objects. */
    GpObject *z = zero(), *lo, *hi, *st, *r = NULL;
    if (!z) return NULL;
    int neg = obj_richcompare_bool(step, z, CMP_OP_LT);
    if (neg < 0) goto done;
    if (neg) {
        lo = stop, hi = start;
        st = obj_neg(step);
        if (!st) goto done;
    } else {
        lo = start, hi = stop;
        st = gp_newref(step);
    }
    int ge = obj_richcompare_bool(lo, hi, CMP_OP_GE);
    if (ge < 0) {
        gp_decref(st);
        goto done;
    }
    if (ge) {
        r = gp_newref(z);
    } else {
        GpObject *one = int_from_i64(1), *diff = obj_binop(hi, lo, NB_SUBTRACT);
        GpObject *d1 = diff && one ? obj_binop(diff, one, NB_SUBTRACT) : NULL;
        GpObject *q = d1 ? obj_binop(d1, st, NB_FLOOR_DIVIDE) : NULL;
        r = q ? obj_binop(q, one, NB_ADD) : NULL;
        gp_xdecref(one), gp_xdecref(diff), gp_xdecref(d1), gp_xdecref(q);
    }
    gp_decref(st);
done:
    gp_decref(z);
    return r;
}

/* A new range from exact ints (stolen). */
static GpObject *make_range_steal(GpType *type, GpObject *start, GpObject *stop, GpObject *step) {
    GpRange *r = (GpRange *)obj_new(type, sizeof(GpRange));
    if (!r) {
        gp_decref(start), gp_decref(stop), gp_decref(step);
        return NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->small = as_small(start, &r->istart) && as_small(stop, &r->istop) &&
               as_small(step, &r->istep);
    if (r->small) {
        __int128 lo = r->istart, hi = r->istop, st = r->istep;
        if (st < 0) {
            lo = r->istop;
            hi = r->istart;
            st = -st;
        }
        r->ulen = lo >= hi ? 0 : (uint64_t)((hi - lo - 1) / st + 1);
    } else {
        r->length = compute_length(start, stop, step);
        if (!r->length) {
            gp_decref((GpObject *)r);
            return NULL;
        }
    }
    return (GpObject *)r;
}

/* Borrowed reference to the length as an int object (made on first use). */
static GpObject *length_obj(GpRange *r) {
    if (!r->length) {
        if (r->ulen <= INT64_MAX) r->length = int_from_i64((int64_t)r->ulen);
        else r->length = compute_length(r->start, r->stop, r->step);
    }
    return r->length;
}

static GpObject *range_new(GpType *type, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    if (args_no_kw("range", kw) < 0) return NULL;
    if (args_check_count("range", nargs, 1, 3) < 0) return NULL;
    GpObject *start = NULL, *stop = NULL, *step = NULL;
    if (nargs == 1) {
        stop = exact_index(args[0]);
        if (!stop) return NULL;
        start = int_from_i64(0);
        step = int_from_i64(1);
    } else {
        start = exact_index(args[0]);
        stop = start ? exact_index(args[1]) : NULL;
        step = !stop ? NULL : nargs == 3 ? exact_index(args[2]) : int_from_i64(1);
        if (!step) goto error;
        int64_t s;
        if (as_small(step, &s) && s == 0) {
            err_set_str(&gp_exc_ValueError, "range() arg 3 must not be zero");
            goto error;
        }
    }
    if (!start || !step) goto error;
    return make_range_steal(type, start, stop, step);
error:
    gp_xdecref(start), gp_xdecref(stop), gp_xdecref(step);
    return NULL;
}

static void range_dealloc(GpObject *o) {
    GP_CLEAR(R(o)->length);
    GP_CLEAR(R(o)->start);
    GP_CLEAR(R(o)->stop);
    GP_CLEAR(R(o)->step);
    obj_free(o);
}

/* start + i * step for an int object i (no bounds check). */
static GpObject *compute_item(GpRange *r, GpObject *i) {
    int64_t v;
    if (r->small && as_small(i, &v)) {
        __int128 x = (__int128)r->istart + (__int128)v * r->istep;
        if (x > -INT64_MAX - 1 && x <= INT64_MAX) return int_from_i64((int64_t)x);
    }
    GpObject *m = obj_binop(i, r->step, NB_MULTIPLY);
    if (!m) return NULL;
    GpObject *res = obj_binop(r->start, m, NB_ADD);
    gp_decref(m);
    return res;
}

static GpObject *range_item(GpObject *o, GpObject *key) {
    GpRange *r = R(o);
    GpObject *i = exact_index(key);
    if (!i) return NULL;
    int64_t v;
    if (r->small && as_small(i, &v)) {
        gp_decref(i);
        __int128 k = v;
        if (k < 0) k += r->ulen;
        if (k < 0 || k >= (__int128)r->ulen)
            return err_set_str(&gp_exc_IndexError, "range object index out of range");
        return int_from_i64((int64_t)(r->istart + k * r->istep));
    }
    if (r->small && INT_CHECK(i)) {   /* a huge index into a small range */
        gp_decref(i);
        return err_set_str(&gp_exc_IndexError, "range object index out of range");
    }
    /* Generic: negative indexes count from the end. */
    GpObject *z = zero(), *res = NULL;
    if (!z) {
        gp_decref(i);
        return NULL;
    }
    int neg = obj_richcompare_bool(i, z, CMP_OP_LT);
    if (neg > 0) {
        GpObject *t = obj_binop(i, length_obj(r), NB_ADD);
        gp_decref(i);
        i = t;
    }
    if (neg >= 0 && i) {
        int lo = obj_richcompare_bool(i, z, CMP_OP_LT);
        int hi = lo == 0 ? obj_richcompare_bool(i, length_obj(r), CMP_OP_GE) : 0;
        if (lo > 0 || hi > 0) err_set_str(&gp_exc_IndexError, "range object index out of range");
        else if (lo == 0 && hi == 0) res = compute_item(r, i);
    }
    gp_xdecref(i);
    gp_decref(z);
    return res;
}

static GpObject *range_subscript(GpObject *o, GpObject *key) {
    GpRange *r = R(o);
    if (INT_CHECK(key) || GP_TYPE(key)->index) return range_item(o, key);
    if (!SLICE_CHECK(key))
        return err_format(&gp_exc_TypeError, "range indices must be integers or slices, not %s",
                          obj_type_name(key));
    if (!r->small || r->ulen > INTPTR_MAX)
        return err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
    intptr_t start, stop, step;
    if (slice_indices(key, (intptr_t)r->ulen, &start, &stop, &step) < 0) return NULL;
    GpObject *ostart = int_from_i64(start), *ostop = int_from_i64(stop), *ostep = int_from_i64(step);
    GpObject *substart = ostart ? compute_item(r, ostart) : NULL;
    GpObject *substop = ostop && substart ? compute_item(r, ostop) : NULL;
    GpObject *substep = ostep && substop ? obj_binop(r->step, ostep, NB_MULTIPLY) : NULL;
    gp_xdecref(ostart), gp_xdecref(ostop), gp_xdecref(ostep);
    if (!substep) {
        gp_xdecref(substart), gp_xdecref(substop);
        return NULL;
    }
    return make_range_steal(&gp_type_range, substart, substop, substep);
}

static intptr_t range_len(GpObject *o) {
    GpRange *r = R(o);
    if (r->small) {
        if (r->ulen <= INTPTR_MAX) return (intptr_t)r->ulen;
        err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return obj_as_ssize(r->length);
}

static int range_bool(GpObject *o) {
    GpRange *r = R(o);
    if (r->small) return r->ulen != 0;
    return obj_is_true(r->length);
}

/* ob in r for an int or bool ob: 1, 0, -1. */
static int contains_int(GpRange *r, GpObject *ob) {
    int64_t v;
    if (r->small && as_small(ob, &v)) {
        if (r->istep > 0 ? (v < r->istart || v >= r->istop) : (v > r->istart || v <= r->istop))
            return 0;
        __int128 d = (__int128)v - r->istart;
        return d % r->istep == 0;
    }
    GpObject *z = zero();
    if (!z) return -1;
    int pos = obj_richcompare_bool(r->step, z, CMP_OP_GT), c2, c3, result = -1;
    if (pos < 0) goto done;
    if (pos) {
        c2 = obj_richcompare_bool(r->start, ob, CMP_OP_LE);
        c3 = c2 > 0 ? obj_richcompare_bool(ob, r->stop, CMP_OP_LT) : c2;
    } else {
        c2 = obj_richcompare_bool(ob, r->start, CMP_OP_LE);
        c3 = c2 > 0 ? obj_richcompare_bool(r->stop, ob, CMP_OP_LT) : c2;
    }
    if (c2 < 0 || c3 < 0) goto done;
    if (!c2 || !c3) {
        result = 0;
        goto done;
    }
    GpObject *t1 = obj_binop(ob, r->start, NB_SUBTRACT);
    GpObject *t2 = t1 ? obj_binop(t1, r->step, NB_REMAINDER) : NULL;
    if (t2) result = obj_richcompare_bool(t2, z, CMP_OP_EQ);
    gp_xdecref(t1), gp_xdecref(t2);
done:
    gp_decref(z);
    return result;
}

static int is_int_or_bool(GpObject *o) { return INT_CHECK_EXACT(o) || BOOL_CHECK(o); }

/* Iterative search: count (want_index 0) or first index (1, -1 if absent); -2 on error. */
static intptr_t iter_search(GpObject *o, GpObject *x, int want_index) {
    GpObject *it = obj_iter(o);
    if (!it) return -2;
    intptr_t n = 0, i = 0;
    for (;; i++) {
        GpObject *item = obj_iternext(it);
        if (!item) {
            gp_decref(it);
            if (err_occurred()) return -2;
            return want_index ? -1 : n;
        }
        int k = obj_richcompare_bool(item, x, CMP_OP_EQ);
        gp_decref(item);
        if (k < 0) {
            gp_decref(it);
            return -2;
        }
        if (k) {
            if (want_index) {
                gp_decref(it);
                return i;
            }
            n++;
        }
    }
}

static int range_contains(GpObject *o, GpObject *x) {
    if (is_int_or_bool(x)) return contains_int(R(o), x);
    intptr_t n = iter_search(o, x, 0);
    return n == -2 ? -1 : n > 0;
}

static GpObject *range_count(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)nargs, (void)kw;
    if (is_int_or_bool(args[0])) {
        int r = contains_int(R(self), args[0]);
        return r < 0 ? NULL : int_from_i64(r);
    }
    intptr_t n = iter_search(self, args[0], 0);
    return n == -2 ? NULL : int_from_i64(n);
}

static GpObject *range_index(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)nargs, (void)kw;
    GpRange *r = R(self);
    GpObject *x = args[0];
    if (is_int_or_bool(x)) {
        int c = contains_int(r, x);
        if (c < 0) return NULL;
        if (!c) return err_format(&gp_exc_ValueError, "%R is not in range", x);
        int64_t v;
        if (r->small && as_small(x, &v))
            return int_from_i64((int64_t)(((__int128)v - r->istart) / r->istep));
        GpObject *d = obj_binop(x, r->start, NB_SUBTRACT);
        GpObject *q = d ? obj_binop(d, r->step, NB_FLOOR_DIVIDE) : NULL;
        gp_xdecref(d);
        return q;
    }
    intptr_t i = iter_search(self, x, 1);
    if (i == -2) return NULL;
    if (i == -1) return err_set_str(&gp_exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(i);
}

static GpObject *range_repr(GpObject *o) {
    GpRange *r = R(o);
    int64_t s;
    if (as_small(r->step, &s) && s == 1) return str_from_format("range(%R, %R)", r->start, r->stop);
    return str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* range equality as sequences: 1, 0, -1. */
static int range_equals(GpRange *a, GpRange *b) {
    if (a == b) return 1;
    if (a->small && b->small) {
        if (a->ulen != b->ulen) return 0;
        if (a->ulen == 0) return 1;
        if (a->istart != b->istart) return 0;
        return a->ulen == 1 || a->istep == b->istep;
    }
    GpObject *la = length_obj(a), *lb = length_obj(b);
    if (!la || !lb) return -1;
    int c = obj_richcompare_bool(la, lb, CMP_OP_EQ);
    if (c != 1) return c;
    c = obj_not(la);
    if (c != 0) return c;
    c = obj_richcompare_bool(a->start, b->start, CMP_OP_EQ);
    if (c != 1) return c;
    GpObject *one = int_from_i64(1);
    if (!one) return -1;
    c = obj_richcompare_bool(la, one, CMP_OP_EQ);
    gp_decref(one);
    if (c != 0) return c;
    return obj_richcompare_bool(a->step, b->step, CMP_OP_EQ);
}

static GpObject *range_richcompare(GpObject *a, GpObject *b, int op) {
    if (GP_TYPE(a) != &gp_type_range || GP_TYPE(b) != &gp_type_range ||
        (op != CMP_OP_EQ && op != CMP_OP_NE))
        return gp_newref(GP_NOTIMPL);
    int r = range_equals(R(a), R(b));
    if (r < 0) return NULL;
    return gp_bool(op == CMP_OP_EQ ? r : !r);
}

/* hash((len, start, step)) with None for what does not matter (CPython's range_hash). */
static int64_t range_hash(GpObject *o) {
    GpRange *r = R(o);
    GpObject *len = length_obj(r);
    if (!len) return -1;
    GpObject *t = tuple_new(3);
    if (!t) return -1;
    int64_t h = -1;
    TUPLE_SET_ITEM(t, 0, gp_newref(len));
    int empty = obj_not(len);
    if (empty < 0) goto done;
    if (empty) {
        TUPLE_SET_ITEM(t, 1, gp_none());
        TUPLE_SET_ITEM(t, 2, gp_none());
    } else {
        TUPLE_SET_ITEM(t, 1, gp_newref(r->start));
        GpObject *one = int_from_i64(1);
        if (!one) goto done;
        int c = obj_richcompare_bool(len, one, CMP_OP_EQ);
        gp_decref(one);
        if (c < 0) goto done;
        TUPLE_SET_ITEM(t, 2, c ? gp_none() : gp_newref(r->step));
    }
    h = obj_hash(t);
done:
    /* Fill empty slots before freeing (an error left some). */
    for (int i = 0; i < 3; i++)
        if (!TUPLE_ITEM(t, i)) TUPLE_SET_ITEM(t, i, gp_none());
    gp_decref(t);
    return h;
}

/* ---- Iterators ---- */

typedef struct RangeIter {
    GP_HEAD;
    int64_t start, step, len;
} RangeIter;

typedef struct LongRangeIter {
    GP_HEAD;
    GpObject *start, *step, *len;
} LongRangeIter;

static GpObject *fast_iter(int64_t start, int64_t step, int64_t len) {
    RangeIter *it = (RangeIter *)obj_new(&gp_type_range_iterator, sizeof(RangeIter));
    if (!it) return NULL;
    it->start = start;
    it->step = step;
    it->len = len;
    return (GpObject *)it;
}

static GpObject *long_iter_steal(GpObject *start, GpObject *step, GpObject *len) {
    LongRangeIter *it = start && step && len
                            ? (LongRangeIter *)obj_new(&gp_type_longrange_iterator, sizeof(LongRangeIter))
                            : NULL;
    if (!it) {
        gp_xdecref(start), gp_xdecref(step), gp_xdecref(len);
        return NULL;
    }
    it->start = start;
    it->step = step;
    it->len = len;
    return (GpObject *)it;
}

static GpObject *range_iter(GpObject *o) {
    GpRange *r = R(o);
    if (r->small && r->ulen <= INT64_MAX) return fast_iter(r->istart, r->istep, (int64_t)r->ulen);
    GpObject *len = length_obj(r);
    if (!len) return NULL;
    return long_iter_steal(gp_newref(r->start), gp_newref(r->step), gp_newref(len));
}

static GpObject *range_reversed(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    GpRange *r = R(self);
    if (r->small && r->ulen <= INT64_MAX) {
        /* range(start + (len-1)*step, start - step, -step), when all of it fits. */
        __int128 nstop = (__int128)r->istart - r->istep, neg = -(__int128)r->istep;
        if (neg <= INT64_MAX && nstop >= -INT64_MAX && nstop <= INT64_MAX)
            return fast_iter((int64_t)(nstop + (__int128)r->ulen * r->istep), (int64_t)neg,
                             (int64_t)r->ulen);
    }
    GpObject *len = length_obj(r);
    if (!len) return NULL;
    GpObject *one = int_from_i64(1);
    if (!one) return NULL;
    GpObject *lm1 = obj_binop(len, one, NB_SUBTRACT);
    gp_decref(one);
    GpObject *last = lm1 ? compute_item(r, lm1) : NULL;
    gp_xdecref(lm1);
    GpObject *step = last ? obj_neg(r->step) : NULL;
    return long_iter_steal(last, step, last && step ? gp_newref(len) : NULL);
}

static GpObject *rangeiter_next(GpObject *self) {
    RangeIter *it = (RangeIter *)self;
    if (it->len <= 0) return NULL;
    int64_t v = it->start;
    it->start = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->len--;
    return int_from_i64(v);
}

static GpObject *longrangeiter_next(GpObject *self) {
    LongRangeIter *it = (LongRangeIter *)self;
    GpObject *z = zero();
    if (!z) return NULL;
    int more = obj_richcompare_bool(it->len, z, CMP_OP_GT);
    gp_decref(z);
    if (more != 1) return NULL;
    GpObject *one = int_from_i64(1);
    GpObject *nstart = one ? obj_binop(it->start, it->step, NB_ADD) : NULL;
    GpObject *nlen = nstart ? obj_binop(it->len, one, NB_SUBTRACT) : NULL;
    gp_xdecref(one);
    if (!nlen) {
        gp_xdecref(nstart);
        return NULL;
    }
    GpObject *result = it->start;
    it->start = nstart;
    GP_SETREF(it->len, nlen);
    return result;
}

static void longrangeiter_dealloc(GpObject *self) {
    LongRangeIter *it = (LongRangeIter *)self;
    GP_CLEAR(it->start);
    GP_CLEAR(it->step);
    GP_CLEAR(it->len);
    obj_free(self);
}

static GpObject *rangeiter_length_hint(GpObject *self, GpObject *const *a, intptr_t n,
                                       GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return int_from_i64(((RangeIter *)self)->len);
}

static GpObject *longrangeiter_length_hint(GpObject *self, GpObject *const *a, intptr_t n,
                                           GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return gp_newref(((LongRangeIter *)self)->len);
}

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

static GpMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
static GpMethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_range_iterator = {
    GP_TYPE_HEAD,
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .base = &gp_type_object,
    .dealloc = obj_free,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

GpType gp_type_longrange_iterator = {
    GP_TYPE_HEAD,
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .base = &gp_type_object,
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

/* ---- Attributes, methods, type ---- */

static GpObject *get_start(GpObject *o) { return gp_newref(R(o)->start); }
static GpObject *get_stop(GpObject *o) { return gp_newref(R(o)->stop); }
static GpObject *get_step(GpObject *o) { return gp_newref(R(o)->step); }

static GpGetSetDef range_getset[] = {
    {"start", get_start, NULL, NULL},
    {"stop", get_stop, NULL, NULL},
    {"step", get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static GpObject *range_sizeof(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return int_from_i64((int64_t)obj_alloc_size(self));
}

static GpObject *range_getitem_method(GpObject *self, GpObject *const *a, intptr_t n,
                                      GpObject *kw) {
    (void)kw;
    if (n != 1) return err_format(&gp_exc_TypeError, "expected 1 argument, got %zd", n);
    return range_subscript(self, a[0]);
}

static GpMethodDef range_methods[] = {
    {"__reversed__", range_reversed, METH_NOARGS, NULL},
    {"__getitem__", range_getitem_method, METH_VARARGS, NULL},
    {"__sizeof__", range_sizeof, METH_NOARGS, NULL},
    {"count", range_count, METH_O, NULL},
    {"index", range_index, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_range = {
    GP_TYPE_HEAD,
    .name = "range",
    .basicsize = sizeof(GpRange),
    .base = &gp_type_object,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .new_ = range_new,
    .iter = range_iter,
    .bool_ = range_bool,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .getset = range_getset,
    .methods = range_methods,
};
