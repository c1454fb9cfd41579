/* int.c — Python's int on the small representation: a 24-byte GpInt (header + int64_t)
 * from the int blocks, with Python's semantics for every operator.
 *
 * Invariants:
 * - A value is never INT64_MIN (that marks a big int, issue 4); a result outside
 *   [-2**63+1, 2**63-1] raises OverflowError (OVERFLOW_MSG) until big ints exist.
 * - Results in [-5, 256] are always the cached objects of gp_interp->small_ints, which are
 *   the first 262 ints allocated (int_init_small_cache) and are never freed before
 *   int_fini_small_cache.
 * - Binary slots take any two objects and return NotImplemented unless both are ints
 *   (bool included); results are exact ints (never bools, never an operand subclass).
 * Formatting, parsing and the int() constructor are in int_methods.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "errors.h"
#include "interp.h"
#include "mem/intblock.h"
#include "objects/bool.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/int_internal.h"
#include "objects/str.h"
#include "objects/tuple.h"

GpObject *int_overflow(void) { return err_set_str(&gp_exc_OverflowError, INT_OVERFLOW_MSG); }

/* ---- Creation and the small-int cache ---- */

GpObject *int_from_i64(int64_t v) {
    uint64_t k = (uint64_t)v - (uint64_t)SMALL_INT_MIN;
    if (k < SMALL_INT_COUNT)
        return gp_newref(gp_interp->small_ints[k]);
    if (v == INT64_MIN)
        return int_overflow();
    GpObject *o = intblock_alloc_int(&gp_type_int);
    if (!o)
        return NULL;
    ((GpInt *)o)->value = v;
    return o;
}

int int_init_small_cache(void) {
#ifdef GP_DEBUG
    if (intblock_live_ints() != 0) {
        fprintf(stderr, "glasspy: fatal: ints allocated before the small-int cache\n");
        abort();
    }
#endif
    for (int64_t v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
        GpObject *o = intblock_alloc_int(&gp_type_int);
        if (!o)
            return -1;
        ((GpInt *)o)->value = v;
        gp_interp->small_ints[v - SMALL_INT_MIN] = o;
    }
    return 0;
}

void int_fini_small_cache(void) {
    for (int i = 0; i < SMALL_INT_COUNT; i++) {
        GpObject *o = gp_interp->small_ints[i];
        if (o) {
            gp_interp->small_ints[i] = NULL;
            gp_decref(o);
        }
    }
}

static void int_dealloc(GpObject *o) {
    int64_t v = INT_VALUE(o);
    uint64_t k = (uint64_t)v - (uint64_t)SMALL_INT_MIN;
    if (k < SMALL_INT_COUNT && gp_interp->small_ints[k] == o) {
#ifdef GP_DEBUG
        fprintf(stderr, "glasspy: fatal: deallocating the cached small int %lld\n", (long long)v);
        abort();
#else
        o->refcnt = (intptr_t)1 << 40;
        return;
#endif
    }
    if (GP_TYPE(o) == &gp_type_int)
        intblock_free_int(o);
    else
        obj_free(o);
}

GpObject *int_exact(GpObject *o) {
    if (INT_CHECK_EXACT(o))
        return gp_newref(o);
    return int_from_i64(INT_VALUE(o));
}

int int_to_i64(GpObject *o, int64_t *out) {
    *out = INT_VALUE(o);
    return 0;
}

int int_to_double(GpObject *o, double *out) {
    *out = (double)INT_VALUE(o);
    return 0;
}

/* ---- Arithmetic ---- */

#define BOTH_INTS(a, b) (INT_CHECK(a) && INT_CHECK(b))
#define NOT_IMPL() gp_newref(GP_NOTIMPL)

static GpObject *checked(bool overflow, int64_t r) {
    if (overflow || r == INT64_MIN)
        return int_overflow();
    return int_from_i64(r);
}

GpObject *int_add(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int64_t r;
    bool o = __builtin_add_overflow(INT_VALUE(a), INT_VALUE(b), &r);
    return checked(o, r);
}

GpObject *int_sub(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int64_t r;
    bool o = __builtin_sub_overflow(INT_VALUE(a), INT_VALUE(b), &r);
    return checked(o, r);
}

GpObject *int_mul(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int64_t r;
    bool o = __builtin_mul_overflow(INT_VALUE(a), INT_VALUE(b), &r);
    return checked(o, r);
}

static int64_t floor_div(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0)))
        q--;
    return q;
}

static int64_t floor_mod(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;
    return r;
}

GpObject *int_floordiv(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    if (INT_VALUE(b) == 0)
        return err_set_str(&gp_exc_ZeroDivisionError, "integer division or modulo by zero");
    return int_from_i64(floor_div(INT_VALUE(a), INT_VALUE(b)));
}

GpObject *int_mod(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    if (INT_VALUE(b) == 0)
        return err_set_str(&gp_exc_ZeroDivisionError, "integer modulo by zero");
    return int_from_i64(floor_mod(INT_VALUE(a), INT_VALUE(b)));
}

GpObject *int_divmod(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int64_t x = INT_VALUE(a), y = INT_VALUE(b);
    if (y == 0)
        return err_set_str(&gp_exc_ZeroDivisionError, "integer division or modulo by zero");
    GpObject *q = int_from_i64(floor_div(x, y));
    if (!q)
        return NULL;
    GpObject *r = int_from_i64(floor_mod(x, y));
    if (!r) {
        gp_decref(q);
        return NULL;
    }
    GpObject *t = tuple_pack(2, q, r);
    gp_decref(q);
    gp_decref(r);
    return t;
}

/* n / d for n, d > 0, correctly rounded: a quotient of at least 55 bits with a sticky bit
 * for the remainder, converted once (the conversion rounds to nearest even). */
static double udiv_rounded(uint64_t n, uint64_t d) {
    int ln = 64 - __builtin_clzll(n), ld = 64 - __builtin_clzll(d);
    int k = 56 - ln + ld;  /* n * 2**k / d lies in [2**55, 2**57) */
    uint64_t q;
    bool sticky;
    if (k >= 0) {
        unsigned __int128 nn = (unsigned __int128)n << k;
        q = (uint64_t)(nn / d);
        sticky = nn % d != 0;
    } else {
        uint64_t nn = n >> -k;
        sticky = (n & (((uint64_t)1 << -k) - 1)) != 0;
        q = nn / d;
        sticky = sticky || nn % d != 0;
    }
    return ldexp((double)(q | (uint64_t)sticky), -k);
}

GpObject *int_truediv(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int64_t x = INT_VALUE(a), y = INT_VALUE(b);
    if (y == 0)
        return err_set_str(&gp_exc_ZeroDivisionError, "division by zero");
    const int64_t lim = (int64_t)1 << 53;
    if (x >= -lim && x <= lim && y >= -lim && y <= lim)
        return float_from_double((double)x / (double)y);
    if (x == 0)
        return float_from_double(y < 0 ? -0.0 : 0.0);
    uint64_t n = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    uint64_t d = y < 0 ? (uint64_t)0 - (uint64_t)y : (uint64_t)y;
    double r = udiv_rounded(n, d);
    return float_from_double((x < 0) != (y < 0) ? -r : r);
}

static GpObject *int_pow(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int64_t x = INT_VALUE(a), e = INT_VALUE(b);
    if (e < 0) {
        double r;
        if (float_pow_double((double)x, (double)e, &r) < 0)
            return NULL;
        return float_from_double(r);
    }
    if (x == 0)
        return int_from_i64(e == 0);
    if (x == 1)
        return int_from_i64(1);
    if (x == -1)
        return int_from_i64((e & 1) ? -1 : 1);
    int64_t result = 1, base = x;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(result, base, &result))
            return int_overflow();
        e >>= 1;
        if (!e)
            break;
        if (__builtin_mul_overflow(base, base, &base))
            return int_overflow();
    }
    return checked(false, result);
}

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) {
    return (uint64_t)((unsigned __int128)a * b % m);
}

static GpObject *int_power3(GpObject *a, GpObject *b, GpObject *m) {
    if (!INT_CHECK(a) || !INT_CHECK(b) || !INT_CHECK(m))
        return NOT_IMPL();
    int64_t x = INT_VALUE(a), e = INT_VALUE(b), mv = INT_VALUE(m);
    if (mv == 0)
        return err_set_str(&gp_exc_ValueError, "pow() 3rd argument cannot be 0");
    uint64_t mod = mv < 0 ? (uint64_t)0 - (uint64_t)mv : (uint64_t)mv;
    /* base reduced into [0, mod) */
    uint64_t base = x < 0 ? (mod - ((uint64_t)0 - (uint64_t)x) % mod) % mod : (uint64_t)x % mod;
    if (e < 0) {
        /* modular inverse by the extended Euclidean algorithm */
        __int128 r0 = (__int128)mod, r1 = (__int128)base, t0 = 0, t1 = 1;
        while (r1 != 0) {
            __int128 q = r0 / r1, tmp = r0 - q * r1;
            r0 = r1;
            r1 = tmp;
            tmp = t0 - q * t1;
            t0 = t1;
            t1 = tmp;
        }
        if (r0 != 1)
            return err_set_str(&gp_exc_ValueError, "base is not invertible for the given modulus");
        if (t0 < 0)
            t0 += (__int128)mod;
        base = (uint64_t)t0;
        e = -e;
    }
    uint64_t result = 1 % mod;
    uint64_t ue = (uint64_t)e;
    while (ue) {
        if (ue & 1)
            result = mulmod(result, base, mod);
        ue >>= 1;
        if (ue)
            base = mulmod(base, base, mod);
    }
    int64_t r = (int64_t)result;
    if (mv < 0 && r != 0)
        r -= (int64_t)mod;
    return int_from_i64(r);
}

static GpObject *negative_shift(void) {
    return err_set_str(&gp_exc_ValueError, "negative shift count");
}

static GpObject *int_lshift(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int64_t x = INT_VALUE(a), y = INT_VALUE(b);
    if (y < 0)
        return negative_shift();
    if (x == 0)
        return int_from_i64(0);
    if (y >= 63 || x > (INT64_MAX >> y) || x < -(INT64_MAX >> y))
        return int_overflow();
    return int_from_i64((int64_t)((uint64_t)x << y));
}

static GpObject *int_rshift(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int64_t x = INT_VALUE(a), y = INT_VALUE(b);
    if (y < 0)
        return negative_shift();
    if (y >= 63)
        return int_from_i64(x < 0 ? -1 : 0);
    return int_from_i64(x >> y);
}

static GpObject *int_and(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    return int_from_i64(INT_VALUE(a) & INT_VALUE(b));
}

static GpObject *int_or(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    return int_from_i64(INT_VALUE(a) | INT_VALUE(b));
}

static GpObject *int_xor(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    return int_from_i64(INT_VALUE(a) ^ INT_VALUE(b));
}

static GpObject *int_neg(GpObject *o) { return int_from_i64(-INT_VALUE(o)); }
static GpObject *int_pos(GpObject *o) { return int_exact(o); }
static GpObject *int_abs(GpObject *o) {
    int64_t v = INT_VALUE(o);
    return int_from_i64(v < 0 ? -v : v);
}
static GpObject *int_invert(GpObject *o) { return checked(false, ~INT_VALUE(o)); }
static int int_bool(GpObject *o) { return INT_VALUE(o) != 0; }

static GpObject *int_to_float_slot(GpObject *o) { return float_from_double((double)INT_VALUE(o)); }

/* ---- Comparison and hashing ---- */

int int_compare(GpObject *a, GpObject *b) {
    int64_t x = INT_VALUE(a), y = INT_VALUE(b);
    return x < y ? -1 : x > y;
}

GpObject *int_cmp_result(int c, int op) {
    bool r;
    switch (op) {
    case CMP_OP_LT: r = c < 0; break;
    case CMP_OP_LE: r = c <= 0; break;
    case CMP_OP_EQ: r = c == 0; break;
    case CMP_OP_NE: r = c != 0; break;
    case CMP_OP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return gp_bool(r);
}

static GpObject *int_richcompare(GpObject *a, GpObject *b, int op) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    return int_cmp_result(int_compare(a, b), op);
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t int_hash(GpObject *o) {
    int64_t v = INT_VALUE(o);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(m % HASH_MODULUS);
    if (v < 0)
        h = -h;
    return h == -1 ? -2 : h;
}

/* ---- repr ---- */

/* Writes v in decimal ending at end (exclusive); returns the start. */
char *int_format_decimal(int64_t v, char *end) {
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = end;
    do {
        *--p = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (v < 0)
        *--p = '-';
    return p;
}

GpObject *int_to_decimal_str(GpObject *o) {
    char buf[24];
    char *p = int_format_decimal(INT_VALUE(o), buf + sizeof buf);
    return str_from_utf8(p, buf + sizeof buf - p);
}

static GpObject *int_repr(GpObject *o) { return int_to_decimal_str(o); }

GpType gp_type_int = {
    GP_TYPE_HEAD,
    .name = "int",
    .basicsize = sizeof(GpInt),
    .flags = TPFLAG_BASETYPE | TPFLAG_INT_SUBCLASS,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .new_ = int_new,
    .binop = {
        [NB_ADD] = int_add, [NB_SUBTRACT] = int_sub, [NB_MULTIPLY] = int_mul,
        [NB_FLOOR_DIVIDE] = int_floordiv, [NB_REMAINDER] = int_mod,
        [NB_TRUE_DIVIDE] = int_truediv, [NB_POWER] = int_pow, [NB_LSHIFT] = int_lshift,
        [NB_RSHIFT] = int_rshift, [NB_AND] = int_and, [NB_OR] = int_or, [NB_XOR] = int_xor,
    },
    .power3 = int_power3,
    .neg = int_neg,
    .pos = int_pos,
    .invert = int_invert,
    .abs = int_abs,
    .bool_ = int_bool,
    .index = int_pos,
    .to_int = int_pos,
    .to_float = int_to_float_slot,
    .format = int_format,
    .methods = int_methods,
    .getset = int_getset,
};
