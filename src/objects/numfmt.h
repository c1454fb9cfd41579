/* numfmt.h — the format-spec mini-language shared by int and float (__format__):
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type], CPython 3.11's rules.
 */
#ifndef GP_NUMFMT_H
#define GP_NUMFMT_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct FormatSpec {
    uint32_t fill;           /* code point; ' ' by default */
    char align;              /* '<' '>' '^' '=' ; 0 when not given */
    char sign;               /* '+' '-' ' ' ; 0 when not given */
    bool no_neg_zero;        /* 'z' */
    bool alternate;          /* '#' */
    intptr_t width;          /* -1: none */
    char grouping;           /* ',' '_' or 0 */
    intptr_t precision;      /* -1: none */
    char type;               /* 0: none */
} FormatSpec;

/* Parses spec (a str) for an object of type tname. 0, or -1 with ValueError. */
int numfmt_parse(GpObject *spec, const char *tname, FormatSpec *f);

/* "Unknown format code 'x' for object of type 'float'" (ValueError); returns NULL. */
GpObject *numfmt_unknown_code(char type, const char *tname);

/* Lays out a formatted number as a new str: sign ("-", "+", " " or ""), prefix ("0x"),
 * the digits of the integer part (grouped by group digits with f->grouping when set,
 * zero-extended when the fill is '0' with '=' alignment), then rest (fraction, exponent,
 * '%'), padded to f->width with f->fill per f->align (default '>', or `default_align`). */
GpObject *numfmt_finish(const FormatSpec *f, const char *sign, const char *prefix,
                        const char *digits, intptr_t ndigits, const char *rest, int group,
                        char default_align);

#endif
