/* int_internal.h — what int.c and int_methods.c share (not for other modules). */
#ifndef GP_INT_INTERNAL_H
#define GP_INT_INTERNAL_H

#include "object.h"

#define INT_OVERFLOW_MSG "integer overflow: results beyond 64 bits are not supported yet"

GpObject *int_overflow(void);                 /* raises OverflowError, returns NULL */
GpObject *int_cmp_result(int c, int op);      /* new bool for a -1/0/1 comparison */
char *int_format_decimal(int64_t v, char *end);
GpObject *int_new(GpType *type, GpObject *const *args, intptr_t nargs, GpObject *kwnames);
GpObject *int_format(GpObject *o, GpObject *spec);
extern GpMethodDef int_methods[];
extern GpGetSetDef int_getset[];

/* numfmt.c: skips Unicode whitespace (str.strip's set) at both ends of [*s, *end). */
void numfmt_strip_space(const char **s, const char **end);
/* repr of text[0..len) (valid UTF-8) cut to 200 code points, for ValueError messages. */
GpObject *numfmt_text_repr(const char *s, intptr_t len);

#endif
