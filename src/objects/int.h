/* int.h — Python's int. Small representation: header + int64_t (24 bytes) from the int
 * blocks; the value INT64_MIN is never a small int's value: it marks a big int (GMP, issue
 * 4). Until big ints land, results outside [-2**63+1, 2**63-1] raise OverflowError
 * ("integer overflow: results beyond 64 bits are not supported yet").
 * Values in [-5, 256] are always the cached objects (gp_interp->small_ints).
 */
#ifndef GP_INT_H
#define GP_INT_H

#include "object.h"

typedef struct GpInt {
    GP_HEAD;
    int64_t value;           /* INT64_MIN: a big int follows (issue 4) */
} GpInt;

extern GpType gp_type_int;

#define INT_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_INT_SUBCLASS) != 0)   /* int or bool or subclass */
#define INT_CHECK_EXACT(o) (GP_TYPE(o) == &gp_type_int)
#define INT_IS_SMALL(o) (((GpInt *)(o))->value != INT64_MIN)
#define INT_VALUE(o) (((GpInt *)(o))->value)   /* only when INT_IS_SMALL */

/* New reference to the int v (the cached object for -5..256). NULL + MemoryError, or
 * OverflowError for INT64_MIN until big ints exist. */
GpObject *int_from_i64(int64_t v);
/* Allocates the small-int cache; called once at start-up before any other int exists. */
int int_init_small_cache(void);
void int_fini_small_cache(void);

/* int(text, base) with CPython's rules (base 0 or 2..36, underscores, whitespace, sign).
 * Error: ValueError "invalid literal for int() with base 10: 'abc'" (repr of the text).
 * Used by the compiler for literals too (text as in AstConst: prefix kept, base 0). */
GpObject *int_from_string(const char *s, intptr_t len, int base);

/* Converts an int (or bool) to int64: 0 on success, -1 with OverflowError
 * ("Python int too large to convert to C long") if it does not fit. */
int int_to_i64(GpObject *o, int64_t *out);
/* Correctly rounded conversion: 0, or -1 with OverflowError "int too large to convert to float". */
int int_to_double(GpObject *o, double *out);

/* str(o) in base 10 / in base 2, 8 or 16 with the Python prefix ("0b101", "-0x1f"). */
GpObject *int_to_decimal_str(GpObject *o);
GpObject *int_to_base_str(GpObject *o, int base);

/* Python semantics on two ints (borrowed), new reference. Exposed for the VM's fast paths. */
GpObject *int_add(GpObject *a, GpObject *b);
GpObject *int_sub(GpObject *a, GpObject *b);
GpObject *int_mul(GpObject *a, GpObject *b);
GpObject *int_floordiv(GpObject *a, GpObject *b);
GpObject *int_mod(GpObject *a, GpObject *b);
int int_compare(GpObject *a, GpObject *b);   /* -1, 0, 1 (cannot fail) */
int64_t int_hash(GpObject *o);

/* objcore additions: */
/* divmod(a, b) on two ints: a new tuple (q, r), or NotImplemented if either is not an int. */
GpObject *int_divmod(GpObject *a, GpObject *b);
/* a / b on two ints: a correctly rounded float. */
GpObject *int_truediv(GpObject *a, GpObject *b);
/* The exact int with o's value (o itself when it is exactly an int). New reference. */
GpObject *int_exact(GpObject *o);

#endif
