/* builtins_num.c — the numeric builtins: abs, min, max, sum, divmod, pow, round, hash,
 * bin, oct, hex, chr, ord.
 *
 * Invariants: messages and rounding are CPython 3.11's (round() of a float is correctly
 * rounded half-to-even on the exact decimal value of the double, as CPython's dtoa-based
 * double_round: round(2.675, 2) == 2.67).
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "errors.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define UNUSED_ARGS                                                                                \
    (void)self;                                                                                    \
    (void)kwnames

static GpObject *builtin_abs(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    return obj_abs(args[0]);
}

static GpObject *builtin_hash(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    int64_t h = obj_hash(args[0]);
    return h == -1 ? NULL : int_from_i64(h);
}

/* ---- min / max ---- */

static GpObject *min_max(GpObject *const *args, intptr_t nargs, GpObject *kwnames, int op,
                         const char *name) {
    GpObject *key = NULL, *dflt = NULL;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        GpObject *k = TUPLE_ITEM(kwnames, i);
        if (str_eq(k, GP_ID(key)))
            key = args[nargs + i];
        else if (str_eq_cstr(k, "default"))
            dflt = args[nargs + i];
        else
            return err_format(&gp_exc_TypeError, "%R is an invalid keyword argument for %s()", k,
                              name);
    }
    if (nargs == 0)
        return err_format(&gp_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (dflt && nargs > 1)
        return err_format(&gp_exc_TypeError,
                          "Cannot specify a default for %s() with multiple positional arguments",
                          name);
    if (key == GP_NONE)
        key = NULL;
    GpObject *it = NULL, *best = NULL, *bestkey = NULL;
    if (nargs == 1) {
        it = obj_iter(args[0]);
        if (!it)
            return NULL;
    }
    for (intptr_t i = 0;; i++) {
        GpObject *item;
        if (it) {
            item = obj_iternext(it);
            if (!item) {
                if (err_occurred())
                    goto error;
                break;
            }
        } else {
            if (i >= nargs)
                break;
            item = gp_newref(args[i]);
        }
        GpObject *k = key ? obj_call1(key, item) : gp_newref(item);
        if (!k) {
            gp_decref(item);
            goto error;
        }
        if (!best) {
            best = item;
            bestkey = k;
            continue;
        }
        int c = obj_richcompare_bool(k, bestkey, op);
        if (c < 0) {
            gp_decref(item);
            gp_decref(k);
            goto error;
        }
        if (c) {
            GP_SETREF(best, item);
            GP_SETREF(bestkey, k);
        } else {
            gp_decref(item);
            gp_decref(k);
        }
    }
    gp_xdecref(it);
    gp_xdecref(bestkey);
    if (best)
        return best;
    if (dflt)
        return gp_newref(dflt);
    return err_format(&gp_exc_ValueError, "%s() arg is an empty sequence", name);
error:
    gp_xdecref(it);
    gp_xdecref(best);
    gp_xdecref(bestkey);
    return NULL;
}

static GpObject *builtin_min(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    (void)self;
    return min_max(args, nargs, kwnames, CMP_OP_LT, "min");
}

static GpObject *builtin_max(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    (void)self;
    return min_max(args, nargs, kwnames, CMP_OP_GT, "max");
}

/* ---- sum ---- */

static GpObject *builtin_sum(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    (void)self;
    GpObject *start = nargs >= 2 ? args[1] : NULL;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > 2)
        return err_format(&gp_exc_TypeError, "sum() takes at most 2 arguments (%zd given)",
                          nargs + nkw);
    for (intptr_t i = 0; i < nkw; i++) {
        GpObject *k = TUPLE_ITEM(kwnames, i);
        if (!str_eq(k, GP_ID(start)))
            return err_format(&gp_exc_TypeError, "%R is an invalid keyword argument for sum()", k);
        if (start)
            return err_set_str(&gp_exc_TypeError,
                               "argument for sum() given by name ('start') and position (2)");
        start = args[nargs + i];
    }
    if (nargs == 0)
        return err_set_str(&gp_exc_TypeError,
                           "sum() takes at least 1 positional argument (0 given)");
    if (start) {
        if (STR_CHECK(start))
            return err_set_str(&gp_exc_TypeError,
                               "sum() can't sum strings [use ''.join(seq) instead]");
        const char *tn = obj_type_name(start);
        if (strcmp(tn, "bytes") == 0)
            return err_set_str(&gp_exc_TypeError,
                               "sum() can't sum bytes [use b''.join(seq) instead]");
        if (strcmp(tn, "bytearray") == 0)
            return err_set_str(&gp_exc_TypeError,
                               "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    GpObject *it = obj_iter(args[0]);
    if (!it)
        return NULL;
    GpObject *result = start ? gp_newref(start) : int_from_i64(0);
    if (!result)
        goto error;
    for (;;) {
        GpObject *item = obj_iternext(it);
        if (!item) {
            if (err_occurred())
                goto error;
            break;
        }
        GpObject *r;
        int64_t s;
        if (INT_CHECK_EXACT(result) && INT_CHECK_EXACT(item) && INT_IS_SMALL(result) &&
            INT_IS_SMALL(item) && !__builtin_add_overflow(INT_VALUE(result), INT_VALUE(item), &s) &&
            s != INT64_MIN)
            r = int_from_i64(s);
        else
            r = obj_binop(result, item, NB_ADD);
        gp_decref(item);
        if (!r)
            goto error;
        GP_SETREF(result, r);
    }
    gp_decref(it);
    return result;
error:
    gp_decref(it);
    gp_xdecref(result);
    return NULL;
}

/* ---- divmod / pow ---- */

static GpObject *builtin_divmod(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("divmod", nargs, 2, 2) < 0)
        return NULL;
    return obj_divmod(args[0], args[1]);
}

static GpObject *builtin_pow(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"base", "exp", "mod", NULL};
    GpObject *a[3] = {NULL};
    if (args_parse("pow", args, nargs, kwnames, names, 2, 3, a) < 0)
        return NULL;
    if (!a[2] || a[2] == GP_NONE)
        return obj_binop(a[0], a[1], NB_POWER);
    return obj_power3(a[0], a[1], a[2]);
}

/* ---- round ---- */

/* Correctly rounded x to ndigits decimal places, half to even on the exact value. */
static GpObject *double_round(double x, intptr_t ndigits) {
    /* The exact decimal expansion of a double has at most 1074 fractional digits. */
    char buf[1500];
    int n = snprintf(buf, sizeof buf, "%.1080f", x);
    if (n < 0 || n >= (int)sizeof buf)
        return err_set_str(&gp_exc_SystemError, "round(): formatting failed");
    char *p = buf;
    int neg = 0;
    if (*p == '-') {
        neg = 1;
        p++;
    }
    char digits[1500];
    intptr_t nd = 0, intlen = 0;
    for (; *p && *p != '.'; p++)
        digits[nd++] = *p;
    intlen = nd;
    if (*p == '.')
        for (p++; *p; p++)
            digits[nd++] = *p;
    intptr_t keep = intlen + ndigits; /* leading digits kept */
    char out[1600];
    intptr_t o = 0;
    if (neg)
        out[o++] = '-';
    if (keep < 0) {
        out[o++] = '0';
    } else if (keep >= nd) {
        memcpy(out + o, digits, (size_t)nd);
        o += nd;
        keep = nd;
        ndigits = nd - intlen;
    } else {
        int up;
        char d = digits[keep];
        if (d > '5') {
            up = 1;
        } else if (d < '5') {
            up = 0;
        } else {
            up = 0;
            for (intptr_t i = keep + 1; i < nd; i++)
                if (digits[i] != '0') {
                    up = 1;
                    break;
                }
            if (!up) /* a tie: round to even */
                up = keep > 0 && ((digits[keep - 1] - '0') & 1);
        }
        out[o++] = '0'; /* room for a carry */
        memcpy(out + o, digits, (size_t)keep);
        o += keep;
        if (up) {
            intptr_t i = o - 1;
            while (out[i] == '9') {
                out[i] = '0';
                i--;
            }
            out[i]++;
        }
    }
    snprintf(out + o, sizeof out - (size_t)o, "e%ld", (long)-ndigits);
    double r = strtod(out, NULL);
    if (isinf(r))
        return err_set_str(&gp_exc_OverflowError, "rounded value too large to represent");
    return float_from_double(r);
}

static GpObject *float_round(double x, GpObject *nd) {
    if (!nd) {
        double r = round(x);
        if (fabs(x - r) == 0.5)
            r = 2.0 * round(x / 2.0);
        if (isinf(r))
            return err_set_str(&gp_exc_OverflowError, "cannot convert float infinity to integer");
        if (isnan(r))
            return err_set_str(&gp_exc_ValueError, "cannot convert float NaN to integer");
        if (r >= -9.2e18 && r <= 9.2e18)
            return int_from_i64((int64_t)r);
        GpObject *f = float_from_double(r);
        if (!f)
            return NULL;
        GpObject *i = GP_TYPE(f)->to_int ? GP_TYPE(f)->to_int(f) : NULL;
        gp_decref(f);
        if (!i && !err_occurred())
            err_set_str(&gp_exc_OverflowError, "cannot convert float to integer");
        return i;
    }
    intptr_t ndigits = obj_as_ssize(nd);
    if (ndigits == -1 && err_occurred()) {
        if (!err_matches(&gp_exc_OverflowError))
            return NULL;
        /* Huge ndigits: as CPython, clamp to the extremes. */
        err_clear();
        GpObject *zero = int_from_i64(0);
        if (!zero)
            return NULL;
        int neg = obj_richcompare_bool(nd, zero, CMP_OP_LT);
        gp_decref(zero);
        if (neg < 0)
            return NULL;
        ndigits = neg ? INTPTR_MIN : INTPTR_MAX;
    }
    const intptr_t ndigits_max = (intptr_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const intptr_t ndigits_min = -(intptr_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (ndigits > ndigits_max || !isfinite(x) || x == 0.0)
        return float_from_double(x);
    if (ndigits < ndigits_min)
        return float_from_double(0.0 * x);
    return double_round(x, ndigits);
}

/* round(int, ndigits < 0): x - r where r is x mod 10**-ndigits rounded half to even
 * (CPython's long_round / _PyLong_DivmodNear). */
static GpObject *int_round_neg(GpObject *x, GpObject *nd) {
    GpObject *ten = NULL, *neg = NULL, *pw = NULL, *qr = NULL, *twice = NULL, *res = NULL;
    /* 10**k with k > 19 exceeds any small int: the result is 0 for those. */
    int64_t k;
    if (int_to_i64(nd, &k) < 0 || k < -4000000) {
        err_clear();
        k = INT64_MIN;
    }
    if (INT_CHECK(x) && INT_IS_SMALL(x) && (k == INT64_MIN || k < -19))
        return int_from_i64(0);
    ten = int_from_i64(10);
    neg = obj_neg(nd);
    if (!ten || !neg)
        goto done;
    pw = obj_binop(ten, neg, NB_POWER);
    if (!pw)
        goto done;
    qr = obj_divmod(x, pw);
    if (!qr)
        goto done;
    GpObject *q = TUPLE_ITEM(qr, 0), *r = TUPLE_ITEM(qr, 1);
    GpObject *two = int_from_i64(2);
    if (!two)
        goto done;
    twice = obj_binop(r, two, NB_MULTIPLY);
    gp_decref(two);
    if (!twice)
        goto done;
    int c = obj_richcompare_bool(twice, pw, CMP_OP_GT);
    int eq = c ? 0 : obj_richcompare_bool(twice, pw, CMP_OP_EQ);
    if (c < 0 || eq < 0)
        goto done;
    int up = c;
    if (eq) {
        GpObject *one = int_from_i64(1);
        GpObject *odd = one ? obj_binop(q, one, NB_AND) : NULL;
        gp_xdecref(one);
        if (!odd)
            goto done;
        up = obj_is_true(odd);
        gp_decref(odd);
        if (up < 0)
            goto done;
    }
    GpObject *t = obj_binop(x, r, NB_SUBTRACT);
    if (!t)
        goto done;
    if (up) {
        res = obj_binop(t, pw, NB_ADD);
        gp_decref(t);
    } else {
        res = t;
    }
done:
    gp_xdecref(ten);
    gp_xdecref(neg);
    gp_xdecref(pw);
    gp_xdecref(qr);
    gp_xdecref(twice);
    return res;
}

static GpObject *builtin_round(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"number", "ndigits", NULL};
    GpObject *a[2] = {NULL};
    if (args_parse("round", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    GpObject *x = a[0], *nd = a[1] == GP_NONE ? NULL : a[1];
    if (FLOAT_CHECK(x)) {
        if (nd) {
            GpObject *i = obj_index(nd);
            if (!i)
                return NULL;
            GpObject *r = float_round(FLOAT_VALUE(x), i);
            gp_decref(i);
            return r;
        }
        return float_round(FLOAT_VALUE(x), NULL);
    }
    if (INT_CHECK(x)) {
        if (!nd)
            return int_exact(x);
        GpObject *i = obj_index(nd);
        if (!i)
            return NULL;
        GpObject *zero = int_from_i64(0);
        int neg = zero ? obj_richcompare_bool(i, zero, CMP_OP_LT) : -1;
        gp_xdecref(zero);
        GpObject *r = neg < 0 ? NULL : neg ? int_round_neg(x, i) : int_exact(x);
        gp_decref(i);
        return r;
    }
    GpObject *meth = type_lookup(GP_TYPE(x), GP_ID(__round__));
    if (!meth)
        return err_format(&gp_exc_TypeError, "type %s doesn't define __round__ method",
                          GP_TYPE(x)->name);
    GpObject *callargs[2] = {x, nd};
    GpObject *fn = NULL;
    int is_method = obj_get_method(x, GP_ID(__round__), &fn);
    if (is_method < 0)
        return NULL;
    GpObject *r = is_method ? obj_call(fn, callargs, nd ? 2 : 1, NULL)
                            : obj_call(fn, callargs + 1, nd ? 1 : 0, NULL);
    gp_decref(fn);
    return r;
}

/* ---- bin / oct / hex / chr / ord ---- */

static GpObject *to_base(GpObject *x, int base) {
    GpObject *i = obj_index(x);
    if (!i)
        return NULL;
    GpObject *r = int_to_base_str(i, base);
    gp_decref(i);
    return r;
}

static GpObject *builtin_bin(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    return to_base(args[0], 2);
}

static GpObject *builtin_oct(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    return to_base(args[0], 8);
}

static GpObject *builtin_hex(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    return to_base(args[0], 16);
}

static GpObject *builtin_chr(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    GpObject *i = obj_index(args[0]);
    if (!i)
        return NULL;
    int64_t v;
    int r = int_to_i64(i, &v);
    gp_decref(i);
    if (r < 0 || v > INT_MAX || v < INT_MIN) {
        err_clear();
        return err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (v < 0 || v >= 0x110000)
        return err_set_str(&gp_exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)v);
}

/* The code point of the first character of UTF-8 text. */
static uint32_t first_codepoint(const unsigned char *p) {
    if (p[0] < 0x80)
        return p[0];
    if (p[0] < 0xE0)
        return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    if (p[0] < 0xF0)
        return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

static GpObject *builtin_ord(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    GpObject *c = args[0];
    if (BYTES_CHECK(c)) {
        if (BYTES_SIZE(c) != 1)
            return err_format(&gp_exc_TypeError,
                              "ord() expected a character, but string of length %zd found",
                              BYTES_SIZE(c));
        return int_from_i64((unsigned char)BYTES_DATA(c)[0]);
    }
    if (!STR_CHECK(c))
        return err_format(&gp_exc_TypeError, "ord() expected string of length 1, but %T found", c);
    if (STR_LEN(c) != 1)
        return err_format(&gp_exc_TypeError,
                          "ord() expected a character, but string of length %zd found", STR_LEN(c));
    return int_from_i64(first_codepoint((const unsigned char *)STR_DATA(c)));
}

GpMethodDef builtins_num_methods[] = {
    {"abs", builtin_abs, METH_O, NULL},        {"hash", builtin_hash, METH_O, NULL},
    {"min", builtin_min, METH_KEYWORDS, NULL}, {"max", builtin_max, METH_KEYWORDS, NULL},
    {"sum", builtin_sum, METH_KEYWORDS, NULL}, {"divmod", builtin_divmod, METH_VARARGS, NULL},
    {"pow", builtin_pow, METH_KEYWORDS, NULL}, {"round", builtin_round, METH_KEYWORDS, NULL},
    {"bin", builtin_bin, METH_O, NULL},        {"oct", builtin_oct, METH_O, NULL},
    {"hex", builtin_hex, METH_O, NULL},        {"chr", builtin_chr, METH_O, NULL},
    {"ord", builtin_ord, METH_O, NULL},        {NULL, NULL, 0, NULL},
};
