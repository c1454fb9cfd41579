/* int_methods.c — the int type's text side and named methods: int(x, base) and parsing,
 * base conversions (bin/oct/hex), __format__, and the methods and getsets of int.
 *
 * Invariants:
 * - Parsing follows CPython's int() rules exactly (base 0 prefixes, single underscores
 *   between digits, Unicode whitespace around, sign, the order in which its errors are
 *   checked); values past 64 bits go to GMP's mpz_set_str, which is subquadratic.
 * - Text from big ints comes from mpz_get_str (subquadratic too). sys.set_int_max_str_digits
 *   (gp_interp->int_max_str_digits, 0 = no limit, glasspy's default) is honoured in both
 *   directions for bases that are not powers of two, with CPython's messages.
 */
#include <math.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/int_internal.h"
#include "objects/numfmt.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

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

static GpObject *invalid_literal(const char *s, intptr_t len, int base, GpObject *bytes) {
    GpObject *r = bytes ? obj_repr(bytes) : numfmt_text_repr(s, len);
    if (!r)
        return NULL;
    err_format(&gp_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    gp_decref(r);
    return NULL;
}

#define MAX_STR_DIGITS_HINT "use sys.set_int_max_str_digits() to increase the limit"

/* int_from_string, with the bytes object the text came from (NULL for str text). */
static GpObject *parse_int(const char *s, intptr_t len, int base, GpObject *bytes) {
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
        zero_only = p < end && *p == '0'; /* "010" is not allowed in base 0 */
    }
    /* The run of digits and single underscores (CPython checks in this order: underscores,
     * then the digit limit, then what follows the run). */
    const char *start = p;
    uint64_t v = 0;
    bool overflow = false, nonzero = false, prev_digit = prefixed;
    intptr_t ndigits = 0;
    for (; p < end; p++) {
        if (*p == '_') {
            if (!prev_digit)
                return invalid_literal(s, len, orig_base, bytes);
            prev_digit = false;
            continue;
        }
        int d = digit_value((unsigned char)*p);
        if (d >= base)
            break;
        nonzero |= d != 0;
        if (!overflow) {
            if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
                overflow = true;
            else
                v = v * (uint64_t)base + (uint64_t)d;
        }
        prev_digit = true;
        ndigits++;
    }
    if (ndigits == 0 || !prev_digit)
        return invalid_literal(s, len, orig_base, bytes);
    int max = gp_interp->int_max_str_digits;
    if ((base & (base - 1)) != 0 && max > 0 && ndigits > max)
        return err_format(&gp_exc_ValueError,
                          "Exceeds the limit (%d digits) for integer string conversion: "
                          "value has %zd digits; " MAX_STR_DIGITS_HINT,
                          max, (ssize_t)ndigits);
    if (p != end || (zero_only && nonzero))
        return invalid_literal(s, len, orig_base, bytes);
    if (!overflow && v <= (uint64_t)INT64_MAX)
        return int_from_i64(neg ? -(int64_t)v : (int64_t)v);
    /* Past 64 bits: the digits without underscores, to GMP. */
    char *digits = mem_alloc((size_t)ndigits + 1);
    if (!digits)
        return err_no_memory();
    intptr_t n = 0;
    for (const char *q = start; q < p; q++)
        if (*q != '_')
            digits[n++] = *q;
    digits[n] = '\0';
    double bits = (double)ndigits * log2((double)base);
    GpBigInt *r = bits < 1.8e19 ? big_alloc(limbs_for_bits((uint64_t)bits + 64)) : NULL;
    if (!r) {
        mem_free(digits);
        return err_occurred() ? NULL : err_no_memory();
    }
    mpz_set_str(r->z, digits, base);
    mem_free(digits);
    if (neg)
        mpz_neg(r->z, r->z);
    return big_finish(r);
}

GpObject *int_from_string(const char *s, intptr_t len, int base) {
    return parse_int(s, len, base, NULL);
}

/* ---- Base conversion ---- */

/* Writes |v| in base (2..36; upper for 'X') ending at end; returns the start. */
static char *format_base(uint64_t m, int base, bool upper, char *end) {
    const char *digits =
        upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    char *p = end;
    do {
        *--p = digits[m % (unsigned)base];
        m /= (unsigned)base;
    } while (m);
    return p;
}

static uint64_t magnitude(int64_t v) {
    return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

static GpObject *str_digits_limit(int max) {
    return err_format(
        &gp_exc_ValueError,
        "Exceeds the limit (%d digits) for integer string conversion; " MAX_STR_DIGITS_HINT, max);
}

char *int_digits(GpObject *o, int base, bool upper, bool sign, intptr_t *len) {
    char *buf;
    if (INT_IS_SMALL(o)) {
        int64_t v = INT_VALUE(o);
        char tmp[72];
        char *end = tmp + sizeof tmp, *p = format_base(magnitude(v), base, upper, end);
        if (sign && v < 0)
            *--p = '-';
        *len = end - p;
        buf = mem_alloc((size_t)*len + 1);
        if (!buf) {
            err_no_memory();
            return NULL;
        }
        memcpy(buf, p, (size_t)*len);
        buf[*len] = '\0';
        return buf;
    }
    mpz_srcptr z = BIG_Z(o);
    size_t est = mpz_sizeinbase(z, base); /* exact, or one too many */
    int max = gp_interp->int_max_str_digits;
    bool limited = base == 10 && max > 0;
    if (limited && est - 1 > (size_t)max) {
        str_digits_limit(max);
        return NULL;
    }
    buf = mem_alloc(est + 2);
    if (!buf) {
        err_no_memory();
        return NULL;
    }
    __mpz_struct m = *z; /* |z| unless the sign is wanted; read-only */
    if (!sign && m._mp_size < 0)
        m._mp_size = -m._mp_size;
    mpz_get_str(buf, upper ? -base : base, &m);
    *len = (intptr_t)strlen(buf);
    if (limited && *len - (m._mp_size < 0) > max) {
        mem_free(buf);
        str_digits_limit(max);
        return NULL;
    }
    return buf;
}

GpObject *int_to_base_str(GpObject *o, int base) {
    if (base == 10)
        return int_to_decimal_str(o);
    intptr_t n;
    char *digits = int_digits(o, base, false, false, &n);
    if (!digits)
        return NULL;
    StrBuf sb = STRBUF_INIT;
    bool neg = int_sign(o) < 0;
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    if ((neg && sb_append_char(&sb, '-') < 0) || sb_append_cstr(&sb, prefix) < 0 ||
        sb_append(&sb, digits, n) < 0) {
        mem_free(digits);
        sb_discard(&sb);
        return NULL;
    }
    mem_free(digits);
    return sb_finish(&sb);
}

/* ---- int() ---- */

/* int(x, base) for a str or bytes x (strings of 1: checked by the caller). */
static GpObject *int_from_text_obj(GpObject *x, int base) {
    if (STR_CHECK(x))
        return parse_int(STR_DATA(x), STR_NBYTES(x), base, NULL);
    return parse_int(BYTES_DATA(x), BYTES_SIZE(x), base, x);
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
            return err_format(&gp_exc_TypeError, "'%U' is an invalid keyword argument for int()",
                              k);
        if (base_obj)
            return err_set_str(&gp_exc_TypeError,
                               "argument for int() given by name ('base') and position (2)");
        base_obj = args[nargs + i];
    }
    GpObject *r;
    if (type != &gp_type_int) {
        /* a subclass: the int's value in an instance of the subclass (own allocation, not
         * the int blocks; a big value keeps the big layout) */
        GpObject *v = int_new(&gp_type_int, args, nargs, kwnames);
        if (!v)
            return NULL;
        bool small = INT_IS_SMALL(v);
        GpObject *o = obj_new(type, small ? sizeof(GpInt) : sizeof(GpBigInt));
        if (o) {
            if (small) {
                ((GpInt *)o)->value = INT_VALUE(v);
            } else {
                BIG(o)->marker = INT64_MIN;
                mpz_init_set(BIG_Z(o), BIG_Z(v));
            }
        }
        gp_decref(v);
        return o;
    }
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
        if (!STR_CHECK(x) && !BYTES_CHECK(x))
            return err_set_str(&gp_exc_TypeError,
                               "int() can't convert non-string with explicit base");
        return int_from_text_obj(x, (int)base);
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
    /* 3.11 still delegates to __trunc__ (deprecated; no warning printed here) */
    GpObject *trunc = (t->flags & TPFLAG_HEAPTYPE) ? type_lookup(t, GP_ID(__trunc__)) : NULL;
    if (trunc) {
        gp_incref(trunc);
        r = slots_call_found(x, trunc, NULL, 0, NULL);
        gp_decref(trunc);
        if (!r || INT_CHECK(r)) {
            GpObject *e = r ? int_exact(r) : NULL;
            gp_xdecref(r);
            return e;
        }
        if (!GP_TYPE(r)->index) {
            err_format(&gp_exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                       obj_type_name(r));
            gp_decref(r);
            return NULL;
        }
        GpObject *e = obj_index(r);
        gp_decref(r);
        return e;
    }
    if (STR_CHECK(x) || BYTES_CHECK(x))
        return int_from_text_obj(x, 10);
    return err_format(&gp_exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, "
                      "not '%s'",
                      t->name);
}

/* ---- __format__ ---- */

GpObject *int_format(GpObject *o, GpObject *spec) {
    if (STR_NBYTES(spec) == 0)
        return obj_str(o);
    FormatSpec f;
    if (numfmt_parse(spec, "int", &f) < 0)
        return NULL;
    switch (f.type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        double d;
        if (int_to_double(o, &d) < 0)
            return NULL;
        GpObject *fl = float_from_double(d);
        if (!fl)
            return NULL;
        GpObject *r = obj_format(fl, spec);
        gp_decref(fl);
        return r;
    }
    case 0:
    case 'd':
    case 'n':
    case 'b':
    case 'o':
    case 'x':
    case 'X':
    case 'c':
        break;
    default:
        return numfmt_unknown_code(f.type, "int");
    }
    if (f.precision >= 0)
        return err_set_str(&gp_exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_zero)
        return err_set_str(&gp_exc_ValueError,
                           "Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign)
            return err_set_str(&gp_exc_ValueError,
                               "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return err_set_str(&gp_exc_ValueError,
                               "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t v;
        if (int_to_i64(o, &v) < 0) /* "Python int too large to convert to C long" */
            return NULL;
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
    int base = 10;
    const char *prefix = "";
    int group = 3;
    switch (f.type) {
    case 'b':
        base = 2;
        prefix = "0b";
        group = 4;
        break;
    case 'o':
        base = 8;
        prefix = "0o";
        group = 4;
        break;
    case 'x':
        base = 16;
        prefix = "0x";
        group = 4;
        break;
    case 'X':
        base = 16;
        prefix = "0X";
        group = 4;
        break;
    default:
        break;
    }
    if (!f.alternate)
        prefix = "";
    intptr_t n;
    char *digits = int_digits(o, base, f.type == 'X', false, &n);
    if (!digits)
        return NULL;
    const char *sign = int_sign(o) < 0 ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    GpObject *r = numfmt_finish(&f, sign, prefix, digits, n, "", group, '>');
    mem_free(digits);
    return r;
}

/* ---- Methods and getsets ---- */

static GpObject *int_bit_length_m(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a;
    (void)n;
    (void)k;
    return int_from_u64(int_bit_length(self));
}

static GpObject *int_bit_count(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a;
    (void)n;
    (void)k;
    if (INT_IS_SMALL(self))
        return int_from_i64(__builtin_popcountll(magnitude(INT_VALUE(self))));
    mpz_srcptr z = BIG_Z(self);
    return int_from_u64(mpn_popcount(z->_mp_d, mpz_limbs(z)));
}

static GpObject *int_self_exact(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a;
    (void)n;
    (void)k;
    return int_exact(self);
}

/* int.__getnewargs__(): (int(self),) for pickling and copying. */
static GpObject *int_getnewargs(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a; (void)n; (void)k;
    GpObject *v = int_exact(self);
    if (!v)
        return NULL;
    GpObject *t = tuple_pack(1, v);
    gp_decref(v);
    return t;
}

static GpObject *int_float_method(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a;
    (void)n;
    (void)k;
    double d;
    if (int_to_double(self, &d) < 0)
        return NULL;
    return float_from_double(d);
}

/* sys.getsizeof: the object's 24 (small) or 40 bytes, plus a big int's allocated limbs. */
static GpObject *int_sizeof(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a;
    (void)n;
    (void)k;
    if (INT_IS_SMALL(self))
        return int_from_i64((int64_t)sizeof(GpInt));
    return int_from_i64(
        (int64_t)(sizeof(GpBigInt) + (size_t)BIG_Z(self)->_mp_alloc * sizeof(mp_limb_t)));
}

static GpObject *int_as_integer_ratio(GpObject *self, GpObject *const *a, intptr_t n, GpObject *k) {
    (void)a;
    (void)n;
    (void)k;
    GpObject *num = int_exact(self);
    if (!num)
        return NULL;
    GpObject *r = tuple_pack(2, num, gp_interp->small_ints[1 - SMALL_INT_MIN]);
    gp_decref(num);
    return r;
}

/* round(x, -k) for k >= 1: x rounded to a multiple of 10**k, ties to even (CPython's
 * long_round: x - divmod_near(x, 10**k)[1]). */
static GpObject *round_to_power_of_ten(GpObject *x, uint64_t k) {
    IntView view;
    mpz_srcptr z = int_view(x, &view);
    /* |x| < 10**digits <= 10**(k-1) < 10**k / 2 when k > digits: the result is 0. */
    if (mpz_sgn(z) == 0 || k > mpz_sizeinbase(z, 10))
        return int_from_i64(0);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    GpObject *res = NULL;
    GpBigInt *b = big_alloc((uint64_t)(mpz_limbs(q) + mpz_limbs(p)));
    if (b) {
        mpz_mul(b->z, q, p);
        res = big_finish(b);
    }
    mpz_clears(p, q, r, NULL);
    return res;
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
    int sign = int_sign(nd);
    int64_t ndigits = INT_IS_SMALL(nd) ? INT_VALUE(nd) : INT64_MIN;
    gp_decref(nd);
    if (sign >= 0)
        return int_exact(self);
    if (ndigits == INT64_MIN) /* 10**k beyond any int that exists: the result is 0 */
        return int_from_i64(0);
    return round_to_power_of_ten(self, (uint64_t)-ndigits);
}

/* ---- to_bytes / from_bytes ---- */

/* 1 for "big", 0 for "little"; -1 with CPython's ValueError otherwise. */
static int byteorder_arg(GpObject *o) {
    if (!o)
        return 1;
    if (!STR_CHECK(o)) {
        err_format(&gp_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                   obj_type_name(o));
        return -1;
    }
    if (str_eq_cstr(o, "big"))
        return 1;
    if (str_eq_cstr(o, "little"))
        return 0;
    err_set_str(&gp_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static GpObject *int_to_bytes(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    GpObject *a[3] = {NULL};
    if (args_parse("to_bytes", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    intptr_t length = 1;
    if (a[0]) {
        length = obj_as_ssize(a[0]);
        if (length == -1 && err_occurred())
            return NULL;
    }
    int big = byteorder_arg(a[1]);
    if (big < 0)
        return NULL;
    int is_signed = a[2] ? obj_is_true(a[2]) : 0;
    if (is_signed < 0)
        return NULL;
    if (length < 0)
        return err_set_str(&gp_exc_ValueError, "length argument must be non-negative");
    int sign = int_sign(self);
    if (sign < 0 && !is_signed)
        return err_set_str(&gp_exc_OverflowError, "can't convert negative int to unsigned");
    /* the bits the value needs: |v| for unsigned, one more (the sign) for signed,
     * where -2**(n-1) needs only n */
    IntView view;
    mpz_srcptr z = int_view(self, &view);
    mpz_t u;
    mpz_init(u);
    if (sign < 0)
        mpz_com(u, z); /* -v-1 >= 0 */
    else
        mpz_set(u, z);
    /* (0 and -1 need no byte at all: CPython's (-1).to_bytes(0, signed=True) is b'') */
    uint64_t need = mpz_sgn(u) == 0 ? 0 : mpz_sizeinbase(u, 2) + (is_signed ? 1 : 0);
    if (need > (uint64_t)length * 8) {
        mpz_clear(u);
        return err_set_str(&gp_exc_OverflowError, "int too big to convert");
    }
    GpObject *r = bytes_alloc(length);
    if (!r) {
        mpz_clear(u);
        return NULL;
    }
    unsigned char *out = (unsigned char *)BYTES_DATA(r);
    memset(out, sign < 0 ? 0xFF : 0, (size_t)length);
    /* big-endian magnitude of v (or of ~v, complemented back, for negatives) */
    size_t count = 0;
    size_t nbytes = mpz_sgn(u) ? (mpz_sizeinbase(u, 2) + 7) / 8 : 0;
    if (mpz_sgn(u) != 0)
        mpz_export(out + length - nbytes, &count, 1, 1, 1, 0, u);
    if (sign < 0)
        for (size_t i = length - nbytes; i < (size_t)length; i++)
            out[i] = (unsigned char)~out[i];
    mpz_clear(u);
    if (!big)
        for (intptr_t i = 0, j = length - 1; i < j; i++, j--) {
            unsigned char t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
    return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False): a class method (self is the
 * type). */
static GpObject *from_bytes_value(GpObject *const *args, intptr_t nargs, GpObject *kwnames);

/* int.from_bytes, a class method: a subclass gets cls(value), as CPython. */
static GpObject *int_from_bytes(GpObject *cls, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    GpObject *r = from_bytes_value(args, nargs, kwnames);
    if (!r || !cls || cls == (GpObject *)&gp_type_int) return r;
    GpObject *sub = obj_call1(cls, r);
    gp_decref(r);
    return sub;
}

static GpObject *from_bytes_value(GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    GpObject *a[3] = {NULL};
    if (args_parse("from_bytes", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    int big = byteorder_arg(a[1]);
    if (big < 0)
        return NULL;
    int is_signed = a[2] ? obj_is_true(a[2]) : 0;
    if (is_signed < 0)
        return NULL;
    GpObject *b;
    if (BYTES_CHECK(a[0])) {
        b = gp_newref(a[0]);
    } else if (STR_CHECK(a[0]) || INT_CHECK(a[0]) || !GP_TYPE(a[0])->iter) {
        return err_format(&gp_exc_TypeError, "cannot convert '%s' object to bytes",
                          obj_type_name(a[0]));
    } else {
        b = obj_call1((GpObject *)&gp_type_bytes, a[0]); /* an iterable of ints 0..255 */
        if (!b)
            return NULL;
    }
    intptr_t n = BYTES_SIZE(b);
    const unsigned char *data = (const unsigned char *)BYTES_DATA(b);
    GpObject *r = NULL;
    GpBigInt *v = big_alloc((uint64_t)n / 8 + 1);
    if (v) {
        if (n > 0)
            mpz_import(v->z, (size_t)n, big ? 1 : -1, 1, 0, 0, data);
        if (is_signed && n > 0 && (data[big ? 0 : n - 1] & 0x80)) {
            /* two's complement: v - 2**(8n) */
            mpz_t p;
            mpz_init_set_ui(p, 1);
            mpz_mul_2exp(p, p, (mp_bitcnt_t)n * 8);
            mpz_sub(v->z, v->z, p);
            mpz_clear(p);
        }
        r = big_finish(v);
    }
    gp_decref(b);
    return r;
}

static GpMethodDef from_bytes_def = {"from_bytes", int_from_bytes, METH_KEYWORDS,
                                     "Return the integer represented by the given array of bytes."};

int int_init_type(void) {
    if (!gp_type_int.dict)
        return 0; /* not readied */
    return type_dict_add_cfunction(&gp_type_int, &from_bytes_def, 1);
}

static GpObject *int_divmod_method(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    (void)n;
    (void)k;
    return int_divmod(self, args[0]);
}

static GpObject *int_rdivmod_method(GpObject *self, GpObject *const *args, intptr_t n,
                                    GpObject *k) {
    (void)n;
    (void)k;
    return int_divmod(args[0], self);
}

static GpObject *int_format_method(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    (void)n;
    (void)k;
    if (!STR_CHECK(args[0]))
        return err_format(&gp_exc_TypeError, "__format__() argument must be str, not %s",
                          obj_type_name(args[0]));
    return int_format(self, args[0]);
}

GpMethodDef int_methods[] = {
    {"bit_length", int_bit_length_m, METH_NOARGS,
     "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, METH_NOARGS,
     "Number of ones in the binary representation of the absolute value of self."},
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
    {"__sizeof__", int_sizeof, METH_NOARGS, "Returns size in memory, in bytes."},
    {"__getnewargs__", int_getnewargs, METH_NOARGS, NULL},
    {"to_bytes", int_to_bytes, METH_KEYWORDS, "Return an array of bytes representing an integer."},
    {NULL, NULL, 0, NULL},
};

static GpObject *int_get_exact(GpObject *self) {
    return int_exact(self);
}
static GpObject *int_get_zero(GpObject *self) {
    (void)self;
    return int_from_i64(0);
}
static GpObject *int_get_one(GpObject *self) {
    (void)self;
    return int_from_i64(1);
}

GpGetSetDef int_getset[] = {
    {"real", int_get_exact, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_exact, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};
