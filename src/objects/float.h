/* float.h — Python's float: a 24-byte object (header + double) from the float blocks. */
#ifndef GP_FLOAT_H
#define GP_FLOAT_H

#include "object.h"

typedef struct GpFloat {
    GP_HEAD;
    double value;
} GpFloat;

extern GpType gp_type_float;
#define FLOAT_CHECK(o) (GP_TYPE(o) == &gp_type_float || type_is_subtype(GP_TYPE(o), &gp_type_float))
#define FLOAT_VALUE(o) (((GpFloat *)(o))->value)

/* float.fromhex, installed in float's dict as a class method by dict_init. */
extern GpMethodDef float_fromhex_def;

GpObject *float_from_double(double v);                 /* new reference */
/* float(text): ValueError "could not convert string to float: 'x'". */
GpObject *float_from_string(const char *s, intptr_t len);
/* A float or an int (or __float__/__index__) as a double: 0, or -1 with TypeError
 * "must be real number, not str" / OverflowError. */
int obj_as_double(GpObject *o, double *out);
/* repr: the shortest string that round-trips ("0.1", "1e+16", "inf", "nan", "-0.0"). */
GpObject *float_repr_double(double v);
int64_t float_hash_double(double v);

/* objcore additions: */
/* x ** y with Python's rules (float_pow): 0, or -1 with ZeroDivisionError ("0.0 cannot be
 * raised to a negative power"), OverflowError, or ValueError for complex results. */
int float_pow_double(double x, double y, double *out);
/* divmod(a, b) for floats and ints mixed: a new tuple, NotImplemented, or NULL. */
GpObject *float_divmod(GpObject *a, GpObject *b);
/* Formats v as CPython's PyOS_double_to_string: code 'e' 'f' 'g' 'E' 'F' 'G' or 'r'
 * (repr, precision ignored); flags FLOATFMT_*. New reference to a str. */
enum { FLOATFMT_SIGN = 1, FLOATFMT_ADD_DOT_0 = 2, FLOATFMT_ALT = 4, FLOATFMT_NO_NEG_0 = 8 };
GpObject *float_format_double(double v, char code, int precision, int flags);
/* Compares a double with an int exactly (no rounding): -1, 0, 1; 2 if v is NaN. */
int float_compare_int(double v, GpObject *i);

#endif
