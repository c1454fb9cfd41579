/* int.h — Python's int, one type with two representations (DESIGN.md §2.3):
 * - small: header + int64_t (24 bytes) from the int blocks, for values in
 *   [-2**63+1, 2**63-1]; the value INT64_MIN is never a small int's value:
 * - it marks a big int: header + INT64_MIN + a GMP mpz_t (40 bytes, plus its limbs);
 *   int_internal.h has the layout. Every value that fits the small representation uses it.
 * Values in [-5, 256] are always the cached objects (gp_interp->small_ints).
 */
#ifndef GP_INT_H
#define GP_INT_H

#include "object.h"

typedef struct GpInt {
    GP_HEAD;
    int64_t value; /* INT64_MIN: a big int (GpBigInt) */
} GpInt;

extern GpType gp_type_int;

#define INT_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_INT_SUBCLASS) != 0) /* int or bool or subclass   \
                                                                       */
#define INT_CHECK_EXACT(o) (GP_TYPE(o) == &gp_type_int)
#define INT_IS_SMALL(o) (((GpInt *)(o))->value != INT64_MIN)
#define INT_VALUE(o) (((GpInt *)(o))->value) /* only when INT_IS_SMALL */

/* New reference to the int v (the cached object for -5..256; INT64_MIN makes a big int).
 * NULL with MemoryError. */
GpObject *int_from_i64(int64_t v);
GpObject *int_from_u64(uint64_t v);
/* The int of a finite double's integral part (int(3.9) == 3). NULL + exception. The caller
 * rejects NaN and infinities. */
GpObject *int_from_double(double v);
/* Allocates the small-int cache and installs GMP's allocation hooks; called once at
 * start-up before any other int exists. */
int int_init_small_cache(void);
void int_fini_small_cache(void);
/* Installs int.from_bytes (a class method) in the readied type's dict; builtins_init calls
 * it. 0 or -1. */
int int_init_type(void);

/* int(text, base) with CPython's rules (base 0 or 2..36, underscores, whitespace, sign).
 * Error: ValueError "invalid literal for int() with base 10: 'abc'" (repr of the text), or
 * the sys.set_int_max_str_digits limit. Used by the compiler for literals too (text as in
 * AstConst: prefix kept, base 0). */
GpObject *int_from_string(const char *s, intptr_t len, int base);

/* Converts an int (or bool) to int64: 0 on success, -1 with OverflowError
 * ("Python int too large to convert to C long") if it does not fit. */
int int_to_i64(GpObject *o, int64_t *out);
/* Correctly rounded conversion: 0, or -1 with OverflowError "int too large to convert to float". */
int int_to_double(GpObject *o, double *out);
/* Compares the int i with the double v exactly (no rounding); v must not be NaN (infinities
 * are fine). -1, 0, 1. */
int int_compare_double(GpObject *i, double v);
/* -1, 0 or 1. */
int int_sign(GpObject *o);
/* Bits of |o| (0 for 0): int.bit_length(). */
uint64_t int_bit_length(GpObject *o);

/* str(o) in base 10 / in base 2, 8 or 16 with the Python prefix ("0b101", "-0x1f").
 * Base 10 honours sys.set_int_max_str_digits (ValueError). */
GpObject *int_to_decimal_str(GpObject *o);
GpObject *int_to_base_str(GpObject *o, int base);

/* Python semantics on two ints (borrowed), new reference; NotImplemented if either is not
 * an int. Exposed for the VM's fallbacks after its inline small-int paths. */
GpObject *int_add(GpObject *a, GpObject *b);
GpObject *int_sub(GpObject *a, GpObject *b);
GpObject *int_mul(GpObject *a, GpObject *b);
GpObject *int_floordiv(GpObject *a, GpObject *b);
GpObject *int_mod(GpObject *a, GpObject *b);
int int_compare(GpObject *a, GpObject *b); /* -1, 0, 1 (cannot fail) */
int64_t int_hash(GpObject *o);             /* CPython's: sign * (|o| mod 2**61-1), -1 → -2 */

/* divmod(a, b) on two ints: a new tuple (q, r), or NotImplemented if either is not an int. */
GpObject *int_divmod(GpObject *a, GpObject *b);
/* a / b on two ints: a correctly rounded float (OverflowError "integer division result too
 * large for a float"). */
GpObject *int_truediv(GpObject *a, GpObject *b);
/* The exact int with o's value (o itself when it is exactly an int). New reference. */
GpObject *int_exact(GpObject *o);

#endif
