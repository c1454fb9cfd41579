/* math.c — the math module, as CPython 3.11's: float functions over the C library with
 * CPython's error rules, the exact float algorithms (fsum, hypot, dist), and the integer
 * functions (gcd, lcm, isqrt, factorial, comb, perm) on GMP.
 *
 * Invariants:
 * - Errors follow CPython's mathmodule: a NaN from non-NaN arguments is ValueError "math
 *   domain error"; an infinity from finite arguments is OverflowError "math range error"
 *   where the function can overflow, else ValueError (a singularity); underflow is not an
 *   error.
 * - Arguments become doubles through obj_as_double (ints correctly rounded, OverflowError
 *   "int too large to convert to float"), or ints through obj_index.
 * - fsum is Shewchuk's exact summation with CPython's final half-even step, so results
 *   and its "intermediate overflow" agree with CPython; hypot and dist are correctly
 *   rounded (computed exactly on GMP), which CPython's vector_norm nearly always is too.
 * - Integer results are sized before GMP runs, as everywhere (int_internal.h).
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "modules/math.h"

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/int_internal.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define UNUSED_SELF (void)self
#define PI 3.141592653589793238462643383279502884
#define E_CONST 2.718281828459045235360287471352662498

static GpObject *domain_error(void) {
    return err_set_str(&gp_exc_ValueError, "math domain error");
}
static GpObject *range_error(void) {
    return err_set_str(&gp_exc_OverflowError, "math range error");
}

/* CPython's is_error after errno was set: EDOM is a domain error, ERANGE an overflow unless
 * the result is tiny (underflow). Returns NULL with the exception, or the float r. */
static GpObject *float_result(double r, int err) {
    if (err == EDOM)
        return domain_error();
    if (err == ERANGE && fabs(r) >= 1.5)
        return range_error();
    return float_from_double(r);
}

/* ---- One-argument float functions (CPython's math_1) ---- */

static GpObject *math_1(GpObject *arg, double (*fn)(double), int can_overflow) {
    double x;
    if (obj_as_double(arg, &x) < 0)
        return NULL;
    double r = fn(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return float_from_double(r);
}

static double m_fabs(double x) {
    return fabs(x);
}

#define MATH_1(name, fn, can_overflow)                                                             \
    static GpObject *math_##name(GpObject *self, GpObject *const *args, intptr_t nargs,            \
                                 GpObject *kwnames) {                                              \
        UNUSED_SELF;                                                                               \
        (void)nargs;                                                                               \
        (void)kwnames;                                                                             \
        return math_1(args[0], fn, can_overflow);                                                  \
    }

MATH_1(acos, acos, 0)
MATH_1(acosh, acosh, 0)
MATH_1(asin, asin, 0)
MATH_1(asinh, asinh, 0)
MATH_1(atan, atan, 0)
MATH_1(atanh, atanh, 0)
MATH_1(cbrt, cbrt, 0)
MATH_1(cos, cos, 0)
MATH_1(cosh, cosh, 1)
MATH_1(erf, erf, 0)
MATH_1(erfc, erfc, 0)
MATH_1(exp, exp, 1)
MATH_1(exp2, exp2, 1)
MATH_1(expm1, expm1, 1)
MATH_1(fabs, m_fabs, 0)
MATH_1(log1p, log1p, 0)
MATH_1(sin, sin, 0)
MATH_1(sinh, sinh, 1)
MATH_1(sqrt, sqrt, 0)
MATH_1(tan, tan, 0)
MATH_1(tanh, tanh, 0)

/* ---- Two-argument float functions (CPython's math_2) ---- */

static int two_doubles(const char *name, GpObject *const *args, intptr_t nargs, double *x,
                       double *y) {
    if (args_check_count(name, nargs, 2, 2) < 0)
        return -1;
    if (obj_as_double(args[0], x) < 0 || obj_as_double(args[1], y) < 0)
        return -1;
    return 0;
}

static GpObject *math_2(double x, double y, double r) {
    int err = 0;
    if (isnan(r))
        err = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r))
        err = isfinite(x) && isfinite(y) ? ERANGE : 0;
    return float_result(r, err);
}

#define MATH_2(name, fn)                                                                           \
    static GpObject *math_##name(GpObject *self, GpObject *const *args, intptr_t nargs,            \
                                 GpObject *kwnames) {                                              \
        UNUSED_SELF;                                                                               \
        (void)kwnames;                                                                             \
        double x, y;                                                                               \
        if (two_doubles(#name, args, nargs, &x, &y) < 0)                                           \
            return NULL;                                                                           \
        return math_2(x, y, fn(x, y));                                                             \
    }

MATH_2(atan2, atan2)
MATH_2(copysign, copysign)
MATH_2(remainder, remainder)
MATH_2(nextafter, nextafter)

static GpObject *math_fmod(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_SELF;
    (void)kw;
    double x, y;
    if (two_doubles("fmod", args, nargs, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return float_from_double(x);
    double r = fmod(x, y);
    return float_result(r, isnan(r) && !isnan(x) && !isnan(y) ? EDOM : 0);
}

static GpObject *math_pow(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_SELF;
    (void)kw;
    double x, y, r;
    if (two_doubles("pow", args, nargs, &x, &y) < 0)
        return NULL;
    int err = 0;
    if (!isfinite(x) || !isfinite(y)) {
        /* IEEE specials directly, as CPython does */
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r))
            err = EDOM;
        else if (isinf(r))
            err = x == 0.0 ? EDOM : ERANGE;
    }
    return float_result(r, err);
}

/* ---- Logarithms (CPython's loghelper: ints of any size) ---- */

/* fn(o) for an int or a float-like o; big ints as m * 2**e. */
static int log_value(GpObject *o, double (*fn)(double), double *out) {
    if (INT_CHECK(o)) {
        if (int_sign(o) <= 0) {
            domain_error();
            return -1;
        }
        double x;
        if (int_to_double(o, &x) == 0) {
            *out = fn(x);
            return 0;
        }
        err_clear();
        /* |o| = m * 2**e with m in [0.5, 1), m correctly rounded (CPython's _PyLong_Frexp) */
        mpz_srcptr z = BIG_Z(o);
        uint64_t bits = mpz_sizeinbase(z, 2);
        mpz_t t;
        mpz_init(t);
        mpz_tdiv_q_2exp(t, z, bits - 55);
        uint64_t q = mpz_get_ui(t);
        mpz_clear(t);
        if (mpz_scan1(z, 0) < bits - 55)
            q |= 1;
        double m = ldexp((double)q, -55);
        if (m == 1.0) {
            m = 0.5;
            bits++;
        }
        *out = fn(m) + fn(2.0) * (double)bits;
        return 0;
    }
    double x;
    if (obj_as_double(o, &x) < 0)
        return -1;
    double r = fn(x);
    if ((isnan(r) && !isnan(x)) || (isinf(r) && isfinite(x))) {
        domain_error();
        return -1;
    }
    *out = r;
    return 0;
}

static GpObject *math_log(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_SELF;
    (void)kw;
    if (nargs < 1 || nargs > 2)
        return err_set_str(&gp_exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_value(args[0], log, &num) < 0)
        return NULL;
    if (nargs == 1)
        return float_from_double(num);
    if (log_value(args[1], log, &den) < 0)
        return NULL;
    if (den == 0.0)
        return err_set_str(&gp_exc_ZeroDivisionError, "float division by zero");
    return float_from_double(num / den);
}

static GpObject *log_1(GpObject *arg, double (*fn)(double)) {
    double r;
    if (log_value(arg, fn, &r) < 0)
        return NULL;
    return float_from_double(r);
}

static GpObject *math_log2(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    return log_1(args[0], log2);
}

static GpObject *math_log10(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    return log_1(args[0], log10);
}

/* ---- Rounding to ints ---- */

static GpObject *double_to_int(double v) {
    if (isnan(v))
        return err_set_str(&gp_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(v))
        return err_set_str(&gp_exc_OverflowError, "cannot convert float infinity to integer");
    return int_from_double(v);
}

/* Calls o.<name>() if o's type defines it: *found is 0 when it does not. */
static GpObject *call_special(GpObject *o, const char *name, int *found) {
    GpObject *s = str_intern_cstr(name);
    if (!s)
        return NULL;
    GpObject *meth = type_lookup(GP_TYPE(o), s);
    gp_decref(s);
    *found = meth != NULL;
    if (!meth)
        return NULL;
    return obj_call_method(o, name, NULL, 0);
}

static GpObject *round_to_int(GpObject *o, const char *name, double (*fn)(double)) {
    if (FLOAT_CHECK(o) && GP_TYPE(o) == &gp_type_float)
        return double_to_int(fn(FLOAT_VALUE(o)));
    if (INT_CHECK(o))
        return int_exact(o);
    int found;
    GpObject *r = call_special(o, name, &found);
    if (found || err_occurred())
        return r;
    double x;
    if (obj_as_double(o, &x) < 0)
        return NULL;
    return double_to_int(fn(x));
}

static GpObject *math_floor(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    return round_to_int(args[0], "__floor__", floor);
}

static GpObject *math_ceil(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    return round_to_int(args[0], "__ceil__", ceil);
}

static GpObject *math_trunc(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    GpObject *o = args[0];
    if (GP_TYPE(o) == &gp_type_float)
        return double_to_int(trunc(FLOAT_VALUE(o)));
    if (INT_CHECK(o))
        return int_exact(o);
    int found;
    GpObject *r = call_special(o, "__trunc__", &found);
    if (found || err_occurred())
        return r;
    return err_format(&gp_exc_TypeError, "type %s doesn't define __trunc__ method",
                      GP_TYPE(o)->name);
}

/* ---- Predicates and small float helpers ---- */

#define MATH_PRED(name, expr)                                                                      \
    static GpObject *math_##name(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) { \
        UNUSED_SELF;                                                                               \
        (void)n;                                                                                   \
        (void)k;                                                                                   \
        double x;                                                                                  \
        if (obj_as_double(args[0], &x) < 0)                                                        \
            return NULL;                                                                           \
        return gp_bool(expr);                                                                      \
    }

MATH_PRED(isnan, isnan(x))
MATH_PRED(isinf, isinf(x))
MATH_PRED(isfinite, isfinite(x))

static GpObject *math_degrees(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    double x;
    if (obj_as_double(args[0], &x) < 0)
        return NULL;
    return float_from_double(x * (180.0 / PI));
}

static GpObject *math_radians(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    double x;
    if (obj_as_double(args[0], &x) < 0)
        return NULL;
    return float_from_double(x * (PI / 180.0));
}

/* A new 2-tuple of steals a and b (either may be NULL after a failure). */
static GpObject *pair_steal(GpObject *a, GpObject *b) {
    GpObject *t = a && b ? tuple_pack(2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return t;
}

static GpObject *math_modf(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    double x;
    if (obj_as_double(args[0], &x) < 0)
        return NULL;
    double ip, fp;
    if (isinf(x)) {
        fp = copysign(0.0, x);
        ip = x;
    } else if (isnan(x)) {
        fp = ip = x;
    } else {
        fp = modf(x, &ip);
    }
    GpObject *a = float_from_double(fp);
    return pair_steal(a, a ? float_from_double(ip) : NULL);
}

static GpObject *math_frexp(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    double x;
    if (obj_as_double(args[0], &x) < 0)
        return NULL;
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0)
        m = frexp(x, &e);
    GpObject *a = float_from_double(m);
    return pair_steal(a, a ? int_from_i64(e) : NULL);
}

static GpObject *math_ldexp(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *k) {
    UNUSED_SELF;
    (void)k;
    if (args_check_count("ldexp", nargs, 2, 2) < 0)
        return NULL;
    double x;
    if (obj_as_double(args[0], &x) < 0)
        return NULL;
    if (!INT_CHECK(args[1]))
        return err_set_str(&gp_exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!INT_IS_SMALL(args[1]))
        e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    else
        e = INT_VALUE(args[1]);
    if (x == 0.0 || !isfinite(x))
        return float_from_double(x);
    if (e > INT32_MAX)
        return range_error();
    if (e < INT32_MIN)
        return float_from_double(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    return float_result(r, isinf(r) ? ERANGE : 0);
}

static GpObject *math_ulp(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    double x;
    if (obj_as_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x))
        return float_from_double(x);
    x = fabs(x);
    if (isinf(x))
        return float_from_double(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2))
        return float_from_double(x - nextafter(x, -INFINITY));
    return float_from_double(x2 - x);
}

static GpObject *math_isclose(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    UNUSED_SELF;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    GpObject *a[4] = {NULL};
    if (args_parse("isclose", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (obj_as_double(a[0], &x) < 0 || obj_as_double(a[1], &y) < 0 ||
        (a[2] && obj_as_double(a[2], &rel_tol) < 0) || (a[3] && obj_as_double(a[3], &abs_tol) < 0))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return err_set_str(&gp_exc_ValueError, "tolerances must be non-negative");
    if (x == y)
        return gp_bool(1);
    if (isinf(x) || isinf(y))
        return gp_bool(0);
    double diff = fabs(y - x);
    return gp_bool((diff <= fabs(rel_tol * y)) || (diff <= fabs(rel_tol * x)) || diff <= abs_tol);
}

/* ---- fsum: Shewchuk's exact partials ---- */

static GpObject *math_fsum(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    GpObject *it = obj_iter(args[0]);
    if (!it)
        return NULL;
    double small[32], *p = small;
    intptr_t np = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    GpObject *result = NULL;
    for (;;) {
        GpObject *item = obj_iternext(it);
        if (!item) {
            if (err_occurred())
                goto done;
            break;
        }
        double x;
        int r = obj_as_double(item, &x);
        gp_decref(item);
        if (r < 0)
            goto done;
        double xsave = x;
        intptr_t i = 0;
        for (intptr_t j = 0; j < np; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        np = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an overflow of finite items, or an inf or nan among them */
                if (isfinite(xsave)) {
                    err_set_str(&gp_exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                np = 0;
            } else {
                if (np >= cap) {
                    double *q = mem_alloc((size_t)cap * 2 * sizeof(double));
                    if (!q) {
                        err_no_memory();
                        goto done;
                    }
                    memcpy(q, p, (size_t)np * sizeof(double));
                    if (p != small)
                        mem_free(p);
                    p = q;
                    cap *= 2;
                }
                p[np++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            err_set_str(&gp_exc_ValueError, "-inf + inf in fsum");
        else
            result = float_from_double(special_sum);
        goto done;
    }
    double hi = 0.0;
    if (np > 0) {
        double lo = 0.0;
        hi = p[--np];
        /* add the partials from the top while the sum stays exact */
        while (np > 0) {
            double x = hi, y = p[--np];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up */
        if (np > 0 && ((lo < 0.0 && p[np - 1] < 0.0) || (lo > 0.0 && p[np - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = float_from_double(hi);
done:
    if (p != small)
        mem_free(p);
    gp_decref(it);
    return result;
}

/* ---- hypot and dist: correctly rounded Euclidean norms ---- */

/* r * 2**exp2 correctly rounded to a double (half to even; sticky: r is short of the true
 * value by less than one unit), subnormals and overflow included. r > 0. */
static double round_scaled(mpz_t r, bool sticky, long exp2) {
    long bits = (long)mpz_sizeinbase(r, 2);
    long ulp = bits + exp2 - DBL_MANT_DIG; /* exponent of the result's last bit */
    if (ulp < -1074)
        ulp = -1074;
    long shift = ulp - exp2;
    if (shift <= 0) /* r fits: exact (sticky cannot matter past 53 bits: it cannot happen) */
        return ldexp(mpz_get_d(r), (int)exp2);
    bool half = mpz_tstbit(r, (mp_bitcnt_t)shift - 1);
    bool rest = sticky || mpz_scan1(r, 0) < (mp_bitcnt_t)shift - 1;
    mpz_tdiv_q_2exp(r, r, (mp_bitcnt_t)shift);
    if (half && (rest || mpz_odd_p(r)))
        mpz_add_ui(r, r, 1);
    return ldexp(mpz_get_d(r), (int)ulp); /* r <= 2**53: exact; may overflow to inf */
}

/* sqrt(sum of v[i]**2) for finite v[i] >= 0, correctly rounded. */
static double exact_norm(const double *v, intptr_t n) {
    int emin = INT32_MAX;
    for (intptr_t i = 0; i < n; i++) {
        if (v[i] != 0.0) {
            int e;
            frexp(v[i], &e);
            e -= DBL_MANT_DIG; /* v = m * 2**e, m an integer of 53 bits */
            if (e < -1074)
                e = -1074;
            if (e < emin)
                emin = e;
        }
    }
    if (emin == INT32_MAX)
        return 0.0;
    mpz_t s, t;
    mpz_init(s);
    mpz_init(t);
    for (intptr_t i = 0; i < n; i++) {
        if (v[i] == 0.0)
            continue;
        mpz_set_d(t, ldexp(v[i], -emin)); /* exact: an integer */
        mpz_mul(t, t, t);
        mpz_add(s, s, t);
    }
    /* sqrt(s) * 2**emin: scale s by 4**k so the root has at least 60 bits */
    long k = 0;
    long sbits = (long)mpz_sizeinbase(s, 2);
    if (sbits < 122)
        k = (122 - sbits) / 2 + 1;
    mpz_mul_2exp(s, s, (mp_bitcnt_t)(2 * k));
    mpz_sqrtrem(t, s, s); /* t = isqrt, s = remainder */
    bool sticky = mpz_sgn(s) != 0;
    double r = round_scaled(t, sticky, (long)emin - k);
    mpz_clear(s);
    mpz_clear(t);
    return r;
}

/* The norm of v (fabs already taken), CPython's special cases first. */
static double vector_norm(const double *v, intptr_t n) {
    bool nan = false;
    for (intptr_t i = 0; i < n; i++) {
        if (isinf(v[i]))
            return INFINITY;
        if (isnan(v[i]))
            nan = true;
    }
    if (nan)
        return NAN;
    if (n == 1)
        return v[0];
    return exact_norm(v, n);
}

static GpObject *math_hypot(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *k) {
    UNUSED_SELF;
    (void)k;
    double small[16], *v = nargs <= 16 ? small : mem_alloc((size_t)nargs * sizeof(double));
    if (!v)
        return err_no_memory();
    GpObject *r = NULL;
    for (intptr_t i = 0; i < nargs; i++) {
        if (obj_as_double(args[i], &v[i]) < 0)
            goto done;
        v[i] = fabs(v[i]);
    }
    r = float_from_double(vector_norm(v, nargs));
done:
    if (v != small)
        mem_free(v);
    return r;
}

static GpObject *math_dist(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *k) {
    UNUSED_SELF;
    (void)k;
    if (args_check_count("dist", nargs, 2, 2) < 0)
        return NULL;
    GpObject *p = tuple_from_iterable(args[0]);
    if (!p)
        return NULL;
    GpObject *q = tuple_from_iterable(args[1]);
    if (!q) {
        gp_decref(p);
        return NULL;
    }
    GpObject *r = NULL;
    double small[16], *v = small;
    intptr_t n = TUPLE_SIZE(p);
    if (n != TUPLE_SIZE(q)) {
        err_set_str(&gp_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > 16 && !(v = mem_alloc((size_t)n * sizeof(double)))) {
        v = small;
        err_no_memory();
        goto done;
    }
    for (intptr_t i = 0; i < n; i++) {
        double x, y;
        if (obj_as_double(TUPLE_ITEM(p, i), &x) < 0 || obj_as_double(TUPLE_ITEM(q, i), &y) < 0)
            goto done;
        v[i] = fabs(x - y);
    }
    r = float_from_double(vector_norm(v, n));
done:
    if (v != small)
        mem_free(v);
    gp_decref(p);
    gp_decref(q);
    return r;
}

static GpObject *math_prod(GpObject *self, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    UNUSED_SELF;
    static const char *const names[] = {"", "start", NULL};
    GpObject *a[2] = {NULL};
    if (args_parse("prod", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    GpObject *it = obj_iter(a[0]);
    if (!it)
        return NULL;
    GpObject *result = a[1] ? gp_newref(a[1]) : int_from_i64(1);
    while (result) {
        GpObject *item = obj_iternext(it);
        if (!item) {
            if (err_occurred())
                GP_CLEAR(result);
            break;
        }
        GpObject *r = obj_binop(result, item, NB_MULTIPLY);
        gp_decref(item);
        gp_decref(result);
        result = r;
    }
    gp_decref(it);
    return result;
}

/* ---- Integer functions on GMP ---- */

/* obj_index of each argument and applies op (gcd or lcm) to the running value. */
static GpObject *gcd_lcm(GpObject *const *args, intptr_t nargs, bool lcm) {
    if (nargs == 0)
        return int_from_i64(lcm ? 1 : 0);
    mpz_t acc;
    mpz_init(acc);
    GpObject *result = NULL;
    for (intptr_t i = 0; i < nargs; i++) {
        GpObject *x = obj_index(args[i]);
        if (!x)
            goto done;
        IntView view;
        mpz_srcptr z = int_view(x, &view);
        if (i == 0) {
            mpz_abs(acc, z);
        } else if (lcm) {
            if (big_check_limbs((uint64_t)(mpz_limbs(acc) + mpz_limbs(z))) < 0) {
                gp_decref(x);
                goto done;
            }
            mpz_lcm(acc, acc, z);
        } else {
            mpz_gcd(acc, acc, z);
        }
        gp_decref(x);
    }
    result = int_from_mpz(acc);
done:
    mpz_clear(acc);
    return result;
}

static GpObject *math_gcd(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *k) {
    UNUSED_SELF;
    (void)k;
    return gcd_lcm(args, nargs, false);
}

static GpObject *math_lcm(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *k) {
    UNUSED_SELF;
    (void)k;
    return gcd_lcm(args, nargs, true);
}

static GpObject *math_isqrt(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    GpObject *x = obj_index(args[0]);
    if (!x)
        return NULL;
    GpObject *r = NULL;
    if (int_sign(x) < 0) {
        err_set_str(&gp_exc_ValueError, "isqrt() argument must be nonnegative");
    } else if (INT_IS_SMALL(x)) {
        uint64_t v = (uint64_t)INT_VALUE(x), s = (uint64_t)sqrt((double)v);
        while (s * s > v)
            s--;
        while ((s + 1) * (s + 1) <= v)
            s++;
        r = int_from_i64((int64_t)s);
    } else {
        GpBigInt *b = big_alloc((uint64_t)mpz_limbs(BIG_Z(x)) / 2 + 1);
        if (b) {
            mpz_sqrt(b->z, BIG_Z(x));
            r = big_finish(b);
        }
    }
    gp_decref(x);
    return r;
}

/* A result of about `bits` bits from a GMP function: checks that it (and GMP's scratch
 * space) can be had, and allocates it. NULL with MemoryError. */
static GpBigInt *alloc_bits(double bits) {
    if (!(bits < 1e18))
        return (GpBigInt *)err_no_memory();
    uint64_t limbs = limbs_for_bits((uint64_t)bits) + 2;
    if (big_check_limbs(limbs * 3) < 0)
        return NULL;
    return big_alloc(limbs);
}

static GpObject *factorial_of(uint64_t n) {
    if (n <= 20) {
        int64_t f = 1;
        for (uint64_t i = 2; i <= n; i++)
            f *= (int64_t)i;
        return int_from_i64(f);
    }
    GpBigInt *r = alloc_bits((double)n * log2((double)n) + 1);
    if (!r)
        return NULL;
    mpz_fac_ui(r->z, (unsigned long)n);
    return big_finish(r);
}

static GpObject *math_factorial(GpObject *self, GpObject *const *args, intptr_t n, GpObject *k) {
    UNUSED_SELF;
    (void)n;
    (void)k;
    GpObject *x = obj_index(args[0]);
    if (!x)
        return NULL;
    int sign = int_sign(x);
    bool small = INT_IS_SMALL(x);
    int64_t v = small ? INT_VALUE(x) : 0;
    gp_decref(x);
    if (sign < 0)
        return err_set_str(&gp_exc_ValueError, "factorial() not defined for negative values");
    if (!small)
        return err_set_str(&gp_exc_OverflowError,
                           "factorial() argument should not exceed 9223372036854775807");
    return factorial_of((uint64_t)v);
}

/* n and k of comb/perm as ints (new references in *n, *k): -1 with CPython's errors. */
static int comb_args(GpObject *narg, GpObject *karg, GpObject **n, GpObject **k) {
    *n = obj_index(narg);
    if (!*n)
        return -1;
    *k = karg ? obj_index(karg) : NULL;
    if (karg && !*k) {
        GP_CLEAR(*n);
        return -1;
    }
    const char *msg = NULL;
    if (int_sign(*n) < 0)
        msg = "n must be a non-negative integer";
    else if (*k && int_sign(*k) < 0)
        msg = "k must be a non-negative integer";
    if (msg) {
        GP_CLEAR(*n);
        GP_CLEAR(*k);
        err_set_str(&gp_exc_ValueError, msg);
        return -1;
    }
    return 0;
}

/* comb(n, k) for 0 <= k <= n, k small (perm multiplies by k!). */
static GpObject *binomial(GpObject *n, uint64_t k, bool perm) {
    if (k == 0)
        return int_from_i64(1);
    IntView view;
    mpz_srcptr zn = int_view(n, &view);
    double nbits = (double)mpz_sizeinbase(zn, 2);
    double bits = (double)k * nbits;
    if (!perm && mpz_limbs(zn) == 1 && bits > (double)zn->_mp_d[0])
        bits = (double)zn->_mp_d[0]; /* comb(n, k) < 2**n */
    GpBigInt *r = alloc_bits(bits + 2);
    if (!r)
        return NULL;
    mpz_bin_ui(r->z, zn, (unsigned long)k);
    if (perm) {
        mpz_t f;
        mpz_init(f);
        mpz_fac_ui(f, (unsigned long)k);
        mpz_mul(r->z, r->z, f);
        mpz_clear(f);
    }
    return big_finish(r);
}

static GpObject *math_comb(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_SELF;
    (void)kw;
    if (args_check_count("comb", nargs, 2, 2) < 0)
        return NULL;
    GpObject *n, *k;
    if (comb_args(args[0], args[1], &n, &k) < 0)
        return NULL;
    GpObject *r = NULL;
    if (int_compare(k, n) > 0) {
        r = int_from_i64(0);
        goto done;
    }
    /* k = min(k, n - k) */
    GpObject *nk = int_sub(n, k);
    if (!nk)
        goto done;
    if (int_compare(nk, k) < 0) {
        gp_decref(k);
        k = nk;
    } else {
        gp_decref(nk);
    }
    if (!INT_IS_SMALL(k)) {
        err_set_str(&gp_exc_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
        goto done;
    }
    r = binomial(n, (uint64_t)INT_VALUE(k), false);
done:
    gp_decref(n);
    gp_decref(k);
    return r;
}

static GpObject *math_perm(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_SELF;
    (void)kw;
    if (args_check_count("perm", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1 || args[1] == GP_NONE) /* perm(n) is factorial(n), errors included */
        return math_factorial(self, args, 1, NULL);
    GpObject *n, *k;
    if (comb_args(args[0], args[1], &n, &k) < 0)
        return NULL;
    GpObject *r = NULL;
    if (int_compare(k, n) > 0)
        r = int_from_i64(0);
    else if (!INT_IS_SMALL(k))
        err_set_str(&gp_exc_OverflowError, "k must not exceed 9223372036854775807");
    else
        r = binomial(n, (uint64_t)INT_VALUE(k), true);
    gp_decref(n);
    gp_decref(k);
    return r;
}

/* ---- The module ---- */

static GpMethodDef math_methods[] = {
    {"acos", math_acos, METH_O, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, METH_O, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, METH_O, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, METH_O, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, METH_O, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, METH_VARARGS, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, METH_O, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, METH_O, "Return the cube root of x."},
    {"ceil", math_ceil, METH_O, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, METH_VARARGS, "Number of ways to choose k items from n items."},
    {"copysign", math_copysign, METH_VARARGS,
     "Return a float with the magnitude of x but the sign of y."},
    {"cos", math_cos, METH_O, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, METH_O, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, METH_O, "Convert angle x from radians to degrees."},
    {"dist", math_dist, METH_VARARGS, "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, METH_O, "Error function at x."},
    {"erfc", math_erfc, METH_O, "Complementary error function at x."},
    {"exp", math_exp, METH_O, "Return e raised to the power of x."},
    {"exp2", math_exp2, METH_O, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, METH_O, "Return exp(x)-1."},
    {"fabs", math_fabs, METH_O, "Return the absolute value of the float x."},
    {"factorial", math_factorial, METH_O, "Find n!."},
    {"floor", math_floor, METH_O, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, METH_VARARGS, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, METH_O, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, METH_O,
     "Return an accurate floating point sum of values in the iterable seq."},
    {"gcd", math_gcd, METH_VARARGS, "Greatest Common Divisor."},
    {"hypot", math_hypot, METH_VARARGS,
     "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, METH_KEYWORDS,
     "Determine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, METH_O,
     "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, METH_O,
     "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, METH_O, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", math_isqrt, METH_O, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, METH_VARARGS, "Least Common Multiple."},
    {"ldexp", math_ldexp, METH_VARARGS, "Return x * (2**i)."},
    {"log", math_log, METH_VARARGS,
     "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", math_log10, METH_O, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, METH_O, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, METH_O, "Return the base 2 logarithm of x."},
    {"modf", math_modf, METH_O, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, METH_VARARGS,
     "Return the next floating-point value after x towards y."},
    {"perm", math_perm, METH_VARARGS,
     "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, METH_VARARGS, "Return x**y (x to the power of y)."},
    {"prod", math_prod, METH_KEYWORDS,
     "Calculate the product of all the elements in the input iterable."},
    {"radians", math_radians, METH_O, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, METH_VARARGS,
     "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, METH_O, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, METH_O, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, METH_O, "Return the square root of x."},
    {"tan", math_tan, METH_O, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, METH_O, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, METH_O, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, METH_O, "Return the value of the least significant bit of the float x."},
    {NULL, NULL, 0, NULL},
};

static int add_float(GpObject *m, const char *name, double v) {
    GpObject *f = float_from_double(v);
    if (!f)
        return -1;
    int r = module_add_object(m, name, f);
    gp_decref(f);
    return r;
}

GpObject *math_module_create(void) {
    GpObject *m = module_new("math");
    if (!m)
        return NULL;
    if (module_add_functions(m, math_methods) < 0 || add_float(m, "pi", PI) < 0 ||
        add_float(m, "e", E_CONST) < 0 || add_float(m, "tau", 2.0 * PI) < 0 ||
        add_float(m, "inf", INFINITY) < 0 || add_float(m, "nan", NAN) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
