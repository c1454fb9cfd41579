/* bytes_codec.c — the built-in codecs between str and bytes: utf-8, ascii and latin-1,
 * with the error handlers strict, ignore, replace, backslashreplace (and
 * xmlcharrefreplace for encoding), raising UnicodeDecodeError / UnicodeEncodeError with
 * CPython's five arguments (encoding, object, start, end, reason).
 *
 * Invariants: the UTF-8 decoder rejects exactly what CPython's does (overlongs, surrogates,
 * > U+10FFFF) and reports the same error spans ("invalid start byte", "invalid continuation
 * byte", "unexpected end of data"); str data is UTF-8 where a lone surrogate is 3 bytes.
 */
#include <ctype.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };
static const char *const enc_names[] = {"utf-8", "ascii", "latin-1"};

/* The codec for a name, or -1 with LookupError. */
static int lookup_encoding(const char *name) {
    if (!name) return ENC_UTF8;
    char norm[32];
    size_t n = strlen(name), k = 0;
    if (n >= sizeof norm) goto unknown;
    for (size_t i = 0; i < n; i++) {
        char c = (char)tolower((unsigned char)name[i]);
        norm[k++] = (c == '-' || c == ' ') ? '_' : c;
    }
    norm[k] = '\0';
    static const struct { const char *name; int enc; } aliases[] = {
        {"utf_8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8},
        {"cp65001", ENC_UTF8},
        {"ascii", ENC_ASCII}, {"us_ascii", ENC_ASCII}, {"646", ENC_ASCII},
        {"latin_1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"latin", ENC_LATIN1},
        {"iso_8859_1", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1}, {"8859", ENC_LATIN1},
        {"cp819", ENC_LATIN1}, {"l1", ENC_LATIN1}, {"iso_ir_100", ENC_LATIN1},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(norm, aliases[i].name) == 0) return aliases[i].enc;
unknown:
    err_format(&gp_exc_LookupError, "unknown encoding: %s", name);
    return -1;
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_SURROGATEESCAPE,
       ERR_UNKNOWN };

static int lookup_errors(const char *errors) {
    if (!errors || strcmp(errors, "strict") == 0) return ERR_STRICT;
    if (strcmp(errors, "ignore") == 0) return ERR_IGNORE;
    if (strcmp(errors, "replace") == 0) return ERR_REPLACE;
    if (strcmp(errors, "backslashreplace") == 0) return ERR_BACKSLASH;
    if (strcmp(errors, "xmlcharrefreplace") == 0) return ERR_XMLREF;
    if (strcmp(errors, "surrogateescape") == 0) return ERR_SURROGATEESCAPE;
    return ERR_UNKNOWN;
}

/* Raises exc_type(encoding, obj, start, end, reason). */
static void raise_unicode_error(GpType *type, const char *enc, GpObject *obj, intptr_t start,
                                intptr_t end, const char *reason) {
    GpObject *e = str_from_cstr(enc), *s = int_from_i64(start), *t = int_from_i64(end);
    GpObject *r = str_from_cstr(reason);
    GpObject *args = (e && s && t && r) ? tuple_pack(5, e, obj, s, t, r) : NULL;
    gp_xdecref(e), gp_xdecref(s), gp_xdecref(t), gp_xdecref(r);
    if (!args) return;
    err_set_object(type, args);
    gp_decref(args);
}

static void unknown_handler(const char *errors) {
    err_format(&gp_exc_LookupError, "unknown error handler name '%s'", errors);
}

/* Length of a valid UTF-8 sequence at s[i], or 0 with *span / *reason describing the
 * error (CPython's rules). */
static int utf8_seq(const unsigned char *s, intptr_t i, intptr_t n, intptr_t *span,
                    const char **reason) {
    unsigned char c = s[i];
    if (c < 0x80) return 1;
    int len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *span = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (int k = 1; k < len; k++) {
        if (i + k >= n) {
            *span = n - i;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned char b = s[i + k];
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h) {
            *span = k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return len;
}

static void backslash_byte(StrBuf *sb, unsigned char c) { sb_printf(sb, "\\x%02x", c); }

GpObject *bytes_decode(const char *data, intptr_t n, const char *encoding, const char *errors) {
    int enc = lookup_encoding(encoding);
    if (enc < 0) return NULL;
    int eh = lookup_errors(errors);
    const unsigned char *s = (const unsigned char *)data;
    StrBuf sb = STRBUF_INIT;
    intptr_t i = 0;
    while (i < n) {
        intptr_t span = 1;
        const char *reason = NULL;
        if (enc == ENC_LATIN1) {
            sb_append_codepoint(&sb, s[i++]);
            continue;
        }
        if (s[i] < 0x80) {
            intptr_t j = i;
            while (j < n && s[j] < 0x80) j++;
            sb_append(&sb, (const char *)s + i, j - i);
            i = j;
            continue;
        }
        if (enc == ENC_UTF8) {
            int len = utf8_seq(s, i, n, &span, &reason);
            if (len) {
                sb_append(&sb, (const char *)s + i, len);
                i += len;
                continue;
            }
        } else {
            reason = "ordinal not in range(128)";
        }
        /* an error over s[i .. i + span) */
        switch (eh) {
        case ERR_IGNORE: break;
        case ERR_REPLACE: sb_append_codepoint(&sb, 0xFFFD); break;
        case ERR_BACKSLASH:
            for (intptr_t k = 0; k < span; k++) backslash_byte(&sb, s[i + k]);
            break;
        case ERR_SURROGATEESCAPE:   /* every byte of the span is >= 0x80 */
            for (intptr_t k = 0; k < span; k++) sb_append_codepoint(&sb, 0xDC00 + s[i + k]);
            break;
        case ERR_STRICT: {
            sb_discard(&sb);
            GpObject *b = bytes_from_data(data, n);
            if (b) {
                raise_unicode_error(&gp_exc_UnicodeDecodeError, enc_names[enc], b, i, i + span,
                                    reason);
                gp_decref(b);
            }
            return NULL;
        }
        default:
            sb_discard(&sb);
            unknown_handler(errors);
            return NULL;
        }
        i += span;
    }
    if (sb.failed) {
        sb_discard(&sb);
        return NULL;
    }
    if (sb.len == 0) {
        sb_discard(&sb);
        return str_from_cstr("");
    }
    return sb_finish(&sb);
}

/* Next code point of UTF-8 text (lone surrogates included). */
static uint32_t next_cp(const unsigned char **pp) {
    const unsigned char *p = *pp;
    uint32_t c = p[0];
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len == 2) c = ((c & 0x1F) << 6) | (p[1] & 0x3F);
    else if (len == 3) c = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else if (len == 4)
        c = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    *pp = p + len;
    return c;
}

GpObject *str_encode_to_bytes(GpObject *str, const char *encoding, const char *errors) {
    int enc = lookup_encoding(encoding);
    if (enc < 0) return NULL;
    int eh = lookup_errors(errors);
    const unsigned char *p = (const unsigned char *)STR_DATA(str);
    const unsigned char *end = p + STR_NBYTES(str);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    const char *reason = enc == ENC_ASCII ? "ordinal not in range(128)"
                         : enc == ENC_LATIN1 ? "ordinal not in range(256)"
                                             : "surrogates not allowed";
    StrBuf sb = STRBUF_INIT;
    intptr_t pos = 0;
    while (p < end) {
        const unsigned char *at = p;
        uint32_t c = next_cp(&p);
        int bad = enc == ENC_UTF8 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
        if (!bad) {
            if (enc == ENC_UTF8) sb_append(&sb, (const char *)at, p - at);
            else sb_append_char(&sb, (char)c);
            pos++;
            continue;
        }
        /* the run of unencodable characters [pos, endpos) */
        intptr_t endpos = pos + 1;
        const unsigned char *q = p;
        while (q < end) {
            const unsigned char *r = q;
            uint32_t d = next_cp(&r);
            int b2 = enc == ENC_UTF8 ? (d >= 0xD800 && d <= 0xDFFF) : d >= limit;
            if (!b2) break;
            q = r;
            endpos++;
        }
        int escape = eh;
        if (eh == ERR_SURROGATEESCAPE) {   /* U+DC80..U+DCFF back to their bytes, or fail */
            const unsigned char *r = at;
            for (intptr_t k = pos; k < endpos; k++) {
                uint32_t d = next_cp(&r);
                if (d < 0xDC80 || d > 0xDCFF) escape = ERR_STRICT;
            }
        }
        switch (escape) {
        case ERR_IGNORE: break;
        case ERR_REPLACE:
            for (intptr_t k = pos; k < endpos; k++) sb_append_char(&sb, '?');
            break;
        case ERR_SURROGATEESCAPE: {
            const unsigned char *r = at;
            for (intptr_t k = pos; k < endpos; k++) sb_append_char(&sb, (char)(next_cp(&r) - 0xDC00));
            break;
        }
        case ERR_BACKSLASH:
        case ERR_XMLREF: {
            const unsigned char *r = at;
            for (intptr_t k = pos; k < endpos; k++) {
                uint32_t d = next_cp(&r);
                if (eh == ERR_XMLREF) sb_printf(&sb, "&#%u;", (unsigned)d);
                else if (d < 0x100) sb_printf(&sb, "\\x%02x", (unsigned)d);
                else if (d < 0x10000) sb_printf(&sb, "\\u%04x", (unsigned)d);
                else sb_printf(&sb, "\\U%08x", (unsigned)d);
            }
            break;
        }
        case ERR_STRICT:
            sb_discard(&sb);
            raise_unicode_error(&gp_exc_UnicodeEncodeError, enc_names[enc], str, pos, endpos,
                                reason);
            return NULL;
        default:
            sb_discard(&sb);
            unknown_handler(errors);
            return NULL;
        }
        p = q;
        pos = endpos;
    }
    if (sb.failed) {
        sb_discard(&sb);
        return NULL;
    }
    GpObject *r = bytes_from_data(sb.data, sb.len);
    sb_discard(&sb);
    return r;
}
