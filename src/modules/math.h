/* math.h — the math module (modules/math.c): CPython 3.11's math functions, the integer
 * ones (gcd, lcm, isqrt, factorial, comb, perm) on GMP. */
#ifndef GP_MATH_MODULE_H
#define GP_MATH_MODULE_H

#include "object.h"

/* A new math module. New reference, or NULL with an exception set. */
GpObject *math_module_create(void);

#endif
