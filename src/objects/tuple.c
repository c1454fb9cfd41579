/* tuple.c — the tuple object and its iterator.
 *
 * Invariants:
 * - A tuple is one allocation: header, size, then size item pointers (sys.getsizeof is
 *   header + 8 * size). Items are never NULL once the tuple escapes to Python code.
 * - The empty tuple is a singleton (gp_interp->empty_tuple), made by tuple_init or on
 *   first use; tuple_new(0) and every empty result return it.
 * - Freeing releases the items from the last to the first (CPython's tupledealloc), through
 *   the trashcan so deep nesting does not recurse without bound.
 * - hash is CPython 3.8+'s xxHash-based tuple hash, so hash((1, 2)) matches CPython.
 */
#include <stdarg.h>
#include <string.h>

#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"

#define TUPLE_HEADER offsetof(GpTuple, items)

/* ---- Construction ---- */

static GpObject *empty_tuple(void) {
    if (!gp_interp->empty_tuple) {
        GpObject *t = obj_new(&gp_type_tuple, TUPLE_HEADER);
        if (!t) return NULL;
        gp_interp->empty_tuple = t;
    }
    return gp_newref(gp_interp->empty_tuple);
}

int tuple_init(void) {
    GpObject *t = empty_tuple();
    if (!t) return -1;
    gp_decref(t);
    return 0;
}

GpObject *tuple_new(intptr_t n) {
    if (n == 0) return empty_tuple();
    if (n < 0) return err_bad_internal_call();
    if ((size_t)n > (SIZE_MAX / 2 - TUPLE_HEADER) / sizeof(GpObject *)) return err_no_memory();
    GpObject *t = obj_new(&gp_type_tuple, TUPLE_HEADER + (size_t)n * sizeof(GpObject *));
    if (t) ((GpTuple *)t)->size = n;
    return t;
}

GpObject *tuple_from_array(GpObject *const *items, intptr_t n) {
    GpObject *t = tuple_new(n);
    if (!t) return NULL;
    for (intptr_t i = 0; i < n; i++) TUPLE_SET_ITEM(t, i, gp_newref(items[i]));
    return t;
}

GpObject *tuple_pack(intptr_t n, ...) {
    GpObject *t = tuple_new(n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (intptr_t i = 0; i < n; i++) TUPLE_SET_ITEM(t, i, gp_newref(va_arg(ap, GpObject *)));
    va_end(ap);
    return t;
}

GpObject *tuple_from_iterable(GpObject *iterable) {
    if (TUPLE_CHECK_EXACT(iterable)) return gp_newref(iterable);
    if (LIST_CHECK_EXACT(iterable)) return list_as_tuple(iterable);
    GpObject *l = list_from_iterable(iterable);
    if (!l) return NULL;
    GpObject *t = list_as_tuple(l);
    gp_decref(l);
    return t;
}

static void tuple_dealloc(GpObject *o) {
    if (list_trashcan_begin(o)) return;
    intptr_t i = TUPLE_SIZE(o);
    while (--i >= 0) GP_CLEAR(((GpTuple *)o)->items[i]);   /* last item first, as CPython */
    obj_free(o);
    list_trashcan_end();
}

/* ---- Hash and comparison ---- */

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t tuple_hash(GpObject *t) {
    intptr_t n = TUPLE_SIZE(t);
    uint64_t acc = XXPRIME_5;
    for (intptr_t i = 0; i < n; i++) {
        GpObject *item = TUPLE_ITEM(t, i);
        /* Nested tuples recurse in C: fail cleanly near the end of the C stack. */
        if (TUPLE_CHECK(item) && frame_check_c_stack() < 0) return -1;
        int64_t h = obj_hash(item);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static GpObject *tuple_richcompare(GpObject *a, GpObject *b, int op) {
    if (!TUPLE_CHECK(a) || !TUPLE_CHECK(b)) return gp_newref(GP_NOTIMPL);
    intptr_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b), i;
    for (i = 0; i < na && i < nb; i++) {
        int k = obj_richcompare_bool(TUPLE_ITEM(a, i), TUPLE_ITEM(b, i), CMP_OP_EQ);
        if (k < 0) return NULL;
        if (!k) break;
    }
    if (i >= na || i >= nb) return obj_cmp_result((na > nb) - (na < nb), op);
    if (op == CMP_OP_EQ) return gp_bool(0);
    if (op == CMP_OP_NE) return gp_bool(1);
    return obj_richcompare(TUPLE_ITEM(a, i), TUPLE_ITEM(b, i), op);
}

/* ---- repr ---- */

static GpObject *tuple_repr(GpObject *t) {
    intptr_t n = TUPLE_SIZE(t);
    if (n == 0) return str_from_cstr("()");
    int r = obj_repr_enter(t);
    if (r != 0) return r > 0 ? str_from_cstr("(...)") : NULL;
    StrBuf sb = STRBUF_INIT;
    sb_append_char(&sb, '(');
    for (intptr_t i = 0; i < n; i++) {
        if (i) sb_append(&sb, ", ", 2);
        GpObject *s = obj_repr(TUPLE_ITEM(t, i));
        if (!s) {
            sb_discard(&sb);
            obj_repr_leave(t);
            return NULL;
        }
        sb_append_str(&sb, s);
        gp_decref(s);
    }
    if (n == 1) sb_append_char(&sb, ',');
    sb_append_char(&sb, ')');
    obj_repr_leave(t);
    return sb_finish(&sb);
}

/* ---- Sequence operations ---- */

static intptr_t tuple_len(GpObject *t) { return TUPLE_SIZE(t); }

static int tuple_contains(GpObject *t, GpObject *x) {
    for (intptr_t i = 0; i < TUPLE_SIZE(t); i++) {
        int k = obj_richcompare_bool(TUPLE_ITEM(t, i), x, CMP_OP_EQ);
        if (k != 0) return k;
    }
    return 0;
}

static int is_index_like(GpObject *o) { return INT_CHECK(o) || GP_TYPE(o)->index != NULL; }

static GpObject *tuple_getitem(GpObject *t, GpObject *key) {
    intptr_t n = TUPLE_SIZE(t);
    if (is_index_like(key)) {
        intptr_t i;
        if (slice_index_value(key, &i, &gp_exc_IndexError) < 0) return NULL;
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set_str(&gp_exc_IndexError, "tuple index out of range");
        return gp_newref(TUPLE_ITEM(t, i));
    }
    if (SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t len = slice_indices(key, n, &start, &stop, &step);
        if (len < 0) return NULL;
        if (len == n && step == 1 && TUPLE_CHECK_EXACT(t)) return gp_newref(t);
        GpObject *r = tuple_new(len);
        if (!r) return NULL;
        for (intptr_t i = 0, k = start; i < len; i++, k += step)
            TUPLE_SET_ITEM(r, i, gp_newref(TUPLE_ITEM(t, k)));
        return r;
    }
    return err_format(&gp_exc_TypeError, "tuple indices must be integers or slices, not %s",
                      obj_type_name(key));
}

static GpObject *tuple_add(GpObject *a, GpObject *b) {
    if (!TUPLE_CHECK(a)) return gp_newref(GP_NOTIMPL);
    if (!TUPLE_CHECK(b)) {
        BinaryFn other = GP_TYPE(b)->binop[NB_ADD];
        if (other && other != tuple_add) {
            GpObject *r = other(a, b);
            if (r != GP_NOTIMPL) return r;
            gp_decref(r);
        }
        return err_format(&gp_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                          obj_type_name(b));
    }
    intptr_t na = TUPLE_SIZE(a), nb = TUPLE_SIZE(b);
    if (nb == 0 && TUPLE_CHECK_EXACT(a)) return gp_newref(a);
    if (na == 0 && TUPLE_CHECK_EXACT(b)) return gp_newref(b);
    GpObject *r = tuple_new(na + nb);
    if (!r) return NULL;
    for (intptr_t i = 0; i < na; i++) TUPLE_SET_ITEM(r, i, gp_newref(TUPLE_ITEM(a, i)));
    for (intptr_t i = 0; i < nb; i++) TUPLE_SET_ITEM(r, na + i, gp_newref(TUPLE_ITEM(b, i)));
    return r;
}

static GpObject *tuple_mul(GpObject *a, GpObject *b) {
    GpObject *t, *result;
    intptr_t count;
    int k = seq_repeat_operands(a, b, TUPLE_CHECK(a), tuple_mul, &t, &count, &result);
    if (k <= 0)
        return k < 0 ? NULL : result;
    intptr_t size = TUPLE_SIZE(t);
    if (size == 0 || count == 1) {
        if (TUPLE_CHECK_EXACT(t)) return gp_newref(t);
    }
    if (count <= 0 || size == 0) return tuple_new(0);
    if (size > INTPTR_MAX / count) return err_no_memory();
    GpObject *r = tuple_new(size * count);
    if (!r) return NULL;
    for (intptr_t c = 0, k = 0; c < count; c++)
        for (intptr_t i = 0; i < size; i++, k++) TUPLE_SET_ITEM(r, k, gp_newref(TUPLE_ITEM(t, i)));
    return r;
}

/* ---- Methods ---- */

static GpObject *tuple_count(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)n, (void)kw;
    intptr_t count = 0;
    for (intptr_t i = 0; i < TUPLE_SIZE(self); i++) {
        int k = obj_richcompare_bool(TUPLE_ITEM(self, i), args[0], CMP_OP_EQ);
        if (k < 0) return NULL;
        count += k;
    }
    return int_from_i64(count);
}

/* start/stop of index(): CPython's _PyEval_SliceIndexNotNone, then adjusted. */
int tuple_index_bounds(GpObject *const *args, intptr_t nargs, intptr_t len, intptr_t *start,
                     intptr_t *stop) {
    *start = 0;
    *stop = INTPTR_MAX;
    for (intptr_t k = 1; k < nargs && k < 3; k++) {
        GpObject *o = args[k];
        if (o == GP_NONE || (!INT_CHECK(o) && !GP_TYPE(o)->index)) {
            err_set_str(&gp_exc_TypeError,
                        "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (slice_eval_index(o, k == 1 ? start : stop) < 0) return -1;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = 0;
    }
    return 0;
}

static GpObject *tuple_index(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kw) {
    (void)kw;
    if (args_check_count("index", nargs, 1, 3) < 0) return NULL;
    intptr_t start, stop;
    if (tuple_index_bounds(args, nargs, TUPLE_SIZE(self), &start, &stop) < 0) return NULL;
    for (intptr_t i = start; i < stop && i < TUPLE_SIZE(self); i++) {
        int k = obj_richcompare_bool(TUPLE_ITEM(self, i), args[0], CMP_OP_EQ);
        if (k < 0) return NULL;
        if (k) return int_from_i64(i);
    }
    return err_set_str(&gp_exc_ValueError, "tuple.index(x): x not in tuple");
}

static GpObject *tuple_sizeof(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return int_from_i64((int64_t)obj_alloc_size(self)); /* its block's size class */
}

static GpObject *tuple_getnewargs(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    GpObject *copy = tuple_from_array(((GpTuple *)self)->items, TUPLE_SIZE(self));
    if (!copy) return NULL;
    GpObject *r = tuple_pack(1, copy);
    gp_decref(copy);
    return r;
}

/* tuple.__getitem__ (CPython's slot wrapper and its message). */
static GpObject *tuple_getitem_method(GpObject *self, GpObject *const *args, intptr_t nargs,
                                      GpObject *kw) {
    (void)kw;
    if (nargs != 1) return err_format(&gp_exc_TypeError, "expected 1 argument, got %zd", nargs);
    return tuple_getitem(self, args[0]);
}

static GpMethodDef tuple_methods[] = {
    {"__getitem__", tuple_getitem_method, METH_VARARGS, NULL},
    {"index", tuple_index, METH_VARARGS, NULL},
    {"count", tuple_count, METH_O, NULL},
    {"__sizeof__", tuple_sizeof, METH_NOARGS, NULL},
    {"__getnewargs__", tuple_getnewargs, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- Constructor, GC ---- */

static GpObject *tuple_type_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    if (args_no_kw("tuple", kwnames) < 0) return NULL;
    if (args_check_count("tuple", nargs, 0, 1) < 0) return NULL;
    GpObject *t = nargs ? tuple_from_iterable(args[0]) : tuple_new(0);
    if (!t || type == &gp_type_tuple) return t;
    /* A subclass instance: the same items in an object of the subclass. */
    intptr_t n = TUPLE_SIZE(t);
    GpObject *r = obj_new(type, TUPLE_HEADER + (size_t)n * sizeof(GpObject *));
    if (r) {
        ((GpTuple *)r)->size = n;
        for (intptr_t i = 0; i < n; i++) TUPLE_SET_ITEM(r, i, gp_newref(TUPLE_ITEM(t, i)));
    }
    gp_decref(t);
    return r;
}

static int tuple_traverse(GpObject *self, VisitFn visit, void *arg) {
    for (intptr_t i = TUPLE_SIZE(self) - 1; i >= 0; i--) {
        GpObject *x = TUPLE_ITEM(self, i);
        if (x) {
            int r = visit(x, arg);
            if (r) return r;
        }
    }
    return 0;
}

/* ---- Iterator ---- */

typedef struct TupleIter {
    GP_HEAD;
    intptr_t index;
    GpObject *seq;           /* NULL once exhausted */
} TupleIter;

static GpObject *tuple_iter(GpObject *t) {
    TupleIter *it = (TupleIter *)obj_new(&gp_type_tuple_iterator, sizeof(TupleIter));
    if (!it) return NULL;
    it->seq = gp_newref(t);
    return (GpObject *)it;
}

static GpObject *tupleiter_next(GpObject *self) {
    TupleIter *it = (TupleIter *)self;
    if (!it->seq) return NULL;
    if (it->index < TUPLE_SIZE(it->seq)) return gp_newref(TUPLE_ITEM(it->seq, it->index++));
    GP_CLEAR(it->seq);
    return NULL;
}

static void tupleiter_dealloc(GpObject *self) {
    GP_CLEAR(((TupleIter *)self)->seq);
    obj_free(self);
}

static int tupleiter_traverse(GpObject *self, VisitFn visit, void *arg) {
    TupleIter *it = (TupleIter *)self;
    return it->seq ? visit(it->seq, arg) : 0;
}

intptr_t tuple_iter_remaining(GpObject *self) {
    TupleIter *it = (TupleIter *)self;
    return it->seq ? TUPLE_SIZE(it->seq) - it->index : 0;
}

static GpObject *tupleiter_length_hint(GpObject *self, GpObject *const *a, intptr_t n,
                                       GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return int_from_i64(tuple_iter_remaining(self));
}

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

static GpMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_tuple_iterator = {
    GP_TYPE_HEAD,
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIter),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = tupleiter_dealloc,
    .iter = iter_self,
    .iternext = tupleiter_next,
    .traverse = tupleiter_traverse,
    .methods = tupleiter_methods,
};

GpType gp_type_tuple = {
    GP_TYPE_HEAD,
    .name = "tuple",
    .basicsize = TUPLE_HEADER,
    .itemsize = sizeof(GpObject *),
    .flags = TPFLAG_BASETYPE | TPFLAG_TUPLE_SUBCLASS | TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .new_ = tuple_type_new,
    .iter = tuple_iter,
    .binop = {[NB_ADD] = tuple_add, [NB_MULTIPLY] = tuple_mul},
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .traverse = tuple_traverse,
    .methods = tuple_methods,
};
