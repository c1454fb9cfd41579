/* bytes.h — Python's bytes: an immutable byte string (header, size, hash, data), as
 * CPython's PyBytesObject, so sys.getsizeof(b'') is 33.
 *
 * Invariants: data[size] is always '\0'; hash is -1 until computed (SipHash-1-3 over the
 * bytes with the str key, so it equals CPython's under the same PYTHONHASHSEED).
 */
#ifndef GP_BYTES_H
#define GP_BYTES_H

#include "object.h"

typedef struct GpBytes {
    GP_HEAD;
    intptr_t size;
    int64_t hash;
    char data[];             /* size + 1 */
} GpBytes;

extern GpType gp_type_bytes, gp_type_bytes_iterator;
#define BYTES_CHECK(o) obj_is_instance_of((o), &gp_type_bytes)
#define BYTES_CHECK_EXACT(o) (GP_TYPE(o) == &gp_type_bytes)
#define BYTES_SIZE(o) (((GpBytes *)(o))->size)
#define BYTES_DATA(o) (((GpBytes *)(o))->data)

/* A bytes of n uninitialised bytes (data[n] is '\0'), to fill before it escapes. New ref. */
GpObject *bytes_alloc(intptr_t n);
/* A copy of s[0..n). New reference. */
GpObject *bytes_from_data(const char *s, intptr_t n);
int64_t bytes_hash(GpObject *b);
/* b'...' quoted as CPython. New reference to a str. */
GpObject *bytes_repr(GpObject *b);
/* Equality of two bytes: 1 or 0. */
int bytes_eq(GpObject *a, GpObject *b);

/* Codecs (bytes_codec.c). encoding/errors may be NULL (utf-8, strict). Names are
 * normalised as CPython ("UTF8", "utf_8", "latin1", "iso-8859-1", "ascii", "us-ascii").
 * LookupError "unknown encoding: x"; errors: strict, ignore, replace (and for encoding
 * also backslashreplace, xmlcharrefreplace; for decoding also backslashreplace). */
GpObject *bytes_decode(const char *s, intptr_t n, const char *encoding, const char *errors);
GpObject *str_encode_to_bytes(GpObject *str, const char *encoding, const char *errors);


/* ---- bytearray (bytearray.c): mutable; data holds alloc bytes (NULL when alloc is 0) ---- */
typedef struct GpByteArray {
    GP_HEAD;
    intptr_t size;
    intptr_t alloc;
    char *data;
} GpByteArray;
extern GpType gp_type_bytearray, gp_type_bytearray_iterator;
#define BYTEARRAY_CHECK(o) obj_is_instance_of((o), &gp_type_bytearray)
/* A bytearray copy of s[0..n) (s NULL: n zero bytes). New reference. */
GpObject *bytearray_from_data(const char *s, intptr_t n);
/* The content of a bytes or bytearray: 1 with *p / *n set, else 0 (no exception). */
int bytes_like(GpObject *x, const char **p, intptr_t *n);

/* Shared by bytes*.c: */
extern GpMethodDef gp_bytes_methods[];   /* bytes_methods.c */
/* The needle of `in`, find, count...: an int 0..255 (one byte, stored in *one) or a bytes.
 * Sets *p and *m. 0, or -1 (TypeError "a bytes-like object is required, not 'str'",
 * ValueError "byte must be in range(0, 256)"). */
int bytes_needle(GpObject *x, char *one, const char **p, intptr_t *m);
/* Installs bytes.fromhex (a class method) in the type's dict; builtins_init calls it. */
int bytes_init(void);
/* fmt % args (bytes_format.c): NotImplemented if fmt is not a bytes. New reference. */
GpObject *bytes_mod(GpObject *fmt, GpObject *args);

#endif
