/* str.h — Python's str: immutable Unicode text stored as UTF-8.
 *
 * Invariants: data is valid UTF-8 and NUL-terminated; length counts code points, nbytes
 * bytes; ascii is set iff nbytes == length (then indexing is O(1)); hash is -1 until
 * computed (SipHash-1-3 over CPython's bytes for the string, keyed by PYTHONHASHSEED, so
 * ASCII strings iterate in sets/dicts in CPython's order). The empty string is a singleton
 * (gp_interp->empty_str); one-character Latin-1 strings are cached.
 */
#ifndef GP_STR_H
#define GP_STR_H

#include <stdarg.h>

#include "object.h"

typedef struct GpStr {
    GP_HEAD;
    int64_t hash;            /* -1: not computed yet */
    intptr_t length;         /* code points */
    intptr_t nbytes;         /* UTF-8 bytes, without the NUL */
    uint8_t ascii;
    uint8_t interned;
    char data[];             /* nbytes + 1 */
} GpStr;

extern GpType gp_type_str;
#define STR_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_STR_SUBCLASS) != 0)
#define STR_CHECK_EXACT(o) (GP_TYPE(o) == &gp_type_str)
#define STR_DATA(o) (((GpStr *)(o))->data)
#define STR_NBYTES(o) (((GpStr *)(o))->nbytes)
#define STR_LEN(o) (((GpStr *)(o))->length)

/* New references. The inputs must be valid UTF-8 (str_decode_utf8 validates). */
GpObject *str_from_cstr(const char *s);
GpObject *str_from_utf8(const char *s, intptr_t nbytes);
/* Validates: UnicodeDecodeError on bad UTF-8. */
GpObject *str_decode_utf8(const char *s, intptr_t nbytes);
/* Format as err_format does (%s %d ... %R %S %T %U). */
GpObject *str_from_format(const char *fmt, ...);
GpObject *str_from_vformat(const char *fmt, va_list ap);
/* One character (code point cp); cached for cp < 256. */
GpObject *str_from_codepoint(uint32_t cp);

/* Borrowed C string (valid while the str lives). */
static inline const char *str_cstr(GpObject *s) { return ((GpStr *)s)->data; }

int64_t str_hash(GpObject *s);
/* The same SipHash-1-3 over raw bytes (bytes objects; 0 for n == 0). Cannot fail. */
int64_t str_hash_bytes(const void *p, size_t n);
/* Equality of two strs (fast: identity, length, hash if known, bytes). */
int str_eq(GpObject *a, GpObject *b);
int str_eq_cstr(GpObject *s, const char *c);
GpObject *str_concat(GpObject *a, GpObject *b);         /* new reference */
GpObject *str_repr(GpObject *s);                        /* new reference: 'text' quoted as CPython */
/* Appends right (a str) to *left in place when str_can_append_inplace(*left): *left has one
 * reference (the caller's), exact type, not interned or a cached/singleton str. *left may
 * move; its hash is reset. 0, or -1 with MemoryError (*left unchanged). vm.c uses it for
 * `s += x` (CPython's in-place unicode concatenation). */
int str_append_inplace(GpObject **left, GpObject *right);
int str_can_append_inplace(GpObject *s);
/* sep.join(iterable): TypeError "sequence item 0: expected str instance, int found". */
GpObject *str_join(GpObject *sep, GpObject *iterable);

/* Interning: replaces *p (a str reference owned by the caller) with the interned copy. */
void str_intern_inplace(GpObject **p);
/* New reference to the interned str for s (NULL + MemoryError on failure). */
GpObject *str_intern_cstr(const char *s);
/* Frees the interned table (interp tear-down). */
void str_fini(void);

/* ---- StrBuf: building strings (repr of containers, formatting, join) ---- */
typedef struct StrBuf {
    char *data;              /* mem_alloc'd; NULL until first append */
    intptr_t len, cap;
    int failed;              /* set when an allocation failed (MemoryError is set) */
} StrBuf;
#define STRBUF_INIT {NULL, 0, 0, 0}
int sb_append(StrBuf *sb, const char *s, intptr_t n);   /* 0 or -1 (MemoryError) */
int sb_append_cstr(StrBuf *sb, const char *s);
int sb_append_char(StrBuf *sb, char c);
int sb_append_str(StrBuf *sb, GpObject *str);           /* appends a str object's text */
int sb_append_codepoint(StrBuf *sb, uint32_t cp);
int sb_printf(StrBuf *sb, const char *fmt, ...);        /* C printf formats only */
/* Makes a str of the buffer (valid UTF-8 required) and releases it: new reference or NULL. */
GpObject *sb_finish(StrBuf *sb);
void sb_discard(StrBuf *sb);

/* ---- containers: additions ---- */
/* Creates the empty-string singleton (interp.c calls it at start-up; str creation also
 * makes it lazily). 0 or -1. */
int str_init(void);
/* The iterator types of str (ASCII strings get str_ascii_iterator, as in CPython). */
extern GpType gp_type_str_iterator, gp_type_str_ascii_iterator;

#endif
