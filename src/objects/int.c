/* int.c — Python's int: creation and the small-int cache, conversions, comparison,
 * hashing, str/repr and the type object. The operators are in int_arith.c, parsing,
 * formatting and the named methods in int_methods.c, GMP plumbing in int_big.c.
 *
 * Invariants (see int_internal.h for the layout):
 * - A small int's value is never INT64_MIN; every value in [-2**63+1, 2**63-1] is small.
 * - Results in [-5, 256] are always the cached objects of gp_interp->small_ints, which are
 *   the first 262 ints allocated (int_init_small_cache) and are never freed before
 *   int_fini_small_cache.
 * - Binary slots take any two objects and return NotImplemented unless both are ints
 *   (bool included); results are exact ints (never bools, never an operand subclass).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "mem/intblock.h"
#include "objects/bool.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/int_internal.h"
#include "objects/str.h"
#include "objects/tuple.h"

/* ---- Creation and the small-int cache ---- */

GpObject *int_from_i64(int64_t v) {
    uint64_t k = (uint64_t)v - (uint64_t)SMALL_INT_MIN;
    if (k < SMALL_INT_COUNT)
        return gp_newref(gp_interp->small_ints[k]);
    if (v == INT64_MIN)
        return int_from_i128(v);
    GpObject *o = intblock_alloc_int(&gp_type_int);
    if (!o)
        return NULL;
    ((GpInt *)o)->value = v;
    return o;
}

GpObject *int_from_double(double v) {
    double t = trunc(v);
    if (t > -9223372036854775808.0 && t < 9223372036854775808.0)
        return int_from_i64((int64_t)t);
    int e;
    frexp(t, &e); /* |t| < 2**e */
    GpBigInt *r = big_alloc(limbs_for_bits((uint64_t)e));
    if (!r)
        return NULL;
    mpz_set_d(r->z, t); /* exact: t is an integer */
    return big_finish(r);
}

int int_init_small_cache(void) {
#ifdef GP_DEBUG
    if (intblock_live_ints() != 0) {
        fprintf(stderr, "glasspy: fatal: ints allocated before the small-int cache\n");
        abort();
    }
#endif
    int_big_init();
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
    if (!INT_IS_SMALL(o)) {
        mpz_clear(BIG_Z(o));
        obj_free(o);
        return;
    }
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
    if (!INT_IS_SMALL(o))
        return int_from_mpz(BIG_Z(o));
    return int_from_i64(INT_VALUE(o));
}

/* ---- Conversions ---- */

int int_to_i64(GpObject *o, int64_t *out) {
    if (INT_IS_SMALL(o)) {
        *out = INT_VALUE(o);
        return 0;
    }
    mpz_srcptr z = BIG_Z(o);
    if (z->_mp_size == -1 && z->_mp_d[0] == (mp_limb_t)1 << 63) {
        *out = INT64_MIN;
        return 0;
    }
    err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C long");
    return -1;
}

int int_to_double(GpObject *o, double *out) {
    if (INT_IS_SMALL(o)) {
        *out = (double)INT_VALUE(o);
        return 0;
    }
    mpz_srcptr z = BIG_Z(o);
    if (mpz_to_double(z, out) < 0) {
        err_set_str(&gp_exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    if (z->_mp_size < 0)
        *out = -*out;
    return 0;
}

int int_compare_double(GpObject *i, double v) {
    if (INT_IS_SMALL(i)) {
        int64_t n = INT_VALUE(i);
        const int64_t lim = (int64_t)1 << 53;
        if (n >= -lim && n <= lim) {
            double d = (double)n;
            return d < v ? -1 : d > v;
        }
    }
    IntView view;
    int c = mpz_cmp_d(int_view(i, &view), v); /* exact, infinities included */
    return c < 0 ? -1 : c > 0;
}

int int_sign(GpObject *o) {
    if (INT_IS_SMALL(o)) {
        int64_t v = INT_VALUE(o);
        return v < 0 ? -1 : v > 0;
    }
    return mpz_sgn(BIG_Z(o));
}

uint64_t int_bit_length(GpObject *o) {
    if (INT_IS_SMALL(o)) {
        int64_t v = INT_VALUE(o);
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return m ? (uint64_t)(64 - __builtin_clzll(m)) : 0;
    }
    return mpz_sizeinbase(BIG_Z(o), 2);
}

/* ---- Unary slots ---- */

static GpObject *int_pos(GpObject *o) {
    return int_exact(o);
}
static int int_bool(GpObject *o) {
    return !INT_IS_SMALL(o) || INT_VALUE(o) != 0;
}
static GpObject *int_to_float_slot(GpObject *o) {
    double d;
    if (int_to_double(o, &d) < 0)
        return NULL;
    return float_from_double(d);
}

/* ---- Comparison and hashing ---- */

int int_compare(GpObject *a, GpObject *b) {
    bool sa = INT_IS_SMALL(a), sb = INT_IS_SMALL(b);
    if (sa && sb) {
        int64_t x = INT_VALUE(a), y = INT_VALUE(b);
        return x < y ? -1 : x > y;
    }
    /* Canonical form: a big int lies beyond every small one, on the side of its sign. */
    if (sa)
        return -mpz_sgn(BIG_Z(b));
    if (sb)
        return mpz_sgn(BIG_Z(a));
    int c = mpz_cmp(BIG_Z(a), BIG_Z(b));
    return c < 0 ? -1 : c > 0;
}

static GpObject *int_richcompare(GpObject *a, GpObject *b, int op) {
    if (!INT_CHECK(a) || !INT_CHECK(b))
        return gp_newref(GP_NOTIMPL);
    return obj_cmp_result(int_compare(a, b), op);
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t int_hash(GpObject *o) {
    int64_t h;
    if (INT_IS_SMALL(o)) {
        int64_t v = INT_VALUE(o);
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        h = (int64_t)(m % HASH_MODULUS);
        if (v < 0)
            h = -h;
    } else {
        mpz_srcptr z = BIG_Z(o);
        h = (int64_t)mpz_tdiv_ui(z, HASH_MODULUS); /* |z| mod 2**61-1 */
        if (z->_mp_size < 0)
            h = -h;
    }
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
    if (INT_IS_SMALL(o)) {
        char buf[24];
        char *p = int_format_decimal(INT_VALUE(o), buf + sizeof buf);
        return str_from_utf8(p, buf + sizeof buf - p);
    }
    intptr_t n;
    char *text = int_digits(o, 10, false, true, &n);
    if (!text)
        return NULL;
    GpObject *r = str_from_utf8(text, n);
    mem_free(text);
    return r;
}

static GpObject *int_repr(GpObject *o) {
    return int_to_decimal_str(o);
}

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
    .binop =
        {
            [NB_ADD] = int_add,
            [NB_SUBTRACT] = int_sub,
            [NB_MULTIPLY] = int_mul,
            [NB_FLOOR_DIVIDE] = int_floordiv,
            [NB_REMAINDER] = int_mod,
            [NB_TRUE_DIVIDE] = int_truediv,
            [NB_POWER] = int_pow,
            [NB_LSHIFT] = int_lshift,
            [NB_RSHIFT] = int_rshift,
            [NB_AND] = int_and,
            [NB_OR] = int_or,
            [NB_XOR] = int_xor,
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
