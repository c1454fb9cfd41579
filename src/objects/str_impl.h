/* str_impl.h — private to str*.c: UTF-8 helpers, the raw constructors and the Unicode
 * character properties (str_unicode.c) the str methods share.
 *
 * Invariants: a GpStr's data is generalised UTF-8 (lone surrogates are encoded in three
 * bytes, as CPython lets a str hold them); every constructor below returns the shared
 * objects where CPython does (the empty string, one-character Latin-1 strings).
 */
#ifndef GP_STR_IMPL_H
#define GP_STR_IMPL_H

#include <stdint.h>
#include <string.h>

#include "objects/str.h"

/* ---- UTF-8 ---- */
static inline int utf8_is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Bytes of the sequence led by c (1 for a stray continuation byte, which valid data lacks). */
static inline int utf8_lead_len(unsigned char c) {
    if (c < 0x80) return 1;
    if (c < 0xE0) return c < 0xC0 ? 1 : 2;
    if (c < 0xF0) return 3;
    return 4;
}

/* Decodes the code point at *pp (valid data) and advances *pp past it. */
static inline uint32_t utf8_next(const char **pp) {
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pp += 1;
        return c;
    }
    if (c < 0xE0) {
        *pp += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *pp += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pp += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Decodes the code point ending just before *pp and moves *pp back to its start. */
static inline uint32_t utf8_prev(const char **pp) {
    const char *p = *pp - 1;
    while (utf8_is_cont((unsigned char)*p)) p--;
    *pp = p;
    const char *q = p;
    return utf8_next(&q);
}

/* Writes cp's encoding to out (room for 4); returns its length. */
static inline int utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static inline int utf8_len_of(uint32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Code points in s[0..n) (valid data): the bytes that are not continuation bytes. */
intptr_t utf8_count(const char *s, intptr_t n);

/* ---- Raw construction (str.c) ---- */
/* A fresh, unshared str of nbytes bytes holding `length` code points; data is zeroed and
 * NUL-terminated; the caller fills it, then passes it through str_result. New reference or
 * NULL (MemoryError). */
GpObject *str_alloc(intptr_t nbytes, intptr_t length);
/* Returns the canonical object for a freshly built str (the empty singleton or a cached
 * character for short ones), consuming s; new reference. */
GpObject *str_result(GpObject *s);
/* s[0..n) holding `length` code points (known by the caller): new reference. */
GpObject *str_from_utf8_len(const char *s, intptr_t n, intptr_t length);
/* New reference to the empty string. */
GpObject *str_empty(void);
/* Byte offset of code point index i (0 <= i <= len) in s. */
intptr_t str_offset(GpObject *s, intptr_t i);
/* The code point at index i (0 <= i < len). */
uint32_t str_char_at(GpObject *s, intptr_t i);
/* A new str holding code points [start, stop) of s. */
GpObject *str_substr(GpObject *s, intptr_t start, intptr_t stop);
/* Returns s itself (new reference) if it is an exact str, else an exact copy. */
GpObject *str_exact(GpObject *s);
/* The largest code point in s (0 for ''). */
uint32_t str_max_char(GpObject *s);

/* Appends count copies of unit[0..unitlen) in one step (MemoryError when too big). */
int sb_append_repeat(StrBuf *sb, const char *unit, int unitlen, intptr_t count);

/* s[key]: an index or a slice (the getitem slot). */
GpObject *str_subscript(GpObject *s, GpObject *key);

/* sys.getsizeof: header + nbytes + 1. */
intptr_t str_sizeof(GpObject *s);

/* ---- Searching (str_methods.c) ---- */
/* Byte offset of the first / last occurrence of needle[0..m) in hay[0..n), or -1. */
intptr_t bytes_find(const char *hay, intptr_t n, const char *needle, intptr_t m);
intptr_t bytes_rfind(const char *hay, intptr_t n, const char *needle, intptr_t m);

/* ---- Formatting (str_format.c) ---- */
GpObject *str_mod_format(GpObject *fmt, GpObject *args);       /* fmt % args */
GpObject *str_format_method(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames);
GpObject *str_format_map_method(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames);
GpObject *str_format_slot(GpObject *self, GpObject *spec);     /* format(s, spec) */
/* Pads text (code point length len) to width with fill and align ('<', '>', '^'):
 * appends to sb. 0 or -1. */
int str_pad_into(StrBuf *sb, const char *text, intptr_t nbytes, intptr_t len,
                 intptr_t width, uint32_t fill, char align);

/* ---- Methods table (str_methods.c) ---- */
extern GpMethodDef str_methods[];
/* str.maketrans (a static method; self unused): dict_init installs it. */
GpObject *str_maketrans(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw);

/* ---- Character properties (str_unicode.c): exact for every code point (CPython 3.11,
 * Unicode 14.0; tables generated by tools/gen-unicode). ---- */
enum {
    UC_SPACE = 1 << 0, UC_ALPHA = 1 << 1, UC_DECIMAL = 1 << 2, UC_DIGIT = 1 << 3,
    UC_NUMERIC = 1 << 4, UC_LOWER = 1 << 5, UC_UPPER = 1 << 6, UC_TITLE = 1 << 7,
    UC_PRINTABLE = 1 << 8, UC_XID_START = 1 << 9, UC_XID_CONTINUE = 1 << 10,
    UC_CASED = 1 << 11, UC_CASE_IGNORABLE = 1 << 12, UC_LINEBREAK = 1 << 13,
};
unsigned uc_props(uint32_t cp);
static inline int uc_has(uint32_t cp, unsigned prop) { return (uc_props(cp) & prop) != 0; }
/* Full case mappings: write up to 3 code points to out, return how many. */
int uc_to_lower(uint32_t cp, uint32_t *out);
int uc_to_upper(uint32_t cp, uint32_t *out);
int uc_to_title(uint32_t cp, uint32_t *out);
int uc_to_fold(uint32_t cp, uint32_t *out);
/* The decimal value of a decimal digit, or -1. */
int uc_decimal_value(uint32_t cp);

#endif
