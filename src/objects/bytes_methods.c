/* bytes_methods.c — the methods of bytes (CPython 3.11's bytes_methods.c and stringlib,
 * ASCII-only character classes), and bytes.fromhex.
 *
 * Invariants: every method returns a new bytes (or int/bool/list/tuple) and never changes
 * self; start/end arguments follow slice rules (None allowed, negatives count from the end).
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"

#define D(o) BYTES_DATA(o)
#define N(o) BYTES_SIZE(o)
#define UNUSED_ARGS (void)args, (void)nargs, (void)kw

static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static int is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

/* The bytes argument of a method: TypeError "a bytes-like object is required, not 'str'". */
static int need_bytes(GpObject *x) {
    if (BYTES_CHECK(x)) return 0;
    err_format(&gp_exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(x));
    return -1;
}

/* "find() takes at least 1 argument (0 given)" (CPython's wording for these methods). */
static int count_args(const char *fname, intptr_t nargs, intptr_t min, intptr_t max) {
    if (nargs < min)
        err_format(&gp_exc_TypeError, "%s() takes at least %zd argument%s (%zd given)", fname,
                   min, min == 1 ? "" : "s", nargs);
    else if (nargs > max)
        err_format(&gp_exc_TypeError, "%s() takes at most %zd argument%s (%zd given)", fname,
                   max, max == 1 ? "" : "s", nargs);
    else
        return 0;
    return -1;
}

/* Optional start/end (args[i], args[i+1]) adjusted as CPython's ADJUST_INDICES. 0 or -1. */
static int get_bounds(const char *fname, GpObject *const *args, intptr_t nargs, intptr_t i,
                      intptr_t len, intptr_t *start, intptr_t *end) {
    *start = 0, *end = len;
    (void)fname;
    if (nargs > i && slice_eval_index(args[i], start) < 0) return -1;
    if (nargs > i + 1 && slice_eval_index(args[i + 1], end) < 0) return -1;
    if (*end > len) *end = len;
    else if (*end < 0 && (*end += len) < 0) *end = 0;
    if (*start < 0 && (*start += len) < 0) *start = 0;
    return 0;
}

static intptr_t find_in(const char *h, intptr_t start, intptr_t end, const char *p, intptr_t m,
                        int reverse) {
    if (end - start < m) return -1;
    if (m == 0) return reverse ? end : start;
    if (!reverse) {
        const char *r = memmem(h + start, (size_t)(end - start), p, (size_t)m);
        return r ? r - h : -1;
    }
    for (intptr_t i = end - m; i >= start; i--)
        if (h[i] == p[0] && memcmp(h + i, p, (size_t)m) == 0) return i;
    return -1;
}

/* find/rfind/index/rindex/count. */
static GpObject *search(const char *fname, GpObject *self, GpObject *const *args, intptr_t nargs,
                        int reverse, int raise, int count) {
    if (count_args(fname, nargs, 1, 3) < 0) return NULL;
    char one;
    const char *p;
    intptr_t m, start, end;
    if (!BYTES_CHECK(args[0]) && !BYTEARRAY_CHECK(args[0]) && !INT_CHECK(args[0]) &&
        !GP_TYPE(args[0])->index)
        return err_format(&gp_exc_TypeError,
                          "argument should be integer or bytes-like object, not '%s'",
                          obj_type_name(args[0]));
    if (bytes_needle(args[0], &one, &p, &m) < 0) return NULL;
    if (get_bounds(fname, args, nargs, 1, N(self), &start, &end) < 0) return NULL;
    if (count) {
        if (end - start < m) return int_from_i64(0);
        if (m == 0) return int_from_i64(end - start + 1);
        intptr_t c = 0, i = start;
        while ((i = find_in(D(self), i, end, p, m, 0)) >= 0) c++, i += m;
        return int_from_i64(c);
    }
    intptr_t r = find_in(D(self), start, end, p, m, reverse);
    if (r < 0 && raise) return err_set_str(&gp_exc_ValueError, "subsection not found");
    return int_from_i64(r);
}

#define SEARCH_METHOD(name, rev, raise, cnt)                                                  \
    static GpObject *m_##name(GpObject *self, GpObject *const *args, intptr_t nargs,          \
                              GpObject *kw) {                                                 \
        (void)kw;                                                                             \
        return search(#name, self, args, nargs, rev, raise, cnt);                             \
    }
SEARCH_METHOD(find, 0, 0, 0)
SEARCH_METHOD(rfind, 1, 0, 0)
SEARCH_METHOD(index, 0, 1, 0)
SEARCH_METHOD(rindex, 1, 1, 0)
SEARCH_METHOD(count, 0, 0, 1)

static GpObject *tailmatch(const char *fname, GpObject *self, GpObject *const *args,
                           intptr_t nargs, int end_) {
    if (count_args(fname, nargs, 1, 3) < 0) return NULL;
    intptr_t start, end;
    if (get_bounds(fname, args, nargs, 1, N(self), &start, &end) < 0) return NULL;
    GpObject *x = args[0];
    intptr_t nt = TUPLE_CHECK(x) ? TUPLE_SIZE(x) : 1;
    for (intptr_t i = 0; i < nt; i++) {
        GpObject *s = TUPLE_CHECK(x) ? TUPLE_ITEM(x, i) : x;
        if (!BYTES_CHECK(s)) {
            if (TUPLE_CHECK(x))
                return err_format(&gp_exc_TypeError,
                                  "a bytes-like object is required, not '%s'", obj_type_name(s));
            return err_format(&gp_exc_TypeError,
                              "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                              obj_type_name(s));
        }
        intptr_t m = N(s);
        if (start > N(self) || end - start < m) continue;
        intptr_t at = end_ ? end - m : start;
        if (memcmp(D(self) + at, D(s), (size_t)m) == 0) return gp_bool(1);
    }
    return gp_bool(0);
}

static GpObject *m_startswith(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kw) {
    (void)kw;
    return tailmatch("startswith", self, args, nargs, 0);
}

static GpObject *m_endswith(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    return tailmatch("endswith", self, args, nargs, 1);
}

/* ---- split ---- */

static int list_reverse(GpObject *list) {
    for (intptr_t i = 0, j = LIST_SIZE(list) - 1; i < j; i++, j--) {
        GpObject *t = LIST_ITEM(list, i);
        LIST_ITEM(list, i) = LIST_ITEM(list, j);
        LIST_ITEM(list, j) = t;
    }
    return 0;
}

static int append_piece(GpObject *list, const char *p, intptr_t n) {
    GpObject *b = bytes_from_data(p, n);
    if (!b) return -1;
    int r = list_append(list, b);
    gp_decref(b);
    return r;
}

static GpObject *split_common(const char *fname, GpObject *self, GpObject *const *args,
                              intptr_t nargs, GpObject *kw, int reverse) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse(fname, args, nargs, kw, names, 0, 2, a) < 0) return NULL;
    intptr_t maxsplit = -1;
    if (a[1] && (maxsplit = obj_as_ssize(a[1])) == -1 && err_occurred()) return NULL;
    if (maxsplit < 0) maxsplit = INTPTR_MAX;
    const char *s = D(self);
    intptr_t n = N(self);
    GpObject *list = list_new(0);
    if (!list) return NULL;
    if (!a[0] || a[0] == GP_NONE) {
        if (!reverse) {
            intptr_t i = 0;
            while (maxsplit-- > 0) {
                while (i < n && is_space((unsigned char)s[i])) i++;
                if (i == n) break;
                intptr_t j = i;
                while (j < n && !is_space((unsigned char)s[j])) j++;
                if (append_piece(list, s + i, j - i) < 0) goto error;
                i = j;
            }
            while (i < n && is_space((unsigned char)s[i])) i++;
            if (i < n && append_piece(list, s + i, n - i) < 0) goto error;
        } else {
            intptr_t i = n;
            while (maxsplit-- > 0) {
                while (i > 0 && is_space((unsigned char)s[i - 1])) i--;
                if (i == 0) break;
                intptr_t j = i;
                while (j > 0 && !is_space((unsigned char)s[j - 1])) j--;
                if (append_piece(list, s + j, i - j) < 0) goto error;
                i = j;
            }
            while (i > 0 && is_space((unsigned char)s[i - 1])) i--;
            if (i > 0 && append_piece(list, s, i) < 0) goto error;
            if (list_reverse(list) < 0) goto error;
        }
        return list;
    }
    if (need_bytes(a[0]) < 0) goto error;
    const char *p = D(a[0]);
    intptr_t m = N(a[0]);
    if (m == 0) {
        err_set_str(&gp_exc_ValueError, "empty separator");
        goto error;
    }
    if (!reverse) {
        intptr_t i = 0, j;
        while (maxsplit-- > 0 && (j = find_in(s, i, n, p, m, 0)) >= 0) {
            if (append_piece(list, s + i, j - i) < 0) goto error;
            i = j + m;
        }
        if (append_piece(list, s + i, n - i) < 0) goto error;
    } else {
        intptr_t i = n, j;
        while (maxsplit-- > 0 && (j = find_in(s, 0, i, p, m, 1)) >= 0) {
            if (append_piece(list, s + j + m, i - j - m) < 0) goto error;
            i = j;
        }
        if (append_piece(list, s, i) < 0) goto error;
        if (list_reverse(list) < 0) goto error;
    }
    return list;
error:
    gp_decref(list);
    return NULL;
}

static GpObject *m_split(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    return split_common("split", self, args, nargs, kw, 0);
}

static GpObject *m_rsplit(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    return split_common("rsplit", self, args, nargs, kw, 1);
}

static GpObject *m_splitlines(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kw) {
    static const char *const names[] = {"keepends", NULL};
    GpObject *a[1] = {NULL};
    if (args_parse("splitlines", args, nargs, kw, names, 0, 1, a) < 0) return NULL;
    int keep = 0;
    if (a[0] && (keep = obj_is_true(a[0])) < 0) return NULL;
    GpObject *list = list_new(0);
    if (!list) return NULL;
    const char *s = D(self);
    intptr_t n = N(self), i = 0;
    while (i < n) {
        intptr_t j = i;
        while (j < n && s[j] != '\n' && s[j] != '\r') j++;
        intptr_t eol = j;
        if (j < n) {
            if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') j += 2;
            else j++;
        }
        if (append_piece(list, s + i, (keep ? j : eol) - i) < 0) {
            gp_decref(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

/* ---- strip ---- */

static GpObject *strip_common(const char *fname, GpObject *self, GpObject *const *args,
                              intptr_t nargs, int left, int right) {
    if (args_check_count(fname, nargs, 0, 1) < 0) return NULL;
    const char *chars = NULL;
    intptr_t nc = 0;
    if (nargs && args[0] != GP_NONE) {
        if (need_bytes(args[0]) < 0) return NULL;
        chars = D(args[0]), nc = N(args[0]);
    }
    const unsigned char *s = (const unsigned char *)D(self);
    intptr_t i = 0, j = N(self);
#define STRIPPED(c) (chars ? memchr(chars, (c), (size_t)nc) != NULL : is_space(c))
    if (left)
        while (i < j && STRIPPED(s[i])) i++;
    if (right)
        while (j > i && STRIPPED(s[j - 1])) j--;
#undef STRIPPED
    if (i == 0 && j == N(self) && BYTES_CHECK_EXACT(self)) return gp_newref(self);
    return bytes_from_data((const char *)s + i, j - i);
}

static GpObject *m_strip(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    return strip_common("strip", self, args, nargs, 1, 1);
}
static GpObject *m_lstrip(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    return strip_common("lstrip", self, args, nargs, 1, 0);
}
static GpObject *m_rstrip(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    return strip_common("rstrip", self, args, nargs, 0, 1);
}

/* ---- join, replace, partition ---- */

static GpObject *m_join(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    GpObject *seq = list_from_iterable(args[0]);
    if (!seq) return NULL;
    StrBuf sb = STRBUF_INIT;
    for (intptr_t i = 0; i < LIST_SIZE(seq); i++) {
        GpObject *item = LIST_ITEM(seq, i);
        const char *ip;
        intptr_t in;
        if (!bytes_like(item, &ip, &in)) {
            err_format(&gp_exc_TypeError, "sequence item %zd: expected a bytes-like object, %s found",
                       i, obj_type_name(item));
            goto error;
        }
        if (i && sb_append(&sb, D(self), N(self)) < 0) goto error;
        if (sb_append(&sb, ip, in) < 0) goto error;
    }
    gp_decref(seq);
    GpObject *r = bytes_from_data(sb.data, sb.len);
    sb_discard(&sb);
    return r;
error:
    gp_decref(seq);
    sb_discard(&sb);
    return NULL;
}

static GpObject *m_replace(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (args_check_count("replace", nargs, 2, 3) < 0) return NULL;
    if (need_bytes(args[0]) < 0 || need_bytes(args[1]) < 0) return NULL;
    intptr_t count = -1;
    if (nargs > 2 && (count = obj_as_ssize(args[2])) == -1 && err_occurred()) return NULL;
    if (count < 0) count = INTPTR_MAX;
    const char *s = D(self), *o = D(args[0]), *w = D(args[1]);
    intptr_t n = N(self), no = N(args[0]), nw = N(args[1]);
    StrBuf sb = STRBUF_INIT;
    intptr_t i = 0;
    if (no == 0) {
        /* insert w before every byte and at the end, count times */
        for (intptr_t k = 0; k <= n; k++) {
            if (count > 0) {
                sb_append(&sb, w, nw);
                count--;
            }
            if (k < n) sb_append(&sb, s + k, 1);
        }
    } else {
        intptr_t j;
        while (count > 0 && (j = find_in(s, i, n, o, no, 0)) >= 0) {
            sb_append(&sb, s + i, j - i);
            sb_append(&sb, w, nw);
            i = j + no;
            count--;
        }
        sb_append(&sb, s + i, n - i);
    }
    if (sb.failed) {
        sb_discard(&sb);
        return NULL;
    }
    GpObject *r = bytes_from_data(sb.data, sb.len);
    sb_discard(&sb);
    return r;
}

static GpObject *partition_common(GpObject *self, GpObject *sep, int reverse) {
    if (need_bytes(sep) < 0) return NULL;
    if (N(sep) == 0) return err_set_str(&gp_exc_ValueError, "empty separator");
    intptr_t n = N(self), m = N(sep);
    intptr_t j = find_in(D(self), 0, n, D(sep), m, reverse);
    GpObject *parts[3];
    if (j < 0) {
        GpObject *empty = bytes_alloc(0), *whole = bytes_from_data(D(self), n);
        if (!empty || !whole) {
            gp_xdecref(empty), gp_xdecref(whole);
            return NULL;
        }
        GpObject *r = reverse ? tuple_pack(3, empty, empty, whole) : tuple_pack(3, whole, empty, empty);
        gp_decref(empty), gp_decref(whole);
        return r;
    }
    parts[0] = bytes_from_data(D(self), j);
    parts[1] = gp_newref(sep);
    parts[2] = bytes_from_data(D(self) + j + m, n - j - m);
    GpObject *r = NULL;
    if (parts[0] && parts[2]) r = tuple_pack(3, parts[0], parts[1], parts[2]);
    for (int k = 0; k < 3; k++) gp_xdecref(parts[k]);
    return r;
}

static GpObject *m_partition(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return partition_common(self, args[0], 0);
}

static GpObject *m_rpartition(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kw) {
    UNUSED_ARGS;
    return partition_common(self, args[0], 1);
}

/* ---- case and classes ---- */

static GpObject *map_bytes(GpObject *self, int mode) {
    intptr_t n = N(self);
    GpObject *r = bytes_alloc(n);
    if (!r) return NULL;
    const unsigned char *s = (const unsigned char *)D(self);
    char *d = D(r);
    int start = 1;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        switch (mode) {
        case 0: c = is_upper(c) ? c + 32 : c; break;                       /* lower */
        case 1: c = is_lower(c) ? c - 32 : c; break;                       /* upper */
        case 2: c = is_upper(c) ? c + 32 : is_lower(c) ? c - 32 : c; break; /* swapcase */
        case 3:                                                            /* capitalize */
            c = i == 0 ? (is_lower(c) ? c - 32 : c) : (is_upper(c) ? c + 32 : c);
            break;
        default:                                                           /* title */
            if (is_alpha(c)) {
                c = start ? (is_lower(c) ? c - 32 : c) : (is_upper(c) ? c + 32 : c);
                start = 0;
            } else {
                start = 1;
            }
        }
        d[i] = (char)c;
    }
    return r;
}

#define MAP_METHOD(name, mode)                                                                \
    static GpObject *m_##name(GpObject *self, GpObject *const *args, intptr_t nargs,          \
                              GpObject *kw) {                                                 \
        UNUSED_ARGS;                                                                          \
        return map_bytes(self, mode);                                                         \
    }
MAP_METHOD(lower, 0)
MAP_METHOD(upper, 1)
MAP_METHOD(swapcase, 2)
MAP_METHOD(capitalize, 3)
MAP_METHOD(title, 4)

#define IS_METHOD(name, pred)                                                                 \
    static GpObject *m_##name(GpObject *self, GpObject *const *args, intptr_t nargs,          \
                              GpObject *kw) {                                                 \
        UNUSED_ARGS;                                                                          \
        if (N(self) == 0) return gp_bool(0);                                                  \
        for (intptr_t i = 0; i < N(self); i++)                                                \
            if (!pred((unsigned char)D(self)[i])) return gp_bool(0);                          \
        return gp_bool(1);                                                                    \
    }
IS_METHOD(isdigit, is_digit)
IS_METHOD(isalpha, is_alpha)
IS_METHOD(isspace, is_space)
IS_METHOD(isalnum, is_alnum)

static GpObject *m_isascii(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    for (intptr_t i = 0; i < N(self); i++)
        if ((unsigned char)D(self)[i] >= 0x80) return gp_bool(0);
    return gp_bool(1);
}

static GpObject *case_test(GpObject *self, int want_lower) {
    int cased = 0;
    for (intptr_t i = 0; i < N(self); i++) {
        unsigned char c = (unsigned char)D(self)[i];
        if (want_lower ? is_upper(c) : is_lower(c)) return gp_bool(0);
        if (want_lower ? is_lower(c) : is_upper(c)) cased = 1;
    }
    return gp_bool(cased);
}

static GpObject *m_islower(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return case_test(self, 1);
}

static GpObject *m_isupper(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return case_test(self, 0);
}

static GpObject *m_istitle(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    const unsigned char *s = (const unsigned char *)D(self);
    int cased = 0, prev_cased = 0;
    for (intptr_t i = 0; i < N(self); i++) {
        if (is_upper(s[i])) {
            if (prev_cased) return gp_newref(GP_FALSE);
            prev_cased = cased = 1;
        } else if (is_lower(s[i])) {
            if (!prev_cased) return gp_newref(GP_FALSE);
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return gp_bool(cased);
}

/* expandtabs(tabsize=8): tabs to spaces up to the next multiple of tabsize; \n and \r
 * restart the column. */
static GpObject *m_expandtabs(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kw) {
    static const char *const names[] = {"tabsize", NULL};
    GpObject *a[1] = {NULL};
    if (args_parse("expandtabs", args, nargs, kw, names, 0, 1, a) < 0) return NULL;
    intptr_t tab = 8;
    if (a[0]) {
        if (!INT_CHECK(a[0]))
            return err_format(&gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              obj_type_name(a[0]));
        tab = obj_as_ssize(a[0]);
        if (tab == -1 && err_occurred()) return NULL;
    }
    const char *s = D(self);
    intptr_t n = N(self), col = 0, out = 0;
    for (intptr_t i = 0; i < n; i++) {   /* the result's size first */
        if (s[i] == '\t') {
            if (tab > 0) {
                intptr_t k = tab - col % tab;
                if (out > INTPTR_MAX - k) return err_set_str(&gp_exc_OverflowError, "result too long");
                out += k, col += k;
            }
        } else {
            out++, col++;
            if (s[i] == '\n' || s[i] == '\r') col = 0;
        }
    }
    GpObject *r = bytes_alloc(out);
    if (!r) return NULL;
    char *w = D(r);
    col = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (s[i] == '\t') {
            if (tab > 0) {
                intptr_t k = tab - col % tab;
                memset(w, ' ', (size_t)k);
                w += k, col += k;
            }
        } else {
            *w++ = s[i], col++;
            if (s[i] == '\n' || s[i] == '\r') col = 0;
        }
    }
    return r;
}

/* ---- padding ---- */

static GpObject *pad(const char *fname, GpObject *self, GpObject *const *args, intptr_t nargs,
                     int how) {
    if (args_check_count(fname, nargs, 1, 2) < 0) return NULL;
    intptr_t width = obj_as_ssize(args[0]);
    if (width == -1 && err_occurred()) return NULL;
    char fill = ' ';
    if (nargs > 1) {
        if (!BYTES_CHECK(args[1]) || N(args[1]) != 1)
            return err_format(&gp_exc_TypeError,
                              "%s() argument 2 must be a byte string of length 1, not %s", fname,
                              BYTES_CHECK(args[1]) ? "bytes" : obj_type_name(args[1]));
        fill = D(args[1])[0];
    }
    intptr_t n = N(self);
    if (width <= n) return bytes_from_data(D(self), n);
    intptr_t total = width - n, left;
    if (how == 0) left = 0;                                   /* ljust */
    else if (how == 1) left = total;                          /* rjust */
    else left = total / 2 + (total & width & 1);              /* center, as CPython */
    GpObject *r = bytes_alloc(width);
    if (!r) return NULL;
    memset(D(r), fill, (size_t)left);
    memcpy(D(r) + left, D(self), (size_t)n);
    memset(D(r) + left + n, fill, (size_t)(total - left));
    return r;
}

static GpObject *m_ljust(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    return pad("ljust", self, args, nargs, 0);
}
static GpObject *m_rjust(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    return pad("rjust", self, args, nargs, 1);
}
static GpObject *m_center(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    return pad("center", self, args, nargs, 2);
}

static GpObject *m_zfill(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    intptr_t width = obj_as_ssize(args[0]);
    if (width == -1 && err_occurred()) return NULL;
    intptr_t n = N(self);
    if (width <= n) return bytes_from_data(D(self), n);
    intptr_t fill = width - n;
    GpObject *r = bytes_alloc(width);
    if (!r) return NULL;
    memset(D(r), '0', (size_t)fill);
    memcpy(D(r) + fill, D(self), (size_t)n);
    if (n && (D(self)[0] == '+' || D(self)[0] == '-')) {
        D(r)[0] = D(self)[0];
        D(r)[fill] = '0';
    }
    return r;
}

/* ---- hex / fromhex / decode ---- */

static GpObject *m_hex(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("hex", args, nargs, kw, names, 0, 2, a) < 0) return NULL;
    char sep = 0;
    intptr_t per = 1;
    if (a[0]) {
        if (STR_CHECK(a[0])) {
            if (STR_LEN(a[0]) != 1) return err_set_str(&gp_exc_ValueError, "sep must be length 1.");
            if (STR_NBYTES(a[0]) != 1) return err_set_str(&gp_exc_ValueError, "sep must be ASCII.");
            sep = STR_DATA(a[0])[0];
        } else if (BYTES_CHECK(a[0])) {
            if (N(a[0]) != 1) return err_set_str(&gp_exc_ValueError, "sep must be length 1.");
            sep = D(a[0])[0];
            if ((unsigned char)sep >= 0x80) return err_set_str(&gp_exc_ValueError, "sep must be ASCII.");
        } else {
            return err_set_str(&gp_exc_TypeError, "sep must be str or bytes.");
        }
        if (a[1] && (per = obj_as_ssize(a[1])) == -1 && err_occurred()) return NULL;
    }
    static const char digits[] = "0123456789abcdef";
    StrBuf sb = STRBUF_INIT;
    intptr_t n = N(self), k = per < 0 ? -per : per;
    const unsigned char *s = (const unsigned char *)D(self);
    for (intptr_t i = 0; i < n; i++) {
        if (sep && k && i > 0) {
            int boundary = per > 0 ? (n - i) % k == 0 : i % k == 0;
            if (boundary) sb_append_char(&sb, sep);
        }
        sb_append_char(&sb, digits[s[i] >> 4]);
        sb_append_char(&sb, digits[s[i] & 15]);
    }
    if (n == 0) return str_from_cstr("");
    return sb_finish(&sb);
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static GpObject *fromhex_value(GpObject *const *args, intptr_t nargs);

/* bytes.fromhex / bytearray.fromhex, a class method: cls(the bytes) unless cls is bytes. */
static GpObject *m_fromhex(GpObject *cls, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    GpObject *r = fromhex_value(args, nargs);
    if (!r || !cls || cls == (GpObject *)&gp_type_bytes) return r;
    GpObject *sub = obj_call1(cls, r);
    gp_decref(r);
    return sub;
}

static GpObject *fromhex_value(GpObject *const *args, intptr_t nargs) {
    if (args_check_count("fromhex", nargs, 1, 1) < 0) return NULL;
    GpObject *x = args[0];
    if (!STR_CHECK(x))
        return err_format(&gp_exc_TypeError, "fromhex() argument must be str, not %s",
                          obj_type_name(x));
    const unsigned char *s = (const unsigned char *)STR_DATA(x);
    intptr_t n = STR_NBYTES(x), i = 0;
    StrBuf sb = STRBUF_INIT;
    while (i < n) {
        if (is_space(s[i])) {
            i++;
            continue;
        }
        int hi = hexval(s[i]), lo = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            intptr_t pos = hi < 0 ? i : i + 1;
            /* positions count characters, as CPython */
            intptr_t chars = 0;
            for (intptr_t k = 0; k < pos; k++) chars += (s[k] & 0xC0) != 0x80;
            sb_discard(&sb);
            return err_format(&gp_exc_ValueError,
                              "non-hexadecimal number found in fromhex() arg at position %zd",
                              chars);
        }
        sb_append_char(&sb, (char)(hi * 16 + lo));
        i += 2;
    }
    GpObject *r = bytes_from_data(sb.data, sb.len);
    sb_discard(&sb);
    return r;
}

static GpObject *m_decode(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    static const char *const names[] = {"encoding", "errors", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("decode", args, nargs, kw, names, 0, 2, a) < 0) return NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !STR_CHECK(a[i]))
            return err_format(&gp_exc_TypeError, "decode() argument '%s' must be str, not %s",
                              names[i], obj_type_name(a[i]));
    return bytes_decode(D(self), N(self), a[0] ? str_cstr(a[0]) : NULL,
                        a[1] ? str_cstr(a[1]) : NULL);
}

static GpObject *affix(GpObject *self, GpObject *x, int suffix) {
    const char *p;
    intptr_t m;
    if (!bytes_like(x, &p, &m)) {
        need_bytes(x);
        return NULL;
    }
    intptr_t n = N(self);
    if (m && m <= n && memcmp(D(self) + (suffix ? n - m : 0), p, (size_t)m) == 0)
        return bytes_from_data(D(self) + (suffix ? 0 : m), n - m);
    if (BYTES_CHECK_EXACT(self)) return gp_newref(self);
    return bytes_from_data(D(self), n);
}

static GpObject *m_removeprefix(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kw) {
    UNUSED_ARGS;
    return affix(self, args[0], 0);
}

static GpObject *m_removesuffix(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kw) {
    UNUSED_ARGS;
    return affix(self, args[0], 1);
}

/* bytes.maketrans(from, to): a 256-byte table (a static method). */
static GpObject *m_maketrans(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kw) {
    (void)self, (void)kw;
    if (args_check_count("maketrans", nargs, 2, 2) < 0) return NULL;
    const char *f, *t;
    intptr_t nf, nt;
    for (int i = 0; i < 2; i++)
        if (!bytes_like(args[i], i ? &t : &f, i ? &nt : &nf))
            return err_format(&gp_exc_TypeError, "a bytes-like object is required, not '%s'",
                              obj_type_name(args[i]));
    if (nf != nt)
        return err_set_str(&gp_exc_ValueError, "maketrans arguments must have same length");
    GpObject *r = bytes_alloc(256);
    if (!r) return NULL;
    for (int i = 0; i < 256; i++) D(r)[i] = (char)i;
    for (intptr_t i = 0; i < nf; i++) D(r)[(unsigned char)f[i]] = t[i];
    return r;
}

/* b.translate(table, delete=b''): table is None or 256 bytes. */
static GpObject *m_translate(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kw) {
    static const char *const names[] = {"", "delete", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("translate", args, nargs, kw, names, 1, 2, a) < 0) return NULL;
    const char *table = NULL, *del = "";
    intptr_t ntable = 0, ndel = 0;
    if (a[0] != GP_NONE) {
        if (!bytes_like(a[0], &table, &ntable)) {
            need_bytes(a[0]);
            return NULL;
        }
        if (ntable != 256)
            return err_set_str(&gp_exc_ValueError,
                               "translation table must be 256 characters long");
    }
    if (a[1] && !bytes_like(a[1], &del, &ndel)) {
        need_bytes(a[1]);
        return NULL;
    }
    StrBuf sb = STRBUF_INIT;
    for (intptr_t i = 0; i < N(self); i++) {
        unsigned char c = (unsigned char)D(self)[i];
        if (ndel && memchr(del, c, (size_t)ndel)) continue;
        sb_append_char(&sb, table ? table[c] : (char)c);
    }
    if (sb.failed) {
        sb_discard(&sb);
        return NULL;
    }
    GpObject *r = bytes_from_data(sb.data, sb.len);
    sb_discard(&sb);
    return r;
}

static GpObject *m_sizeof(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return int_from_i64((int64_t)obj_alloc_size(self));
}

static GpObject *m_getnewargs(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kw) {
    UNUSED_ARGS;
    GpObject *c = bytes_from_data(D(self), N(self));
    if (!c) return NULL;
    GpObject *t = tuple_pack(1, c);
    gp_decref(c);
    return t;
}

GpMethodDef gp_bytes_methods[] = {
    {"__getnewargs__", m_getnewargs, METH_NOARGS, NULL},
    {"__sizeof__", m_sizeof, METH_NOARGS, NULL},
    {"capitalize", m_capitalize, METH_NOARGS, NULL},
    {"center", m_center, METH_VARARGS, NULL},
    {"count", m_count, METH_VARARGS, NULL},
    {"decode", m_decode, METH_KEYWORDS, NULL},
    {"endswith", m_endswith, METH_VARARGS, NULL},
    {"find", m_find, METH_VARARGS, NULL},
    {"hex", m_hex, METH_KEYWORDS, NULL},
    {"index", m_index, METH_VARARGS, NULL},
    {"isalnum", m_isalnum, METH_NOARGS, NULL},
    {"isalpha", m_isalpha, METH_NOARGS, NULL},
    {"isascii", m_isascii, METH_NOARGS, NULL},
    {"isdigit", m_isdigit, METH_NOARGS, NULL},
    {"islower", m_islower, METH_NOARGS, NULL},
    {"isspace", m_isspace, METH_NOARGS, NULL},
    {"isupper", m_isupper, METH_NOARGS, NULL},
    {"join", m_join, METH_O, NULL},
    {"ljust", m_ljust, METH_VARARGS, NULL},
    {"lower", m_lower, METH_NOARGS, NULL},
    {"lstrip", m_lstrip, METH_VARARGS, NULL},
    {"partition", m_partition, METH_O, NULL},
    {"removeprefix", m_removeprefix, METH_O, NULL},
    {"removesuffix", m_removesuffix, METH_O, NULL},
    {"replace", m_replace, METH_VARARGS, NULL},
    {"rfind", m_rfind, METH_VARARGS, NULL},
    {"rindex", m_rindex, METH_VARARGS, NULL},
    {"rjust", m_rjust, METH_VARARGS, NULL},
    {"rpartition", m_rpartition, METH_O, NULL},
    {"rsplit", m_rsplit, METH_KEYWORDS, NULL},
    {"rstrip", m_rstrip, METH_VARARGS, NULL},
    {"split", m_split, METH_KEYWORDS, NULL},
    {"splitlines", m_splitlines, METH_KEYWORDS, NULL},
    {"startswith", m_startswith, METH_VARARGS, NULL},
    {"strip", m_strip, METH_VARARGS, NULL},
    {"swapcase", m_swapcase, METH_NOARGS, NULL},
    {"title", m_title, METH_NOARGS, NULL},
    {"translate", m_translate, METH_KEYWORDS, NULL},
    {"upper", m_upper, METH_NOARGS, NULL},
    {"zfill", m_zfill, METH_O, NULL},
    {"expandtabs", m_expandtabs, METH_KEYWORDS, NULL},
    {"istitle", m_istitle, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpMethodDef fromhex_def = {"fromhex", m_fromhex, METH_VARARGS, NULL};
static GpMethodDef maketrans_def = {"maketrans", m_maketrans, METH_VARARGS, NULL};

int bytes_init(void) {
    if (!gp_type_bytes.dict) return 0;   /* not readied */
    if (generic_alias_install() < 0) return -1;   /* list[int] & co. (genericalias.c) */
    if (type_dict_add_cfunction(&gp_type_bytes, &fromhex_def, 1) < 0 ||
        type_dict_add_cfunction(&gp_type_bytes, &maketrans_def, 0) < 0)
        return -1;
    if (!gp_type_bytearray.dict) return 0;
    if (type_dict_add_cfunction(&gp_type_bytearray, &fromhex_def, 1) < 0 ||
        type_dict_add_cfunction(&gp_type_bytearray, &maketrans_def, 0) < 0)
        return -1;
    return 0;
}
