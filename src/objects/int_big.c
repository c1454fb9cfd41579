/* int_big.c — the big representation's plumbing: GMP's allocation hooks, sizing and
 * allocating results before GMP runs, making results canonical, and exact conversions
 * between mpz values and doubles.
 *
 * Invariants:
 * - GMP allocates through mem_alloc/mem_realloc/mem_free (the hooks below), so limbs show
 *   in heap.stats() and the leak check. GMP has no way to report a failed allocation: a
 *   hook that cannot get memory prints a message and aborts. The rest of glasspy avoids
 *   that by allocating every result up front with big_alloc (MemoryError on failure) at a
 *   size GMP will not need to grow; only GMP's internal scratch space, a fraction of the
 *   operands' size, is left to the hooks.
 * - big_finish is the one way a computed big result is handed out: values that fit the
 *   small representation become small ints (the cached ones for -5..256); the others keep
 *   exactly as many limbs as their value needs.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "errors.h"
#include "mem/alloc.h"
#include "objects/int.h"
#include "objects/int_internal.h"

/* ---- GMP's allocation hooks (process-wide: docs/internals.md) ---- */

static void gmp_out_of_memory(size_t n) {
    fprintf(stderr, "glasspy: fatal: out of memory inside GMP (%zu bytes requested)\n", n);
    abort();
}

/* A failure injected for tests (alloc_inject_failure) fails one allocation only: the retry
 * succeeds, so injection never aborts. A real failure fails twice. */
static void *gmp_alloc(size_t n) {
    void *p = mem_alloc(n);
    if (!p && !(p = mem_alloc(n)))
        gmp_out_of_memory(n);
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
    (void)old;
    void *q = mem_realloc(p, n);
    if (!q && !(q = mem_realloc(p, n)))
        gmp_out_of_memory(n);
    return q;
}

static void gmp_free(void *p, size_t n) {
    (void)n;
    mem_free(p);
}

void int_big_init(void) {
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

/* ---- Sizing and allocating results ---- */

/* GMP keeps limb counts in an int. */
#define GMP_MAX_LIMBS ((uint64_t)0x7FFFFFF0)

int big_check_limbs(uint64_t limbs) {
    if (limbs > GMP_MAX_LIMBS)
        goto nomem;
    /* A result larger than the machine's memory cannot be computed: with overcommit the
     * allocation could still succeed and GMP would die writing it. */
    if (limbs > ((uint64_t)1 << 25)) { /* 256 MiB: only then is it worth asking */
        long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
        if (pages > 0 && page > 0 && limbs > (uint64_t)pages * (uint64_t)page / 8)
            goto nomem;
    }
    return 0;
nomem:
    err_no_memory();
    return -1;
}

GpBigInt *big_alloc(uint64_t limbs) {
    if (limbs < 1)
        limbs = 1;
    if (big_check_limbs(limbs) < 0)
        return NULL;
    mp_limb_t *d = mem_alloc((size_t)limbs * sizeof(mp_limb_t));
    if (!d) {
        err_no_memory();
        return NULL;
    }
    GpBigInt *r = (GpBigInt *)obj_new(&gp_type_int, sizeof(GpBigInt));
    if (!r) {
        mem_free(d);
        return NULL;
    }
    r->marker = INT64_MIN;
    r->z->_mp_alloc = (int)limbs;
    r->z->_mp_size = 0;
    r->z->_mp_d = d;
    return r;
}

GpObject *big_finish(GpBigInt *r) {
    mpz_ptr z = r->z;
    int n = z->_mp_size, an = n < 0 ? -n : n;
    if (an <= 1 && (an == 0 || z->_mp_d[0] <= (mp_limb_t)INT64_MAX)) {
        int64_t v = an == 0 ? 0 : n > 0 ? (int64_t)z->_mp_d[0] : -(int64_t)z->_mp_d[0];
        gp_decref((GpObject *)r);
        return int_from_i64(v);
    }
    /* Give back what the estimate left unused (shrinking cannot fail), so a big int holds
     * exactly the limbs of its value and sys.getsizeof depends on the value alone. A limb
     * or two of slack stays in the block (a realloc per operation would cost more than
     * the operation on numbers of a few thousand limbs): only _mp_alloc, which GMP never
     * needs to be the block's full size, drops to the value's limbs. */
    if (z->_mp_alloc > an + 2)
        mpz_realloc2(z, (mp_bitcnt_t)an * GMP_NUMB_BITS);
    else
        z->_mp_alloc = an;
    return (GpObject *)r;
}

GpObject *int_from_mpz(mpz_srcptr z) {
    intptr_t n = mpz_limbs(z);
    if (n <= 1 && (n == 0 || z->_mp_d[0] <= (mp_limb_t)INT64_MAX))
        return int_from_i64(n == 0            ? 0
                            : z->_mp_size > 0 ? (int64_t)z->_mp_d[0]
                                              : -(int64_t)z->_mp_d[0]);
    GpBigInt *r = big_alloc((uint64_t)n);
    if (!r)
        return NULL;
    mpz_set(r->z, z);
    return (GpObject *)r;
}

GpObject *int_from_i128(__int128 v) {
    if (v >= -(__int128)INT64_MAX && v <= (__int128)INT64_MAX)
        return int_from_i64((int64_t)v);
    unsigned __int128 m = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
    GpBigInt *r = big_alloc(2);
    if (!r)
        return NULL;
    r->z->_mp_d[0] = (mp_limb_t)m;
    r->z->_mp_d[1] = (mp_limb_t)(m >> 64);
    int size = r->z->_mp_d[1] ? 2 : 1;
    r->z->_mp_size = v < 0 ? -size : size;
    return (GpObject *)r;
}

GpObject *int_from_u64(uint64_t v) {
    if (v <= (uint64_t)INT64_MAX)
        return int_from_i64((int64_t)v);
    GpBigInt *r = big_alloc(1);
    if (!r)
        return NULL;
    r->z->_mp_d[0] = v;
    r->z->_mp_size = 1;
    return (GpObject *)r;
}

/* ---- Doubles ---- */

uint64_t mpz_bits_at(mpz_srcptr z, uint64_t pos) {
    intptr_t n = mpz_limbs(z);
    uint64_t i = pos / 64;
    unsigned off = (unsigned)(pos % 64);
    uint64_t lo = (intptr_t)i < n ? z->_mp_d[i] : 0;
    uint64_t hi = (intptr_t)i + 1 < n ? z->_mp_d[i + 1] : 0;
    return off ? (lo >> off) | (hi << (64 - off)) : lo;
}

int mpz_to_double(mpz_srcptr z, double *out) {
    intptr_t n = mpz_limbs(z);
    if (n == 0) {
        *out = 0.0;
        return 0;
    }
    if (n == 1) {
        *out = (double)z->_mp_d[0]; /* the conversion rounds correctly */
        return 0;
    }
    uint64_t bits = mpz_sizeinbase(z, 2);
    if (bits > 1024)
        return -1;
    /* The top 55 bits with a sticky bit for the rest: converting that to a double rounds
     * once, to nearest even, exactly as rounding the whole value would. */
    uint64_t shift = bits - 55;
    uint64_t q = mpz_bits_at(z, shift);
    if (mpz_scan1(z, 0) < shift)
        q |= 1;
    double d = ldexp((double)q, (int)shift);
    if (isinf(d))
        return -1;
    *out = d;
    return 0;
}
