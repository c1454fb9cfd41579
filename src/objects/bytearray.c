/* bytearray.c — the mutable bytearray: a growable buffer (size, alloc, data), growing as
 * CPython's bytearray_resize (over-allocation by 1/8). Its read-only methods run the bytes
 * methods on a temporary bytes copy and turn bytes results back into bytearrays.
 *
 * Invariants: data holds alloc bytes (NULL when alloc is 0); data[size] is '\0' whenever
 * alloc > size.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"

#define BA(o) ((GpByteArray *)(o))
#define UNUSED_ARGS (void)args, (void)nargs, (void)kw

static int is_index_like(GpObject *o) { return INT_CHECK(o) || GP_TYPE(o)->index != NULL; }

/* Resizes to n bytes (CPython's growth rule). 0 or -1 (MemoryError). */
static int ba_resize(GpByteArray *b, intptr_t n) {
    intptr_t alloc = b->alloc;
    if (n + 1 <= alloc) {
        if (n >= alloc / 2) {
            b->size = n;
            b->data[n] = '\0';
            return 0;
        }
        alloc = n + 1;
    } else if (n <= alloc + (alloc >> 3)) {
        alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
    } else {
        alloc = n + 1;
    }
    if (n < 0 || alloc < 0 || alloc > INTPTR_MAX / 2) {
        err_no_memory();
        return -1;
    }
    char *d = mem_realloc(b->data, (size_t)alloc);
    if (!d) {
        err_no_memory();
        return -1;
    }
    b->data = d;
    b->alloc = alloc;
    b->size = n;
    d[n] = '\0';
    return 0;
}

/* A bytearray (or subclass) instance holding a copy of s[0..n). New reference. */
static GpObject *ba_new_of(GpType *type, const char *s, intptr_t n) {
    size_t size = type->basicsize > sizeof(GpByteArray) ? type->basicsize : sizeof(GpByteArray);
    GpByteArray *b = (GpByteArray *)obj_new(type, size);
    if (!b) return NULL;
    b->size = b->alloc = 0;
    b->data = NULL;
    if (n > 0) {
        b->data = mem_alloc((size_t)n + 1);
        if (!b->data) {
            gp_decref((GpObject *)b);
            return err_no_memory();
        }
        b->alloc = n + 1;
        b->size = n;
        if (s) memcpy(b->data, s, (size_t)n);
        else memset(b->data, 0, (size_t)n);
        b->data[n] = '\0';
    }
    return (GpObject *)b;
}

GpObject *bytearray_from_data(const char *s, intptr_t n) {
    return ba_new_of(&gp_type_bytearray, s, n);
}

static const char *ba_data(GpObject *o) { return BA(o)->data ? BA(o)->data : ""; }

int bytes_like(GpObject *x, const char **p, intptr_t *n) {
    if (BYTES_CHECK(x)) {
        *p = BYTES_DATA(x), *n = BYTES_SIZE(x);
        return 1;
    }
    if (BYTEARRAY_CHECK(x)) {
        *p = ba_data(x), *n = BA(x)->size;
        return 1;
    }
    return 0;
}

static GpObject *bytes_of_iterable(GpObject *x);

static GpObject *ba_type_new(GpType *type, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    if (nargs == 1 && !kwnames && BYTEARRAY_CHECK(args[0]))
        return ba_new_of(type, ba_data(args[0]), BA(args[0])->size);
    if (nargs == 0 && !kwnames) return ba_new_of(type, NULL, 0);
    const char *bp;
    intptr_t bn;
    GpObject *b;
    if (nargs == 1 && !kwnames && !STR_CHECK(args[0]) && !is_index_like(args[0]) &&
        !bytes_like(args[0], &bp, &bn) && (GP_TYPE(args[0])->iter || GP_TYPE(args[0])->getitem))
        b = bytes_of_iterable(args[0]);   /* bytearray's wording for bad items */
    else if (nargs == 1 && !kwnames && !STR_CHECK(args[0]) && !is_index_like(args[0]) &&
             !bytes_like(args[0], &bp, &bn))
        return err_format(&gp_exc_TypeError, "cannot convert '%s' object to bytearray",
                          obj_type_name(args[0]));
    else
        b = gp_type_bytes.new_(&gp_type_bytes, args, nargs, kwnames);
    if (!b) return NULL;
    GpObject *r = ba_new_of(type, BYTES_DATA(b), BYTES_SIZE(b));
    gp_decref(b);
    return r;
}

static void ba_dealloc(GpObject *o) {
    mem_free(BA(o)->data);
    obj_free(o);
}

static GpObject *ba_repr(GpObject *o) {
    GpObject *tmp = bytes_from_data(ba_data(o), BA(o)->size);
    if (!tmp) return NULL;
    GpObject *r = bytes_repr(tmp);
    gp_decref(tmp);
    if (!r) return NULL;
    GpObject *res = str_from_format("%s(%U)", GP_TYPE(o)->name, r);
    gp_decref(r);
    return res;
}

static GpObject *ba_richcompare(GpObject *a, GpObject *b, int op) {
    const char *pa, *pb;
    intptr_t na, nb;
    if (!bytes_like(a, &pa, &na) || !bytes_like(b, &pb, &nb)) return gp_newref(GP_NOTIMPL);
    int c = memcmp(pa, pb, (size_t)(na < nb ? na : nb));
    if (c == 0) c = na < nb ? -1 : na > nb;
    return obj_cmp_result(c, op);
}

static intptr_t ba_len(GpObject *o) { return BA(o)->size; }

static GpObject *ba_getitem(GpObject *o, GpObject *key) {
    if (is_index_like(key)) {
        intptr_t i;
        if (slice_index_value(key, &i, &gp_exc_IndexError) < 0) return NULL;
        intptr_t n = BA(o)->size;   /* after __index__, which may resize the array */
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set_str(&gp_exc_IndexError, "bytearray index out of range");
        return int_from_i64((unsigned char)BA(o)->data[i]);
    }
    if (SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t len = slice_indices_live(key, &BA(o)->size, &start, &stop, &step);
        if (len < 0) return NULL;
        GpObject *r = bytearray_from_data(NULL, len);
        if (!r) return NULL;
        for (intptr_t i = 0, j = start; i < len; i++, j += step) BA(r)->data[i] = BA(o)->data[j];
        return r;
    }
    return err_format(&gp_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                      obj_type_name(key));
}

/* The value of a byte item: 0..255 or -1 with ValueError "byte must be in range(0, 256)". */
static int byte_of(GpObject *v) {
    intptr_t x;
    if (!is_index_like(v)) {
        err_format(&gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                   obj_type_name(v));
        return -1;
    }
    if (slice_index_value(v, &x, &gp_exc_ValueError) < 0 || x < 0 || x > 255) {
        err_clear();
        err_set_str(&gp_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)x;
}

/* A new bytes of the ints an iterable yields, checked with byte_of (bytearray's wording). */
static GpObject *bytes_of_iterable(GpObject *x) {
    GpObject *it = obj_iter(x);
    if (!it) return NULL;
    StrBuf sb = STRBUF_INIT;
    GpObject *item;
    while ((item = obj_iternext(it))) {
        int v = byte_of(item);
        gp_decref(item);
        if (v < 0 || sb_append_char(&sb, (char)v) < 0) goto error;
    }
    if (err_occurred()) goto error;
    gp_decref(it);
    GpObject *r = bytes_from_data(sb.data, sb.len);
    sb_discard(&sb);
    return r;
error:
    gp_decref(it);
    sb_discard(&sb);
    return NULL;
}

/* Bytes of an assigned value: bytes-like, or an iterable of ints (a new bytes in *tmp). */
static int value_bytes(GpObject *v, const char **p, intptr_t *n, GpObject **tmp) {
    *tmp = NULL;
    if (bytes_like(v, p, n)) {
        /* copy: the source may be the target itself */
        *tmp = bytes_from_data(*p, *n);
        if (!*tmp) return -1;
        *p = BYTES_DATA(*tmp);
        return 0;
    }
    if (is_index_like(v) || STR_CHECK(v)) {
        err_format(&gp_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in "
                                      "range(0, 256)");
        return -1;
    }
    if (!GP_TYPE(v)->iter && !GP_TYPE(v)->getitem) {
        err_format(&gp_exc_TypeError, "cannot convert '%s' object to bytearray",
                   obj_type_name(v));
        return -1;
    }
    *tmp = bytes_of_iterable(v);
    if (!*tmp) return -1;
    *p = BYTES_DATA(*tmp), *n = BYTES_SIZE(*tmp);
    return 0;
}

/* Replaces data[lo..hi) by p[0..m). 0 or -1. */
static int ba_splice(GpByteArray *b, intptr_t lo, intptr_t hi, const char *p, intptr_t m) {
    intptr_t n = b->size, tail = n - hi, newn = n - (hi - lo) + m;
    if (m > hi - lo) {
        if (ba_resize(b, newn) < 0) return -1;
        memmove(b->data + lo + m, b->data + hi, (size_t)tail);
    } else {
        if (b->data) memmove(b->data + lo + m, b->data + hi, (size_t)tail);
        if (ba_resize(b, newn) < 0) return -1;
    }
    if (m) memcpy(b->data + lo, p, (size_t)m);
    return 0;
}

static int ba_setitem(GpObject *o, GpObject *key, GpObject *value) {
    GpByteArray *b = BA(o);
    if (is_index_like(key)) {
        intptr_t i;
        if (slice_index_value(key, &i, &gp_exc_IndexError) < 0) return -1;
        /* The value first: its __index__ may resize the array (CPython's order too). */
        int v = value ? byte_of(value) : 0;
        if (v < 0) return -1;
        if (i < 0) i += b->size;
        if (i < 0 || i >= b->size) {
            err_set_str(&gp_exc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!value) return ba_splice(b, i, i + 1, NULL, 0);
        b->data[i] = (char)v;
        return 0;
    }
    if (!SLICE_CHECK(key)) {
        err_format(&gp_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                   obj_type_name(key));
        return -1;
    }
    /* The value's bytes first (iterating it may run code that resizes the array), then
     * the slice against the length as it is then. */
    const char *p = NULL;
    intptr_t m = 0;
    GpObject *tmp = NULL;
    if (value && value_bytes(value, &p, &m, &tmp) < 0) return -1;
    intptr_t start, stop, step;
    intptr_t len = slice_indices_live(key, &b->size, &start, &stop, &step);
    if (len < 0) {
        gp_xdecref(tmp);
        return -1;
    }
    int r = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        r = ba_splice(b, start, stop, p, m);
    } else if (!value) {
        /* delete the selected bytes, keeping order */
        char *keep = mem_alloc((size_t)b->size + 1);
        if (!keep) {
            err_no_memory();
            return -1;
        }
        intptr_t k = 0;
        for (intptr_t i = 0; i < b->size; i++) {
            int sel = step > 0 ? (i >= start && i < start + len * step && (i - start) % step == 0)
                               : (i <= start && i > start + len * step && (start - i) % (-step) == 0);
            if (!sel) keep[k++] = b->data[i];
        }
        memcpy(b->data, keep, (size_t)k);
        mem_free(keep);
        r = ba_resize(b, k);
    } else if (m != len) {
        err_format(&gp_exc_ValueError,
                   "attempt to assign bytes of size %zd to extended slice of size %zd", m, len);
        r = -1;
    } else {
        for (intptr_t i = 0, j = start; i < len; i++, j += step) b->data[j] = p[i];
    }
    gp_xdecref(tmp);
    return r;
}

static int ba_contains(GpObject *o, GpObject *x) {
    GpObject *tmp = bytes_from_data(ba_data(o), BA(o)->size);
    if (!tmp) return -1;
    int r;
    if (BYTEARRAY_CHECK(x)) {
        GpObject *xb = bytes_from_data(ba_data(x), BA(x)->size);
        r = xb ? gp_type_bytes.contains(tmp, xb) : -1;
        gp_xdecref(xb);
    } else {
        r = gp_type_bytes.contains(tmp, x);
    }
    gp_decref(tmp);
    return r;
}

static GpObject *ba_add(GpObject *a, GpObject *b) {
    const char *pa, *pb;
    intptr_t na, nb;
    if (!bytes_like(a, &pa, &na)) return gp_newref(GP_NOTIMPL);
    if (!bytes_like(b, &pb, &nb))
        return err_format(&gp_exc_TypeError, "can't concat %s to %s", obj_type_name(b),
                          obj_type_name(a));
    GpObject *r = bytearray_from_data(NULL, na + nb);
    if (!r) return NULL;
    if (na) memcpy(BA(r)->data, pa, (size_t)na);
    if (nb) memcpy(BA(r)->data + na, pb, (size_t)nb);
    return r;
}

static GpObject *ba_iadd(GpObject *a, GpObject *b) {
    const char *pb;
    intptr_t nb;
    if (!bytes_like(b, &pb, &nb))
        return err_format(&gp_exc_TypeError, "can't concat %s to %s", obj_type_name(b),
                          obj_type_name(a));
    GpObject *tmp = bytes_from_data(pb, nb);
    if (!tmp) return NULL;
    int r = ba_splice(BA(a), BA(a)->size, BA(a)->size, BYTES_DATA(tmp), nb);
    gp_decref(tmp);
    return r < 0 ? NULL : gp_newref(a);
}

static GpObject *ba_mul(GpObject *a, GpObject *b) {
    GpObject *s, *result;
    intptr_t count;
    int k = seq_repeat_operands(a, b, BYTEARRAY_CHECK(a), ba_mul, &s, &count, &result);
    if (k <= 0)
        return k < 0 ? NULL : result;
    intptr_t size = BA(s)->size;
    if (count <= 0 || size == 0) return bytearray_from_data(NULL, 0);
    if (size > (INTPTR_MAX / 2) / count) return err_no_memory();
    GpObject *r = bytearray_from_data(NULL, size * count);
    if (!r) return NULL;
    for (intptr_t i = 0; i < count; i++) memcpy(BA(r)->data + i * size, BA(s)->data, (size_t)size);
    return r;
}

static GpObject *ba_imul(GpObject *a, GpObject *b) {
    GpObject *r = ba_mul(a, b);
    if (!r) return NULL;
    GpObject *t = gp_newref(a);
    int rc = ba_splice(BA(a), 0, BA(a)->size, ba_data(r), BA(r)->size);
    gp_decref(r);
    if (rc < 0) {
        gp_decref(t);
        return NULL;
    }
    return t;
}

/* ---- Iterator ---- */

typedef struct BAIter {
    GP_HEAD;
    intptr_t index;
    GpObject *seq;
} BAIter;

static GpObject *ba_iter(GpObject *o) {
    BAIter *it = (BAIter *)obj_new(&gp_type_bytearray_iterator, sizeof(BAIter));
    if (!it) return NULL;
    it->index = 0;
    it->seq = gp_newref(o);
    return (GpObject *)it;
}

static GpObject *baiter_next(GpObject *self) {
    BAIter *it = (BAIter *)self;
    if (!it->seq) return NULL;
    if (it->index < BA(it->seq)->size)
        return int_from_i64((unsigned char)BA(it->seq)->data[it->index++]);
    GP_CLEAR(it->seq);
    return NULL;
}

static void baiter_dealloc(GpObject *self) {
    GP_CLEAR(((BAIter *)self)->seq);
    obj_free(self);
}

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

GpType gp_type_bytearray_iterator = {
    GP_TYPE_HEAD,
    .name = "bytearray_iterator",
    .basicsize = sizeof(BAIter),
    .base = &gp_type_object,
    .dealloc = baiter_dealloc,
    .iter = iter_self,
    .iternext = baiter_next,
};

/* ---- Mutating methods ---- */

static GpObject *m_append(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    int v = byte_of(args[0]);
    if (v < 0) return NULL;
    char c = (char)v;
    if (ba_splice(BA(self), BA(self)->size, BA(self)->size, &c, 1) < 0) return NULL;
    return gp_none();
}

static GpObject *m_extend(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    if (STR_CHECK(args[0]))
        return err_set_str(&gp_exc_TypeError, "expected iterable of integers; got: 'str'");
    const char *p;
    intptr_t m;
    GpObject *tmp;
    if (!bytes_like(args[0], &p, &m) && !GP_TYPE(args[0])->iter && !GP_TYPE(args[0])->getitem)
        return err_format(&gp_exc_TypeError, "can't extend bytearray with %s",
                          obj_type_name(args[0]));
    if (value_bytes(args[0], &p, &m, &tmp) < 0) return NULL;
    int r = ba_splice(BA(self), BA(self)->size, BA(self)->size, p, m);
    gp_xdecref(tmp);
    return r < 0 ? NULL : gp_none();
}

static GpObject *m_insert(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (args_check_count("insert", nargs, 2, 2) < 0) return NULL;
    intptr_t i;
    if (slice_index_value(args[0], &i, &gp_exc_OverflowError) < 0) return NULL;
    int v = byte_of(args[1]);
    if (v < 0) return NULL;
    intptr_t n = BA(self)->size;
    if (i < 0 && (i += n) < 0) i = 0;
    if (i > n) i = n;
    char c = (char)v;
    return ba_splice(BA(self), i, i, &c, 1) < 0 ? NULL : gp_none();
}

static GpObject *m_pop(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (args_check_count("pop", nargs, 0, 1) < 0) return NULL;
    intptr_t i = -1;
    if (nargs && slice_index_value(args[0], &i, &gp_exc_OverflowError) < 0) return NULL;
    intptr_t n = BA(self)->size;   /* after __index__, which may resize the array */
    if (n == 0) return err_set_str(&gp_exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_set_str(&gp_exc_IndexError, "pop index out of range");
    int v = (unsigned char)BA(self)->data[i];
    if (ba_splice(BA(self), i, i + 1, NULL, 0) < 0) return NULL;
    return int_from_i64(v);
}

static GpObject *m_remove(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    int v = byte_of(args[0]);
    if (v < 0) return NULL;
    const char *d = ba_data(self);
    const char *at = memchr(d, v, (size_t)BA(self)->size);
    if (!at) return err_set_str(&gp_exc_ValueError, "value not found in bytearray");
    intptr_t i = at - d;
    return ba_splice(BA(self), i, i + 1, NULL, 0) < 0 ? NULL : gp_none();
}

static GpObject *m_clear(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return ba_resize(BA(self), 0) < 0 ? NULL : gp_none();
}

static GpObject *m_copy(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return bytearray_from_data(ba_data(self), BA(self)->size);
}

static GpObject *m_reverse(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    char *d = BA(self)->data;
    for (intptr_t i = 0, j = BA(self)->size - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    return gp_none();
}

static GpObject *m_sizeof(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    size_t n = obj_alloc_size(self);
    if (BA(self)->data) n += mem_size(BA(self)->data);
    return int_from_i64((int64_t)n);
}

/* ---- Read-only methods: the bytes method on a copy ---- */

static GpMethodDef *bytes_method(const char *name) {
    for (GpMethodDef *d = gp_bytes_methods; d->name; d++)
        if (strcmp(d->name, name) == 0) return d;
    return NULL;
}

/* A bytes result becomes a bytearray; lists and tuples of bytes likewise (split,
 * partition). Steals r. */
static GpObject *to_bytearray_steal(GpObject *r) {
    if (!r) return NULL;
    if (BYTES_CHECK(r)) {
        GpObject *b = bytearray_from_data(BYTES_DATA(r), BYTES_SIZE(r));
        gp_decref(r);
        return b;
    }
    if (LIST_CHECK(r)) {
        for (intptr_t i = 0; i < LIST_SIZE(r); i++) {
            GpObject *b = to_bytearray_steal(gp_newref(LIST_ITEM(r, i)));
            if (!b) {
                gp_decref(r);
                return NULL;
            }
            GP_SETREF(LIST_ITEM(r, i), b);
        }
        return r;
    }
    if (TUPLE_CHECK(r)) {
        GpObject *t = tuple_new(TUPLE_SIZE(r));
        if (!t) {
            gp_decref(r);
            return NULL;
        }
        for (intptr_t i = 0; i < TUPLE_SIZE(r); i++) {
            GpObject *b = to_bytearray_steal(gp_newref(TUPLE_ITEM(r, i)));
            if (!b) {
                gp_decref(r);
                gp_decref(t);
                return NULL;
            }
            TUPLE_SET_ITEM(t, i, b);
        }
        gp_decref(r);
        return t;
    }
    return r;
}

static GpObject *call_bytes_method(const char *name, GpObject *self, GpObject *const *args,
                                   intptr_t nargs, GpObject *kw, int convert) {
    GpMethodDef *d = bytes_method(name);
    if (!d) return err_set_str(&gp_exc_SystemError, "missing bytes method");
    intptr_t total = nargs + (kw ? TUPLE_SIZE(kw) : 0);
    GpObject *small[8], **a = small;
    if (total > 8) return err_set_str(&gp_exc_TypeError, "too many arguments");
    GpObject *tmp = bytes_from_data(ba_data(self), BA(self)->size);
    if (!tmp) return NULL;
    intptr_t made = 0;
    GpObject *r = NULL;
    for (intptr_t i = 0; i < total; i++) {
        if (BYTEARRAY_CHECK(args[i])) {
            a[i] = bytes_from_data(ba_data(args[i]), BA(args[i])->size);
            if (!a[i]) goto done;
        } else {
            a[i] = gp_newref(args[i]);
        }
        made++;
    }
    r = cfunction_call_def(d, tmp, a, nargs, kw);
    if (convert && r) r = to_bytearray_steal(r);
done:
    for (intptr_t i = 0; i < made; i++) gp_decref(a[i]);
    gp_decref(tmp);
    return r;
}

#define WRAP(name, convert)                                                                   \
    static GpObject *w_##name(GpObject *self, GpObject *const *args, intptr_t nargs,          \
                              GpObject *kw) {                                                 \
        return call_bytes_method(#name, self, args, nargs, kw, convert);                      \
    }
WRAP(capitalize, 1)
WRAP(center, 1)
WRAP(count, 0)
WRAP(decode, 0)
WRAP(endswith, 0)
WRAP(expandtabs, 1)
WRAP(istitle, 0)
WRAP(find, 0)
WRAP(hex, 0)
WRAP(index, 0)
WRAP(isalnum, 0)
WRAP(isalpha, 0)
WRAP(isascii, 0)
WRAP(isdigit, 0)
WRAP(islower, 0)
WRAP(isspace, 0)
WRAP(isupper, 0)
WRAP(join, 1)
WRAP(ljust, 1)
WRAP(lower, 1)
WRAP(lstrip, 1)
WRAP(partition, 1)
WRAP(removeprefix, 1)
WRAP(removesuffix, 1)
WRAP(replace, 1)
WRAP(rfind, 0)
WRAP(rindex, 0)
WRAP(rjust, 1)
WRAP(rpartition, 1)
WRAP(rsplit, 1)
WRAP(rstrip, 1)
WRAP(split, 1)
WRAP(splitlines, 1)
WRAP(startswith, 0)
WRAP(strip, 1)
WRAP(swapcase, 1)
WRAP(title, 1)
WRAP(translate, 1)
WRAP(upper, 1)
WRAP(zfill, 1)

static GpMethodDef ba_methods[] = {
    {"__sizeof__", m_sizeof, METH_NOARGS, NULL},
    {"append", m_append, METH_O, NULL},
    {"capitalize", w_capitalize, METH_NOARGS, NULL},
    {"center", w_center, METH_VARARGS, NULL},
    {"clear", m_clear, METH_NOARGS, NULL},
    {"copy", m_copy, METH_NOARGS, NULL},
    {"count", w_count, METH_VARARGS, NULL},
    {"decode", w_decode, METH_KEYWORDS, NULL},
    {"endswith", w_endswith, METH_VARARGS, NULL},
    {"expandtabs", w_expandtabs, METH_KEYWORDS, NULL},
    {"extend", m_extend, METH_O, NULL},
    {"find", w_find, METH_VARARGS, NULL},
    {"hex", w_hex, METH_KEYWORDS, NULL},
    {"index", w_index, METH_VARARGS, NULL},
    {"insert", m_insert, METH_VARARGS, NULL},
    {"isalnum", w_isalnum, METH_NOARGS, NULL},
    {"isalpha", w_isalpha, METH_NOARGS, NULL},
    {"isascii", w_isascii, METH_NOARGS, NULL},
    {"isdigit", w_isdigit, METH_NOARGS, NULL},
    {"islower", w_islower, METH_NOARGS, NULL},
    {"isspace", w_isspace, METH_NOARGS, NULL},
    {"istitle", w_istitle, METH_NOARGS, NULL},
    {"isupper", w_isupper, METH_NOARGS, NULL},
    {"join", w_join, METH_O, NULL},
    {"ljust", w_ljust, METH_VARARGS, NULL},
    {"lower", w_lower, METH_NOARGS, NULL},
    {"lstrip", w_lstrip, METH_VARARGS, NULL},
    {"partition", w_partition, METH_O, NULL},
    {"pop", m_pop, METH_VARARGS, NULL},
    {"remove", m_remove, METH_O, NULL},
    {"removeprefix", w_removeprefix, METH_O, NULL},
    {"removesuffix", w_removesuffix, METH_O, NULL},
    {"replace", w_replace, METH_VARARGS, NULL},
    {"reverse", m_reverse, METH_NOARGS, NULL},
    {"rfind", w_rfind, METH_VARARGS, NULL},
    {"rindex", w_rindex, METH_VARARGS, NULL},
    {"rjust", w_rjust, METH_VARARGS, NULL},
    {"rpartition", w_rpartition, METH_O, NULL},
    {"rsplit", w_rsplit, METH_KEYWORDS, NULL},
    {"rstrip", w_rstrip, METH_VARARGS, NULL},
    {"split", w_split, METH_KEYWORDS, NULL},
    {"splitlines", w_splitlines, METH_KEYWORDS, NULL},
    {"startswith", w_startswith, METH_VARARGS, NULL},
    {"strip", w_strip, METH_VARARGS, NULL},
    {"swapcase", w_swapcase, METH_NOARGS, NULL},
    {"title", w_title, METH_NOARGS, NULL},
    {"translate", w_translate, METH_KEYWORDS, NULL},
    {"upper", w_upper, METH_NOARGS, NULL},
    {"zfill", w_zfill, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_bytearray = {
    GP_TYPE_HEAD,
    .name = "bytearray",
    .basicsize = sizeof(GpByteArray),
    .flags = TPFLAG_BASETYPE,
    .base = &gp_type_object,
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .richcompare = ba_richcompare,
    .new_ = ba_type_new,
    .iter = ba_iter,
    .binop = {[NB_ADD] = ba_add, [NB_MULTIPLY] = ba_mul},
    .inplace = {[NB_ADD] = ba_iadd, [NB_MULTIPLY] = ba_imul},
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .methods = ba_methods,
};
