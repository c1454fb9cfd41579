/* int_methods.c — the int type's text side and named methods: int(x, base) and parsing,
 * base conversions (bin/oct/hex), __format__, and the methods and getsets of int.
 *
 * Invariant: parsing follows CPython's int() rules exactly (base 0 prefixes, single
 * underscores between digits, Unicode whitespace around, sign); a value that does not fit
 * the small representation raises OverflowError until big ints exist.
 */
#include <math.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/int_internal.h"
#include "objects/numfmt.h"
#include "objects/str.h"
#include "objects/tuple.h"

/* ---- Parsing ---- */

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

GpObject *int_from_string(const char *s, intptr_t len, int base) {
    const char *p = s, *end = s + len;
    int orig_base = base;
    if (base != 0 && (base < 2 || base > 36))
        return err_set_str(&gp_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    numfmt_strip_space(&p, &end);
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool zero_only = false;
    if (base == 0) {
        base = 10;
        zero_only = p < end && *p == '0';   /* "010" is not allowed in base 0 */
    }
    uint64_t v = 0;
    bool overflow = false, any = false, prev_digit = prefixed;
    const char *q = p;
    for (; q < end; q++) {
        if (*q == '_') {
            if (!prev_digit)
                goto invalid;
            prev_digit = false;
            continue;
        }
        int d = digit_value((unsigned char)*q);
        if (d >= base)
            goto invalid;
        if (zero_only && d != 0)
            goto invalid;
        if (!overflow) {
            if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
                overflow = true;
            else
                v = v * (uint64_t)base + (uint64_t)d;
        }
        prev_digit = true;
        any = true;
    }
    if (!any || !prev_digit)
        goto invalid;
    if (overflow || v > (uint64_t)INT64_MAX)
        return int_overflow();
    return int_from_i64(neg ? -(int64_t)v : (int64_t)v);
invalid: {
        GpObject *r = numfmt_text_repr(s, len);
        if (!r)
            return NULL;
        err_format(&gp_exc_ValueError, "invalid literal for int() with base %d: %U", orig_base, r);
        gp_decref(r);
        return NULL;
    }
}

/* ---- Base conversion ---- */

/* Writes |v| in base (2, 8, 16; upper for 'X') ending at end; returns the start. */
static char *format_base(uint64_t m, int base, bool upper, char *end) {
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = end;
    do {
        *--p = digits[m % (unsigned)base];
        m /= (unsigned)base;
    } while (m);
    return p;
}

static uint64_t magnitude(int64_t v) { return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v; }

GpObject *int_to_base_str(GpObject *o, int base) {
    if (base == 10)
        return int_to_decimal_str(o);
    int64_t v = INT_VALUE(o);
    char buf[80];
    char *p = format_base(magnitude(v), base, false, buf + sizeof buf);
    *--p = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    *--p = '0';
    if (v < 0)
        *--p = '-';
    return str_from_utf8(p, buf + sizeof buf - p);
}

/* ---- int() ---- */

static GpObject *int_from_str_obj(GpObject *x, int base) {
    return int_from_string(STR_DATA(x), STR_NBYTES(x), base);
}

GpObject *int_new(GpType *type, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    GpObject *x = nargs > 0 ? args[0] : NULL, *base_obj = nargs > 1 ? args[1] : NULL;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > 2)
        return err_format(&gp_exc_TypeError, "int() takes at most 2 arguments (%zd given)",
                          (ssize_t)(nargs + nkw));
    for (intptr_t i = 0; i < nkw; i++) {
        GpObject *k = TUPLE_ITEM(kwnames, i);
        if (!str_eq_cstr(k, "base"))
            return err_format(&gp_exc_TypeError, "'%U' is an invalid keyword argument for int()", k);
        if (base_obj)
            return err_set_str(&gp_exc_TypeError,
                               "argument for int() given by name ('base') and position (2)");
        base_obj = args[nargs + i];
    }
    GpObject *r;
    if (type != &gp_type_int)
        return err_format(&gp_exc_NotImplementedError, "subclasses of int are not supported yet");
    if (!x) {
        if (base_obj)
            return err_set_str(&gp_exc_TypeError, "int() missing string argument");
        return int_from_i64(0);
    }
    if (base_obj) {
        intptr_t base = obj_as_ssize(base_obj);
        if (base == -1 && err_occurred())
            return NULL;
        if (base != 0 && (base < 2 || base > 36))
            return err_set_str(&gp_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (!STR_CHECK(x))
            return err_set_str(&gp_exc_TypeError, "int() can't convert non-string with explicit base");
        return int_from_str_obj(x, (int)base);
    }
    if (INT_CHECK(x))
        return int_exact(x);
    GpType *t = GP_TYPE(x);
    if (t->to_int) {
        r = t->to_int(x);
        if (r && !INT_CHECK(r)) {
            err_format(&gp_exc_TypeError, "__int__ returned non-int (type %s)", obj_type_name(r));
            GP_CLEAR(r);
        }
        return r;
    }
    if (t->index)
        return obj_index(x);
    if (STR_CHECK(x))
        return int_from_str_obj(x, 10);
    return err_format(&gp_exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, "
                      "not '%s'", t->name);
}

/* ---- __format__ ---- */

GpObject *int_format(GpObject *o, GpObject *spec) {
    if (STR_NBYTES(spec) == 0)
        return obj_str(o);
    FormatSpec f;
    if (numfmt_parse(spec, "int", &f) < 0)
        return NULL;
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        GpObject *fl = float_from_double((double)INT_VALUE(o));
        if (!fl)
            return NULL;
        GpObject *r = obj_format(fl, spec);
        gp_decref(fl);
        return r;
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
        break;
    default:
        return numfmt_unknown_code(f.type, "int");
    }
    if (f.precision >= 0)
        return err_set_str(&gp_exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_zero)
        return err_set_str(&gp_exc_ValueError,
                           "Negative zero coercion (z) not allowed in integer format specifier");
    int64_t v = INT_VALUE(o);
    if (f.type == 'c') {
        if (f.sign)
            return err_set_str(&gp_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return err_set_str(&gp_exc_ValueError,
                               "Alternate form (#) not allowed with integer format specifier 'c'");
        if (v < 0 || v > 0x10FFFF)
            return err_set_str(&gp_exc_OverflowError, "%c arg not in range(0x110000)");
        StrBuf sb = STRBUF_INIT;
        if (sb_append_codepoint(&sb, (uint32_t)v) < 0)
            return NULL;
        char tmp[8];
        intptr_t n = sb.len;
        memcpy(tmp, sb.data, (size_t)n);
        sb_discard(&sb);
        tmp[n] = 0;
        FormatSpec g = f;
        return numfmt_finish(&g, "", "", tmp, n, "", 3, '<');
    }
    char buf[80];
    char *end = buf + sizeof buf, *p;
    const char *prefix = "";
    int group = 3;
    switch (f.type) {
    case 'b': p = format_base(magnitude(v), 2, false, end); prefix = "0b"; group = 4; break;
    case 'o': p = format_base(magnitude(v), 8, false, end); prefix = "0o"; group = 4; break;
    case 'x': p = format_base(magnitude(v), 16, false, end); prefix = "0x"; group = 4; break;
    case 'X': p = format_base(magnitude(v), 16, true, end); prefix = "0X"; group = 4; break;
    default: p = format_base(magnitude(v), 10, false, end); break;
    }
    if (!f.alternate)
        prefix = "";
    const char *sign = v < 0 ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    return numfmt_finish(&f, sign, prefix, p, end - p, "", group, '>');
}

/* ---- Methods and getsets ---- */

static GpObject *int_bit_length(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a; (void)n; (void)k;
    uint64_t m = magnitude(INT_VALUE(self));
    return int_from_i64(m ? 64 - __builtin_clzll(m) : 0);
}

static GpObject *int_bit_count(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a; (void)n; (void)k;
    return int_from_i64(__builtin_popcountll(magnitude(INT_VALUE(self))));
}

static GpObject *int_self_exact(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a; (void)n; (void)k;
    return int_exact(self);
}

static GpObject *int_float_method(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a; (void)n; (void)k;
    return float_from_double((double)INT_VALUE(self));
}

static GpObject *int_as_integer_ratio(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a; (void)n; (void)k;
    GpObject *num = int_exact(self);
    if (!num)
        return NULL;
    GpObject *r = tuple_pack(2, num, gp_interp->small_ints[1 - SMALL_INT_MIN]);
    gp_decref(num);
    return r;
}

static GpObject *int_round(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *k) {
    (void)k;
    if (args_check_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0 || args[0] == GP_NONE)
        return int_exact(self);
    GpObject *nd = obj_index(args[0]);
    if (!nd)
        return NULL;
    int64_t ndigits = INT_VALUE(nd);
    gp_decref(nd);
    if (ndigits >= 0)
        return int_exact(self);
    int64_t v = INT_VALUE(self);
    if (ndigits < -19)
        return int_from_i64(0);
    __int128 p = 1;
    for (int64_t i = 0; i < -ndigits; i++)
        p *= 10;
    __int128 x = v, q = x / p, r = x % p;
    if (r < 0) {
        r += p;
        q -= 1;
    }
    if (2 * r > p || (2 * r == p && (q & 1)))
        q += 1;
    __int128 res = q * p;
    if (res > INT64_MAX || res < -INT64_MAX)
        return int_overflow();
    return int_from_i64((int64_t)res);
}

static GpObject *int_divmod_method(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    (void)n; (void)k;
    return int_divmod(self, args[0]);
}

static GpObject *int_rdivmod_method(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    (void)n; (void)k;
    return int_divmod(args[0], self);
}

static GpObject *int_format_method(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    (void)n; (void)k;
    if (!STR_CHECK(args[0]))
        return err_format(&gp_exc_TypeError, "__format__() argument must be str, not %s",
                          obj_type_name(args[0]));
    return int_format(self, args[0]);
}

GpMethodDef int_methods[] = {
    {"bit_length", int_bit_length, METH_NOARGS, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, METH_NOARGS, "Number of ones in the binary representation of the absolute value of self."},
    {"conjugate", int_self_exact, METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", int_as_integer_ratio, METH_NOARGS, "Return integer ratio."},
    {"__index__", int_self_exact, METH_NOARGS, NULL},
    {"__int__", int_self_exact, METH_NOARGS, NULL},
    {"__trunc__", int_self_exact, METH_NOARGS, NULL},
    {"__floor__", int_self_exact, METH_NOARGS, NULL},
    {"__ceil__", int_self_exact, METH_NOARGS, NULL},
    {"__float__", int_float_method, METH_NOARGS, NULL},
    {"__round__", int_round, METH_VARARGS, NULL},
    {"__divmod__", int_divmod_method, METH_O, NULL},
    {"__rdivmod__", int_rdivmod_method, METH_O, NULL},
    {"__format__", int_format_method, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static GpObject *int_get_exact(GpObject *self) { return int_exact(self); }
static GpObject *int_get_zero(GpObject *self) { (void)self; return int_from_i64(0); }
static GpObject *int_get_one(GpObject *self) { (void)self; return int_from_i64(1); }

GpGetSetDef int_getset[] = {
    {"real", int_get_exact, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_exact, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};
