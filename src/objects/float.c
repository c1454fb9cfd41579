/* float.c — Python's float: 24-byte objects (header + double) from the float blocks.
 *
 * Invariants:
 * - repr is the shortest string that round-trips, laid out as CPython's
 *   PyOS_double_to_string (exponent form when the decimal point lies outside (-4, 16]).
 *   Digit strings come from the C library's correctly rounded printf (round-half-even on
 *   the exact binary value, as David Gay's dtoa), so every format matches CPython's.
 * - Comparisons with ints are exact; hash(x) == hash(int(x)) for integral x.
 * - Binary slots accept float or int operands on either side, else NotImplemented.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "mem/intblock.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/int_internal.h"
#include "objects/numfmt.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"

GpObject *float_from_double(double v) {
    GpObject *o = intblock_alloc_float(&gp_type_float);
    if (!o)
        return NULL;
    ((GpFloat *)o)->value = v;
    return o;
}

static void float_dealloc(GpObject *o) {
    if (GP_TYPE(o) == &gp_type_float)
        intblock_free_float(o);
    else
        obj_free(o);
}

/* ---- Digits (the part of David Gay's dtoa that CPython uses) ---- */

typedef struct Digits {
    char buf[40];
    char *big;          /* for mode 3 with long output */
    char *d;            /* the significant digits, no trailing zeros ("0" for zero) */
    intptr_t n;
    intptr_t decpt;     /* value = 0.d × 10**decpt */
} Digits;

/* Parses "%.Ne" output (no sign) into digits. */
static void digits_from_e(Digits *g, char *s) {
    char *e = strchr(s, 'e');
    int exp = atoi(e + 1);
    char *w = s;
    for (char *p = s; p < e; p++)
        if (*p != '.')
            *w++ = *p;
    g->d = s;
    g->n = w - s;
    while (g->n > 1 && g->d[g->n - 1] == '0')
        g->n--;
    g->decpt = g->d[0] == '0' ? 1 : exp + 1;
    if (g->d[0] == '0')
        g->n = 1;
}

/* Writes to out (40 bytes) an "%.*e"-style string of n significant digits that reads back as
 * v, and returns 1; returns 0 if no n-digit decimal reads back as v. The correctly rounded
 * n-digit decimal is not always the one: the shortest round-trip string (Gay's mode 0, what
 * CPython prints) may be its neighbour one unit away in the last digit, e.g. 2.0**182 is
 * 6.129982163463556e+54 while the nearest 16-digit decimal, ...555e+54, reads back as
 * another double. Of two neighbours that both read back, the one nearer v wins. */
static int round_trip_digits(double v, int n, char *out) {
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%.*e", n - 1, v);
    if (strtod(tmp, NULL) == v) {
        memcpy(out, tmp, sizeof tmp);
        return 1;
    }
    char digits[24];
    int k = 0;
    char *e = strchr(tmp, 'e');
    for (char *p = tmp; p < e; p++)
        if (*p >= '0' && *p <= '9')
            digits[k++] = *p;
    int exp = atoi(e + 1);
    int found = 0;
    long double best = 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        char d[24];
        memcpy(d, digits, (size_t)k);
        int ex = exp, i = k - 1;
        if (dir > 0) {
            while (i >= 0 && d[i] == '9')
                d[i--] = '0';
            if (i < 0) {        /* 99..9 + 1 = 100..0: one more power of ten */
                d[0] = '1';
                ex++;
            } else
                d[i]++;
        } else {
            while (i >= 0 && d[i] == '0')
                d[i--] = '9';
            if (i < 0)
                continue;
            d[i]--;
            if (d[0] == '0') {  /* 100..0 - 1 = 099..9: shift to keep n digits */
                memmove(d, d + 1, (size_t)k - 1);
                d[k - 1] = '9';
                ex--;
            }
        }
        char cand[40];
        snprintf(cand, sizeof cand, "%c.%.*se%+03d", d[0], k - 1, d + 1, ex);
        if (k == 1)
            snprintf(cand, sizeof cand, "%ce%+03d", d[0], ex);
        if (strtod(cand, NULL) != v)
            continue;
        long double dist = fabsl(strtold(cand, NULL) - (long double)v);
        if (!found || dist < best) {
            memcpy(out, cand, sizeof cand);
            best = dist;
            found = 1;
        }
    }
    return found;
}

/* The shortest round-trip digits of a normal v whose shortest string has 16 or 17 digits,
 * into g->buf as "%.*e" text. From the correctly rounded 17-digit string R (which always
 * reads back), the only 16-digit candidates are R cut to 16 digits (T) and T plus one unit
 * in the last place: any other 16-digit decimal is farther from v than one of them, and
 * the set of decimals that read back as v is an interval around it. Of two that read back,
 * the nearer wins (Gay's mode 0, ties to even); neither: R itself. */
static void shortest_16_17(Digits *g, double v) {
    char r17[40];
    snprintf(r17, sizeof r17, "%.16e", v);      /* d.dddddddddddddddde+XX */
    char d[17];
    d[0] = r17[0];
    memcpy(d + 1, r17 + 2, 16);
    int exp = atoi(r17 + 19);
    char cand[2][40];
    int ok[2];
    for (int up = 0; up < 2; up++) {
        char t[16];
        int ex = exp;
        memcpy(t, d, 16);
        if (up) {
            int i = 15;
            while (i >= 0 && t[i] == '9')
                t[i--] = '0';
            if (i < 0) {        /* 99..9 + 1 = 100..0: one more power of ten */
                t[0] = '1';
                ex++;
            } else {
                t[i]++;
            }
        }
        snprintf(cand[up], sizeof cand[up], "%c.%.15se%+03d", t[0], t + 1, ex);
        ok[up] = strtod(cand[up], NULL) == v;
    }
    const char *pick = r17;
    if (ok[0] && ok[1]) {
        if (d[16] != '5') {
            pick = d[16] < '5' ? cand[0] : cand[1];
        } else {    /* too close to call from R: the correctly rounded 16 digits (exact
                     * ties to even, as Gay's code) is the nearer */
            snprintf(cand[0], sizeof cand[0], "%.15e", v);
            pick = cand[0];
        }
    } else if (ok[0] || ok[1]) {
        pick = ok[0] ? cand[0] : cand[1];
    }
    memcpy(g->buf, pick, sizeof g->buf);
    digits_from_e(g, g->buf);
}

/* mode 0: shortest round-trip; mode 2: ndigits significant; mode 3: ndigits decimals.
 * v is finite and non-negative. 0, or -1 with MemoryError. */
static int float_digits(Digits *g, double v, int mode, int ndigits) {
    g->big = NULL;
    if (mode == 0) {
        int lo = 1, hi = 17;
        char tmp[40];
        /* Fast path for normal numbers: 15-digit decimals are spaced wider than two ulps,
         * so if the shortest round-trip string has at most 15 digits it is the correctly
         * rounded 15-digit one with its trailing zeros dropped (and no other 15-digit
         * decimal reads back as v). Subnormals have fewer bits: they take the search. */
        if (v == 0 || v >= DBL_MIN) {
            snprintf(g->buf, sizeof g->buf, "%.14e", v);
            if (strtod(g->buf, NULL) == v) {
                digits_from_e(g, g->buf);
                return 0;
            }
            shortest_16_17(g, v);
            return 0;
        }
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (round_trip_digits(v, mid, tmp))
                hi = mid;
            else
                lo = mid + 1;
        }
        round_trip_digits(v, lo, g->buf);
        digits_from_e(g, g->buf);
        return 0;
    }
    if (mode == 2) {
        if (ndigits < 1)
            ndigits = 1;
        if (ndigits <= 20) {
            snprintf(g->buf, sizeof g->buf, "%.*e", ndigits - 1, v);
            digits_from_e(g, g->buf);
            return 0;
        }
        size_t size = (size_t)ndigits + 16;
        g->big = mem_alloc(size);
        if (!g->big) {
            err_no_memory();
            return -1;
        }
        snprintf(g->big, size, "%.*e", ndigits - 1, v);
        digits_from_e(g, g->big);
        return 0;
    }
    /* mode 3 */
    size_t size = (size_t)ndigits + 330;
    g->big = mem_alloc(size);
    if (!g->big) {
        err_no_memory();
        return -1;
    }
    snprintf(g->big, size, "%.*f", ndigits, v);
    char *dot = strchr(g->big, '.');
    intptr_t intlen = dot ? dot - g->big : (intptr_t)strlen(g->big);
    if (dot)
        memmove(dot, dot + 1, strlen(dot + 1) + 1);
    char *p = g->big;
    intptr_t decpt = intlen;
    while (*p == '0') {
        p++;
        decpt--;
    }
    intptr_t n = (intptr_t)strlen(p);
    while (n > 0 && p[n - 1] == '0')
        n--;
    if (n == 0) {
        g->d = g->big;
        g->d[0] = '0';
        g->n = 1;
        g->decpt = 1;
    } else {
        g->d = p;
        g->n = n;
        g->decpt = decpt;
    }
    return 0;
}

GpObject *float_format_double(double v, char code, int precision, int flags) {
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char fc = upper ? (char)(code + 32) : code;
    int mode;
    switch (fc) {
    case 'e': mode = 2; precision++; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: fc = 'r'; mode = 0; break;
    }
    bool add_sign = flags & FLOATFMT_SIGN, alt = flags & FLOATFMT_ALT;
    bool add_dot_0 = flags & FLOATFMT_ADD_DOT_0;
    StrBuf sb = STRBUF_INIT;
    int sign = signbit(v) != 0;
    if (!isfinite(v)) {
        if (isnan(v))
            sign = 0;
        if (sign)
            sb_append_char(&sb, '-');
        else if (add_sign)
            sb_append_char(&sb, '+');
        sb_append_cstr(&sb, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return sb_finish(&sb);
    }
    Digits g;
    if (float_digits(&g, fabs(v), mode, precision) < 0)
        return NULL;
    const char *digits = g.d;
    intptr_t ndig = g.n, decpt = g.decpt;
    if ((flags & FLOATFMT_NO_NEG_0) && sign && ndig == 1 && digits[0] == '0')
        sign = 0;
    intptr_t vend = ndig;
    bool use_exp = false;
    switch (fc) {
    case 'e': use_exp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = true;
        if (alt)
            vend = precision;
        break;
    default:
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    intptr_t exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    intptr_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    if (sign)
        sb_append_char(&sb, '-');
    else if (add_sign)
        sb_append_char(&sb, '+');
    if (decpt <= 0) {
        for (intptr_t i = 0; i < decpt - vstart; i++)
            sb_append_char(&sb, '0');
        sb_append_char(&sb, '.');
        for (intptr_t i = 0; i < -decpt; i++)
            sb_append_char(&sb, '0');
    } else {
        for (intptr_t i = 0; i < -vstart; i++)
            sb_append_char(&sb, '0');
    }
    if (0 < decpt && decpt <= ndig) {
        sb_append(&sb, digits, decpt);
        sb_append_char(&sb, '.');
        sb_append(&sb, digits + decpt, ndig - decpt);
    } else {
        sb_append(&sb, digits, ndig);
    }
    if (ndig < decpt) {
        for (intptr_t i = 0; i < decpt - ndig; i++)
            sb_append_char(&sb, '0');
        sb_append_char(&sb, '.');
        for (intptr_t i = 0; i < vend - decpt; i++)
            sb_append_char(&sb, '0');
    } else {
        for (intptr_t i = 0; i < vend - ndig; i++)
            sb_append_char(&sb, '0');
    }
    if (!sb.failed && sb.len > 0 && sb.data[sb.len - 1] == '.' && !alt)
        sb.len--;
    if (use_exp)
        sb_printf(&sb, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
    mem_free(g.big);
    return sb_finish(&sb);
}

GpObject *float_repr_double(double v) { return float_format_double(v, 'r', 0, FLOATFMT_ADD_DOT_0); }

static GpObject *float_repr(GpObject *o) { return float_repr_double(FLOAT_VALUE(o)); }

/* ---- Hash and comparison ---- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t float_hash_double(double v) {
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_hash(GpObject *o) {
    double v = FLOAT_VALUE(o);
    if (isnan(v)) {
        uint64_t y = (uint64_t)(uintptr_t)o;
        y = (y >> 4) | (y << 60);
        int64_t h = (int64_t)y;
        return h == -1 ? -2 : h;
    }
    return float_hash_double(v);
}

int float_compare_int(double v, GpObject *i) {
    if (isnan(v))
        return 2;
    if (!INT_IS_SMALL(i))
        return -int_compare_double(i, v);   /* big ints: exact, in int.c */
    int64_t n = INT_VALUE(i);
    const int64_t lim = (int64_t)1 << 53;
    if (n >= -lim && n <= lim) {
        double d = (double)n;
        return v < d ? -1 : v > d;
    }
    if (v >= 9223372036854775808.0)
        return 1;
    if (v < -9223372036854775808.0)
        return -1;
    double t = trunc(v);
    int64_t ti = (int64_t)t;
    if (ti != n)
        return ti < n ? -1 : 1;
    double frac = v - t;
    return frac < 0 ? -1 : frac > 0;
}

static GpObject *float_richcompare(GpObject *a, GpObject *b, int op) {
    double x = FLOAT_VALUE(a);
    int c;
    if (FLOAT_CHECK(b)) {
        double y = FLOAT_VALUE(b);
        if (isnan(x) || isnan(y))
            return gp_bool(op == CMP_OP_NE);
        c = x < y ? -1 : x > y;
    } else if (INT_CHECK(b)) {
        c = float_compare_int(x, b);
        if (c == 2)
            return gp_bool(op == CMP_OP_NE);
    } else {
        return gp_newref(GP_NOTIMPL);
    }
    return obj_cmp_result(c, op);
}

/* ---- Arithmetic ---- */

/* 1 with *d set if o is a float or an int, 0 if neither, -1 on error. */
static int operand(GpObject *o, double *d) {
    if (FLOAT_CHECK(o)) {
        *d = FLOAT_VALUE(o);
        return 1;
    }
    if (INT_CHECK(o))
        return int_to_double(o, d) < 0 ? -1 : 1;
    return 0;
}

#define OPERANDS(a, b, x, y)                                  \
    double x, y;                                              \
    do {                                                      \
        int ra_ = operand(a, &x), rb_ = operand(b, &y);       \
        if (ra_ < 0 || rb_ < 0)                               \
            return NULL;                                      \
        if (!ra_ || !rb_)                                     \
            return gp_newref(GP_NOTIMPL);                     \
    } while (0)

static GpObject *float_add(GpObject *a, GpObject *b) { OPERANDS(a, b, x, y); return float_from_double(x + y); }
static GpObject *float_sub(GpObject *a, GpObject *b) { OPERANDS(a, b, x, y); return float_from_double(x - y); }
static GpObject *float_mul(GpObject *a, GpObject *b) { OPERANDS(a, b, x, y); return float_from_double(x * y); }

static GpObject *float_truediv(GpObject *a, GpObject *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return err_set_str(&gp_exc_ZeroDivisionError, "float division by zero");
    return float_from_double(x / y);
}

/* CPython's float_divmod core: floor quotient and modulo with Python's signs. */
static void fdivmod(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static GpObject *float_floordiv(GpObject *a, GpObject *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return err_set_str(&gp_exc_ZeroDivisionError, "float floor division by zero");
    double q, m;
    fdivmod(x, y, &q, &m);
    return float_from_double(q);
}

static GpObject *float_mod(GpObject *a, GpObject *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return err_set_str(&gp_exc_ZeroDivisionError, "float modulo");
    double m = fmod(x, y);
    if (m) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    return float_from_double(m);
}

GpObject *float_divmod(GpObject *a, GpObject *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return err_set_str(&gp_exc_ZeroDivisionError, "float divmod()");
    double q, m;
    fdivmod(x, y, &q, &m);
    GpObject *qo = float_from_double(q);
    if (!qo)
        return NULL;
    GpObject *mo = float_from_double(m);
    if (!mo) {
        gp_decref(qo);
        return NULL;
    }
    GpObject *t = tuple_pack(2, qo, mo);
    gp_decref(qo);
    gp_decref(mo);
    return t;
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

int float_pow_double(double iv, double iw, double *out) {
    if (iw == 0) {
        *out = 1.0;
        return 0;
    }
    if (isnan(iv)) {
        *out = iv;
        return 0;
    }
    if (isnan(iw)) {
        *out = iv == 1.0 ? 1.0 : iw;
        return 0;
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            *out = 1.0;
        else if ((iw > 0.0) == (iv > 1.0))
            *out = fabs(iw);
        else
            *out = 0.0;
        return 0;
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            *out = odd ? iv : fabs(iv);
        else
            *out = odd ? copysign(0.0, iv) : 0.0;
        return 0;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) {
            err_set_str(&gp_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return -1;
        }
        *out = odd ? iv : 0.0;
        return 0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            err_set_str(&gp_exc_ValueError,
                        "complex results (negative number to a fractional power) are not supported yet");
            return -1;
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        *out = negate ? -1.0 : 1.0;
        return 0;
    }
    errno = 0;
    double ix = pow(iv, iw);
    if (errno == 0 && isinf(ix))
        errno = ERANGE;
    else if (errno == ERANGE && ix == 0.0)
        errno = 0;
    if (negate)
        ix = -ix;
    if (errno) {
        if (errno == ERANGE)
            err_set_str(&gp_exc_OverflowError, "(34, 'Numerical result out of range')");
        else
            err_set_str(&gp_exc_ValueError, "math domain error");
        return -1;
    }
    *out = ix;
    return 0;
}

static GpObject *float_pow(GpObject *a, GpObject *b) {
    OPERANDS(a, b, x, y);
    double r;
    if (float_pow_double(x, y, &r) < 0)
        return NULL;
    return float_from_double(r);
}

static GpObject *float_power3(GpObject *a, GpObject *b, GpObject *m) {
    (void)a; (void)b; (void)m;
    return err_set_str(&gp_exc_TypeError,
                       "pow() 3rd argument not allowed unless all arguments are integers");
}

static GpObject *float_neg(GpObject *o) { return float_from_double(-FLOAT_VALUE(o)); }
static GpObject *float_abs(GpObject *o) { return float_from_double(fabs(FLOAT_VALUE(o))); }
static GpObject *float_pos(GpObject *o) {
    if (GP_TYPE(o) == &gp_type_float)
        return gp_newref(o);
    return float_from_double(FLOAT_VALUE(o));
}
static int float_bool(GpObject *o) { return FLOAT_VALUE(o) != 0.0; }

/* int(x): truncation. */
static GpObject *double_to_int(double v) {
    if (isnan(v))
        return err_set_str(&gp_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(v))
        return err_set_str(&gp_exc_OverflowError, "cannot convert float infinity to integer");
    return int_from_double(v);
}

static GpObject *float_to_int(GpObject *o) { return double_to_int(FLOAT_VALUE(o)); }

/* ---- Parsing ---- */

static bool ci_eq(const char *p, intptr_t n, const char *word) {
    intptr_t l = (intptr_t)strlen(word);
    if (n != l)
        return false;
    for (intptr_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

GpObject *float_from_string(const char *s, intptr_t len) {
    const char *p = s, *end = s + len;
    numfmt_strip_space(&p, &end);
    char small[64];
    char *buf = small;
    intptr_t n = end - p;
    if (n + 1 > (intptr_t)sizeof small) {
        buf = mem_alloc((size_t)n + 1);
        if (!buf)
            return err_no_memory();
    }
    /* Validate the grammar and drop underscores (only between digits). */
    intptr_t w = 0, i = 0;
    bool neg = false;
    if (i < n && (p[i] == '+' || p[i] == '-')) {
        neg = p[i] == '-';
        buf[w++] = p[i++];
    }
    double v;
    if (ci_eq(p + i, n - i, "inf") || ci_eq(p + i, n - i, "infinity")) {
        v = neg ? -INFINITY : INFINITY;
        goto done;
    }
    if (ci_eq(p + i, n - i, "nan")) {
        v = neg ? -NAN : NAN;
        goto done;
    }
    int ndigits = 0;
    bool prev_digit = false;
    for (; i < n && ((p[i] >= '0' && p[i] <= '9') || p[i] == '_'); i++) {
        if (p[i] == '_') {
            if (!prev_digit || i + 1 >= n || p[i + 1] < '0' || p[i + 1] > '9')
                goto invalid;
            prev_digit = false;
            continue;
        }
        buf[w++] = p[i];
        ndigits++;
        prev_digit = true;
    }
    if (i < n && p[i] == '.') {
        buf[w++] = p[i++];
        prev_digit = false;
        for (; i < n && ((p[i] >= '0' && p[i] <= '9') || p[i] == '_'); i++) {
            if (p[i] == '_') {
                if (!prev_digit || i + 1 >= n || p[i + 1] < '0' || p[i + 1] > '9')
                    goto invalid;
                prev_digit = false;
                continue;
            }
            buf[w++] = p[i];
            ndigits++;
            prev_digit = true;
        }
    }
    if (ndigits == 0)
        goto invalid;
    if (i < n && (p[i] == 'e' || p[i] == 'E')) {
        buf[w++] = p[i++];
        if (i < n && (p[i] == '+' || p[i] == '-'))
            buf[w++] = p[i++];
        int edigits = 0;
        prev_digit = false;
        for (; i < n && ((p[i] >= '0' && p[i] <= '9') || p[i] == '_'); i++) {
            if (p[i] == '_') {
                if (!prev_digit || i + 1 >= n || p[i + 1] < '0' || p[i + 1] > '9')
                    goto invalid;
                prev_digit = false;
                continue;
            }
            buf[w++] = p[i];
            edigits++;
            prev_digit = true;
        }
        if (!edigits)
            goto invalid;
    }
    if (i != n)
        goto invalid;
    buf[w] = 0;
    v = strtod(buf, NULL);
done:
    if (buf != small)
        mem_free(buf);
    return float_from_double(v);
invalid:
    if (buf != small)
        mem_free(buf);
    GpObject *r = numfmt_text_repr(s, len);
    if (!r)
        return NULL;
    err_format(&gp_exc_ValueError, "could not convert string to float: %U", r);
    gp_decref(r);
    return NULL;
}

int obj_as_double(GpObject *o, double *out) {
    if (FLOAT_CHECK(o)) {
        *out = FLOAT_VALUE(o);
        return 0;
    }
    if (INT_CHECK(o))
        return int_to_double(o, out);
    GpType *t = GP_TYPE(o);
    if (t->to_float) {
        GpObject *f = t->to_float(o);
        if (!f)
            return -1;
        if (!FLOAT_CHECK(f)) {
            err_format(&gp_exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                       obj_type_name(f));
            gp_decref(f);
            return -1;
        }
        *out = FLOAT_VALUE(f);
        gp_decref(f);
        return 0;
    }
    if (t->index) {
        GpObject *i = obj_index(o);
        if (!i)
            return -1;
        int r = int_to_double(i, out);
        gp_decref(i);
        return r;
    }
    err_format(&gp_exc_TypeError, "must be real number, not %s", t->name);
    return -1;
}

/* float(x) for a non-ASCII str or for bytes: Unicode decimal digits read as ASCII ones; a
 * ValueError names the original object. */
static GpObject *float_from_text_object(GpObject *x) {
    GpObject *r;
    if (BYTES_CHECK(x)) {
        r = float_from_string(BYTES_DATA(x), BYTES_SIZE(x));
    } else {
        StrBuf sb = STRBUF_INIT;
        const char *p = STR_DATA(x), *end = p + STR_NBYTES(x);
        while (p < end) {
            const char *start = p;
            uint32_t cp = utf8_next(&p);
            int d = cp >= 0x80 ? uc_decimal_value(cp) : -1;
            if (d >= 0)
                sb_append_char(&sb, (char)('0' + d));
            else
                sb_append(&sb, start, p - start);
        }
        if (sb.failed) {
            sb_discard(&sb);
            return err_no_memory();
        }
        r = float_from_string(sb.data ? sb.data : "", sb.len);
        sb_discard(&sb);
    }
    if (!r && err_matches(&gp_exc_ValueError)) {
        err_clear();
        err_format(&gp_exc_ValueError, "could not convert string to float: %R", x);
    }
    return r;
}

static GpObject *float_new(GpType *type, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    if (args_no_kw("float", kwnames) < 0 || args_check_count("float", nargs, 0, 1) < 0)
        return NULL;
    if (type != &gp_type_float) {
        /* A subclass instance: the value computed as float(x), in an object of type. */
        GpObject *f = float_new(&gp_type_float, args, nargs, kwnames);
        if (!f)
            return NULL;
        GpObject *o = obj_new(type, type->basicsize ? (size_t)type->basicsize : sizeof(GpFloat));
        if (o)
            ((GpFloat *)o)->value = FLOAT_VALUE(f);
        gp_decref(f);
        return o;
    }
    if (nargs == 0)
        return float_from_double(0.0);
    GpObject *x = args[0];
    if (GP_TYPE(x) == &gp_type_float)
        return gp_newref(x);
    if (STR_CHECK(x) && ((GpStr *)x)->ascii)
        return float_from_string(STR_DATA(x), STR_NBYTES(x));
    if (STR_CHECK(x) || BYTES_CHECK(x))
        return float_from_text_object(x);
    GpType *t = GP_TYPE(x);
    if (!FLOAT_CHECK(x) && !t->to_float && !t->index)
        return err_format(&gp_exc_TypeError,
                          "float() argument must be a string or a real number, not '%s'", t->name);
    double v;
    if (obj_as_double(x, &v) < 0)
        return NULL;
    return float_from_double(v);
}

/* ---- __format__ ---- */

static GpObject *float_format(GpObject *o, GpObject *spec) {
    if (STR_NBYTES(spec) == 0)
        return obj_str(o);
    FormatSpec f;
    if (numfmt_parse(spec, "float", &f) < 0)
        return NULL;
    double v = FLOAT_VALUE(o);
    char type = f.type;
    int flags = 0;
    int default_precision = 6;
    bool pct = false;
    switch (type) {
    case 0: flags |= FLOATFMT_ADD_DOT_0; type = 'r'; default_precision = 0; break;
    case 'n': type = 'g'; break;
    case '%': type = 'f'; v *= 100; pct = true; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
    default: return numfmt_unknown_code(type, "float");
    }
    if (f.alternate)
        flags |= FLOATFMT_ALT;
    if (f.no_neg_zero)
        flags |= FLOATFMT_NO_NEG_0;
    intptr_t precision = f.precision;
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    if (precision > 100000000)
        return err_set_str(&gp_exc_ValueError, "precision too big");
    GpObject *s = float_format_double(v, type, (int)precision, flags);
    if (!s)
        return NULL;
    const char *p = STR_DATA(s);
    const char *sign = "";
    if (*p == '-') {
        sign = "-";
        p++;
    } else if (f.sign == '+') {
        sign = "+";
    } else if (f.sign == ' ') {
        sign = " ";
    }
    intptr_t nd = 0;
    while (p[nd] >= '0' && p[nd] <= '9')
        nd++;
    GpObject *r;
    if (pct) {
        StrBuf sb = STRBUF_INIT;
        sb_append_cstr(&sb, p + nd);
        sb_append_char(&sb, '%');
        sb_append_char(&sb, 0);
        if (sb.failed) {
            sb_discard(&sb);
            gp_decref(s);
            return NULL;
        }
        r = numfmt_finish(&f, sign, "", p, nd, sb.data, 3, '>');
        sb_discard(&sb);
    } else if (!isfinite(v)) {
        FormatSpec g = f;   /* inf and nan are never grouped */
        g.grouping = 0;
        r = numfmt_finish(&g, sign, "", p, nd, p + nd, 3, '>');
    } else {
        r = numfmt_finish(&f, sign, "", p, nd, p + nd, 3, '>');
    }
    gp_decref(s);
    return r;
}

/* ---- Methods ---- */

#define NOARGS_UNUSED (void)a; (void)n; (void)k

static GpObject *float_is_integer(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    NOARGS_UNUSED;
    double v = FLOAT_VALUE(self);
    return gp_bool(isfinite(v) && floor(v) == v);
}

static GpObject *float_getnewargs(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    NOARGS_UNUSED;
    GpObject *v = float_from_double(FLOAT_VALUE(self));
    if (!v)
        return NULL;
    GpObject *t = tuple_pack(1, v);
    gp_decref(v);
    return t;
}

static GpObject *float_sizeof(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    NOARGS_UNUSED;
    (void)self;
    return int_from_i64((int64_t)sizeof(GpFloat));
}

static GpObject *float_conjugate(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    NOARGS_UNUSED;
    return float_pos(self);
}

static GpObject *float_trunc(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    NOARGS_UNUSED;
    return double_to_int(FLOAT_VALUE(self));
}

static GpObject *float_floor_m(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    NOARGS_UNUSED;
    return double_to_int(floor(FLOAT_VALUE(self)));
}

static GpObject *float_ceil_m(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    NOARGS_UNUSED;
    return double_to_int(ceil(FLOAT_VALUE(self)));
}

static GpObject *float_float_m(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    NOARGS_UNUSED;
    return float_pos(self);
}

static GpObject *float_as_integer_ratio(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    NOARGS_UNUSED;
    double v = FLOAT_VALUE(self);
    if (isinf(v))
        return err_set_str(&gp_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(v))
        return err_set_str(&gp_exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    /* v == m * 2**e with m integral */
    if (e >= 0) {
        GpObject *num = int_from_double(ldexp(m, e));
        if (!num)
            return NULL;
        GpObject *t = tuple_pack(2, num, gp_interp->small_ints[1 - SMALL_INT_MIN]);
        gp_decref(num);
        return t;
    }
    GpObject *num = int_from_double(m);
    if (!num)
        return NULL;
    GpObject *shift = int_from_i64(-e);
    GpObject *den = shift ? int_lshift(gp_interp->small_ints[1 - SMALL_INT_MIN], shift) : NULL;
    gp_xdecref(shift);
    if (!den) {
        gp_decref(num);
        return NULL;
    }
    GpObject *t = tuple_pack(2, num, den);
    gp_decref(num);
    gp_decref(den);
    return t;
}

/* float.hex(): CPython's layout, 0x1.<13 hex digits>p<exp> (subnormals as 0x0.<...>p-1022). */
static GpObject *float_hex(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    NOARGS_UNUSED;
    double x = FLOAT_VALUE(self);
    if (isnan(x) || isinf(x))
        return float_repr(self);
    if (x == 0.0)
        return str_from_cstr(copysign(1.0, x) < 0 ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hexdig[] = "0123456789abcdef";
    char digits[32];
    int di = 0;
    digits[di++] = hexdig[(int)m];
    m -= (int)m;
    digits[di++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[di++] = hexdig[(int)m];
        m -= (int)m;
    }
    digits[di] = 0;
    char buf[64];
    snprintf(buf, sizeof buf, "%s0x%sp%+d", x < 0 ? "-" : "", digits, e);
    return str_from_cstr(buf);
}

static bool is_hex_digit(char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* float.fromhex(s): validated here, converted (correctly rounded) by strtod's hex form. */
static GpObject *fromhex_value(GpObject *const *args, intptr_t nargs) {
    if (args_check_count("fromhex", nargs, 1, 1) < 0)
        return NULL;
    GpObject *arg = args[0];
    if (!STR_CHECK(arg))
        return err_set_str(&gp_exc_TypeError, "bad argument type for built-in operation");
    const char *p = STR_DATA(arg), *end = p + STR_NBYTES(arg);
    numfmt_strip_space(&p, &end);
    intptr_t n = end - p;
    char *buf = mem_alloc((size_t)n + 8);
    if (!buf)
        return err_no_memory();
    intptr_t i = 0, w = 0;
    bool neg = false;
    double v;
    if (i < n && (p[i] == '+' || p[i] == '-')) {
        neg = p[i] == '-';
        i++;
    }
    if (ci_eq(p + i, n - i, "inf") || ci_eq(p + i, n - i, "infinity")) {
        v = INFINITY;
        goto done;
    }
    if (ci_eq(p + i, n - i, "nan")) {
        v = NAN;
        goto done;
    }
    if (i + 1 < n && p[i] == '0' && (p[i + 1] | 0x20) == 'x')
        i += 2;
    memcpy(buf, "0x", 2);
    w = 2;
    intptr_t ndig = 0;
    while (i < n && is_hex_digit(p[i])) {
        buf[w++] = p[i++];
        ndig++;
    }
    if (i < n && p[i] == '.') {
        buf[w++] = p[i++];
        while (i < n && is_hex_digit(p[i])) {
            buf[w++] = p[i++];
            ndig++;
        }
    }
    if (ndig == 0)
        goto invalid;
    if (i < n && (p[i] | 0x20) == 'p') {
        buf[w++] = 'p';
        i++;
        if (i < n && (p[i] == '+' || p[i] == '-'))
            buf[w++] = p[i++];
        if (i >= n || p[i] < '0' || p[i] > '9')
            goto invalid;
        while (i < n && p[i] >= '0' && p[i] <= '9')
            buf[w++] = p[i++];
    }
    if (i != n)
        goto invalid;
    buf[w] = 0;
    errno = 0;
    v = strtod(buf, NULL);
    if (isinf(v)) {
        mem_free(buf);
        return err_set_str(&gp_exc_OverflowError,
                           "hexadecimal value too large to represent as a float");
    }
done:
    mem_free(buf);
    return float_from_double(neg ? -v : v);
invalid:
    mem_free(buf);
    return err_set_str(&gp_exc_ValueError, "invalid hexadecimal floating-point string");
}

/* A class method: a subclass gets cls(value), as CPython. */
static GpObject *float_fromhex(GpObject *cls, GpObject *const *args, intptr_t nargs, GpObject *k) {
    (void)k;
    GpObject *r = fromhex_value(args, nargs);
    if (!r || !cls || cls == (GpObject *)&gp_type_float) return r;
    GpObject *sub = obj_call1(cls, r);
    gp_decref(r);
    return sub;
}

GpMethodDef float_fromhex_def = {"fromhex", float_fromhex, METH_VARARGS,
                                 "Create a floating-point number from a hexadecimal string."};

/* round(x, ndigits) for ndigits < 0 on a finite x: half-even at 10**-ndigits. */
static double round_negative(double x, int64_t nd) {
    if (nd < -308)
        return copysign(0.0, x);
    double ax = fabs(x);
    char buf[400];
    snprintf(buf, sizeof buf, "%.0f", trunc(ax));
    double frac = ax - trunc(ax);
    intptr_t len = (intptr_t)strlen(buf), k = -nd;
    if (k > len)
        return copysign(0.0, x);
    /* digits kept: buf[0..len-k); dropped: buf[len-k..len) + frac */
    bool up;
    char first = buf[len - k];
    bool rest_zero = frac == 0.0;
    for (intptr_t i = len - k + 1; i < len; i++)
        if (buf[i] != '0')
            rest_zero = false;
    if (first > '5' || (first == '5' && !rest_zero))
        up = true;
    else if (first == '5')
        up = len - k > 0 && ((buf[len - k - 1] - '0') & 1);
    else
        up = false;
    for (intptr_t i = len - k; i < len; i++)
        buf[i] = '0';
    if (up) {
        intptr_t i = len - k - 1;
        while (i >= 0 && buf[i] == '9')
            buf[i--] = '0';
        if (i >= 0) {
            buf[i]++;
        } else {
            memmove(buf + 1, buf, (size_t)len + 1);
            buf[0] = '1';
        }
    }
    return copysign(strtod(buf, NULL), x);
}

static GpObject *float_round(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *k) {
    (void)k;
    if (args_check_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    double x = FLOAT_VALUE(self);
    if (nargs == 0 || args[0] == GP_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5)
            r = 2.0 * round(x / 2.0);
        return double_to_int(r);
    }
    GpObject *ndo = obj_index(args[0]);
    if (!ndo)
        return NULL;
    int64_t nd = INT_IS_SMALL(ndo) ? INT_VALUE(ndo) : int_sign(ndo) < 0 ? -INT64_MAX : INT64_MAX;
    gp_decref(ndo);
    if (!isfinite(x) || x == 0.0)
        return float_from_double(x);
    if (nd > 323)
        return float_from_double(x);
    if (nd < 0)
        return float_from_double(round_negative(x, nd));
    char small[700];   /* 309 integer digits + '.' + up to 323 decimals */
    snprintf(small, sizeof small, "%.*f", (int)nd, x);
    double r = strtod(small, NULL);
    if (isinf(r))
        return err_set_str(&gp_exc_OverflowError, "rounded value too large to represent");
    return float_from_double(r);
}

static GpObject *float_divmod_m(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    (void)n; (void)k;
    return float_divmod(self, args[0]);
}

static GpObject *float_rdivmod_m(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    (void)n; (void)k;
    return float_divmod(args[0], self);
}

static GpObject *float_format_m(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    (void)n; (void)k;
    if (!STR_CHECK(args[0]))
        return err_format(&gp_exc_TypeError, "__format__() argument must be str, not %s",
                          obj_type_name(args[0]));
    return float_format(self, args[0]);
}

static GpMethodDef float_methods[] = {
    {"is_integer", float_is_integer, METH_NOARGS, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, METH_NOARGS, "Return integer ratio."},
    {"hex", float_hex, METH_NOARGS, "Return a hexadecimal representation of a floating-point number."},
    {"conjugate", float_conjugate, METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"__getnewargs__", float_getnewargs, METH_NOARGS, NULL},
    {"__sizeof__", float_sizeof, METH_NOARGS, "Return the size of the float in memory, in bytes."},
    {"__trunc__", float_trunc, METH_NOARGS, NULL},
    {"__int__", float_trunc, METH_NOARGS, NULL},
    {"__floor__", float_floor_m, METH_NOARGS, NULL},
    {"__ceil__", float_ceil_m, METH_NOARGS, NULL},
    {"__float__", float_float_m, METH_NOARGS, NULL},
    {"__round__", float_round, METH_VARARGS, NULL},
    {"__divmod__", float_divmod_m, METH_O, NULL},
    {"__rdivmod__", float_rdivmod_m, METH_O, NULL},
    {"__format__", float_format_m, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static GpObject *float_get_real(GpObject *self) { return float_pos(self); }
static GpObject *float_get_imag(GpObject *self) { (void)self; return float_from_double(0.0); }

static GpGetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_float = {
    GP_TYPE_HEAD,
    .name = "float",
    .basicsize = sizeof(GpFloat),
    .flags = TPFLAG_BASETYPE,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new_ = float_new,
    .binop = {
        [NB_ADD] = float_add, [NB_SUBTRACT] = float_sub, [NB_MULTIPLY] = float_mul,
        [NB_TRUE_DIVIDE] = float_truediv, [NB_FLOOR_DIVIDE] = float_floordiv,
        [NB_REMAINDER] = float_mod, [NB_POWER] = float_pow,
    },
    .power3 = float_power3,
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .bool_ = float_bool,
    .to_int = float_to_int,
    .to_float = float_pos,
    .format = float_format,
    .methods = float_methods,
    .getset = float_getset,
};
