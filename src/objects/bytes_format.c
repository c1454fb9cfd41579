/* bytes_format.c — printf-style formatting of bytes (`b'%d' % 5`, PEP 461).
 *
 * Invariants: %s/%b take bytes, %r/%a the ASCII repr, %c an int 0..255 or one byte; the
 * numeric conversions are done by str's % (the same digits) and encoded as ASCII. Mapping
 * keys (%(name)s) and * widths are supported as in CPython.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

/* Appends text with width (and '-' for left alignment) as %s does. */
static void put_padded(StrBuf *sb, const char *s, intptr_t n, intptr_t width, intptr_t prec,
                       int left) {
    if (prec >= 0 && n > prec) n = prec;
    intptr_t pad = width > n ? width - n : 0;
    if (!left)
        for (intptr_t i = 0; i < pad; i++) sb_append_char(sb, ' ');
    sb_append(sb, s, n);
    if (left)
        for (intptr_t i = 0; i < pad; i++) sb_append_char(sb, ' ');
}

/* The next argument: borrowed, or NULL with TypeError. */
static GpObject *next_arg(GpObject *args, intptr_t *argi, int is_tuple) {
    if (!is_tuple) {
        if (*argi > 0) goto missing;
        (*argi)++;
        return args;
    }
    if (*argi >= TUPLE_SIZE(args)) goto missing;
    return TUPLE_ITEM(args, (*argi)++);
missing:
    err_set_str(&gp_exc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* An int argument for * (width/precision). 0 or -1. */
static int star_arg(GpObject *args, intptr_t *argi, int is_tuple, intptr_t *out) {
    GpObject *v = next_arg(args, argi, is_tuple);
    if (!v) return -1;
    if (!INT_CHECK(v)) {
        err_set_str(&gp_exc_TypeError, "* wants int");
        return -1;
    }
    *out = obj_as_ssize(v);
    return *out == -1 && err_occurred() ? -1 : 0;
}

GpObject *bytes_mod(GpObject *fmt, GpObject *args) {
    if (!BYTES_CHECK(fmt)) return gp_newref(GP_NOTIMPL);
    const char *p = BYTES_DATA(fmt), *end = p + BYTES_SIZE(fmt);
    int is_tuple = TUPLE_CHECK(args);
    int is_map = !is_tuple && !BYTES_CHECK(args) && !STR_CHECK(args) &&
                 GP_TYPE(args)->getitem != NULL;
    intptr_t argi = 0;
    StrBuf sb = STRBUF_INIT;
    GpObject *tmp = NULL;
    while (p < end) {
        const char *pct = memchr(p, '%', (size_t)(end - p));
        if (!pct) {
            sb_append(&sb, p, end - p);
            break;
        }
        sb_append(&sb, p, pct - p);
        p = pct + 1;
        GpObject *src = args;
        int src_tuple = is_tuple;
        intptr_t srci = 0, *ai = &argi;
        GpObject *keyed = NULL;
        if (p < end && *p == '(') {
            if (!is_map) {
                err_set_str(&gp_exc_TypeError, "format requires a mapping");
                goto error;
            }
            const char *k = ++p;
            int depth = 1;
            while (p < end && depth) {
                if (*p == '(') depth++;
                else if (*p == ')') depth--;
                p++;
            }
            if (depth) {
                err_set_str(&gp_exc_ValueError, "incomplete format key");
                goto error;
            }
            GpObject *key = bytes_from_data(k, p - 1 - k);
            if (!key) goto error;
            keyed = obj_getitem(args, key);
            gp_decref(key);
            if (!keyed) goto error;
            src = keyed, src_tuple = 0, ai = &srci;
        }
        char flags[8];
        int nflags = 0, left = 0;
        while (p < end && strchr("-+ #0", *p)) {
            if (*p == '-') left = 1;
            if (nflags < 7) flags[nflags++] = *p;
            p++;
        }
        flags[nflags] = '\0';
        intptr_t width = -1, prec = -1;
        if (p < end && *p == '*') {
            p++;
            if (star_arg(src, ai, src_tuple, &width) < 0) goto error_k;
            if (width < 0) left = 1, width = -width;
        } else {
            while (p < end && *p >= '0' && *p <= '9') width = (width < 0 ? 0 : width) * 10 + (*p++ - '0');
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                p++;
                if (star_arg(src, ai, src_tuple, &prec) < 0) goto error_k;
            } else {
                while (p < end && *p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
            }
        }
        while (p < end && (*p == 'l' || *p == 'h' || *p == 'L')) p++;
        if (p >= end) {
            err_set_str(&gp_exc_ValueError, "incomplete format");
            goto error_k;
        }
        char conv = *p++;
        if (conv == '%') {
            sb_append_char(&sb, '%');
            GP_CLEAR(keyed);
            continue;
        }
        GpObject *v = next_arg(src, ai, src_tuple);
        if (!v) goto error_k;
        switch (conv) {
        case 's':
        case 'b':
            if (!BYTES_CHECK(v)) {
                err_format(&gp_exc_TypeError,
                           "%%b requires a bytes-like object, or an object that implements "
                           "__bytes__, not '%s'", obj_type_name(v));
                goto error_k;
            }
            put_padded(&sb, BYTES_DATA(v), BYTES_SIZE(v), width, prec, left);
            break;
        case 'r':
        case 'a': {
            tmp = obj_ascii(v);
            if (!tmp) goto error_k;
            put_padded(&sb, STR_DATA(tmp), STR_NBYTES(tmp), width, prec, left);
            GP_CLEAR(tmp);
            break;
        }
        case 'c': {
            char c;
            if (BYTES_CHECK(v) && BYTES_SIZE(v) == 1) {
                c = BYTES_DATA(v)[0];
            } else if (INT_CHECK(v)) {
                int64_t x;
                if (int_to_i64(v, &x) < 0 || x < 0 || x > 255) {
                    err_clear();
                    err_set_str(&gp_exc_OverflowError, "%c arg not in range(256)");
                    goto error_k;
                }
                c = (char)x;
            } else {
                err_set_str(&gp_exc_TypeError,
                            "%c requires an integer in range(256) or a single byte");
                goto error_k;
            }
            put_padded(&sb, &c, 1, width, -1, left);
            break;
        }
        default: {
            if (!strchr("diouxXeEfFgG", conv)) {
                err_format(&gp_exc_ValueError,
                           "unsupported format character '%c' (0x%x) at index %zd",
                           conv >= ' ' && conv < 0x7f ? conv : '?', (unsigned)(unsigned char)conv,
                           (intptr_t)(p - 1 - BYTES_DATA(fmt)));
                goto error_k;
            }
            char spec[64];
            int k = snprintf(spec, sizeof spec, "%%%s", flags);
            if (width >= 0) k += snprintf(spec + k, sizeof spec - (size_t)k, "%zd", width);
            if (prec >= 0) k += snprintf(spec + k, sizeof spec - (size_t)k, ".%zd", prec);
            snprintf(spec + k, sizeof spec - (size_t)k, "%c", conv);
            GpObject *fs = str_from_cstr(spec);
            if (!fs) goto error_k;
            GpObject *one = tuple_pack(1, v);
            if (!one) {
                gp_decref(fs);
                goto error_k;
            }
            tmp = obj_binop(fs, one, NB_REMAINDER);
            gp_decref(fs);
            gp_decref(one);
            if (!tmp) goto error_k;
            sb_append(&sb, STR_DATA(tmp), STR_NBYTES(tmp));
            GP_CLEAR(tmp);
        }
        }
        GP_CLEAR(keyed);
        continue;
    error_k:
        gp_xdecref(keyed);
        goto error;
    }
    if (is_tuple ? argi < TUPLE_SIZE(args) : (!is_map && argi == 0)) {
        err_set_str(&gp_exc_TypeError, "not all arguments converted during bytes formatting");
        goto error;
    }
    if (sb.failed) goto error;
    GpObject *r = bytes_from_data(sb.data, sb.len);
    sb_discard(&sb);
    return r;
error:
    sb_discard(&sb);
    return NULL;
}
