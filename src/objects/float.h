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

GpObject *float_from_double(double v);                 /* new reference */
/* float(text): ValueError "could not convert string to float: 'x'". */
GpObject *float_from_string(const char *s, intptr_t len);
/* A float or an int (or __float__/__index__) as a double: 0, or -1 with TypeError
 * "must be real number, not str" / OverflowError. */
int obj_as_double(GpObject *o, double *out);
/* repr: the shortest string that round-trips ("0.1", "1e+16", "inf", "nan", "-0.0"). */
GpObject *float_repr_double(double v);
int64_t float_hash_double(double v);

#endif
