/* bytes.c — the bytes type (bytes.h): construction, repr, hash, comparison, the sequence
 * protocol and the iterator. The methods are in bytes_methods.c, the codecs in
 * bytes_codec.c.
 *
 * Invariants: a bytes is never changed after it escapes; data is NUL-terminated.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"

#define BYTES_HEADER offsetof(GpBytes, data)

/* A new bytes of n bytes (not cached). */
static GpObject *bytes_new_raw(intptr_t n) {
    if (n < 0 || (size_t)n > (SIZE_MAX >> 1) - BYTES_HEADER - 1) return err_no_memory();
    GpBytes *b = (GpBytes *)obj_new(&gp_type_bytes, BYTES_HEADER + (size_t)n + 1);
    if (!b) return NULL;
    b->size = n;
    b->hash = -1;
    b->data[n] = '\0';
    return (GpObject *)b;
}

/* b'' and the one-byte bytes are shared, as CPython's (made on first use). */
static GpObject *cached(int i) {
    GpObject **slot = &gp_interp->bytes_cache[i];
    if (!*slot) {
        GpObject *b = bytes_new_raw(i == 256 ? 0 : 1);
        if (!b) return NULL;
        if (i < 256) BYTES_DATA(b)[0] = (char)i;
        *slot = b;
    }
    return gp_newref(*slot);
}

GpObject *bytes_alloc(intptr_t n) { return n == 0 ? cached(256) : bytes_new_raw(n); }

GpObject *bytes_from_data(const char *s, intptr_t n) {
    if (n == 1) return cached((unsigned char)s[0]);
    GpObject *b = bytes_alloc(n);
    if (b && n) memcpy(BYTES_DATA(b), s, (size_t)n);
    return b;
}

int64_t bytes_hash(GpObject *o) {
    GpBytes *b = (GpBytes *)o;
    if (b->hash == -1) b->hash = str_hash_bytes(b->data, (size_t)b->size);
    return b->hash;
}

int bytes_eq(GpObject *a, GpObject *b) {
    return BYTES_SIZE(a) == BYTES_SIZE(b) &&
           memcmp(BYTES_DATA(a), BYTES_DATA(b), (size_t)BYTES_SIZE(a)) == 0;
}

GpObject *bytes_repr(GpObject *o) {
    const unsigned char *p = (const unsigned char *)BYTES_DATA(o);
    intptr_t n = BYTES_SIZE(o);
    char quote = '\'';
    if (memchr(p, '\'', (size_t)n) && !memchr(p, '"', (size_t)n)) quote = '"';
    StrBuf sb = STRBUF_INIT;
    sb_append(&sb, "b", 1);
    sb_append_char(&sb, quote);
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == quote || c == '\\') {
            sb_append_char(&sb, '\\');
            sb_append_char(&sb, (char)c);
        } else if (c == '\t') {
            sb_append(&sb, "\\t", 2);
        } else if (c == '\n') {
            sb_append(&sb, "\\n", 2);
        } else if (c == '\r') {
            sb_append(&sb, "\\r", 2);
        } else if (c < ' ' || c >= 0x7f) {
            sb_printf(&sb, "\\x%02x", c);
        } else {
            sb_append_char(&sb, (char)c);
        }
    }
    sb_append_char(&sb, quote);
    return sb_finish(&sb);
}

/* ---- Construction: bytes(...) ---- */

/* The byte value of an int-like item: 0..255, or -1 with an exception. */
static int byte_value(GpObject *item) {
    GpObject *i = obj_index(item);
    if (!i) return -1;
    int64_t v;
    int r = int_to_i64(i, &v);
    gp_decref(i);
    if (r < 0 || v < 0 || v > 255) {
        if (r < 0) err_clear();
        err_set_str(&gp_exc_ValueError, "bytes must be in range(0, 256)");
        return -1;
    }
    return (int)v;
}

static GpObject *bytes_from_iterable(GpObject *x) {
    GpObject *it = obj_iter(x);
    if (!it) return NULL;
    StrBuf sb = STRBUF_INIT;
    GpObject *item;
    while ((item = obj_iternext(it))) {
        int v = byte_value(item);
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

static GpObject *bytes_new_exact(GpObject *const *args, intptr_t nargs, GpObject *kwnames);

/* bytes(...) and subclasses of bytes: a subclass instance copies the bytes made. */
static GpObject *bytes_type_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    GpObject *b = bytes_new_exact(args, nargs, kwnames);
    if (!b || type == &gp_type_bytes) return b;
    intptr_t n = BYTES_SIZE(b);
    GpBytes *r = (GpBytes *)obj_new(type, BYTES_HEADER + (size_t)n + 1);
    if (r) {
        r->size = n;
        r->hash = -1;
        memcpy(r->data, BYTES_DATA(b), (size_t)n + 1);
    }
    gp_decref(b);
    return (GpObject *)r;
}

static GpObject *bytes_new_exact(GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    GpObject *a[3] = {NULL, NULL, NULL};
    if (args_parse("bytes", args, nargs, kwnames, names, 0, 3, a) < 0) return NULL;
    GpObject *x = a[0];
    for (int i = 1; i < 3; i++)
        if (a[i] && !STR_CHECK(a[i]))
            return err_format(&gp_exc_TypeError,
                              "bytes() argument '%s' must be str, not %s", names[i],
                              obj_type_name(a[i]));
    if (!x) {
        if (a[1] || a[2])
            return err_set_str(&gp_exc_TypeError,
                               a[1] ? "encoding without a string argument"
                                    : "errors without a string argument");
        return bytes_alloc(0);
    }
    if (a[1] || a[2]) {
        if (!STR_CHECK(x))
            return err_set_str(&gp_exc_TypeError, a[1] ? "encoding without a string argument"
                                                       : "errors without a string argument");
        if (!a[1]) return err_set_str(&gp_exc_TypeError, "string argument without an encoding");
        return str_encode_to_bytes(x, str_cstr(a[1]), a[2] ? str_cstr(a[2]) : NULL);
    }
    if (STR_CHECK(x)) return err_set_str(&gp_exc_TypeError, "string argument without an encoding");
    if (BYTES_CHECK_EXACT(x)) return gp_newref(x);
    const char *bp;
    intptr_t bn;
    if (bytes_like(x, &bp, &bn)) return bytes_from_data(bp, bn);
    if (INT_CHECK(x) || GP_TYPE(x)->index) {
        intptr_t n = obj_as_ssize(x);
        if (n == -1 && err_occurred()) {
            if (err_matches(&gp_exc_OverflowError)) {
                err_clear();
                return err_set_str(&gp_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return NULL;
        }
        if (n < 0) return err_set_str(&gp_exc_ValueError, "negative count");
        GpObject *b = bytes_alloc(n);
        if (b) memset(BYTES_DATA(b), 0, (size_t)n);
        return b;
    }
    if (!GP_TYPE(x)->iter && !GP_TYPE(x)->getitem)
        return err_format(&gp_exc_TypeError, "cannot convert '%s' object to bytes",
                          obj_type_name(x));
    return bytes_from_iterable(x);
}

/* ---- Slots ---- */

static void bytes_dealloc(GpObject *o) { obj_free(o); }

static GpObject *bytes_richcompare(GpObject *a, GpObject *b, int op) {
    if (!BYTES_CHECK(a) || !BYTES_CHECK(b)) return gp_newref(GP_NOTIMPL);
    intptr_t na = BYTES_SIZE(a), nb = BYTES_SIZE(b);
    if (op == CMP_OP_EQ || op == CMP_OP_NE) {
        int eq = a == b || bytes_eq(a, b);
        return gp_bool(op == CMP_OP_EQ ? eq : !eq);
    }
    int c = memcmp(BYTES_DATA(a), BYTES_DATA(b), (size_t)(na < nb ? na : nb));
    if (c == 0) c = na < nb ? -1 : na > nb;
    return obj_cmp_result(c, op);
}

static intptr_t bytes_len(GpObject *o) { return BYTES_SIZE(o); }

static int is_index_like(GpObject *o) { return INT_CHECK(o) || GP_TYPE(o)->index != NULL; }

static GpObject *bytes_getitem(GpObject *o, GpObject *key) {
    intptr_t n = BYTES_SIZE(o);
    if (is_index_like(key)) {
        intptr_t i;
        if (slice_index_value(key, &i, &gp_exc_IndexError) < 0) return NULL;
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_set_str(&gp_exc_IndexError, "index out of range");
        return int_from_i64((unsigned char)BYTES_DATA(o)[i]);
    }
    if (SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t len = slice_indices(key, n, &start, &stop, &step);
        if (len < 0) return NULL;
        if (step == 1) {
            if (len == n && BYTES_CHECK_EXACT(o)) return gp_newref(o);
            return bytes_from_data(BYTES_DATA(o) + start, len);
        }
        GpObject *r = bytes_alloc(len);
        if (!r) return NULL;
        for (intptr_t i = 0, j = start; i < len; i++, j += step) BYTES_DATA(r)[i] = BYTES_DATA(o)[j];
        return r;
    }
    return err_format(&gp_exc_TypeError, "byte indices must be integers or slices, not %s",
                      obj_type_name(key));
}

int bytes_needle(GpObject *x, char *one, const char **p, intptr_t *m) {
    if (bytes_like(x, p, m)) return 0;
    if (is_index_like(x)) {
        int v = byte_value(x);
        if (v < 0) {
            if (err_matches(&gp_exc_ValueError)) {
                err_clear();
                err_set_str(&gp_exc_ValueError, "byte must be in range(0, 256)");
            }
            return -1;
        }
        *one = (char)v;
        *p = one;
        *m = 1;
        return 0;
    }
    err_format(&gp_exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(x));
    return -1;
}

static int bytes_contains(GpObject *o, GpObject *x) {
    char one;
    const char *p;
    intptr_t m;
    if (bytes_needle(x, &one, &p, &m) < 0) return -1;
    if (m == 0) return 1;
    return memmem(BYTES_DATA(o), (size_t)BYTES_SIZE(o), p, (size_t)m) != NULL;
}

static GpObject *bytes_add(GpObject *a, GpObject *b) {
    const char *pb;
    intptr_t nb;
    if (!BYTES_CHECK(a)) return gp_newref(GP_NOTIMPL);
    if (!bytes_like(b, &pb, &nb))
        return err_format(&gp_exc_TypeError, "can't concat %s to %s", obj_type_name(b),
                          obj_type_name(a));
    intptr_t na = BYTES_SIZE(a);
    if (nb == 0 && BYTES_CHECK_EXACT(a)) return gp_newref(a);
    if (na == 0 && BYTES_CHECK_EXACT(b)) return gp_newref(b);
    GpObject *r = bytes_alloc(na + nb);
    if (!r) return NULL;
    memcpy(BYTES_DATA(r), BYTES_DATA(a), (size_t)na);
    if (nb) memcpy(BYTES_DATA(r) + na, pb, (size_t)nb);
    return r;
}

static GpObject *bytes_mul(GpObject *a, GpObject *b) {
    GpObject *s, *result;
    intptr_t count;
    int k = seq_repeat_operands(a, b, BYTES_CHECK(a), bytes_mul, &s, &count, &result);
    if (k <= 0)
        return k < 0 ? NULL : result;
    intptr_t size = BYTES_SIZE(s);
    if (count < 0) count = 0;
    /* as CPython's bytes_repeat: self when the size is unchanged, else a fresh object
     * (even an empty one) */
    if ((size == 0 || count == 1) && BYTES_CHECK_EXACT(s)) return gp_newref(s);
    if (size == 0 || count == 0) return bytes_new_raw(0);
    if (size > (INTPTR_MAX - (intptr_t)BYTES_HEADER - 1) / count)
        return err_set_str(&gp_exc_OverflowError, "repeated bytes are too long");
    GpObject *r = bytes_alloc(size * count);
    if (!r) return NULL;
    for (intptr_t i = 0; i < count; i++) memcpy(BYTES_DATA(r) + i * size, BYTES_DATA(s), (size_t)size);
    return r;
}

/* ---- Iterator ---- */

typedef struct BytesIter {
    GP_HEAD;
    intptr_t index;
    GpObject *seq;           /* NULL once exhausted */
} BytesIter;

static GpObject *bytes_iter(GpObject *o) {
    BytesIter *it = (BytesIter *)obj_new(&gp_type_bytes_iterator, sizeof(BytesIter));
    if (!it) return NULL;
    it->index = 0;
    it->seq = gp_newref(o);
    return (GpObject *)it;
}

static GpObject *bytesiter_next(GpObject *self) {
    BytesIter *it = (BytesIter *)self;
    if (!it->seq) return NULL;
    if (it->index < BYTES_SIZE(it->seq))
        return int_from_i64((unsigned char)BYTES_DATA(it->seq)[it->index++]);
    GP_CLEAR(it->seq);
    return NULL;
}

static void bytesiter_dealloc(GpObject *self) {
    GP_CLEAR(((BytesIter *)self)->seq);
    obj_free(self);
}

static GpObject *bytesiter_length_hint(GpObject *self, GpObject *const *a, intptr_t n,
                                       GpObject *kw) {
    (void)a, (void)n, (void)kw;
    BytesIter *it = (BytesIter *)self;
    return int_from_i64(it->seq ? BYTES_SIZE(it->seq) - it->index : 0);
}

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

static GpMethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_bytes_iterator = {
    GP_TYPE_HEAD,
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIter),
    .base = &gp_type_object,
    .dealloc = bytesiter_dealloc,
    .iter = iter_self,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};


GpType gp_type_bytes = {
    GP_TYPE_HEAD,
    .name = "bytes",
    .basicsize = BYTES_HEADER,
    .itemsize = 1,
    .flags = TPFLAG_BASETYPE,
    .base = &gp_type_object,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .new_ = bytes_type_new,
    .iter = bytes_iter,
    .binop = {[NB_ADD] = bytes_add, [NB_MULTIPLY] = bytes_mul, [NB_REMAINDER] = bytes_mod},
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .methods = gp_bytes_methods,
};
