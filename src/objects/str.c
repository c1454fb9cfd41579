/* str.c — the str object: construction and the shared objects (empty string, cached
 * Latin-1 characters), hashing, interning, comparison, concatenation and repetition,
 * indexing and slicing, iteration, repr, join, StrBuf and the type object. Methods live in
 * str_methods.c, formatting in str_format.c, character properties in str_unicode.c.
 *
 * Invariants:
 * - data is UTF-8 (lone surrogates allowed, three bytes each), NUL-terminated; length
 *   counts code points; ascii == (nbytes == length).
 * - hash is -1 until computed: SipHash-1-3 keyed by gp_interp->hash_k0/k1 over CPython's
 *   canonical bytes (1, 2 or 4 bytes per code point by the widest one, little-endian), so
 *   with PYTHONHASHSEED=0 hash(s) equals CPython's; '' hashes to 0, -1 becomes -2.
 * - Interned strings are "mortal" as in CPython 3.11: gp_interp->interned holds each as key
 *   and value without counting those two references; the string removes itself from the
 *   dict when its count drops to zero. str_fini gives the references back.
 * - The empty string and one-character strings below U+0100 are shared; every path that
 *   makes a str returns them (str_result), so `'ab'[0] is 'a'` as in CPython.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"

#define STR_HEADER sizeof(GpStr)

/* ---- UTF-8 ---- */

intptr_t utf8_count(const char *s, intptr_t n) {
    intptr_t count = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (intptr_t i = 0; i < n; i++) count += (p[i] & 0xC0) != 0x80;
    return count;
}

/* Checks s[0..n) is UTF-8 (surrogates and overlong forms rejected, as CPython's strict
 * decoder does). Returns -1 if valid, else the offset of the first bad byte, with *reason
 * and *badlen describing it. */
static intptr_t utf8_validate(const char *s, intptr_t n, const char **reason, intptr_t *badlen) {
    const unsigned char *p = (const unsigned char *)s;
    intptr_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int need;
        uint32_t lo = 0x80, hi = 0xBF;   /* allowed range of the second byte */
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c == 0xE0) { need = 2; lo = 0xA0; }
        else if (c == 0xED) { need = 2; hi = 0x9F; }
        else if (c >= 0xE1 && c <= 0xEF) need = 2;
        else if (c == 0xF0) { need = 3; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) need = 3;
        else if (c == 0xF4) { need = 3; hi = 0x8F; }
        else {
            *reason = "invalid start byte";
            *badlen = 1;
            return i;
        }
        intptr_t k = 1;
        for (; k <= need; k++) {
            if (i + k >= n) {
                *reason = "unexpected end of data";
                *badlen = n - i;
                return i;
            }
            unsigned char d = p[i + k];
            uint32_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (d < l || d > h) {
                *reason = "invalid continuation byte";
                *badlen = k;
                return i;
            }
        }
        i += need + 1;
    }
    return -1;
}

/* ---- Hashing: SipHash-1-3 (one compression round, three finalisation rounds) ---- */

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v0, v1, v2, v3)                                                       \
    do {                                                                               \
        v0 += v1; v1 = ROTL64(v1, 13); v1 ^= v0; v0 = ROTL64(v0, 32);                  \
        v2 += v3; v3 = ROTL64(v3, 16); v3 ^= v2;                                       \
        v0 += v3; v3 = ROTL64(v3, 21); v3 ^= v0;                                       \
        v2 += v1; v1 = ROTL64(v1, 17); v1 ^= v2; v2 = ROTL64(v2, 32);                  \
    } while (0)

static uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char *src, size_t n) {
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
    uint64_t b = (uint64_t)n << 56;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t m = 0;
        for (int k = 7; k >= 0; k--) m = (m << 8) | src[i + (size_t)k];
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t t = 0;
    for (size_t k = n - i; k > 0; k--) t = (t << 8) | src[i + k - 1];
    b |= t;
    v3 ^= b;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

static int64_t hash_finish(uint64_t h) {
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t str_hash_bytes(const void *p, size_t n) {
    if (n == 0) return 0;
    return hash_finish(siphash13(gp_interp->hash_k0, gp_interp->hash_k1, p, n));
}

int64_t str_hash(GpObject *o) {
    GpStr *s = (GpStr *)o;
    if (s->hash != -1) return s->hash;
    if (s->nbytes == 0) return s->hash = 0;
    if (s->ascii) {
        s->hash = hash_finish(siphash13(gp_interp->hash_k0, gp_interp->hash_k1,
                                        (const unsigned char *)s->data, (size_t)s->nbytes));
        return s->hash;
    }
    /* CPython hashes its PEP 393 form: 1, 2 or 4 bytes per code point. */
    uint32_t maxc = str_max_char(o);
    int width = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4;
    size_t n = (size_t)s->length * (size_t)width;
    unsigned char small[256];
    unsigned char *buf = n <= sizeof small ? small : mem_alloc(n);
    if (!buf) {
        err_no_memory();
        return -1;
    }
    const char *p = s->data, *end = s->data + s->nbytes;
    size_t k = 0;
    while (p < end) {
        uint32_t c = utf8_next(&p);
        for (int b = 0; b < width; b++) buf[k++] = (unsigned char)(c >> (8 * b));
    }
    s->hash = hash_finish(siphash13(gp_interp->hash_k0, gp_interp->hash_k1, buf, n));
    if (buf != small) mem_free(buf);
    return s->hash;
}

/* ---- Construction ---- */

GpObject *str_alloc(intptr_t nbytes, intptr_t length) {
    if (nbytes < 0 || (size_t)nbytes > (SIZE_MAX >> 1) - STR_HEADER - 1) return err_no_memory();
    GpStr *s = (GpStr *)obj_new(&gp_type_str, STR_HEADER + (size_t)nbytes + 1);
    if (!s) return NULL;
    s->hash = -1;
    s->length = length;
    s->nbytes = nbytes;
    s->ascii = nbytes == length;
    s->interned = 0;
    s->data[nbytes] = '\0';
    return (GpObject *)s;
}

GpObject *str_empty(void) {
    if (!gp_interp->empty_str) {
        GpObject *e = str_alloc(0, 0);
        if (!e) return NULL;
        gp_interp->empty_str = e;
    }
    return gp_newref(gp_interp->empty_str);
}

int str_init(void) {
    GpObject *e = str_empty();
    if (!e) return -1;
    gp_decref(e);
    return 0;
}

/* The cached one-character string for cp < 256: new reference. */
static GpObject *latin1_char(uint32_t cp) {
    GpObject *c = gp_interp->char_cache[cp];
    if (!c) {
        char buf[4];
        int n = utf8_encode(cp, buf);
        c = str_alloc(n, 1);
        if (!c) return NULL;
        memcpy(STR_DATA(c), buf, (size_t)n);
        gp_interp->char_cache[cp] = c;
    }
    return gp_newref(c);
}

GpObject *str_result(GpObject *s) {
    GpStr *o = (GpStr *)s;
    if (o->length == 0) {
        gp_decref(s);
        return str_empty();
    }
    if (o->length == 1 && o->nbytes <= 2) {
        const char *p = o->data;
        uint32_t cp = utf8_next(&p);
        if (cp < 256) {
            gp_decref(s);
            return latin1_char(cp);
        }
    }
    return s;
}

GpObject *str_from_utf8_len(const char *s, intptr_t n, intptr_t length) {
    if (length == 0) return str_empty();
    if (length == 1 && n <= 2) {
        const char *p = s;
        uint32_t cp = utf8_next(&p);
        if (cp < 256) return latin1_char(cp);
    }
    GpObject *r = str_alloc(n, length);
    if (!r) return NULL;
    memcpy(STR_DATA(r), s, (size_t)n);
    return r;
}

GpObject *str_from_utf8(const char *s, intptr_t nbytes) {
    return str_from_utf8_len(s, nbytes, utf8_count(s, nbytes));
}

GpObject *str_from_cstr(const char *s) { return str_from_utf8(s, (intptr_t)strlen(s)); }

GpObject *str_decode_utf8(const char *s, intptr_t nbytes) {
    const char *reason;
    intptr_t badlen;
    intptr_t bad = utf8_validate(s, nbytes, &reason, &badlen);
    if (bad >= 0) {
        if (badlen > 1)
            return err_format(&gp_exc_UnicodeDecodeError,
                              "'utf-8' codec can't decode bytes in position %zd-%zd: %s", bad,
                              bad + badlen - 1, reason);
        return err_format(&gp_exc_UnicodeDecodeError,
                          "'utf-8' codec can't decode byte 0x%x in position %zd: %s",
                          (unsigned)(unsigned char)s[bad], bad, reason);
    }
    return str_from_utf8(s, nbytes);
}

GpObject *str_from_codepoint(uint32_t cp) {
    if (cp < 256) return latin1_char(cp);
    char buf[4];
    int n = utf8_encode(cp, buf);
    GpObject *r = str_alloc(n, 1);
    if (!r) return NULL;
    memcpy(STR_DATA(r), buf, (size_t)n);
    return r;
}

GpObject *str_exact(GpObject *s) {
    if (STR_CHECK_EXACT(s)) return gp_newref(s);
    return str_from_utf8_len(STR_DATA(s), STR_NBYTES(s), STR_LEN(s));
}

uint32_t str_max_char(GpObject *s) {
    GpStr *o = (GpStr *)s;
    if (o->ascii) {
        unsigned char m = 0;
        for (intptr_t i = 0; i < o->nbytes; i++)
            if ((unsigned char)o->data[i] > m) m = (unsigned char)o->data[i];
        return m;
    }
    uint32_t m = 0;
    const char *p = o->data, *end = o->data + o->nbytes;
    while (p < end) {
        uint32_t c = utf8_next(&p);
        if (c > m) m = c;
    }
    return m;
}

/* ---- Positions ---- */

/* Non-ASCII strings find a code point's byte offset by walking from the nearest known
 * position: the start, the end, or the last position looked up (gp_interp->str_pos_*, one
 * entry, cleared when that string is freed), so s[i], s[i+1], ... cost O(1) each. */
intptr_t str_offset(GpObject *s, intptr_t i) {
    GpStr *o = (GpStr *)s;
    if (o->ascii) return i;
    if (i >= o->length) return o->nbytes;
    if (i <= 0) return 0;
    GpInterp *in = gp_interp;
    intptr_t k = 0, off = 0;                   /* start from the beginning ... */
    if (o->length - i < i) {                   /* ... or the end */
        k = o->length;
        off = o->nbytes;
    }
    if (in->str_pos_str == s) {                /* ... or the cached position */
        intptr_t d = in->str_pos_index > i ? in->str_pos_index - i : i - in->str_pos_index;
        if (d < (k ? o->length - i : i)) {
            k = in->str_pos_index;
            off = in->str_pos_offset;
        }
    }
    const char *p = o->data + off;
    for (; k < i; k++) p += utf8_lead_len((unsigned char)*p);
    for (; k > i; k--) {
        p--;
        while (utf8_is_cont((unsigned char)*p)) p--;
    }
    in->str_pos_str = s;
    in->str_pos_index = i;
    in->str_pos_offset = p - o->data;
    return in->str_pos_offset;
}

uint32_t str_char_at(GpObject *s, intptr_t i) {
    if (((GpStr *)s)->ascii) return (unsigned char)STR_DATA(s)[i];
    const char *p = STR_DATA(s) + str_offset(s, i);
    return utf8_next(&p);
}

GpObject *str_substr(GpObject *s, intptr_t start, intptr_t stop) {
    if (start >= stop) return str_empty();
    if (start == 0 && stop == STR_LEN(s) && STR_CHECK_EXACT(s)) return gp_newref(s);
    intptr_t b0 = str_offset(s, start);
    intptr_t b1 = ((GpStr *)s)->ascii ? stop : b0;
    if (!((GpStr *)s)->ascii) {
        const char *p = STR_DATA(s) + b0;
        for (intptr_t k = start; k < stop; k++) p += utf8_lead_len((unsigned char)*p);
        b1 = p - STR_DATA(s);
    }
    return str_from_utf8_len(STR_DATA(s) + b0, b1 - b0, stop - start);
}

/* ---- Equality and ordering ---- */

int str_eq(GpObject *a, GpObject *b) {
    if (a == b) return 1;
    GpStr *x = (GpStr *)a, *y = (GpStr *)b;
    if (x->nbytes != y->nbytes) return 0;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return 0;
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

int str_eq_cstr(GpObject *s, const char *c) {
    size_t n = strlen(c);
    return (size_t)STR_NBYTES(s) == n && memcmp(STR_DATA(s), c, n) == 0;
}

/* UTF-8 byte order is code point order (surrogates included, as they sort below U+E000). */
static int str_cmp(GpObject *a, GpObject *b) {
    intptr_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    int c = memcmp(STR_DATA(a), STR_DATA(b), (size_t)(na < nb ? na : nb));
    if (c) return c < 0 ? -1 : 1;
    return na < nb ? -1 : na > nb;
}

static GpObject *str_richcompare(GpObject *a, GpObject *b, int op) {
    if (!STR_CHECK(a) || !STR_CHECK(b)) return gp_newref(GP_NOTIMPL);
    if (op == CMP_OP_EQ || op == CMP_OP_NE)   /* equality needs no ordering: cheaper */
        return gp_bool(str_eq(a, b) == (op == CMP_OP_EQ));
    return obj_cmp_result(str_cmp(a, b), op);
}

/* ---- Concatenation and repetition ---- */

GpObject *str_concat(GpObject *a, GpObject *b) {
    if (STR_NBYTES(a) == 0 && STR_CHECK_EXACT(b)) return gp_newref(b);
    if (STR_NBYTES(b) == 0 && STR_CHECK_EXACT(a)) return gp_newref(a);
    intptr_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    if (na > INTPTR_MAX / 2 - nb) return err_no_memory();
    GpObject *r = str_alloc(na + nb, STR_LEN(a) + STR_LEN(b));
    if (!r) return NULL;
    memcpy(STR_DATA(r), STR_DATA(a), (size_t)na);
    memcpy(STR_DATA(r) + na, STR_DATA(b), (size_t)nb);
    return r;
}

/* eval+concat: `s += x` in linear time (the VM's in-place add, vm.c BINARY_OP). Only a
 * str nobody else can see may change: exact type, one reference, not interned, not the
 * empty singleton or a cached character (those caches hold references, so refcount 1
 * already excludes them; checked anyway). The block grows with obj_resize (amortised by
 * the pool classes and realloc); the cached hash is reset and the position cache follows
 * the object if it moves (the prefix is unchanged, so its entry stays valid). */
int str_append_inplace(GpObject **left, GpObject *right) {
    GpStr *a = (GpStr *)*left;
    intptr_t na = a->nbytes, nb = STR_NBYTES(right);
    if (!str_can_append_inplace(*left) || !STR_CHECK(right)) {
        err_bad_internal_call();
        return -1;
    }
    if (na > INTPTR_MAX / 2 - nb) {
        err_no_memory();
        return -1;
    }
    GpStr *r = (GpStr *)obj_resize(*left, STR_HEADER + (size_t)(na + nb) + 1);
    if (!r) return -1;
    if (gp_interp->str_pos_str == *left) gp_interp->str_pos_str = (GpObject *)r;
    memcpy(r->data + na, STR_DATA(right), (size_t)nb + 1);   /* with the NUL */
    r->nbytes = na + nb;
    r->length += STR_LEN(right);
    r->ascii = r->nbytes == r->length;
    r->hash = -1;
    *left = (GpObject *)r;
    return 0;
}

int str_can_append_inplace(GpObject *s) {
    return STR_CHECK_EXACT(s) && s->refcnt == 1 && !((GpStr *)s)->interned &&
           s != gp_interp->empty_str && !(STR_LEN(s) == 1 && STR_NBYTES(s) <= 2);
}

/* Converts a repeat count with __index__ (OverflowError past ssize_t, as CPython's
 * "cannot fit 'int' into an index-sized integer"). */
static GpObject *str_repeat(GpObject *s, intptr_t n) {
    if (n <= 0 || STR_NBYTES(s) == 0) return str_empty();
    if (n == 1 && STR_CHECK_EXACT(s)) return gp_newref(s);
    intptr_t nb = STR_NBYTES(s);
    if (nb > INTPTR_MAX / n) return err_set_str(&gp_exc_OverflowError, "repeated string is too long");
    GpObject *r = str_alloc(nb * n, STR_LEN(s) * n);
    if (!r) return NULL;
    char *d = STR_DATA(r);
    if (nb == 1) {
        memset(d, STR_DATA(s)[0], (size_t)n);
    } else {
        memcpy(d, STR_DATA(s), (size_t)nb);
        intptr_t done = nb, total = nb * n;
        while (done < total) {   /* doubling copies */
            intptr_t k = done < total - done ? done : total - done;
            memcpy(d + done, d, (size_t)k);
            done += k;
        }
    }
    return r;
}

static int is_index_like(GpObject *o) { return INT_CHECK(o) || GP_TYPE(o)->index != NULL; }

static GpObject *str_add(GpObject *a, GpObject *b) {
    if (!STR_CHECK(a)) return gp_newref(GP_NOTIMPL);
    if (STR_CHECK(b)) return str_concat(a, b);
    BinaryFn other = GP_TYPE(b)->binop[NB_ADD];
    if (other && other != str_add) {   /* let b's reflected + try before failing */
        GpObject *r = other(a, b);
        if (r != GP_NOTIMPL) return r;
        gp_decref(r);
    }
    return err_format(&gp_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                      obj_type_name(b));
}

static GpObject *str_mul(GpObject *a, GpObject *b) {
    GpObject *s, *result;
    intptr_t count;
    int k = seq_repeat_operands(a, b, STR_CHECK(a), str_mul, &s, &count, &result);
    if (k <= 0)
        return k < 0 ? NULL : result;
    return str_repeat(s, count);
}

static GpObject *str_mod(GpObject *a, GpObject *b) {
    if (!STR_CHECK(a)) return gp_newref(GP_NOTIMPL);
    return str_mod_format(a, b);
}

/* ---- Sequence protocol ---- */

static intptr_t str_len(GpObject *s) { return STR_LEN(s); }

static int str_contains(GpObject *s, GpObject *item) {
    if (!STR_CHECK(item)) {
        err_format(&gp_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                   obj_type_name(item));
        return -1;
    }
    return bytes_find(STR_DATA(s), STR_NBYTES(s), STR_DATA(item), STR_NBYTES(item)) >= 0;
}

static GpObject *str_slice(GpObject *s, GpObject *slice) {
    intptr_t start, stop, step;
    intptr_t n = slice_indices(slice, STR_LEN(s), &start, &stop, &step);
    if (n < 0) return NULL;
    if (n == 0) return str_empty();
    if (step == 1) return str_substr(s, start, start + n);
    if (((GpStr *)s)->ascii) {
        GpObject *r = str_alloc(n, n);
        if (!r) return NULL;
        for (intptr_t i = 0, k = start; i < n; i++, k += step) STR_DATA(r)[i] = STR_DATA(s)[k];
        return str_result(r);
    }
    /* Non-ASCII: walk from character to character, |step| at a time. */
    StrBuf sb = STRBUF_INIT;
    const char *d = STR_DATA(s), *p = d + str_offset(s, start);
    for (intptr_t i = 0; i < n; i++) {
        const char *q = p + utf8_lead_len((unsigned char)*p);
        if (sb_append(&sb, p, q - p) < 0) break;
        if (i + 1 == n) break;
        if (step > 0) {
            for (intptr_t k = 0; k < step; k++) p += utf8_lead_len((unsigned char)*p);
        } else {
            for (intptr_t k = 0; k > step; k--) {
                p--;
                while (utf8_is_cont((unsigned char)*p)) p--;
            }
        }
    }
    return sb_finish(&sb);
}

GpObject *str_subscript(GpObject *s, GpObject *key) {
    if (is_index_like(key)) {
        intptr_t i;
        if (slice_index_value(key, &i, &gp_exc_IndexError) < 0) return NULL;
        if (i < 0) i += STR_LEN(s);
        if (i < 0 || i >= STR_LEN(s)) return err_set_str(&gp_exc_IndexError, "string index out of range");
        return str_from_codepoint(str_char_at(s, i));
    }
    if (SLICE_CHECK(key)) return str_slice(s, key);
    return err_format(&gp_exc_TypeError, "string indices must be integers, not '%s'",
                      obj_type_name(key));
}

/* ---- Iteration ---- */

typedef struct StrIter {
    GP_HEAD;
    GpObject *str;           /* NULL once exhausted */
    intptr_t pos;            /* byte offset of the next character */
    intptr_t index;          /* its code point index */
} StrIter;

static GpObject *str_iter(GpObject *s) {
    GpType *t = ((GpStr *)s)->ascii ? &gp_type_str_ascii_iterator : &gp_type_str_iterator;
    StrIter *it = (StrIter *)obj_new(t, sizeof(StrIter));
    if (!it) return NULL;
    it->str = gp_newref(s);
    return (GpObject *)it;
}

static GpObject *striter_next(GpObject *self) {
    StrIter *it = (StrIter *)self;
    if (!it->str) return NULL;
    if (it->pos >= STR_NBYTES(it->str)) {
        GP_CLEAR(it->str);
        return NULL;
    }
    const char *p = STR_DATA(it->str) + it->pos;
    uint32_t cp = utf8_next(&p);
    it->pos = p - STR_DATA(it->str);
    it->index++;
    return str_from_codepoint(cp);
}

static void striter_dealloc(GpObject *self) {
    GP_CLEAR(((StrIter *)self)->str);
    obj_free(self);
}

static GpObject *striter_length_hint(GpObject *self, GpObject *const *args, intptr_t nargs,
                                     GpObject *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    StrIter *it = (StrIter *)self;
    return int_from_i64(it->str ? STR_LEN(it->str) - it->index : 0);
}

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

static int striter_traverse(GpObject *self, VisitFn visit, void *arg) {
    StrIter *it = (StrIter *)self;
    return it->str ? visit(it->str, arg) : 0;
}

static GpMethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_str_iterator = {
    GP_TYPE_HEAD,
    .name = "str_iterator",
    .basicsize = sizeof(StrIter),
    .base = &gp_type_object,
    .dealloc = striter_dealloc,
    .iter = iter_self,
    .iternext = striter_next,
    .traverse = striter_traverse,
    .methods = striter_methods,
};

GpType gp_type_str_ascii_iterator = {
    GP_TYPE_HEAD,
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIter),
    .base = &gp_type_object,
    .dealloc = striter_dealloc,
    .iter = iter_self,
    .iternext = striter_next,
    .traverse = striter_traverse,
    .methods = striter_methods,
};

/* ---- repr ---- */

static const char hexdigits[] = "0123456789abcdef";

GpObject *str_repr(GpObject *s) {
    const char *d = STR_DATA(s), *end = d + STR_NBYTES(s);
    int has_sq = memchr(d, '\'', (size_t)STR_NBYTES(s)) != NULL;
    int has_dq = memchr(d, '"', (size_t)STR_NBYTES(s)) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    /* Fast path: printable ASCII without quote or backslash copies straight through. */
    int plain = ((GpStr *)s)->ascii;
    for (const char *p = d; plain && p < end; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < ' ' || c == 0x7f || c == '\\' || c == (unsigned char)quote) plain = 0;
    }
    if (plain) {
        GpObject *r = str_alloc(STR_NBYTES(s) + 2, STR_LEN(s) + 2);
        if (!r) return NULL;
        STR_DATA(r)[0] = quote;
        memcpy(STR_DATA(r) + 1, d, (size_t)STR_NBYTES(s));
        STR_DATA(r)[STR_NBYTES(s) + 1] = quote;
        return r;
    }
    StrBuf sb = STRBUF_INIT;
    sb_append_char(&sb, quote);
    const char *p = d;
    while (p < end) {
        const char *start = p;
        uint32_t c = utf8_next(&p);
        char esc[12];
        if (c == (uint32_t)quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            sb_append(&sb, esc, 2);
        } else if (c == '\t') sb_append(&sb, "\\t", 2);
        else if (c == '\n') sb_append(&sb, "\\n", 2);
        else if (c == '\r') sb_append(&sb, "\\r", 2);
        else if (c < ' ' || c == 0x7f) {
            esc[0] = '\\'; esc[1] = 'x';
            esc[2] = hexdigits[c >> 4]; esc[3] = hexdigits[c & 15];
            sb_append(&sb, esc, 4);
        } else if (c < 0x7f) {
            sb_append_char(&sb, (char)c);
        } else if (uc_has(c, UC_PRINTABLE)) {
            sb_append(&sb, start, p - start);
        } else if (c <= 0xff) {
            esc[0] = '\\'; esc[1] = 'x';
            esc[2] = hexdigits[c >> 4]; esc[3] = hexdigits[c & 15];
            sb_append(&sb, esc, 4);
        } else if (c <= 0xffff) {
            esc[0] = '\\'; esc[1] = 'u';
            for (int k = 0; k < 4; k++) esc[2 + k] = hexdigits[(c >> (12 - 4 * k)) & 15];
            sb_append(&sb, esc, 6);
        } else {
            esc[0] = '\\'; esc[1] = 'U';
            for (int k = 0; k < 8; k++) esc[2 + k] = hexdigits[(c >> (28 - 4 * k)) & 15];
            sb_append(&sb, esc, 10);
        }
    }
    sb_append_char(&sb, quote);
    return sb_finish(&sb);
}

static GpObject *str_str(GpObject *s) { return str_exact(s); }

/* ---- join ---- */

GpObject *str_join(GpObject *sep, GpObject *iterable) {
    GpObject *seq = list_seq_fast(iterable, "can only join an iterable");
    if (!seq) return NULL;
    int is_list = LIST_CHECK_EXACT(seq);
    intptr_t n = is_list ? LIST_SIZE(seq) : TUPLE_SIZE(seq);
    GpObject *const *items = is_list ? ((GpList *)seq)->items : ((GpTuple *)seq)->items;
    GpObject *r = NULL;
    if (n == 0) {
        r = str_empty();
        goto done;
    }
    if (n == 1 && STR_CHECK_EXACT(items[0])) {
        r = gp_newref(items[0]);
        goto done;
    }
    intptr_t nbytes = 0, length = 0;
    intptr_t sepb = STR_NBYTES(sep), sepl = STR_LEN(sep);
    for (intptr_t i = 0; i < n; i++) {
        GpObject *item = items[i];
        if (!STR_CHECK(item)) {
            err_format(&gp_exc_TypeError, "sequence item %zd: expected str instance, %s found", i,
                       obj_type_name(item));
            goto done;
        }
        if (nbytes > INTPTR_MAX / 2 - STR_NBYTES(item) - sepb) {
            err_set_str(&gp_exc_OverflowError, "join() result is too long for a Python string");
            goto done;
        }
        nbytes += STR_NBYTES(item);
        length += STR_LEN(item);
        if (i) {
            nbytes += sepb;
            length += sepl;
        }
    }
    r = str_alloc(nbytes, length);
    if (!r) goto done;
    char *d = STR_DATA(r);
    for (intptr_t i = 0; i < n; i++) {
        if (i && sepb) {
            memcpy(d, STR_DATA(sep), (size_t)sepb);
            d += sepb;
        }
        memcpy(d, STR_DATA(items[i]), (size_t)STR_NBYTES(items[i]));
        d += STR_NBYTES(items[i]);
    }
    r = str_result(r);
done:
    gp_decref(seq);
    return r;
}

/* ---- Interning ---- */

void str_intern_inplace(GpObject **p) {
    GpObject *s = *p;
    if (!s || !STR_CHECK_EXACT(s) || ((GpStr *)s)->interned) return;
    if (!gp_interp->interned) {
        gp_interp->interned = dict_new();
        if (!gp_interp->interned) {
            err_clear();
            return;
        }
    }
    GpObject *t = dict_getitem(gp_interp->interned, s);
    if (t) {
        gp_incref(t);
        gp_decref(s);
        *p = t;
        return;
    }
    if (err_occurred()) {
        err_clear();
        return;
    }
    if (dict_setitem(gp_interp->interned, s, s) < 0) {
        err_clear();   /* interning is an optimisation: the string stays usable */
        return;
    }
    /* The dict's two references do not count (mortal interning). */
    GP_REFCNT(s) -= 2;
    ((GpStr *)s)->interned = 1;
}

GpObject *str_intern_cstr(const char *s) {
    GpObject *r = str_from_cstr(s);
    if (!r) return NULL;
    str_intern_inplace(&r);
    return r;
}

void str_fini(void) {
    GpObject *d = gp_interp->interned;
    if (!d) return;
    intptr_t pos = 0;
    GpObject *k, *v;
    while (dict_next(d, &pos, &k, &v)) {
        GP_REFCNT(k) += 2;   /* give the dict its references back */
        ((GpStr *)k)->interned = 0;
    }
    gp_interp->interned = NULL;
    gp_decref(d);
}

static void str_dealloc(GpObject *o) {
    GpStr *s = (GpStr *)o;
    if (gp_interp->str_pos_str == o) gp_interp->str_pos_str = NULL;
    if (s->interned && gp_interp->interned) {
        /* Remove it from the interned dict: one reference for each slot of the entry
         * and one for the deletion itself (CPython's unicode_dealloc). */
        GpObject *exc = err_fetch();
        GP_REFCNT(o) = 3;
        if (dict_delitem(gp_interp->interned, o) < 0) err_clear();
        err_restore(exc);
        GP_REFCNT(o) = 0;
    }
    obj_free(o);
}

/* ---- StrBuf ---- */

static int sb_grow(StrBuf *sb, intptr_t extra) {
    if (sb->failed) return -1;
    if (extra > INTPTR_MAX / 2 - sb->len) goto fail;
    intptr_t need = sb->len + extra + 1;
    if (need <= sb->cap) return 0;
    intptr_t cap = sb->cap ? sb->cap : 64;
    while (cap < need) cap = cap > INTPTR_MAX / 4 ? need : cap * 2;
    char *d = mem_realloc(sb->data, (size_t)cap);
    if (!d) goto fail;
    sb->data = d;
    sb->cap = cap;
    return 0;
fail:
    sb->failed = 1;
    err_no_memory();
    return -1;
}

int sb_append(StrBuf *sb, const char *s, intptr_t n) {
    if (n <= 0) return sb->failed ? -1 : 0;
    if (sb->len + n + 1 > sb->cap && sb_grow(sb, n) < 0) return -1;
    if (sb->failed) return -1;
    memcpy(sb->data + sb->len, s, (size_t)n);
    sb->len += n;
    return 0;
}

int sb_append_repeat(StrBuf *sb, const char *unit, int unitlen, intptr_t count) {
    if (count <= 0) return sb->failed ? -1 : 0;
    if (count > (INTPTR_MAX / 2) / unitlen) {
        sb->failed = 1;
        err_no_memory();
        return -1;
    }
    intptr_t n = count * unitlen;
    if (sb->len + n + 1 > sb->cap && sb_grow(sb, n) < 0) return -1;
    if (sb->failed) return -1;
    char *d = sb->data + sb->len;
    if (unitlen == 1) {
        memset(d, unit[0], (size_t)n);
    } else {
        for (intptr_t i = 0; i < count; i++) memcpy(d + i * unitlen, unit, (size_t)unitlen);
    }
    sb->len += n;
    return 0;
}

int sb_append_cstr(StrBuf *sb, const char *s) { return sb_append(sb, s, (intptr_t)strlen(s)); }

int sb_append_char(StrBuf *sb, char c) {
    if (sb->len + 2 > sb->cap && sb_grow(sb, 1) < 0) return -1;
    if (sb->failed) return -1;
    sb->data[sb->len++] = c;
    return 0;
}

int sb_append_str(StrBuf *sb, GpObject *str) { return sb_append(sb, STR_DATA(str), STR_NBYTES(str)); }

int sb_append_codepoint(StrBuf *sb, uint32_t cp) {
    char buf[4];
    return sb_append(sb, buf, utf8_encode(cp, buf));
}

int sb_printf(StrBuf *sb, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return -1;
    if ((size_t)n < sizeof small) return sb_append(sb, small, n);
    if (sb_grow(sb, n) < 0) return -1;
    va_start(ap, fmt);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += n;
    return 0;
}

GpObject *sb_finish(StrBuf *sb) {
    if (sb->failed) {
        sb_discard(sb);
        if (!err_occurred()) err_no_memory();
        return NULL;
    }
    GpObject *r = str_from_utf8(sb->data ? sb->data : "", sb->len);
    sb_discard(sb);
    return r;
}

void sb_discard(StrBuf *sb) {
    mem_free(sb->data);
    sb->data = NULL;
    sb->len = sb->cap = 0;
    sb->failed = 0;
}

/* ---- The type ---- */

static GpObject *str_new(GpType *type, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    GpObject *a[3] = {NULL, NULL, NULL};
    if (args_parse("str", args, nargs, kwnames, names, 0, 3, a) < 0) return NULL;
    GpObject *r;
    if (a[1] || a[2]) {
        for (int i = 1; i < 3; i++)
            if (a[i] && !STR_CHECK(a[i]))
                return err_format(&gp_exc_TypeError, "str() argument '%s' must be str, not %s",
                                  names[i], a[i] == GP_NONE ? "None" : obj_type_name(a[i]));
        if (!a[0]) return str_empty();
        if (STR_CHECK(a[0])) return err_set_str(&gp_exc_TypeError, "decoding str is not supported");
        if (BYTES_CHECK(a[0])) {
            r = bytes_decode(BYTES_DATA(a[0]), BYTES_SIZE(a[0]), a[1] ? STR_DATA(a[1]) : NULL,
                             a[2] ? STR_DATA(a[2]) : NULL);
            if (!r || type == &gp_type_str) return r;
            gp_decref(r);
            return err_set_str(&gp_exc_TypeError, "str subclass decoding is not supported");
        }
        return err_format(&gp_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                          obj_type_name(a[0]));
    }
    r = a[0] ? obj_str(a[0]) : str_empty();
    if (!r || type == &gp_type_str) return r;
    /* A subclass instance: a copy of the text with the subclass as its type. */
    GpStr *o = (GpStr *)obj_new(type, STR_HEADER + (size_t)STR_NBYTES(r) + 1);
    if (o) {
        o->hash = -1;
        o->length = STR_LEN(r);
        o->nbytes = STR_NBYTES(r);
        o->ascii = ((GpStr *)r)->ascii;
        memcpy(o->data, STR_DATA(r), (size_t)STR_NBYTES(r) + 1);
    }
    gp_decref(r);
    return (GpObject *)o;
}

intptr_t str_sizeof(GpObject *s) { return (intptr_t)obj_alloc_size(s); /* its block's size */ }

GpType gp_type_str = {
    GP_TYPE_HEAD,
    .name = "str",
    .basicsize = sizeof(GpStr),
    .itemsize = 1,
    .flags = TPFLAG_BASETYPE | TPFLAG_STR_SUBCLASS,
    .base = &gp_type_object,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .new_ = str_new,
    .iter = str_iter,
    .binop = {[NB_ADD] = str_add, [NB_MULTIPLY] = str_mul, [NB_REMAINDER] = str_mod},
    .len = str_len,
    .getitem = str_subscript,
    .contains = str_contains,
    .format = str_format_slot,
    .methods = str_methods,
};
