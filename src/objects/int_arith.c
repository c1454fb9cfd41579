/* int_arith.c — int's operators with Python's semantics: + - * // % divmod / ** pow(a, b, m)
 * << >> & | ^ and unary - ~ abs, on both representations.
 *
 * Invariants:
 * - Each operator tries the small representation first (the compiler's overflow builtins);
 *   on overflow, or when an operand is big, it runs on GMP through read-only views of the
 *   operands (int_view) into a result sized before GMP is called (big_alloc), which
 *   big_finish makes canonical. So a result that fits is always small.
 * - Sizes that cannot be allocated raise MemoryError before GMP runs; CPython's
 *   OverflowErrors ("too many digits in integer", "int too large to convert to float")
 *   and ValueErrors are raised where CPython raises them.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/int_internal.h"
#include "objects/tuple.h"

#define BOTH_INTS(a, b) (INT_CHECK(a) && INT_CHECK(b))
#define BOTH_SMALL(a, b) (INT_IS_SMALL(a) && INT_IS_SMALL(b))
#define NOT_IMPL() gp_newref(GP_NOTIMPL)

static uint64_t umax(uint64_t a, uint64_t b) {
    return a > b ? a : b;
}

/* The two operands as mpz views: declares za, zb. */
#define VIEWS(a, b)                                                                                \
    IntView va_, vb_;                                                                              \
    mpz_srcptr za = int_view(a, &va_), zb = int_view(b, &vb_)

/* ---- + - * ---- */

/* r = x + y for x, y of the same sign, neither zero (sub: y's sign taken as flipped). */
static void big_add_same_sign(mpz_ptr r, mpz_srcptr x, mpz_srcptr y) {
    int neg = x->_mp_size < 0;
    mp_size_t nx = mpz_limbs(x), ny = mpz_limbs(y);
    if (nx < ny) {
        mpz_srcptr t = x;
        x = y, y = t;
        mp_size_t tn = nx;
        nx = ny, ny = tn;
    }
    mp_ptr rd = r->_mp_d;
    const mp_limb_t *xd = x->_mp_d, *yd = y->_mp_d;
    mp_limb_t c = kern_add_n(rd, xd, yd, ny);
    for (mp_size_t i = ny; i < nx; i++) {
        mp_limb_t s = xd[i] + c;
        c = s < c;
        rd[i] = s;
    }
    rd[nx] = c;
    mp_size_t n = nx + (mp_size_t)c;
    r->_mp_size = neg ? -(int)n : (int)n;
}

GpObject *int_add(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    if (BOTH_SMALL(a, b)) {
        int64_t r;
        if (!__builtin_add_overflow(INT_VALUE(a), INT_VALUE(b), &r))
            return int_from_i64(r);
        return int_from_i128((__int128)INT_VALUE(a) + INT_VALUE(b));
    }
    VIEWS(a, b);
    GpBigInt *r = big_alloc(umax(mpz_limbs(za), mpz_limbs(zb)) + 1);
    if (!r)
        return NULL;
    if (za->_mp_size && zb->_mp_size && (za->_mp_size < 0) == (zb->_mp_size < 0))
        big_add_same_sign(r->z, za, zb);
    else
        mpz_add(r->z, za, zb);
    return big_finish(r);
}

GpObject *int_sub(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    if (BOTH_SMALL(a, b)) {
        int64_t r;
        if (!__builtin_sub_overflow(INT_VALUE(a), INT_VALUE(b), &r))
            return int_from_i64(r);
        return int_from_i128((__int128)INT_VALUE(a) - INT_VALUE(b));
    }
    VIEWS(a, b);
    GpBigInt *r = big_alloc(umax(mpz_limbs(za), mpz_limbs(zb)) + 1);
    if (!r)
        return NULL;
    if (za->_mp_size && zb->_mp_size && (za->_mp_size < 0) != (zb->_mp_size < 0))
        big_add_same_sign(r->z, za, zb); /* the sign is za's */
    else
        mpz_sub(r->z, za, zb);
    return big_finish(r);
}

GpObject *int_mul(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    if (BOTH_SMALL(a, b)) {
        int64_t r;
        if (!__builtin_mul_overflow(INT_VALUE(a), INT_VALUE(b), &r))
            return int_from_i64(r);
        return int_from_i128((__int128)INT_VALUE(a) * INT_VALUE(b));
    }
    VIEWS(a, b);
    uint64_t na = (uint64_t)mpz_limbs(za), nb = (uint64_t)mpz_limbs(zb);
    if (!na || !nb)
        return int_from_i64(0);
    GpBigInt *r = big_alloc(na + nb);
    if (!r)
        return NULL;
    if (na == 1 || nb == 1) {
        /* big * one limb: the most common product (r *= i) */
        mpz_srcptr big = na == 1 ? zb : za;
        mp_limb_t v = (na == 1 ? za : zb)->_mp_d[0];
        mp_size_t n = (mp_size_t)mpz_limbs(big);
        mp_limb_t cy = kern_mul_1(r->z->_mp_d, big->_mp_d, n, v);
        r->z->_mp_d[n] = cy;
        int size = (int)n + (cy != 0);
        r->z->_mp_size = (za->_mp_size < 0) != (zb->_mp_size < 0) ? -size : size;
    } else {
        mpz_mul(r->z, za, zb);
    }
    return big_finish(r);
}

/* ---- // % divmod ---- */

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

static GpObject *zero_division(const char *msg) {
    return err_set_str(&gp_exc_ZeroDivisionError, msg);
}

/* CPython's a % b (and divmod's remainder) returns a itself when its long division sees
 * |a| < |b| from the number of 30-bit digits and the top digit alone, and the signs agree
 * (a remainder of a different sign is adjusted into a new object); both operands of one
 * digit take a fast path that makes a new object. Identity is observable (`is`), so glasspy
 * follows the same rule. */
static bool mod_is_self(GpObject *a, GpObject *b) {
    int sa = int_sign(a), sb = int_sign(b);
    if (sa != 0 && sa != sb)
        return false;
    uint64_t abits = int_bit_length(a), bbits = int_bit_length(b);
    uint64_t na = (abits + 29) / 30, nb = (bbits + 29) / 30;
    if (na <= 1 && nb <= 1)
        return false;
    if (na != nb)
        return na < nb;
    IntView va, vb;
    uint64_t shift = 30 * (na - 1);
    uint64_t ta = mpz_bits_at(int_view(a, &va), shift), tb = mpz_bits_at(int_view(b, &vb), shift);
    return ta < tb;
}

/* Floor division of n by d when it is cheap to do in one pass: both positive, d of two
 * limbs or more, and a quotient below 2**64. The quotient is estimated from the top 128
 * bits of n and 64 of d (it is off by a few at most), then r = n - q*d is computed with one
 * submul pass and corrected. Returns 1 (*q and *r set, r canonical), 0 when the case does
 * not apply, -1 with MemoryError. */
static int div_small_quotient(mpz_srcptr n, mpz_srcptr d, uint64_t *q, GpObject **r) {
    mp_size_t nn = n->_mp_size, dn = d->_mp_size;
    if (dn < 2 || nn < dn)
        return 0;
    uint64_t nbits = mpz_sizeinbase(n, 2), dbits = mpz_sizeinbase(d, 2);
    if (nbits < dbits || nbits - dbits > 63)
        return 0;
    uint64_t shift = dbits - 64;
    uint64_t dt = mpz_bits_at(d, shift); /* top bit set */
    unsigned __int128 nt =
        ((unsigned __int128)mpz_bits_at(n, shift + 64) << 64) | mpz_bits_at(n, shift);
    unsigned __int128 qe = nt / dt;
    uint64_t qv = qe > UINT64_MAX ? UINT64_MAX : (uint64_t)qe;
    GpBigInt *rb = big_alloc((uint64_t)nn);
    if (!rb)
        return -1;
    mp_ptr rp = rb->z->_mp_d;
    mp_limb_t borrow = kern_submul_1_to(rp, n->_mp_d, d->_mp_d, dn, qv);
    if (nn > dn) {
        memcpy(rp + dn, n->_mp_d + dn, (size_t)(nn - dn) * sizeof(mp_limb_t));
        borrow = mpn_sub_1(rp + dn, rp + dn, nn - dn, borrow);
    }
    /* value = r - borrow * 2**(64 nn): too big an estimate leaves it negative */
    while (borrow) {
        mp_limb_t c = mpn_add_n(rp, rp, d->_mp_d, dn);
        if (nn > dn)
            c = mpn_add_1(rp + dn, rp + dn, nn - dn, c);
        if (c)
            borrow = 0;
        qv--;
    }
    mp_size_t size = nn;
    while (size > 0 && rp[size - 1] == 0)
        size--;
    while (size > dn || (size == dn && mpn_cmp(rp, d->_mp_d, dn) >= 0)) {
        mpn_sub(rp, rp, size, d->_mp_d, dn);
        qv++;
        while (size > 0 && rp[size - 1] == 0)
            size--;
    }
    rb->z->_mp_size = (int)size;
    *q = qv;
    *r = big_finish(rb);
    return *r ? 1 : -1;
}

/* Limbs of the floor quotient and remainder of |a| by |b| (b != 0), with room for the
 * adjustment floor rounding makes. */
static uint64_t quot_limbs(mpz_srcptr a, mpz_srcptr b) {
    intptr_t na = mpz_limbs(a), nb = mpz_limbs(b);
    return na >= nb ? (uint64_t)(na - nb) + 2 : 1;
}
static uint64_t rem_limbs(mpz_srcptr b) {
    return (uint64_t)mpz_limbs(b) + 1;
}

GpObject *int_floordiv(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    if (BOTH_SMALL(a, b)) {
        if (INT_VALUE(b) == 0)
            return zero_division("integer division or modulo by zero");
        return int_from_i64(floor_div(INT_VALUE(a), INT_VALUE(b)));
    }
    VIEWS(a, b);
    if (mpz_sgn(zb) == 0)
        return zero_division("integer division or modulo by zero");
    uint64_t q;
    GpObject *rem;
    int fast = div_small_quotient(za, zb, &q, &rem);
    if (fast) {
        if (fast < 0)
            return NULL;
        gp_decref(rem);
        return int_from_u64(q);
    }
    GpBigInt *r = big_alloc(quot_limbs(za, zb));
    if (!r)
        return NULL;
    mpz_fdiv_q(r->z, za, zb);
    return big_finish(r);
}

GpObject *int_mod(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    if (BOTH_SMALL(a, b)) {
        int64_t x = INT_VALUE(a), y = INT_VALUE(b);
        if (y == 0)
            return zero_division("integer modulo by zero");
        const int64_t digit = (int64_t)1 << 30;
        if (x > -digit && x < digit && y > -digit && y < digit)
            return int_from_i64(floor_mod(x, y)); /* one digit each in CPython */
        if (mod_is_self(a, b))
            return int_exact(a);
        return int_from_i64(floor_mod(x, y));
    }
    VIEWS(a, b);
    if (mpz_sgn(zb) == 0)
        return zero_division("integer modulo by zero");
    if (mod_is_self(a, b))
        return int_exact(a);
    uint64_t q;
    GpObject *rem;
    int fast = div_small_quotient(za, zb, &q, &rem);
    if (fast)
        return fast < 0 ? NULL : rem;
    GpBigInt *r = big_alloc(rem_limbs(zb));
    if (!r)
        return NULL;
    mpz_fdiv_r(r->z, za, zb);
    return big_finish(r);
}

/* Steals q and r (either may be NULL after a failure). */
static GpObject *pair_steal(GpObject *q, GpObject *r) {
    GpObject *t = q && r ? tuple_pack(2, q, r) : NULL;
    gp_xdecref(q);
    gp_xdecref(r);
    return t;
}

GpObject *int_divmod(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    if (BOTH_SMALL(a, b)) {
        int64_t x = INT_VALUE(a), y = INT_VALUE(b);
        if (y == 0)
            return zero_division("integer division or modulo by zero");
        GpObject *q = int_from_i64(floor_div(x, y));
        GpObject *r = NULL;
        if (q)
            r = mod_is_self(a, b) ? int_exact(a) : int_from_i64(floor_mod(x, y));
        return pair_steal(q, r);
    }
    VIEWS(a, b);
    if (mpz_sgn(zb) == 0)
        return zero_division("integer division or modulo by zero");
    if (mod_is_self(a, b)) {
        GpObject *zero = int_from_i64(0);
        return pair_steal(zero, zero ? int_exact(a) : NULL);
    }
    uint64_t qv;
    GpObject *rem;
    int fast = div_small_quotient(za, zb, &qv, &rem);
    if (fast) {
        if (fast < 0)
            return NULL;
        return pair_steal(int_from_u64(qv), rem);
    }
    GpBigInt *q = big_alloc(quot_limbs(za, zb));
    if (!q)
        return NULL;
    GpBigInt *r = big_alloc(rem_limbs(zb));
    if (!r) {
        gp_decref((GpObject *)q);
        return NULL;
    }
    mpz_fdiv_qr(q->z, r->z, za, zb);
    GpObject *qo = big_finish(q);
    if (!qo) {
        gp_decref((GpObject *)r);
        return NULL;
    }
    return pair_steal(qo, big_finish(r));
}

/* ---- / ---- */

/* n / d for n, d > 0, correctly rounded: a quotient of at least 55 bits with a sticky bit
 * for the remainder, converted once (the conversion rounds to nearest even). */
static double udiv_rounded(uint64_t n, uint64_t d) {
    int ln = 64 - __builtin_clzll(n), ld = 64 - __builtin_clzll(d);
    int k = 56 - ln + ld; /* n * 2**k / d lies in [2**55, 2**57) */
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

static GpObject *truediv_overflow(void) {
    return err_set_str(&gp_exc_OverflowError, "integer division result too large for a float");
}

/* a / b on GMP values, b != 0: CPython's long_true_divide (correct rounding, including
 * into the subnormal range). */
static GpObject *mpz_truediv(mpz_srcptr a, mpz_srcptr b) {
    bool negate = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0)
        return float_from_double(negate ? -0.0 : 0.0);
    int64_t abits = (int64_t)mpz_sizeinbase(a, 2), bbits = (int64_t)mpz_sizeinbase(b, 2);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
        double r = mpz_get_d(a) / mpz_get_d(b); /* both exact: one rounding */
        return float_from_double(r);
    }
    int64_t diff = abits - bbits;
    if (diff > DBL_MAX_EXP)
        return truediv_overflow();
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return float_from_double(negate ? -0.0 : 0.0);
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    /* x = |a| * 2**-shift // |b|, inexact if anything was dropped */
    uint64_t na = (uint64_t)mpz_limbs(a);
    uint64_t xl = shift <= 0 ? na + (uint64_t)(-shift) / 64 + 2 : na + 1;
    if (big_check_limbs(xl) < 0)
        return NULL;
    mpz_t x, rem;
    mpz_init2(x, (mp_bitcnt_t)xl * 64);
    mpz_init(rem);
    bool inexact = false;
    mpz_abs(x, a);
    if (shift <= 0) {
        mpz_mul_2exp(x, x, (mp_bitcnt_t)-shift);
    } else {
        inexact = mpz_scan1(x, 0) < (mp_bitcnt_t)shift;
        mpz_tdiv_q_2exp(x, x, (mp_bitcnt_t)shift);
    }
    __mpz_struct babs = *b;
    babs._mp_size = babs._mp_size < 0 ? -babs._mp_size : babs._mp_size;
    mpz_tdiv_qr(x, rem, x, &babs);
    if (mpz_sgn(rem) != 0)
        inexact = true;
    /* x has DBL_MANT_DIG + 1 or + 2 significant bits (fewer when subnormal): it fits. */
    uint64_t xv = mpz_get_ui(x);
    mpz_clear(x);
    mpz_clear(rem);
    int x_bits = 64 - __builtin_clzll(xv);
    int64_t lim = DBL_MIN_EXP - shift;
    int extra = (int)((x_bits > lim ? x_bits : lim) - DBL_MANT_DIG); /* 2 or 3 */
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = xv | (uint64_t)inexact;
    if ((low & mask) && (low & (3 * mask - 1)))
        low += mask;
    low &= ~(2 * mask - 1);
    double dx = (double)low; /* exact */
    if (shift + x_bits >= DBL_MAX_EXP && (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, x_bits)))
        return truediv_overflow();
    double r = ldexp(dx, (int)shift);
    return float_from_double(negate ? -r : r);
}

GpObject *int_truediv(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    if (BOTH_SMALL(a, b)) {
        int64_t x = INT_VALUE(a), y = INT_VALUE(b);
        if (y == 0)
            return zero_division("division by zero");
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
    VIEWS(a, b);
    if (mpz_sgn(zb) == 0)
        return zero_division("division by zero");
    return mpz_truediv(za, zb);
}

/* ---- ** and pow(a, b, m) ---- */

/* a ** b for b < 0: float power, as CPython (both converted to float first). */
static GpObject *pow_negative(GpObject *a, GpObject *b) {
    double x, y, r;
    if (int_to_double(a, &x) < 0 || int_to_double(b, &y) < 0)
        return NULL;
    if (float_pow_double(x, y, &r) < 0)
        return NULL;
    return float_from_double(r);
}

GpObject *int_pow(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int sb = int_sign(b);
    if (sb < 0)
        return pow_negative(a, b);
    if (sb == 0)
        return int_from_i64(1);
    if (INT_IS_SMALL(a)) {
        int64_t x = INT_VALUE(a);
        if (x == 0 || x == 1)
            return int_from_i64(x);
        if (x == -1) {
            bool odd = INT_IS_SMALL(b) ? (INT_VALUE(b) & 1) : mpz_odd_p(BIG_Z(b));
            return int_from_i64(odd ? -1 : 1);
        }
    }
    if (!INT_IS_SMALL(b))
        return err_no_memory(); /* |a| >= 2: at least 2**63 bits */
    uint64_t e = (uint64_t)INT_VALUE(b);
    if (INT_IS_SMALL(a)) {
        int64_t result = 1, base = INT_VALUE(a);
        uint64_t k = e;
        for (;;) {
            if ((k & 1) && __builtin_mul_overflow(result, base, &result))
                goto big;
            k >>= 1;
            if (!k)
                return int_from_i64(result);
            if (__builtin_mul_overflow(base, base, &base))
                goto big;
        }
    }
big:;
    IntView va;
    mpz_srcptr za = int_view(a, &va);
    /* GMP sizes the result as bit_length(a) * e: allocate that (and make sure as much again
     * is there for its scratch space). */
    uint64_t abits = mpz_sizeinbase(za, 2);
    if (abits > UINT64_MAX / e)
        return err_no_memory();
    uint64_t limbs = limbs_for_bits(abits * e) + 4;
    if (limbs > UINT64_MAX / 3)
        return err_no_memory();
    if (big_check_limbs(limbs * 3) < 0)
        return NULL;
    GpBigInt *r = big_alloc(limbs);
    if (!r)
        return NULL;
    mpz_pow_ui(r->z, za, (unsigned long)e);
    return big_finish(r);
}

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) {
    return (uint64_t)((unsigned __int128)a * b % m);
}

/* pow(x, e, mv) on small values. */
static GpObject *small_power3(int64_t x, int64_t e, int64_t mv) {
    uint64_t mod = mv < 0 ? (uint64_t)0 - (uint64_t)mv : (uint64_t)mv;
    /* base reduced into [0, mod) */
    uint64_t base = x < 0 ? (mod - ((uint64_t)0 - (uint64_t)x) % mod) % mod : (uint64_t)x % mod;
    if (e < 0 && mod != 1) {
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
    }
    uint64_t result = 1 % mod;
    uint64_t ue = e < 0 ? (uint64_t)0 - (uint64_t)e : (uint64_t)e;
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

GpObject *int_power3(GpObject *a, GpObject *b, GpObject *m) {
    if (!INT_CHECK(a) || !INT_CHECK(b) || !INT_CHECK(m))
        return NOT_IMPL();
    int sm = int_sign(m);
    if (sm == 0)
        return err_set_str(&gp_exc_ValueError, "pow() 3rd argument cannot be 0");
    if (BOTH_SMALL(a, b) && INT_IS_SMALL(m))
        return small_power3(INT_VALUE(a), INT_VALUE(b), INT_VALUE(m));
    IntView va, vb, vm;
    mpz_srcptr za = int_view(a, &va), zb = int_view(b, &vb), zm = int_view(m, &vm);
    __mpz_struct mod = *zm; /* |m|, read-only */
    mod._mp_size = mpz_limbs(zm);
    if (mpz_cmp_ui(&mod, 1) == 0)
        return int_from_i64(0);
    uint64_t nm = (uint64_t)mod._mp_size;
    if (big_check_limbs(nm * 4) < 0)
        return NULL;
    GpBigInt *r = big_alloc(nm + 1);
    if (!r)
        return NULL;
    __mpz_struct e = *zb; /* |b|, read-only */
    e._mp_size = mpz_limbs(zb);
    if (mpz_sgn(zb) < 0) {
        mpz_t inv;
        mpz_init2(inv, (mp_bitcnt_t)(nm + 1) * 64);
        if (!mpz_invert(inv, za, &mod)) {
            mpz_clear(inv);
            gp_decref((GpObject *)r);
            return err_set_str(&gp_exc_ValueError, "base is not invertible for the given modulus");
        }
        mpz_powm(r->z, inv, &e, &mod);
        mpz_clear(inv);
    } else {
        mpz_powm(r->z, za, &e, &mod);
    }
    if (sm < 0 && mpz_sgn(r->z) != 0)
        mpz_sub(r->z, r->z, &mod);
    return big_finish(r);
}

/* ---- << >> ---- */

static GpObject *negative_shift(void) {
    return err_set_str(&gp_exc_ValueError, "negative shift count");
}

GpObject *int_lshift(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int sb = int_sign(b);
    if (sb < 0)
        return negative_shift();
    if (int_sign(a) == 0)
        return int_from_i64(0);
    if (!INT_IS_SMALL(b)) {
        /* CPython: past about 30 * 2**61 bits "too many digits", below a MemoryError. */
        if (mpz_sizeinbase(BIG_Z(b), 2) > 66 ||
            mpz_cmp_d(BIG_Z(b), 30.0 * 2305843009213693952.0) >= 0)
            return err_set_str(&gp_exc_OverflowError, "too many digits in integer");
        return err_no_memory();
    }
    int64_t y = INT_VALUE(b);
    if (INT_IS_SMALL(a)) {
        int64_t x = INT_VALUE(a);
        if (y < 63 && x <= (INT64_MAX >> y) && x >= -(INT64_MAX >> y))
            return int_from_i64((int64_t)((uint64_t)x << y));
    }
    IntView va;
    mpz_srcptr za = int_view(a, &va);
    uint64_t bits = mpz_sizeinbase(za, 2) + (uint64_t)y;
    GpBigInt *r = big_alloc(limbs_for_bits(bits) + 1);
    if (!r)
        return NULL;
    /* whole limbs of zeros, then the limbs of |a| shifted by the rest */
    mp_size_t n = (mp_size_t)mpz_limbs(za), q = (mp_size_t)(y / 64);
    unsigned s = (unsigned)(y % 64);
    mp_ptr d = r->z->_mp_d;
    memset(d, 0, (size_t)q * sizeof(mp_limb_t));
    mp_size_t size = q + n;
    if (s) {
        mp_limb_t out = kern_lshift(d + q, za->_mp_d, n, s);
        d[size] = out;
        size += out != 0;
    } else {
        memcpy(d + q, za->_mp_d, (size_t)n * sizeof(mp_limb_t));
    }
    r->z->_mp_size = za->_mp_size < 0 ? -(int)size : (int)size;
    return big_finish(r);
}

GpObject *int_rshift(GpObject *a, GpObject *b) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    int sb = int_sign(b);
    if (sb < 0)
        return negative_shift();
    int sa = int_sign(a);
    if (!INT_IS_SMALL(b))
        return int_from_i64(sa < 0 ? -1 : 0);
    int64_t y = INT_VALUE(b);
    if (INT_IS_SMALL(a))
        return int_from_i64(y >= 63 ? (sa < 0 ? -1 : 0) : INT_VALUE(a) >> y);
    mpz_srcptr za = BIG_Z(a);
    uint64_t bits = mpz_sizeinbase(za, 2);
    if ((uint64_t)y >= bits)
        return int_from_i64(sa < 0 ? -1 : 0);
    GpBigInt *r = big_alloc(limbs_for_bits(bits - (uint64_t)y) + 1);
    if (!r)
        return NULL;
    mpz_fdiv_q_2exp(r->z, za, (mp_bitcnt_t)y); /* floor: Python's >> on negatives */
    return big_finish(r);
}

/* ---- & | ^ (two's complement, as GMP's mpz_and/ior/xor) ---- */

static GpObject *bitop(GpObject *a, GpObject *b, int op) {
    if (!BOTH_INTS(a, b))
        return NOT_IMPL();
    if (BOTH_SMALL(a, b)) {
        int64_t x = INT_VALUE(a), y = INT_VALUE(b);
        return int_from_i64(op == NB_AND ? (x & y) : op == NB_OR ? (x | y) : (x ^ y));
    }
    VIEWS(a, b);
    GpBigInt *r = big_alloc(umax(mpz_limbs(za), mpz_limbs(zb)) + 1);
    if (!r)
        return NULL;
    if (op == NB_AND)
        mpz_and(r->z, za, zb);
    else if (op == NB_OR)
        mpz_ior(r->z, za, zb);
    else
        mpz_xor(r->z, za, zb);
    return big_finish(r);
}

GpObject *int_and(GpObject *a, GpObject *b) {
    return bitop(a, b, NB_AND);
}
GpObject *int_or(GpObject *a, GpObject *b) {
    return bitop(a, b, NB_OR);
}
GpObject *int_xor(GpObject *a, GpObject *b) {
    return bitop(a, b, NB_XOR);
}

/* ---- unary - ~ abs ---- */

/* op: 0 negate, 1 absolute value, 2 invert. */
static GpObject *big_unary(GpObject *o, int op) {
    mpz_srcptr z = BIG_Z(o);
    GpBigInt *r = big_alloc((uint64_t)mpz_limbs(z) + 1);
    if (!r)
        return NULL;
    if (op == 0)
        mpz_neg(r->z, z);
    else if (op == 1)
        mpz_abs(r->z, z);
    else
        mpz_com(r->z, z);
    return big_finish(r);
}

GpObject *int_neg(GpObject *o) {
    if (INT_IS_SMALL(o))
        return int_from_i64(-INT_VALUE(o));
    return big_unary(o, 0);
}

GpObject *int_abs(GpObject *o) {
    if (INT_IS_SMALL(o)) {
        int64_t v = INT_VALUE(o);
        return int_from_i64(v < 0 ? -v : v);
    }
    return big_unary(o, 1);
}

GpObject *int_invert(GpObject *o) {
    if (INT_IS_SMALL(o))
        return int_from_i64(~INT_VALUE(o)); /* ~(2**63-1) is INT64_MIN: a big int */
    return big_unary(o, 2);
}
