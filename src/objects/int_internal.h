/* int_internal.h — what the int files share (int.c, int_big.c, int_arith.c, int_methods.c),
 * including the big representation. float.c and modules/math.c use the helpers marked so.
 *
 * The two representations of one Python type (DESIGN.md §2.3):
 *
 *   small  GpInt     header | int64_t value                       24 bytes, int blocks
 *   big    GpBigInt  header | int64_t INT64_MIN | mpz_t (16 bytes) 40 bytes, obj_new
 *                                                  └─▶ limbs: mem_alloc'd, 8 bytes each
 *
 * Invariants:
 * - Canonical form: every value in [-2**63+1, 2**63-1] is small, every other value is big
 *   (big_finish demotes), so a big int is never equal to a small one and its sign alone
 *   orders it against any small int.
 * - A big int's limbs come from mem_alloc through GMP's allocation hooks, which
 *   int_init_small_cache installs (process-wide, docs/internals.md). GMP cannot report a
 *   failed allocation: the hooks abort. So every operation sizes its result first and
 *   allocates it with big_alloc, which raises MemoryError instead.
 * - A big int's mpz is never modified after the object is handed out (ints are immutable).
 */
#ifndef GP_INT_INTERNAL_H
#define GP_INT_INTERNAL_H

#include <gmp.h>
#include <stdbool.h>

#include "object.h"
#include "objects/int.h"

typedef struct GpBigInt {
    GP_HEAD;
    int64_t marker; /* INT64_MIN: what INT_IS_SMALL tests */
    mpz_t z;
} GpBigInt;

#define BIG(o) ((GpBigInt *)(o))
#define BIG_Z(o) (BIG(o)->z)

/* ---- Reading any int as an mpz (int_big.c) ---- */

/* A read-only mpz over a small int's magnitude, with no allocation: the limb lives in the
 * view, so a view must not be copied or outlive the call that made it. */
typedef struct IntView {
    __mpz_struct z;
    mp_limb_t limb;
} IntView;

/* The value of o (an int, borrowed) as a read-only mpz: o's own for a big int, else v's. */
static inline mpz_srcptr int_view(GpObject *o, IntView *v) {
    if (!INT_IS_SMALL(o))
        return BIG_Z(o);
    int64_t x = INT_VALUE(o);
    v->limb = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    v->z._mp_alloc = 1;
    v->z._mp_size = x < 0 ? -1 : x > 0;
    v->z._mp_d = &v->limb;
    return &v->z;
}

/* Limbs of |z| (0 for zero). */
static inline intptr_t mpz_limbs(mpz_srcptr z) {
    return z->_mp_size < 0 ? -z->_mp_size : z->_mp_size;
}

/* ---- Making big results (int_big.c) ---- */

/* Installs GMP's allocation hooks (mem_*). Called at start-up; idempotent. */
void int_big_init(void);
/* 0 if a result of `limbs` limbs may be attempted; -1 with MemoryError if it is beyond
 * what GMP can hold (INT_MAX limbs) or beyond the machine's memory. */
int big_check_limbs(uint64_t limbs);
/* Limbs for a result of `bits` bits; UINT64_MAX when the count itself overflows. */
static inline uint64_t limbs_for_bits(uint64_t bits) {
    return bits > UINT64_MAX - 64 ? UINT64_MAX : bits / 64 + 1;
}
/* A new big int (value 0, not yet canonical) with room for `limbs` limbs (at least 1), or
 * NULL with MemoryError. Fill it with GMP, then hand it to big_finish. New reference. */
GpBigInt *big_alloc(uint64_t limbs);
/* Steals r: returns the canonical int of r's value: a small int (r freed), or r itself with
 * spare limbs trimmed when many are unused. */
GpObject *big_finish(GpBigInt *r);
/* A new int with the value of z (copied). New reference. */
GpObject *int_from_mpz(mpz_srcptr z);
/* Bits [pos, pos + 64) of |z| (zeros past the top). */
uint64_t mpz_bits_at(mpz_srcptr z, uint64_t pos);
/* |z| correctly rounded to a double (round half to even); 0, or -1 when it is too large
 * (the caller raises). */
int mpz_to_double(mpz_srcptr z, double *out);
/* A new int for a 128-bit value (results of small-int arithmetic that overflowed). */
GpObject *int_from_i128(__int128 v);

/* int_kernels.c: mpn_mul_1, mpn_lshift (0 < s < 64; r == u, or apart) and a submul_1
 * with a separate source (r = a - u * v, r == a allowed), faster than a generic libgmp's on
 * CPUs with mulx, AVX2, AVX-512. */
mp_limb_t kern_mul_1(mp_ptr r, mp_srcptr u, mp_size_t n, mp_limb_t v);
mp_limb_t kern_submul_1_to(mp_ptr r, mp_srcptr a, mp_srcptr u, mp_size_t n, mp_limb_t v);
mp_limb_t kern_add_n(mp_ptr r, mp_srcptr u, mp_srcptr v, mp_size_t n);
mp_limb_t kern_lshift(mp_ptr r, mp_srcptr u, mp_size_t n, unsigned s);

/* ---- Shared by the int files and float.c ---- */

char *int_format_decimal(int64_t v, char *end);
GpObject *int_new(GpType *type, GpObject *const *args, intptr_t nargs, GpObject *kwnames);
GpObject *int_format(GpObject *o, GpObject *spec);
extern GpMethodDef int_methods[];
extern GpGetSetDef int_getset[];

/* int_arith.c: the number slots. */
GpObject *int_pow(GpObject *a, GpObject *b);
GpObject *int_power3(GpObject *a, GpObject *b, GpObject *m);
GpObject *int_lshift(GpObject *a, GpObject *b);
GpObject *int_rshift(GpObject *a, GpObject *b);
GpObject *int_and(GpObject *a, GpObject *b);
GpObject *int_or(GpObject *a, GpObject *b);
GpObject *int_xor(GpObject *a, GpObject *b);
GpObject *int_neg(GpObject *o);
GpObject *int_abs(GpObject *o);
GpObject *int_invert(GpObject *o);

/* int_methods.c: o in base 2..36 (uppercase letters if upper) as a mem_alloc'd
 * NUL-terminated text (mem_free it) of *len bytes: a '-' if sign and o < 0, then the
 * digits of |o|. NULL with MemoryError, or ValueError past sys.set_int_max_str_digits
 * (base 10 only). */
char *int_digits(GpObject *o, int base, bool upper, bool sign, intptr_t *len);

/* numfmt.c: skips Unicode whitespace (str.strip's set) at both ends of [*s, *end). */
void numfmt_strip_space(const char **s, const char **end);
/* repr of text[0..len) (valid UTF-8) cut to 200 code points, for ValueError messages. */
GpObject *numfmt_text_repr(const char *s, intptr_t len);

#endif
