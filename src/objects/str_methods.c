/* str_methods.c — the methods of str: searching, splitting, stripping, replacing, case
 * mapping, predicates, padding, partitioning, translate (formatting is str_format.c).
 *
 * Invariants:
 * - Positions given to and returned by Python are code point indexes; the searches run on
 *   UTF-8 bytes (a match of valid UTF-8 in valid UTF-8 always starts on a character
 *   boundary), converting at the edges. ASCII strings convert for free.
 * - Where CPython returns the receiver unchanged (an exact str with nothing to do: strip,
 *   replace, center, partition, split with no split, ...) so do we: identity is visible.
 * - Case mapping and predicates are exact for ASCII and Latin-1; other scripts use the
 *   approximate tables of str_unicode.c.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bytes.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"

#define ASCII(s) (((GpStr *)(s))->ascii)

/* ---- Argument helpers ---- */

/* "name() takes at least 1 argument (0 given)" — the wording of CPython's
 * PyArg_ParseTuple-based str methods (find, count, startswith, ...). */
static int takes_args(const char *name, intptr_t nargs, intptr_t min, intptr_t max) {
    if (nargs >= min && nargs <= max) return 0;
    intptr_t n = nargs < min ? min : max;
    err_format(&gp_exc_TypeError, "%s() takes %s %zd argument%s (%zd given)", name,
               min == max ? "exactly" : nargs < min ? "at least" : "at most", n, n == 1 ? "" : "s",
               nargs);
    return -1;
}

static int no_kw(const char *name, GpObject *kwnames) {
    if (kwnames && TUPLE_SIZE(kwnames) > 0) {
        err_format(&gp_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

/* The type name in Argument Clinic's messages: "None" for None itself. */
static const char *arg_type(GpObject *o) { return o == GP_NONE ? "None" : obj_type_name(o); }

static int need_str(GpObject *o) {
    if (STR_CHECK(o)) return 0;
    err_format(&gp_exc_TypeError, "must be str, not %s", obj_type_name(o));
    return -1;
}

/* An int-like argument as ssize_t ("'str' object cannot be interpreted as an integer"). */
static int ssize_arg(GpObject *o, intptr_t *out) {
    intptr_t v = obj_as_ssize(o);
    if (v == -1 && err_occurred()) return -1;
    *out = v;
    return 0;
}

/* Python start/end arguments of the find family, adjusted as CPython's ADJUST_INDICES. */
static int find_bounds(GpObject *const *args, intptr_t nargs, intptr_t len, intptr_t *start,
                       intptr_t *end) {
    *start = 0;
    *end = INTPTR_MAX;
    if (nargs > 1 && slice_eval_index(args[1], start) < 0) return -1;
    if (nargs > 2 && slice_eval_index(args[2], end) < 0) return -1;
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    return 0;
}

/* A substring of s by byte range: s itself (new reference) when it covers an exact str. */
static GpObject *sub_bytes(GpObject *s, intptr_t b0, intptr_t b1) {
    if (b0 == 0 && b1 == STR_NBYTES(s) && STR_CHECK_EXACT(s)) return gp_newref(s);
    intptr_t n = b1 - b0;
    return str_from_utf8_len(STR_DATA(s) + b0, n, ASCII(s) ? n : utf8_count(STR_DATA(s) + b0, n));
}

static GpObject *unchanged(GpObject *s) { return str_exact(s); }

/* ---- Byte searching ---- */

intptr_t bytes_find(const char *hay, intptr_t n, const char *needle, intptr_t m) {
    if (m == 0) return 0;
    if (m > n) return -1;
    if (m == 1) {
        const char *p = memchr(hay, needle[0], (size_t)n);
        return p ? p - hay : -1;
    }
    if (m <= 8) {   /* short needles: memchr for the first byte beats memmem's set-up */
        const char *p = hay, *last = hay + (n - m);
        while (p <= last) {
            p = memchr(p, needle[0], (size_t)(last - p) + 1);
            if (!p) return -1;
            if (memcmp(p + 1, needle + 1, (size_t)m - 1) == 0) return p - hay;
            p++;
        }
        return -1;
    }
    const char *p = memmem(hay, (size_t)n, needle, (size_t)m);
    return p ? p - hay : -1;
}

intptr_t bytes_rfind(const char *hay, intptr_t n, const char *needle, intptr_t m) {
    if (m == 0) return n;
    if (m > n) return -1;
    if (m == 1) {
        const char *p = memrchr(hay, needle[0], (size_t)n);
        return p ? p - hay : -1;
    }
    for (intptr_t i = n - m; i >= 0; i--) {
        const char *p = memrchr(hay, needle[0], (size_t)i + 1);
        if (!p) return -1;
        i = p - hay;
        if (memcmp(p, needle, (size_t)m) == 0) return i;
    }
    return -1;
}

/* Non-overlapping occurrences of needle in hay, at most max. */
static intptr_t bytes_count(const char *hay, intptr_t n, const char *needle, intptr_t m,
                            intptr_t max) {
    intptr_t count = 0, pos = 0;
    while (count < max) {
        intptr_t i = bytes_find(hay + pos, n - pos, needle, m);
        if (i < 0) break;
        count++;
        pos += i + m;
    }
    return count;
}

/* ---- find / rfind / index / rindex / count ---- */

/* Searches sub in s[start:end] (code points): code point index or -1, -2 on error. */
static intptr_t do_find(GpObject *self, GpObject *const *args, intptr_t nargs, const char *name,
                        int reverse) {
    if (takes_args(name, nargs, 1, 3) < 0) return -2;
    GpObject *sub = args[0];
    intptr_t start, end;
    if (find_bounds(args, nargs, STR_LEN(self), &start, &end) < 0) return -2;
    if (need_str(sub) < 0) return -2;
    if (end - start < STR_LEN(sub)) return -1;
    intptr_t b0 = str_offset(self, start), b1 = str_offset(self, end);
    const char *d = STR_DATA(self) + b0;
    intptr_t i = reverse ? bytes_rfind(d, b1 - b0, STR_DATA(sub), STR_NBYTES(sub))
                         : bytes_find(d, b1 - b0, STR_DATA(sub), STR_NBYTES(sub));
    if (i < 0) return -1;
    return start + (ASCII(self) ? i : utf8_count(d, i));
}

static GpObject *find_result(intptr_t r, int raise) {
    if (r == -2) return NULL;
    if (r == -1 && raise) return err_set_str(&gp_exc_ValueError, "substring not found");
    return int_from_i64(r);
}

static GpObject *str_find(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)kw;
    return find_result(do_find(self, args, n, "find", 0), 0);
}
static GpObject *str_rfind(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)kw;
    return find_result(do_find(self, args, n, "rfind", 1), 0);
}
static GpObject *str_index(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)kw;
    return find_result(do_find(self, args, n, "index", 0), 1);
}
static GpObject *str_rindex(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)kw;
    return find_result(do_find(self, args, n, "rindex", 1), 1);
}

static GpObject *str_count(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (takes_args("count", nargs, 1, 3) < 0) return NULL;
    GpObject *sub = args[0];
    intptr_t start, end;
    if (find_bounds(args, nargs, STR_LEN(self), &start, &end) < 0) return NULL;
    if (need_str(sub) < 0) return NULL;
    if (end - start < STR_LEN(sub)) return int_from_i64(0);
    if (STR_NBYTES(sub) == 0) return int_from_i64(end - start + 1);
    intptr_t b0 = str_offset(self, start), b1 = str_offset(self, end);
    return int_from_i64(bytes_count(STR_DATA(self) + b0, b1 - b0, STR_DATA(sub), STR_NBYTES(sub),
                                    INTPTR_MAX));
}

/* ---- startswith / endswith ---- */

static int tail_match(GpObject *self, GpObject *sub, intptr_t start, intptr_t end, int suffix) {
    if (end - start < STR_LEN(sub)) return 0;
    if (STR_NBYTES(sub) == 0) return 1;
    intptr_t b0 = str_offset(self, start), b1 = str_offset(self, end);
    if (b1 - b0 < STR_NBYTES(sub)) return 0;
    const char *p = suffix ? STR_DATA(self) + b1 - STR_NBYTES(sub) : STR_DATA(self) + b0;
    return memcmp(p, STR_DATA(sub), (size_t)STR_NBYTES(sub)) == 0;
}

static GpObject *starts_ends(GpObject *self, GpObject *const *args, intptr_t nargs,
                             const char *name, int suffix) {
    if (takes_args(name, nargs, 1, 3) < 0) return NULL;
    intptr_t start, end;
    if (find_bounds(args, nargs, STR_LEN(self), &start, &end) < 0) return NULL;
    GpObject *x = args[0];
    if (TUPLE_CHECK(x)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(x); i++) {
            GpObject *sub = TUPLE_ITEM(x, i);
            if (!STR_CHECK(sub))
                return err_format(&gp_exc_TypeError, "tuple for %s must only contain str, not %s",
                                  name, obj_type_name(sub));
            if (tail_match(self, sub, start, end, suffix)) return gp_bool(1);
        }
        return gp_bool(0);
    }
    if (!STR_CHECK(x))
        return err_format(&gp_exc_TypeError,
                          "%s first arg must be str or a tuple of str, not %s", name,
                          obj_type_name(x));
    return gp_bool(tail_match(self, x, start, end, suffix));
}

static GpObject *str_startswith(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)kw;
    return starts_ends(self, args, n, "startswith", 0);
}
static GpObject *str_endswith(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)kw;
    return starts_ends(self, args, n, "endswith", 1);
}

/* ---- Whitespace ---- */

/* Length in bytes of the whitespace character at p (< end), or 0. */
static int space_at(const char *p, const char *end) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80)
        return (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) ? 1 : 0;
    (void)end;
    const char *q = p;
    uint32_t cp = utf8_next(&q);
    return uc_has(cp, UC_SPACE) ? (int)(q - p) : 0;
}

/* Length of the whitespace character ending just before p (> start), or 0. */
static int space_before(const char *start, const char *p) {
    const char *q = p - 1;
    while (q > start && utf8_is_cont((unsigned char)*q)) q--;
    return space_at(q, p) == p - q ? (int)(p - q) : 0;
}

/* ---- split / rsplit ---- */

#define MAX_PREALLOC 12

/* A list for split results, preallocated as CPython's PREALLOC_SIZE(maxsplit). */
static GpObject *split_list(intptr_t maxsplit) {
    intptr_t pre = (size_t)maxsplit >= MAX_PREALLOC ? MAX_PREALLOC : maxsplit + 1;
    GpObject *l = list_new(pre);
    if (l) ((GpList *)l)->size = 0;
    return l;
}

static int split_add(GpObject *list, GpObject *s, intptr_t b0, intptr_t b1) {
    GpObject *sub = sub_bytes(s, b0, b1);
    if (!sub) return -1;
    return list_append_steal(list, sub);
}

static int split_args(const char *name, GpObject *const *args, intptr_t nargs, GpObject *kwnames,
                      GpObject **sep, intptr_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse(name, args, nargs, kwnames, names, 0, 2, a) < 0) return -1;
    *sep = a[0] && a[0] != GP_NONE ? a[0] : NULL;
    *maxsplit = -1;
    if (a[1] && ssize_arg(a[1], maxsplit) < 0) return -1;   /* converted before sep is checked */
    if (*sep && !STR_CHECK(*sep)) {
        err_format(&gp_exc_TypeError, "must be str or None, not %s", obj_type_name(*sep));
        return -1;
    }
    if (*sep && STR_NBYTES(*sep) == 0) {
        err_set_str(&gp_exc_ValueError, "empty separator");
        return -1;
    }
    if (*maxsplit < 0) *maxsplit = INTPTR_MAX;
    return 0;
}

static GpObject *str_split(GpObject *self, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    GpObject *sep;
    intptr_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    GpObject *list = split_list(maxsplit == INTPTR_MAX ? -1 : maxsplit);
    if (!list) return NULL;
    const char *d = STR_DATA(self), *end = d + STR_NBYTES(self);
    if (!sep) {
        const char *p = d;
        while (maxsplit-- > 0) {
            int w;
            while (p < end && (w = space_at(p, end))) p += w;
            if (p == end) goto done;
            const char *q = p;
            while (q < end && !space_at(q, end)) q += utf8_lead_len((unsigned char)*q);
            if (q == end && p == d) {   /* no whitespace at all: the string itself */
                if (split_add(list, self, 0, STR_NBYTES(self)) < 0) goto error;
                goto done;
            }
            if (split_add(list, self, p - d, q - d) < 0) goto error;
            p = q;
        }
        int w;
        while (p < end && (w = space_at(p, end))) p += w;
        if (p < end && split_add(list, self, p - d, end - d) < 0) goto error;
        goto done;
    }
    intptr_t m = STR_NBYTES(sep), pos = 0, n = STR_NBYTES(self);
    while (maxsplit-- > 0) {
        intptr_t i = bytes_find(d + pos, n - pos, STR_DATA(sep), m);
        if (i < 0) break;
        if (split_add(list, self, pos, pos + i) < 0) goto error;
        pos += i + m;
    }
    if (split_add(list, self, pos, n) < 0) goto error;
done:
    return list;
error:
    gp_decref(list);
    return NULL;
}

static void list_reverse_items(GpObject *list) {
    GpObject **lo = ((GpList *)list)->items, **hi = lo + LIST_SIZE(list) - 1;
    for (; lo < hi; lo++, hi--) {
        GpObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static GpObject *str_rsplit(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    GpObject *sep;
    intptr_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    GpObject *list = split_list(maxsplit == INTPTR_MAX ? -1 : maxsplit);
    if (!list) return NULL;
    const char *d = STR_DATA(self), *end = d + STR_NBYTES(self);
    if (!sep) {
        const char *p = end;
        while (maxsplit-- > 0) {
            int w;
            while (p > d && (w = space_before(d, p))) p -= w;
            if (p == d) goto done;
            const char *q = p;
            while (q > d && !space_before(d, q)) {
                q--;
                while (q > d && utf8_is_cont((unsigned char)*q)) q--;
            }
            if (q == d && p == end) {
                if (split_add(list, self, 0, STR_NBYTES(self)) < 0) goto error;
                goto done;
            }
            if (split_add(list, self, q - d, p - d) < 0) goto error;
            p = q;
        }
        int w;
        while (p > d && (w = space_before(d, p))) p -= w;
        if (p > d && split_add(list, self, 0, p - d) < 0) goto error;
        goto done;
    }
    intptr_t m = STR_NBYTES(sep), stop = STR_NBYTES(self);
    while (maxsplit-- > 0) {
        intptr_t i = bytes_rfind(d, stop, STR_DATA(sep), m);
        if (i < 0) break;
        if (split_add(list, self, i + m, stop) < 0) goto error;
        stop = i;
    }
    if (split_add(list, self, 0, stop) < 0) goto error;
done:
    list_reverse_items(list);
    return list;
error:
    gp_decref(list);
    return NULL;
}

/* Length of the line break at p (< end), 0 if none ("\r\n" counts 2). */
static int linebreak_at(const char *p, const char *end) {
    unsigned char c = (unsigned char)*p;
    if (c == '\r') return (p + 1 < end && p[1] == '\n') ? 2 : 1;
    if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) return 1;
    if (c < 0x80) return 0;
    const char *q = p;
    uint32_t cp = utf8_next(&q);
    return (cp == 0x85 || cp == 0x2028 || cp == 0x2029) ? (int)(q - p) : 0;
}

static GpObject *str_splitlines(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    GpObject *a[1] = {NULL};
    if (args_parse("splitlines", args, nargs, kwnames, names, 0, 1, a) < 0) return NULL;
    int keep = 0;
    if (a[0]) {
        intptr_t k;
        if (ssize_arg(a[0], &k) < 0) return NULL;
        if (k > INT32_MAX || k < INT32_MIN)   /* CPython takes a C int */
            return err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C int");
        keep = k != 0;
    }
    GpObject *list = list_new(0);
    if (!list) return NULL;
    const char *d = STR_DATA(self), *end = d + STR_NBYTES(self), *p = d;
    while (p < end) {
        const char *q = p;
        int w = 0;
        while (q < end && !(w = linebreak_at(q, end))) q += utf8_lead_len((unsigned char)*q);
        const char *eol = q + w;
        if (p == d && eol == end && !w) {   /* a single line without a break */
            if (split_add(list, self, 0, STR_NBYTES(self)) < 0) goto error;
            break;
        }
        if (split_add(list, self, p - d, (keep ? eol : q) - d) < 0) goto error;
        p = eol;
    }
    return list;
error:
    gp_decref(list);
    return NULL;
}

/* ---- strip ---- */

static int in_chars(GpObject *chars, const char *p, int w) {
    if (!chars) return 0;
    return bytes_find(STR_DATA(chars), STR_NBYTES(chars), p, w) >= 0;
}

/* which: 1 left, 2 right, 3 both. */
static GpObject *do_strip(GpObject *self, GpObject *const *args, intptr_t nargs, const char *name,
                          int which) {
    if (nargs > 1)
        return err_format(&gp_exc_TypeError, "%s expected at most 1 argument, got %zd", name,
                          nargs);
    GpObject *chars = nargs ? args[0] : GP_NONE;
    if (chars != GP_NONE && !STR_CHECK(chars))
        return err_format(&gp_exc_TypeError, "%s arg must be None or str", name);
    if (chars == GP_NONE) chars = NULL;
    const char *d = STR_DATA(self), *end = d + STR_NBYTES(self), *p = d, *q = end;
    if (which & 1) {
        while (p < end) {
            int w = chars ? utf8_lead_len((unsigned char)*p) : space_at(p, end);
            if (!w || (chars && !in_chars(chars, p, w))) break;
            p += w;
        }
    }
    if (which & 2) {
        while (q > p) {
            const char *r = q - 1;
            while (r > p && utf8_is_cont((unsigned char)*r)) r--;
            int w = (int)(q - r);
            if (chars ? !in_chars(chars, r, w) : !space_before(p, q)) break;
            q = r;
        }
    }
    return sub_bytes(self, p - d, q - d);
}

static GpObject *str_strip(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)kw;
    return do_strip(self, args, n, "strip", 3);
}
static GpObject *str_lstrip(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)kw;
    return do_strip(self, args, n, "lstrip", 1);
}
static GpObject *str_rstrip(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)kw;
    return do_strip(self, args, n, "rstrip", 2);
}

/* ---- replace ---- */

static GpObject *str_replace(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kw) {
    if (no_kw("replace", kw) < 0) return NULL;
    if (nargs < 2 || nargs > 3)
        return err_format(&gp_exc_TypeError, "replace expected %s %d arguments, got %zd",
                          nargs < 2 ? "at least" : "at most", nargs < 2 ? 2 : 3, nargs);
    GpObject *old = args[0], *new = args[1];
    for (int i = 0; i < 2; i++)
        if (!STR_CHECK(args[i]))
            return err_format(&gp_exc_TypeError, "replace() argument %d must be str, not %s",
                              i + 1, arg_type(args[i]));
    intptr_t count = -1;
    if (nargs == 3 && ssize_arg(args[2], &count) < 0) return NULL;
    if (count < 0) count = INTPTR_MAX;
    const char *d = STR_DATA(self);
    intptr_t n = STR_NBYTES(self), m = STR_NBYTES(old), k = STR_NBYTES(new);
    intptr_t found;
    if (m == 0) {
        found = STR_LEN(self) + 1;
        if (found > count) found = count;
    } else {
        if (STR_LEN(old) > STR_LEN(self)) found = 0;
        else found = bytes_count(d, n, STR_DATA(old), m, count);
    }
    if (found == 0 || (m == k && memcmp(STR_DATA(old), STR_DATA(new), (size_t)m) == 0))
        return unchanged(self);
    if ((k - m) > 0 && found > (INTPTR_MAX / 2 - n) / (k - m + 1))
        return err_set_str(&gp_exc_OverflowError, "replace string is too long");
    intptr_t nbytes = n + found * (k - m);
    intptr_t length = STR_LEN(self) + found * (STR_LEN(new) - STR_LEN(old));
    GpObject *r = str_alloc(nbytes, length);
    if (!r) return NULL;
    char *o = STR_DATA(r);
    intptr_t pos = 0;
    if (m == 0) {
        for (intptr_t i = 0; i < found; i++) {
            memcpy(o, STR_DATA(new), (size_t)k);
            o += k;
            if (pos < n) {
                int w = utf8_lead_len((unsigned char)d[pos]);
                memcpy(o, d + pos, (size_t)w);
                o += w;
                pos += w;
            }
        }
    } else {
        for (intptr_t i = 0; i < found; i++) {
            intptr_t j = bytes_find(d + pos, n - pos, STR_DATA(old), m);
            memcpy(o, d + pos, (size_t)j);
            o += j;
            memcpy(o, STR_DATA(new), (size_t)k);
            o += k;
            pos += j + m;
        }
    }
    memcpy(o, d + pos, (size_t)(n - pos));
    return str_result(r);
}

/* ---- Case mapping ---- */

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

/* Final sigma rule: U+03A3 lowers to U+03C2 at the end of a word (preceded by a cased
 * letter and not followed by one, skipping case-ignorable characters). */
static int final_sigma(const char *d, const char *at, const char *after, const char *end) {
    const char *p = at;
    int before = 0;
    while (p > d) {
        uint32_t c = utf8_prev(&p);
        if (uc_has(c, UC_CASE_IGNORABLE)) continue;
        before = uc_has(c, UC_CASED);
        break;
    }
    if (!before) return 0;
    p = after;
    while (p < end) {
        uint32_t c = utf8_next(&p);
        if (uc_has(c, UC_CASE_IGNORABLE)) continue;
        return !uc_has(c, UC_CASED);
    }
    return 1;
}

static int lower_full(const char *d, const char *at, const char *after, const char *end,
                      uint32_t c, uint32_t *out) {
    if (c == 0x3A3) {
        out[0] = final_sigma(d, at, after, end) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return uc_to_lower(c, out);
}

static GpObject *case_map(GpObject *self, int mode) {
    intptr_t n = STR_NBYTES(self);
    if (ASCII(self) && mode != CASE_TITLE && mode != CASE_CAPITALIZE) {
        GpObject *r = str_alloc(n, n);
        if (!r) return NULL;
        const unsigned char *s = (const unsigned char *)STR_DATA(self);
        char *o = STR_DATA(r);
        for (intptr_t i = 0; i < n; i++) {
            unsigned char c = s[i];
            int is_up = c >= 'A' && c <= 'Z', is_lo = c >= 'a' && c <= 'z';
            if (mode == CASE_UPPER ? is_lo : mode == CASE_SWAP ? (is_lo || is_up) : is_up)
                c ^= 0x20;
            o[i] = (char)c;
        }
        return str_result(r);
    }
    StrBuf sb = STRBUF_INIT;
    const char *d = STR_DATA(self), *end = d + n, *p = d;
    int prev_cased = 0, first = 1;
    while (p < end) {
        const char *at = p;
        uint32_t c = utf8_next(&p), out[3];
        int k;
        switch (mode) {
        case CASE_UPPER: k = uc_to_upper(c, out); break;
        case CASE_FOLD: k = uc_to_fold(c, out); break;
        case CASE_SWAP:
            if (uc_has(c, UC_UPPER)) k = lower_full(d, at, p, end, c, out);
            else if (uc_has(c, UC_LOWER)) k = uc_to_upper(c, out);
            else { out[0] = c; k = 1; }
            break;
        case CASE_TITLE:
            k = prev_cased ? lower_full(d, at, p, end, c, out) : uc_to_title(c, out);
            prev_cased = uc_has(c, UC_CASED);
            break;
        case CASE_CAPITALIZE:
            k = first ? uc_to_title(c, out) : lower_full(d, at, p, end, c, out);
            break;
        default: k = lower_full(d, at, p, end, c, out); break;
        }
        first = 0;
        for (int i = 0; i < k; i++) sb_append_codepoint(&sb, out[i]);
    }
    return sb_finish(&sb);
}

#define CASE_METHOD(fname, mode)                                                            \
    static GpObject *fname(GpObject *self, GpObject *const *args, intptr_t nargs,          \
                           GpObject *kw) {                                                 \
        (void)args, (void)nargs, (void)kw;                                                  \
        return case_map(self, mode);                                                        \
    }
CASE_METHOD(str_lower, CASE_LOWER)
CASE_METHOD(str_upper, CASE_UPPER)
CASE_METHOD(str_swapcase, CASE_SWAP)
CASE_METHOD(str_title, CASE_TITLE)
CASE_METHOD(str_capitalize, CASE_CAPITALIZE)
CASE_METHOD(str_casefold, CASE_FOLD)

/* ---- Predicates ---- */

/* 1 if s is non-empty and every character has one of the props. */
static int all_have(GpObject *s, unsigned props) {
    if (STR_LEN(s) == 0) return 0;
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    while (p < end)
        if (!(uc_props(utf8_next(&p)) & props)) return 0;
    return 1;
}

#define PRED_METHOD(fname, props)                                                           \
    static GpObject *fname(GpObject *self, GpObject *const *args, intptr_t nargs,          \
                           GpObject *kw) {                                                 \
        (void)args, (void)nargs, (void)kw;                                                  \
        return gp_bool(all_have(self, props));                                              \
    }
PRED_METHOD(str_isspace, UC_SPACE)
PRED_METHOD(str_isalpha, UC_ALPHA)
PRED_METHOD(str_isdecimal, UC_DECIMAL)
PRED_METHOD(str_isdigit, UC_DIGIT)
PRED_METHOD(str_isnumeric, UC_NUMERIC)
PRED_METHOD(str_isalnum, UC_ALPHA | UC_DECIMAL | UC_DIGIT | UC_NUMERIC)

static GpObject *str_isascii(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return gp_bool(ASCII(self));
}

static GpObject *str_isprintable(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    const char *p = STR_DATA(self), *end = p + STR_NBYTES(self);
    while (p < end)
        if (!uc_has(utf8_next(&p), UC_PRINTABLE)) return gp_bool(0);
    return gp_bool(1);
}

static GpObject *str_isidentifier(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    const char *p = STR_DATA(self), *end = p + STR_NBYTES(self);
    if (p == end) return gp_bool(0);
    uint32_t c = utf8_next(&p);
    if (c != '_' && !uc_has(c, UC_XID_START)) return gp_bool(0);
    while (p < end)
        if (!uc_has(utf8_next(&p), UC_XID_CONTINUE)) return gp_bool(0);
    return gp_bool(1);
}

static GpObject *str_islower(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    const char *p = STR_DATA(self), *end = p + STR_NBYTES(self);
    int cased = 0;
    while (p < end) {
        unsigned pr = uc_props(utf8_next(&p));
        if (pr & (UC_UPPER | UC_TITLE)) return gp_bool(0);
        if (pr & UC_LOWER) cased = 1;
    }
    return gp_bool(cased);
}

static GpObject *str_isupper(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    const char *p = STR_DATA(self), *end = p + STR_NBYTES(self);
    int cased = 0;
    while (p < end) {
        unsigned pr = uc_props(utf8_next(&p));
        if (pr & (UC_LOWER | UC_TITLE)) return gp_bool(0);
        if (pr & UC_UPPER) cased = 1;
    }
    return gp_bool(cased);
}

static GpObject *str_istitle(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    const char *p = STR_DATA(self), *end = p + STR_NBYTES(self);
    int cased = 0, prev = 0;
    while (p < end) {
        unsigned pr = uc_props(utf8_next(&p));
        if (pr & (UC_UPPER | UC_TITLE)) {
            if (prev) return gp_bool(0);
            prev = cased = 1;
        } else if (pr & UC_LOWER) {
            if (!prev) return gp_bool(0);
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return gp_bool(cased);
}

/* ---- Padding ---- */

static int fill_arg(const char *name, GpObject *const *args, intptr_t nargs, intptr_t *width,
                    uint32_t *fill) {
    if (nargs < 1 || nargs > 2) {
        err_format(&gp_exc_TypeError, "%s expected %s %d argument%s, got %zd", name,
                   nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s",
                   nargs);
        return -1;
    }
    if (ssize_arg(args[0], width) < 0) return -1;
    *fill = ' ';
    if (nargs == 2) {
        GpObject *f = args[1];
        if (!STR_CHECK(f)) {
            err_format(&gp_exc_TypeError,
                       "The fill character must be a unicode character, not %s",
                       obj_type_name(f));
            return -1;
        }
        if (STR_LEN(f) != 1) {
            err_set_str(&gp_exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        const char *p = STR_DATA(f);
        *fill = utf8_next(&p);
    }
    return 0;
}

/* Pads s with left and right fill characters. */
static GpObject *pad(GpObject *self, intptr_t left, intptr_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) return unchanged(self);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    char f[4];
    int w = utf8_encode(fill, f);
    intptr_t n = STR_NBYTES(self);
    if (left + right > (INTPTR_MAX / 2 - n) / 4) return err_no_memory();
    GpObject *r = str_alloc(n + (left + right) * w, STR_LEN(self) + left + right);
    if (!r) return NULL;
    char *o = STR_DATA(r);
    for (intptr_t i = 0; i < left; i++, o += w) memcpy(o, f, (size_t)w);
    memcpy(o, STR_DATA(self), (size_t)n);
    o += n;
    for (intptr_t i = 0; i < right; i++, o += w) memcpy(o, f, (size_t)w);
    return str_result(r);
}

int str_pad_into(StrBuf *sb, const char *text, intptr_t nbytes, intptr_t len, intptr_t width,
                 uint32_t fill, char align) {
    intptr_t marg = width > len ? width - len : 0, left = 0;
    if (align == '>') left = marg;
    else if (align == '^') left = marg / 2;
    intptr_t right = marg - left;
    char f[4];
    int w = utf8_encode(fill, f);
    sb_append_repeat(sb, f, w, left);
    sb_append(sb, text, nbytes);
    sb_append_repeat(sb, f, w, right);
    return sb->failed ? -1 : 0;
}

static GpObject *str_center(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    intptr_t width;
    uint32_t fill;
    if (fill_arg("center", args, nargs, &width, &fill) < 0) return NULL;
    intptr_t marg = width - STR_LEN(self);
    if (marg <= 0) return unchanged(self);
    intptr_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static GpObject *str_ljust(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    intptr_t width;
    uint32_t fill;
    if (fill_arg("ljust", args, nargs, &width, &fill) < 0) return NULL;
    return pad(self, 0, width - STR_LEN(self), fill);
}

static GpObject *str_rjust(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    intptr_t width;
    uint32_t fill;
    if (fill_arg("rjust", args, nargs, &width, &fill) < 0) return NULL;
    return pad(self, width - STR_LEN(self), 0, fill);
}

static GpObject *str_zfill(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)nargs, (void)kw;
    intptr_t width;
    if (ssize_arg(args[0], &width) < 0) return NULL;
    intptr_t fill = width - STR_LEN(self);
    if (fill <= 0) return unchanged(self);
    GpObject *r = pad(self, fill, 0, '0');
    if (!r) return NULL;
    char *o = STR_DATA(r);
    if (o[fill] == '+' || o[fill] == '-') {   /* move the sign in front of the zeros */
        o[0] = o[fill];
        o[fill] = '0';
    }
    return r;
}

/* ---- partition ---- */

static GpObject *do_partition(GpObject *self, GpObject *sep, int reverse) {
    if (need_str(sep) < 0) return NULL;
    if (STR_NBYTES(sep) == 0) return err_set_str(&gp_exc_ValueError, "empty separator");
    intptr_t n = STR_NBYTES(self), m = STR_NBYTES(sep);
    intptr_t i = reverse ? bytes_rfind(STR_DATA(self), n, STR_DATA(sep), m)
                         : bytes_find(STR_DATA(self), n, STR_DATA(sep), m);
    GpObject *a, *b, *c;
    if (i < 0) {
        GpObject *whole = unchanged(self), *e1 = str_empty(), *e2 = str_empty();
        if (!whole || !e1 || !e2) {
            gp_xdecref(whole), gp_xdecref(e1), gp_xdecref(e2);
            return NULL;
        }
        if (reverse) a = e1, b = e2, c = whole;
        else a = whole, b = e1, c = e2;
    } else {
        a = sub_bytes(self, 0, i);
        b = gp_newref(sep);
        c = sub_bytes(self, i + m, n);
        if (!STR_CHECK_EXACT(sep)) {
            gp_decref(b);
            b = str_exact(sep);
        }
        if (!a || !b || !c) {
            gp_xdecref(a), gp_xdecref(b), gp_xdecref(c);
            return NULL;
        }
    }
    GpObject *t = tuple_new(3);
    if (!t) {
        gp_decref(a), gp_decref(b), gp_decref(c);
        return NULL;
    }
    TUPLE_SET_ITEM(t, 0, a);
    TUPLE_SET_ITEM(t, 1, b);
    TUPLE_SET_ITEM(t, 2, c);
    return t;
}

static GpObject *str_partition(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)n, (void)kw;
    return do_partition(self, args[0], 0);
}
static GpObject *str_rpartition(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)n, (void)kw;
    return do_partition(self, args[0], 1);
}

/* ---- expandtabs, removeprefix/suffix, join, encode ---- */

static GpObject *str_expandtabs(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    GpObject *a[1] = {NULL};
    if (args_parse("expandtabs", args, nargs, kwnames, names, 0, 1, a) < 0) return NULL;
    intptr_t tab = 8;
    if (a[0] && ssize_arg(a[0], &tab) < 0) return NULL;
    if (tab > INT32_MAX || tab < INT32_MIN)   /* CPython takes a C int */
        return err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C int");
    const char *d = STR_DATA(self), *end = d + STR_NBYTES(self);
    if (!memchr(d, '\t', (size_t)STR_NBYTES(self))) return unchanged(self);
    StrBuf sb = STRBUF_INIT;
    intptr_t col = 0;
    for (const char *p = d; p < end;) {
        const char *at = p;
        uint32_t c = utf8_next(&p);
        if (c == '\t') {
            if (tab > 0) {
                intptr_t k = tab - col % tab;
                col += k;
                sb_append_repeat(&sb, " ", 1, k);
            }
        } else {
            sb_append(&sb, at, p - at);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        if (sb.failed) break;
    }
    return sb_finish(&sb);
}

static GpObject *str_removeprefix(GpObject *self, GpObject *const *args, intptr_t n,
                                  GpObject *kw) {
    (void)n, (void)kw;
    GpObject *x = args[0];
    if (!STR_CHECK(x))
        return err_format(&gp_exc_TypeError, "removeprefix() argument must be str, not %s",
                          arg_type(x));
    if (STR_NBYTES(x) && STR_NBYTES(x) <= STR_NBYTES(self) &&
        memcmp(STR_DATA(self), STR_DATA(x), (size_t)STR_NBYTES(x)) == 0)
        return sub_bytes(self, STR_NBYTES(x), STR_NBYTES(self));
    return unchanged(self);
}

static GpObject *str_removesuffix(GpObject *self, GpObject *const *args, intptr_t n,
                                  GpObject *kw) {
    (void)n, (void)kw;
    GpObject *x = args[0];
    if (!STR_CHECK(x))
        return err_format(&gp_exc_TypeError, "removesuffix() argument must be str, not %s",
                          arg_type(x));
    intptr_t m = STR_NBYTES(x), k = STR_NBYTES(self);
    if (m && m <= k && memcmp(STR_DATA(self) + k - m, STR_DATA(x), (size_t)m) == 0)
        return sub_bytes(self, 0, k - m);
    return unchanged(self);
}

static GpObject *str_join_method(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)n, (void)kw;
    return str_join(self, args[0]);
}

static GpObject *str_encode(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("encode", args, nargs, kwnames, names, 0, 2, a) < 0) return NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !STR_CHECK(a[i]))
            return err_format(&gp_exc_TypeError, "encode() argument '%s' must be str, not %s",
                              names[i], arg_type(a[i]));
    return str_encode_to_bytes(self, a[0] ? str_cstr(a[0]) : NULL, a[1] ? str_cstr(a[1]) : NULL);
}

/* ---- translate / maketrans ---- */

static GpObject *str_translate(GpObject *self, GpObject *const *args, intptr_t n, GpObject *kw) {
    (void)n, (void)kw;
    GpObject *table = args[0];
    StrBuf sb = STRBUF_INIT;
    const char *p = STR_DATA(self), *end = p + STR_NBYTES(self);
    while (p < end) {
        const char *at = p;
        uint32_t c = utf8_next(&p);
        GpObject *key = int_from_i64(c);
        if (!key) goto error;
        GpObject *v = obj_getitem(table, key);
        gp_decref(key);
        if (!v) {
            if (!err_matches(&gp_exc_LookupError)) goto error;
            err_clear();
            sb_append(&sb, at, p - at);
            continue;
        }
        if (v == GP_NONE) {
            /* deleted */
        } else if (INT_CHECK(v)) {
            int64_t cp;
            if (int_to_i64(v, &cp) < 0 || cp < 0 || cp > 0x10ffff) {
                gp_decref(v);
                err_clear();
                err_set_str(&gp_exc_ValueError, "character mapping must be in range(0x110000)");
                goto error;
            }
            sb_append_codepoint(&sb, (uint32_t)cp);
        } else if (STR_CHECK(v)) {
            sb_append_str(&sb, v);
        } else {
            gp_decref(v);
            err_set_str(&gp_exc_TypeError, "character mapping must return integer, None or str");
            goto error;
        }
        gp_decref(v);
    }
    return sb_finish(&sb);
error:
    sb_discard(&sb);
    return NULL;
}

/* str.maketrans(x[, y[, z]]): a dict of code points (a static method: self is unused). */
GpObject *str_maketrans(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kw) {
    (void)self;
    if (no_kw("maketrans", kw) < 0) return NULL;
    if (nargs < 1 || nargs > 3)
        return err_format(&gp_exc_TypeError, "maketrans expected %s %d argument%s, got %zd",
                          nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 3,
                          nargs < 1 ? "" : "s", nargs);
    GpObject *d = dict_new();
    if (!d) return NULL;
    if (nargs == 1) {
        GpObject *x = args[0];
        if (!DICT_CHECK(x)) {
            err_set_str(&gp_exc_TypeError,
                        "if you give only one argument to maketrans it must be a dict");
            goto error;
        }
        intptr_t pos = 0;
        GpObject *k, *v;
        while (dict_next(x, &pos, &k, &v)) {
            if (STR_CHECK(k)) {
                if (STR_LEN(k) != 1) {
                    err_set_str(&gp_exc_ValueError,
                                "string keys in translate table must be of length 1");
                    goto error;
                }
                const char *p = STR_DATA(k);
                GpObject *key = int_from_i64(utf8_next(&p));
                if (!key) goto error;
                int r = dict_setitem(d, key, v);
                gp_decref(key);
                if (r < 0) goto error;
            } else if (INT_CHECK(k)) {
                if (dict_setitem(d, k, v) < 0) goto error;
            } else {
                err_set_str(&gp_exc_TypeError,
                            "keys in translate table must be strings or integers");
                goto error;
            }
        }
        return d;
    }
    GpObject *x = args[0], *y = args[1];
    if (!STR_CHECK(x) || !STR_CHECK(y)) {
        GpObject *bad = STR_CHECK(x) ? y : x;
        err_format(&gp_exc_TypeError, "maketrans() argument %d must be str, not %s",
                   bad == x ? 1 : 2, arg_type(bad));
        goto error;
    }
    if (STR_LEN(x) != STR_LEN(y)) {
        err_set_str(&gp_exc_ValueError, "the first two maketrans arguments must have equal length");
        goto error;
    }
    const char *p = STR_DATA(x), *q = STR_DATA(y), *end = p + STR_NBYTES(x);
    while (p < end) {
        GpObject *k = int_from_i64(utf8_next(&p));
        GpObject *v = k ? int_from_i64(utf8_next(&q)) : NULL;
        int r = v ? dict_setitem(d, k, v) : -1;
        gp_xdecref(k);
        gp_xdecref(v);
        if (r < 0) goto error;
    }
    if (nargs == 3) {
        GpObject *z = args[2];
        if (!STR_CHECK(z)) {
            err_format(&gp_exc_TypeError, "maketrans() argument 3 must be str, not %s",
                       arg_type(z));
            goto error;
        }
        p = STR_DATA(z), end = p + STR_NBYTES(z);
        while (p < end) {
            GpObject *k = int_from_i64(utf8_next(&p));
            int r = k ? dict_setitem(d, k, GP_NONE) : -1;
            gp_xdecref(k);
            if (r < 0) goto error;
        }
    }
    return d;
error:
    gp_decref(d);
    return NULL;
}

/* ---- Misc ---- */

static GpObject *str_format_dunder(GpObject *self, GpObject *const *args, intptr_t n,
                                   GpObject *kw) {
    (void)n, (void)kw;
    if (!STR_CHECK(args[0]))
        return err_format(&gp_exc_TypeError, "__format__() argument must be str, not %s",
                          arg_type(args[0]));
    return str_format_slot(self, args[0]);
}

static GpObject *str_sizeof_method(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return int_from_i64(str_sizeof(self));
}

static GpObject *str_getitem_method(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kw) {
    (void)kw;
    if (nargs != 1) return err_format(&gp_exc_TypeError, "expected 1 argument, got %zd", nargs);
    return str_subscript(self, args[0]);
}

static GpObject *str_getnewargs(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    GpObject *s = str_exact(self);
    if (!s) return NULL;
    GpObject *t = tuple_pack(1, s);
    gp_decref(s);
    return t;
}

GpMethodDef str_methods[] = {
    {"encode", str_encode, METH_KEYWORDS, NULL},
    {"replace", str_replace, METH_VARARGS, NULL},
    {"split", str_split, METH_KEYWORDS, NULL},
    {"rsplit", str_rsplit, METH_KEYWORDS, NULL},
    {"join", str_join_method, METH_O, NULL},
    {"capitalize", str_capitalize, METH_NOARGS, NULL},
    {"casefold", str_casefold, METH_NOARGS, NULL},
    {"title", str_title, METH_NOARGS, NULL},
    {"center", str_center, METH_VARARGS, NULL},
    {"count", str_count, METH_VARARGS, NULL},
    {"expandtabs", str_expandtabs, METH_KEYWORDS, NULL},
    {"find", str_find, METH_VARARGS, NULL},
    {"partition", str_partition, METH_O, NULL},
    {"index", str_index, METH_VARARGS, NULL},
    {"ljust", str_ljust, METH_VARARGS, NULL},
    {"lower", str_lower, METH_NOARGS, NULL},
    {"lstrip", str_lstrip, METH_VARARGS, NULL},
    {"rfind", str_rfind, METH_VARARGS, NULL},
    {"rindex", str_rindex, METH_VARARGS, NULL},
    {"rjust", str_rjust, METH_VARARGS, NULL},
    {"rstrip", str_rstrip, METH_VARARGS, NULL},
    {"rpartition", str_rpartition, METH_O, NULL},
    {"splitlines", str_splitlines, METH_KEYWORDS, NULL},
    {"strip", str_strip, METH_VARARGS, NULL},
    {"swapcase", str_swapcase, METH_NOARGS, NULL},
    {"translate", str_translate, METH_O, NULL},
    {"upper", str_upper, METH_NOARGS, NULL},
    {"startswith", str_startswith, METH_VARARGS, NULL},
    {"endswith", str_endswith, METH_VARARGS, NULL},
    {"removeprefix", str_removeprefix, METH_O, NULL},
    {"removesuffix", str_removesuffix, METH_O, NULL},
    {"isascii", str_isascii, METH_NOARGS, NULL},
    {"islower", str_islower, METH_NOARGS, NULL},
    {"isupper", str_isupper, METH_NOARGS, NULL},
    {"istitle", str_istitle, METH_NOARGS, NULL},
    {"isspace", str_isspace, METH_NOARGS, NULL},
    {"isdecimal", str_isdecimal, METH_NOARGS, NULL},
    {"isdigit", str_isdigit, METH_NOARGS, NULL},
    {"isnumeric", str_isnumeric, METH_NOARGS, NULL},
    {"isalpha", str_isalpha, METH_NOARGS, NULL},
    {"isalnum", str_isalnum, METH_NOARGS, NULL},
    {"isidentifier", str_isidentifier, METH_NOARGS, NULL},
    {"isprintable", str_isprintable, METH_NOARGS, NULL},
    {"zfill", str_zfill, METH_O, NULL},
    {"format", str_format_method, METH_KEYWORDS, NULL},
    {"format_map", str_format_map_method, METH_O, NULL},
    {"__format__", str_format_dunder, METH_O, NULL},
    {"__sizeof__", str_sizeof_method, METH_NOARGS, NULL},
    {"__getitem__", str_getitem_method, METH_VARARGS, NULL},
    {"__getnewargs__", str_getnewargs, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
