/* slice.c — slice objects and the index conversions every sequence shares.
 *
 * Invariants:
 * - start, stop and step are never NULL (None when absent); slices are immutable and
 *   unhashable (CPython 3.11), compared as (start, stop, step) tuples.
 * - slice_indices is CPython's PySlice_GetIndicesEx: bounds are clamped to ssize_t first
 *   (huge ints act as +/- infinity), then adjusted to the sequence length.
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

#define S(o) ((GpSlice *)(o))

/* ---- Index conversion ---- */

/* The value of an int-like object, clamped to ssize_t. *overflowed is set when clamping. */
static int clamped_index(GpObject *o, intptr_t *out, int *overflowed) {
    *overflowed = 0;
    if (INT_CHECK(o) && INT_IS_SMALL(o)) {
        *out = (intptr_t)INT_VALUE(o);
        return 0;
    }
    GpObject *i = obj_index(o);
    if (!i) return -1;
    int64_t v;
    if (int_to_i64(i, &v) == 0) {
        *out = (intptr_t)v;
    } else {
        err_clear();
        GpObject *z = int_from_i64(0);
        int neg = z ? obj_richcompare_bool(i, z, CMP_OP_LT) : -1;
        gp_xdecref(z);
        if (neg < 0) {
            gp_decref(i);
            return -1;
        }
        *out = neg ? INTPTR_MIN : INTPTR_MAX;
        *overflowed = 1;
    }
    gp_decref(i);
    return 0;
}

int slice_index_value(GpObject *o, intptr_t *out, GpType *overflow) {
    int over;
    if (clamped_index(o, out, &over) < 0) return -1;
    if (over) {
        err_format(overflow, "cannot fit '%s' into an index-sized integer", obj_type_name(o));
        return -1;
    }
    return 0;
}

int slice_eval_index(GpObject *o, intptr_t *out) {
    if (o == GP_NONE) return 0;
    if (!INT_CHECK(o) && !GP_TYPE(o)->index) {
        err_set_str(&gp_exc_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    int over;
    return clamped_index(o, out, &over);
}

intptr_t slice_indices(GpObject *slice, intptr_t length, intptr_t *start, intptr_t *stop,
                       intptr_t *step) {
    return slice_indices_live(slice, &length, start, stop, step);
}

intptr_t slice_indices_live(GpObject *slice, const intptr_t *lengthp, intptr_t *start,
                            intptr_t *stop, intptr_t *step) {
    if (slice_unpack(slice, start, stop, step) < 0) return -1;
    return slice_adjust(*lengthp, start, stop, *step);   /* read after the __index__ calls */
}

int slice_unpack(GpObject *slice, intptr_t *start, intptr_t *stop, intptr_t *step) {
    GpSlice *s = S(slice);
    if (s->step == GP_NONE) {
        *step = 1;
    } else {
        if (slice_eval_index(s->step, step) < 0) return -1;
        if (*step == 0) {
            err_set_str(&gp_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INTPTR_MAX) *step = -INTPTR_MAX;   /* so that -step is defined */
    }
    *start = *step < 0 ? INTPTR_MAX : 0;
    if (s->start != GP_NONE && slice_eval_index(s->start, start) < 0) return -1;
    *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
    if (s->stop != GP_NONE && slice_eval_index(s->stop, stop) < 0) return -1;
    return 0;
}

intptr_t slice_adjust(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t st) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = st < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = st < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = st < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = st < 0 ? length - 1 : length;
    }
    if (st < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-st) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / st + 1;
    }
    return 0;
}

/* ---- The slice object ---- */

GpObject *slice_new(GpObject *start, GpObject *stop, GpObject *step) {
    GpSlice *s = (GpSlice *)obj_new(&gp_type_slice, sizeof(GpSlice));
    if (!s) return NULL;
    s->start = gp_newref(start ? start : GP_NONE);
    s->stop = gp_newref(stop ? stop : GP_NONE);
    s->step = gp_newref(step ? step : GP_NONE);
    return (GpObject *)s;
}

static GpObject *slice_type_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                GpObject *kw) {
    (void)type;
    if (args_no_kw("slice", kw) < 0) return NULL;
    if (args_check_count("slice", nargs, 1, 3) < 0) return NULL;
    if (nargs == 1) return slice_new(NULL, args[0], NULL);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static void slice_dealloc(GpObject *o) {
    GP_CLEAR(S(o)->start);
    GP_CLEAR(S(o)->stop);
    GP_CLEAR(S(o)->step);
    obj_free(o);
}

static GpObject *slice_repr(GpObject *o) {
    return str_from_format("slice(%R, %R, %R)", S(o)->start, S(o)->stop, S(o)->step);
}

static GpObject *slice_richcompare(GpObject *a, GpObject *b, int op) {
    if (!SLICE_CHECK(a) || !SLICE_CHECK(b)) return gp_newref(GP_NOTIMPL);
    if (a == b) return gp_bool(op == CMP_OP_EQ || op == CMP_OP_LE || op == CMP_OP_GE);
    GpObject *t1 = tuple_pack(3, S(a)->start, S(a)->stop, S(a)->step);
    GpObject *t2 = t1 ? tuple_pack(3, S(b)->start, S(b)->stop, S(b)->step) : NULL;
    GpObject *r = t2 ? obj_richcompare(t1, t2, op) : NULL;
    gp_xdecref(t1);
    gp_xdecref(t2);
    return r;
}

static int slice_traverse(GpObject *o, VisitFn visit, void *arg) {
    int r = visit(S(o)->start, arg);
    if (!r) r = visit(S(o)->stop, arg);
    if (!r) r = visit(S(o)->step, arg);
    return r;
}

/* slice.indices(length) -> (start, stop, step). */
static GpObject *slice_indices_method(GpObject *self, GpObject *const *args, intptr_t nargs,
                                      GpObject *kw) {
    (void)nargs, (void)kw;
    GpObject *len = obj_index(args[0]);
    if (!len) return NULL;
    intptr_t n = obj_as_ssize(len);
    gp_decref(len);
    if (n == -1 && err_occurred()) return NULL;
    if (n < 0) return err_set_str(&gp_exc_ValueError, "length should not be negative");
    intptr_t start, stop, step;
    if (slice_indices(self, n, &start, &stop, &step) < 0) return NULL;
    GpObject *a = int_from_i64(start), *b = int_from_i64(stop), *c = int_from_i64(step);
    GpObject *t = a && b && c ? tuple_pack(3, a, b, c) : NULL;
    gp_xdecref(a), gp_xdecref(b), gp_xdecref(c);
    return t;
}

static GpObject *get_start(GpObject *o) { return gp_newref(S(o)->start); }
static GpObject *get_stop(GpObject *o) { return gp_newref(S(o)->stop); }
static GpObject *get_step(GpObject *o) { return gp_newref(S(o)->step); }

static GpGetSetDef slice_getset[] = {
    {"start", get_start, NULL, NULL},
    {"stop", get_stop, NULL, NULL},
    {"step", get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static GpMethodDef slice_methods[] = {
    {"indices", slice_indices_method, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_slice = {
    GP_TYPE_HEAD,
    .name = "slice",
    .basicsize = sizeof(GpSlice),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .new_ = slice_type_new,
    .traverse = slice_traverse,
    .getset = slice_getset,
    .methods = slice_methods,
};
