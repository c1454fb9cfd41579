/* int_kernels.c — the limb loops behind big-int-by-small-int products, small-quotient
 * divisions and shifts, faster
 * than the generic x86-64 code of a distribution's (non-"fat") libgmp on CPUs that have
 * BMI2/ADX (mulx) and AVX2. Elsewhere they are GMP's own mpn functions. (A submul_1 of
 * the same kind measured slower than GMP's: two carry chains share one flag.)
 *
 * Invariants:
 * - Each kernel computes exactly what the mpn function it stands for computes (same
 *   arguments, same result and carry); the choice is made per call from the CPU's features
 *   (__builtin_cpu_supports reads libgcc's table: no state of ours).
 * - Operands do not overlap the result unless the mpn function allows it (r == u).
 * - The vector products bail out to the scalar loop in the rare block where a carry would
 *   ripple between lanes, so they are exact on every input.
 */
#include <string.h>

#include "objects/int_internal.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_X86_KERNELS 1
#include <immintrin.h>
#else
#define HAVE_X86_KERNELS 0
#endif

/* r[0..n) = u[0..n) * v + carry (carry < 2**64 - 1 suffices: it is the high limb of the
 * product below); returns the high limb. Portable. */
static mp_limb_t c_mul_1c(mp_ptr r, mp_srcptr u, mp_size_t n, mp_limb_t v, mp_limb_t carry) {
    for (mp_size_t i = 0; i < n; i++) {
        unsigned __int128 p = (unsigned __int128)u[i] * v + carry;
        r[i] = (mp_limb_t)p;
        carry = (mp_limb_t)(p >> 64);
    }
    return carry;
}

#if HAVE_X86_KERNELS

/* The same with mulx (no flags), four limbs a round, one carry chain. */
__attribute__((target("bmi2,adx"))) static mp_limb_t mulx_mul_1c(mp_ptr r, mp_srcptr u, mp_size_t n,
                                                                 mp_limb_t v, mp_limb_t carry) {
    unsigned long long hi_prev = carry;
    unsigned char c = 0;
    mp_size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        unsigned long long h0, h1, h2, h3;
        unsigned long long l0 = _mulx_u64(u[i], v, &h0);
        unsigned long long l1 = _mulx_u64(u[i + 1], v, &h1);
        unsigned long long l2 = _mulx_u64(u[i + 2], v, &h2);
        unsigned long long l3 = _mulx_u64(u[i + 3], v, &h3);
        c = _addcarry_u64(c, l0, hi_prev, (unsigned long long *)&r[i]);
        c = _addcarry_u64(c, l1, h0, (unsigned long long *)&r[i + 1]);
        c = _addcarry_u64(c, l2, h1, (unsigned long long *)&r[i + 2]);
        c = _addcarry_u64(c, l3, h2, (unsigned long long *)&r[i + 3]);
        hi_prev = h3;
    }
    for (; i < n; i++) {
        unsigned long long h;
        unsigned long long l = _mulx_u64(u[i], v, &h);
        c = _addcarry_u64(c, l, hi_prev, (unsigned long long *)&r[i]);
        hi_prev = h;
    }
    return (mp_limb_t)(hi_prev + c);
}

static int have_mulx(void) {
    return __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("adx");
}
static int have_avx2(void) {
    return __builtin_cpu_supports("avx2");
}
static int have_avx512(void) {
    return __builtin_cpu_supports("avx512f");
}

/* The scalar rest of a vector product, from limb i with the carry into it. */
static mp_limb_t mul_1c_rest(mp_ptr r, mp_srcptr u, mp_size_t n, mp_limb_t v, mp_limb_t carry) {
    return have_mulx() ? mulx_mul_1c(r, u, n, v, carry) : c_mul_1c(r, u, n, v, carry);
}

/* Products by a multiplier below 2**32 in vector lanes. Each limb u = H * 2**32 + L gives
 * L*v and H*v (32x32 -> 64-bit multiplies), so u*v = S + Hp * 2**64 with
 * S = L*v + (H*v << 32) mod 2**64 and Hp = (H*v >> 32) + carry(S). Limb i of the result
 * is S[i] + Hp[i-1], which carries further only when S[i] is within 2**32 of 2**64: that
 * rare case finishes on the scalar loop. */
__attribute__((target("avx2"))) static mp_limb_t avx2_mul_1_small(mp_ptr r, mp_srcptr u,
                                                                  mp_size_t n, mp_limb_t v) {
    const __m256i vv = _mm256_set1_epi64x((long long)v);
    const __m256i sign = _mm256_set1_epi64x((long long)0x8000000000000000ULL);
    __m256i prev = _mm256_setzero_si256(); /* lane 3: Hp of the limb before the block */
    mp_size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        __m256i U = _mm256_loadu_si256((const __m256i *)(u + i));
        __m256i A = _mm256_mul_epu32(U, vv);
        __m256i B = _mm256_mul_epu32(_mm256_srli_epi64(U, 32), vv);
        __m256i S = _mm256_add_epi64(A, _mm256_slli_epi64(B, 32));
        /* unsigned S < A, with the sign bits flipped for the signed compare */
        __m256i c1 = _mm256_cmpgt_epi64(_mm256_xor_si256(A, sign), _mm256_xor_si256(S, sign));
        __m256i Hp = _mm256_sub_epi64(_mm256_srli_epi64(B, 32), c1);
        __m256i sh =
            _mm256_blend_epi32(_mm256_permute4x64_epi64(Hp, _MM_SHUFFLE(2, 1, 0, 3)),
                               _mm256_permute4x64_epi64(prev, _MM_SHUFFLE(2, 1, 0, 3)), 0x03);
        __m256i T = _mm256_add_epi64(S, sh);
        __m256i c2 = _mm256_cmpgt_epi64(_mm256_xor_si256(S, sign), _mm256_xor_si256(T, sign));
        if (!_mm256_testz_si256(c2, c2))
            break;
        _mm256_storeu_si256((__m256i *)(r + i), T);
        prev = Hp;
    }
    mp_limb_t carry = (mp_limb_t)_mm256_extract_epi64(prev, 3);
    /* Clean upper vector state before the scalar rest and the callers' SSE code: GCC emits
     * no vzeroupper before a tail call, and dirty upper state makes every later legacy SSE
     * instruction (memset, struct copies) pay a transition penalty. */
    _mm256_zeroupper();
    return mul_1c_rest(r + i, u + i, n - i, v, carry);
}

/* The same eight limbs at a time. */
__attribute__((target("avx512f"))) static mp_limb_t avx512_mul_1_small(mp_ptr r, mp_srcptr u,
                                                                       mp_size_t n, mp_limb_t v) {
    const __m512i vv = _mm512_set1_epi64((long long)v), one = _mm512_set1_epi64(1);
    __m512i prev = _mm512_setzero_si512(); /* lane 7: Hp of the limb before the block */
    mp_size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m512i U = _mm512_loadu_si512((const void *)(u + i));
        __m512i A = _mm512_mul_epu32(U, vv);
        __m512i B = _mm512_mul_epu32(_mm512_srli_epi64(U, 32), vv);
        __m512i S = _mm512_add_epi64(A, _mm512_slli_epi64(B, 32));
        __mmask8 c1 = _mm512_cmplt_epu64_mask(S, A);
        __m512i Bh = _mm512_srli_epi64(B, 32);
        __m512i Hp = _mm512_mask_add_epi64(Bh, c1, Bh, one);
        __m512i T = _mm512_add_epi64(S, _mm512_alignr_epi64(Hp, prev, 7));
        if (_mm512_cmplt_epu64_mask(T, S))
            break;
        _mm512_storeu_si512((void *)(r + i), T);
        prev = Hp;
    }
    unsigned long long p[8];
    _mm512_storeu_si512((void *)p, prev);
    _mm256_zeroupper(); /* as in avx2_mul_1_small */
    return mul_1c_rest(r + i, u + i, n - i, v, p[7]);
}

/* r[0..n) = u[0..n) << s for 0 < s < 64, from the top down (so r may equal u, or lie
 * above it); returns the bits shifted out. */
__attribute__((target("avx2"))) static mp_limb_t avx2_lshift(mp_ptr r, mp_srcptr u, mp_size_t n,
                                                             unsigned s) {
    mp_limb_t out = u[n - 1] >> (64 - s);
    __m128i vs = _mm_cvtsi32_si128((int)s), vt = _mm_cvtsi32_si128((int)(64 - s));
    mp_size_t i = n - 1;
    for (; i >= 4; i -= 4) {
        /* r[i-3..i] = u[i-3..i] << s | u[i-4..i-1] >> (64 - s) */
        __m256i hi = _mm256_loadu_si256((const __m256i *)(u + i - 3));
        __m256i lo = _mm256_loadu_si256((const __m256i *)(u + i - 4));
        __m256i v = _mm256_or_si256(_mm256_sll_epi64(hi, vs), _mm256_srl_epi64(lo, vt));
        _mm256_storeu_si256((__m256i *)(r + i - 3), v);
    }
    for (; i > 0; i--)
        r[i] = (u[i] << s) | (u[i - 1] >> (64 - s));
    r[0] = u[0] << s;
    return out;
}

/* r[0..n) = a[0..n) - u[0..n) * v for v < 2**32, in one pass (a and r may be the same);
 * returns the borrow limb, as a copy and mpn_submul_1 would. The product lanes as in
 * avx512_mul_1_small; the borrows between lanes resolved at once with masks: a lane
 * borrows out if it generates (a < p) or receives a borrow and propagates (a == p), which is
 * the carry chain of adding (generate << 1 | borrow in) to propagate. */
__attribute__((target("avx512f"))) static mp_limb_t
avx512_submul_1_to(mp_ptr r, mp_srcptr a, mp_srcptr u, mp_size_t n, mp_limb_t v) {
    const __m512i vv = _mm512_set1_epi64((long long)v), one = _mm512_set1_epi64(1);
    __m512i prev = _mm512_setzero_si512();
    unsigned borrow = 0;
    mp_size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m512i U = _mm512_loadu_si512((const void *)(u + i));
        __m512i A = _mm512_mul_epu32(U, vv);
        __m512i B = _mm512_mul_epu32(_mm512_srli_epi64(U, 32), vv);
        __m512i S = _mm512_add_epi64(A, _mm512_slli_epi64(B, 32));
        __mmask8 c1 = _mm512_cmplt_epu64_mask(S, A);
        __m512i Bh = _mm512_srli_epi64(B, 32);
        __m512i Hp = _mm512_mask_add_epi64(Bh, c1, Bh, one);
        __m512i T = _mm512_add_epi64(S, _mm512_alignr_epi64(Hp, prev, 7));
        if (_mm512_cmplt_epu64_mask(T, S))
            break;
        __m512i X = _mm512_loadu_si512((const void *)(a + i));
        __m512i D = _mm512_sub_epi64(X, T);
        unsigned g = _mm512_cmplt_epu64_mask(X, T), p = _mm512_cmpeq_epi64_mask(X, T);
        unsigned x = (g << 1) + borrow + p;
        D = _mm512_mask_sub_epi64(D, (__mmask8)(x ^ p), D, one);
        _mm512_storeu_si512((void *)(r + i), D);
        borrow = ((x >> 8) | (g >> 7)) & 1;
        prev = Hp;
    }
    unsigned long long pv[8];
    _mm512_storeu_si512((void *)pv, prev);
    mp_limb_t carry = pv[7], b = borrow;
    for (; i < n; i++) {
        unsigned __int128 t = (unsigned __int128)u[i] * v + carry;
        mp_limb_t lo = (mp_limb_t)t, ai = a[i];
        carry = (mp_limb_t)(t >> 64);
        mp_limb_t d = ai - lo, b2 = ai < lo;
        r[i] = d - b;
        b = b2 | (d < b);
    }
    return carry + b;
}

/* r[0..n) = u[0..n) + v[0..n) (r may be u or v); returns the carry, as mpn_add_n. The
 * carries between lanes resolved at once with masks, as in avx512_submul_1_to: a lane
 * carries out if it generates (sum < u) or receives a carry and propagates (sum all ones). */
__attribute__((target("avx512f"))) static mp_limb_t avx512_add_n(mp_ptr r, mp_srcptr u,
                                                                 mp_srcptr v, mp_size_t n) {
    const __m512i one = _mm512_set1_epi64(1), ones = _mm512_set1_epi64(-1);
    unsigned carry = 0;
    mp_size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m512i U = _mm512_loadu_si512((const void *)(u + i));
        __m512i V = _mm512_loadu_si512((const void *)(v + i));
        __m512i S = _mm512_add_epi64(U, V);
        unsigned g = _mm512_cmplt_epu64_mask(S, U), p = _mm512_cmpeq_epi64_mask(S, ones);
        unsigned x = (g << 1) + carry + p;
        S = _mm512_mask_add_epi64(S, (__mmask8)(x ^ p), S, one);
        _mm512_storeu_si512((void *)(r + i), S);
        carry = ((x >> 8) | (g >> 7)) & 1;
    }
    mp_limb_t c = carry;
    for (; i < n; i++) {
        mp_limb_t a = u[i], s = a + v[i], t = s + c;
        c = (s < a) | (t < s);
        r[i] = t;
    }
    return c;
}

/* avx2_lshift eight limbs at a time. */
__attribute__((target("avx512f"))) static mp_limb_t avx512_lshift(mp_ptr r, mp_srcptr u,
                                                                  mp_size_t n, unsigned s) {
    mp_limb_t out = u[n - 1] >> (64 - s);
    __m128i vs = _mm_cvtsi32_si128((int)s), vt = _mm_cvtsi32_si128((int)(64 - s));
    mp_size_t i = n - 1;
    for (; i >= 8; i -= 8) {
        __m512i hi = _mm512_loadu_si512((const void *)(u + i - 7));
        __m512i lo = _mm512_loadu_si512((const void *)(u + i - 8));
        __m512i v = _mm512_or_si512(_mm512_sll_epi64(hi, vs), _mm512_srl_epi64(lo, vt));
        _mm512_storeu_si512((void *)(r + i - 7), v);
    }
    for (; i > 0; i--)
        r[i] = (u[i] << s) | (u[i - 1] >> (64 - s));
    r[0] = u[0] << s;
    return out;
}

#endif

mp_limb_t kern_mul_1(mp_ptr r, mp_srcptr u, mp_size_t n, mp_limb_t v) {
#if HAVE_X86_KERNELS
    if (v <= 0xFFFFFFFFu && n >= 8) {
        if (have_avx512())
            return avx512_mul_1_small(r, u, n, v);
        if (have_avx2())
            return avx2_mul_1_small(r, u, n, v);
    }
    if (have_mulx())
        return mulx_mul_1c(r, u, n, v, 0);
#endif
    return mpn_mul_1(r, u, n, v);
}

mp_limb_t kern_add_n(mp_ptr r, mp_srcptr u, mp_srcptr v, mp_size_t n) {
#if HAVE_X86_KERNELS
    if (n >= 16 && have_avx512())
        return avx512_add_n(r, u, v, n);
#endif
    return mpn_add_n(r, u, v, n);
}

mp_limb_t kern_submul_1_to(mp_ptr r, mp_srcptr a, mp_srcptr u, mp_size_t n, mp_limb_t v) {
#if HAVE_X86_KERNELS
    if (v <= 0xFFFFFFFFu && n >= 8 && have_avx512())
        return avx512_submul_1_to(r, a, u, n, v);
#endif
    if (r != a)
        memcpy(r, a, (size_t)n * sizeof(mp_limb_t));
    return mpn_submul_1(r, u, n, v);
}

mp_limb_t kern_lshift(mp_ptr r, mp_srcptr u, mp_size_t n, unsigned s) {
#if HAVE_X86_KERNELS
    /* (the vector loops read one limb below the ones they write: with r above u, as in an
     * in-place shift, those limbs are still unwritten) */
    if (r == u || r >= u + n || r + n <= u) {
        if (have_avx512())
            return avx512_lshift(r, u, n, s);
        if (have_avx2())
            return avx2_lshift(r, u, n, s);
    }
#endif
    return mpn_lshift(r, u, n, s);
}
