/* str_format.c — building strings from formats: str_from_format (C printf subset with %R
 * %S %T %U for messages), `fmt % args` (printf-style), str.format / format_map, and str's
 * __format__ (fill, align, width, precision).
 *
 * Invariants: every builder accumulates into a StrBuf and returns a new str or NULL with an
 * exception; an object converted along the way (repr/str/format of an argument) is released
 * before the next one is made, as CPython does.
 */
#include <stdio.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/range.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"

/* ---- str_from_format ---- */

/* Appends text (a str object's bytes or a C string) with printf width/precision (counted in
 * code points) and '-' justification. */
static void put_text(StrBuf *sb, const char *s, intptr_t n, intptr_t width, intptr_t prec,
                     int left) {
    intptr_t len = utf8_count(s, n);
    if (prec >= 0 && len > prec) {
        const char *p = s;
        for (intptr_t i = 0; i < prec; i++) p += utf8_lead_len((unsigned char)*p);
        n = p - s;
        len = prec;
    }
    if (!left)
        sb_append_repeat(sb, " ", 1, width - len);
    sb_append(sb, s, n);
    if (left)
        sb_append_repeat(sb, " ", 1, width - len);
}

GpObject *str_from_vformat(const char *fmt, va_list ap) {
    StrBuf sb = STRBUF_INIT;
    va_list args;
    va_copy(args, ap);
    const char *f = fmt;
    while (*f) {
        if (*f != '%') {
            const char *start = f;
            while (*f && *f != '%') f++;
            sb_append(&sb, start, f - start);
            continue;
        }
        const char *spec = f++;
        int left = 0, zero = 0;
        for (;; f++) {
            if (*f == '-') left = 1;
            else if (*f == '0') zero = 1;
            else break;
        }
        intptr_t width = -1, prec = -1;
        if (*f >= '0' && *f <= '9') {
            width = 0;
            while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            prec = 0;
            while (*f >= '0' && *f <= '9') prec = prec * 10 + (*f++ - '0');
        }
        int lng = 0, size = 0;
        if (*f == 'l') {
            f++;
            lng = 1;
            if (*f == 'l') {
                f++;
                lng = 2;
            }
        } else if (*f == 'z') {
            f++;
            size = 1;
        }
        char c = *f;
        if (!c) break;
        f++;
        char cfmt[32], num[64];
        switch (c) {
        case 'd': case 'i': case 'u': case 'x': {
            /* Rebuild a C format with the same flags for the number itself. */
            int k = 0;
            cfmt[k++] = '%';
            if (left) cfmt[k++] = '-';
            if (zero) cfmt[k++] = '0';
            cfmt[k] = '\0';
            if (width >= 0) k += snprintf(cfmt + k, sizeof cfmt - (size_t)k, "%zd", width);
            if (prec >= 0) k += snprintf(cfmt + k, sizeof cfmt - (size_t)k, ".%zd", prec);
            if (c == 'i') c = 'd';
            if (size) {
                cfmt[k++] = 'z';
                cfmt[k++] = c == 'd' ? 'd' : c;
                cfmt[k] = '\0';
                if (c == 'd') snprintf(num, sizeof num, cfmt, va_arg(args, ssize_t));
                else snprintf(num, sizeof num, cfmt, va_arg(args, size_t));
            } else if (lng == 2) {
                cfmt[k++] = 'l', cfmt[k++] = 'l', cfmt[k++] = c, cfmt[k] = '\0';
                if (c == 'd') snprintf(num, sizeof num, cfmt, va_arg(args, long long));
                else snprintf(num, sizeof num, cfmt, va_arg(args, unsigned long long));
            } else if (lng == 1) {
                cfmt[k++] = 'l', cfmt[k++] = c, cfmt[k] = '\0';
                if (c == 'd') snprintf(num, sizeof num, cfmt, va_arg(args, long));
                else snprintf(num, sizeof num, cfmt, va_arg(args, unsigned long));
            } else {
                cfmt[k++] = c, cfmt[k] = '\0';
                if (c == 'd') snprintf(num, sizeof num, cfmt, va_arg(args, int));
                else snprintf(num, sizeof num, cfmt, va_arg(args, unsigned int));
            }
            sb_append_cstr(&sb, num);
            break;
        }
        case 'c':
            sb_append_codepoint(&sb, (uint32_t)va_arg(args, int));
            break;
        case 'p': {
            void *p = va_arg(args, void *);
            snprintf(num, sizeof num, "%p", p);
            if (num[0] != '0' || num[1] != 'x') {   /* "(nil)" or no prefix */
                snprintf(num, sizeof num, "0x%llx", (unsigned long long)(uintptr_t)p);
            }
            sb_append_cstr(&sb, num);
            break;
        }
        case 's': {
            const char *s = va_arg(args, const char *);
            if (!s) s = "(null)";
            put_text(&sb, s, (intptr_t)strlen(s), width, prec, left);
            break;
        }
        case 'U': {
            GpObject *o = va_arg(args, GpObject *);
            put_text(&sb, STR_DATA(o), STR_NBYTES(o), width, prec, left);
            break;
        }
        case 'T': {
            GpObject *o = va_arg(args, GpObject *);
            put_text(&sb, obj_type_name(o), (intptr_t)strlen(obj_type_name(o)), width, prec, left);
            break;
        }
        case 'R': case 'S': case 'A': {
            GpObject *o = va_arg(args, GpObject *);
            GpObject *t = c == 'R' ? obj_repr(o) : c == 'S' ? obj_str(o) : obj_ascii(o);
            if (!t) {
                va_end(args);
                sb_discard(&sb);
                return NULL;
            }
            put_text(&sb, STR_DATA(t), STR_NBYTES(t), width, prec, left);
            gp_decref(t);
            break;
        }
        case '%':
            sb_append_char(&sb, '%');
            break;
        default:   /* unknown: copy the rest of the format verbatim, as CPython does */
            sb_append_cstr(&sb, spec);
            f = spec + strlen(spec);
            break;
        }
    }
    va_end(args);
    return sb_finish(&sb);
}

GpObject *str_from_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    GpObject *r = str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

/* ---- Format specs for str (format(s, spec)) ---- */

typedef struct StrSpec {
    uint32_t fill;
    char align;              /* 0: default */
    intptr_t width, prec;    /* -1: none */
} StrSpec;

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static int read_number(const char **p, const char *end, intptr_t *out) {
    intptr_t v = 0;
    const char *s = *p;
    while (s < end && *s >= '0' && *s <= '9') {
        if (v > (INTPTR_MAX - 9) / 10) {
            err_set_str(&gp_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (*s++ - '0');
    }
    if (s == *p) return 0;
    *p = s;
    *out = v;
    return 1;
}

/* Parses a format spec for a str argument with CPython's checks and messages. */
static int parse_str_spec(GpObject *spec, StrSpec *f) {
    const char *s = STR_DATA(spec), *end = s + STR_NBYTES(spec), *p = s;
    f->fill = ' ';
    f->align = 0;
    f->width = f->prec = -1;
    int fill_given = 0;
    if (p < end) {
        const char *q = p;
        uint32_t c0 = utf8_next(&q);
        if (q < end && is_align((unsigned char)*q)) {
            f->fill = c0;
            f->align = *q;
            fill_given = 1;
            p = q + 1;
        } else if (is_align(c0)) {
            f->align = (char)c0;
            p = q;
        }
    }
    char sign = 0, grouping = 0;
    int alt = 0;
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) sign = *p++;
    if (p < end && *p == 'z') p++;
    if (p < end && *p == '#') {
        alt = 1;
        p++;
    }
    if (!fill_given && p < end && *p == '0') {
        f->fill = '0';
        p++;
    }
    if (read_number(&p, end, &f->width) < 0) return -1;
    if (p < end && (*p == ',' || *p == '_')) {
        grouping = *p++;
        if (p < end && (*p == ',' || *p == '_')) {
            if (*p != grouping) err_set_str(&gp_exc_ValueError, "Cannot specify both ',' and '_'.");
            else err_format(&gp_exc_ValueError, "Cannot specify '%c' with '%c'.", grouping, grouping);
            return -1;
        }
    }
    if (p < end && *p == '.') {
        p++;
        int r = read_number(&p, end, &f->prec);
        if (r < 0) return -1;
        if (r == 0) {
            err_set_str(&gp_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - p > 1) {
        err_format(&gp_exc_ValueError, "Invalid format specifier '%U' for object of type 'str'",
                   spec);
        return -1;
    }
    char type = 's';
    if (p < end) {
        const char *q = p;
        uint32_t t = utf8_next(&q);
        if (t != 's') {
            if (t > 32 && t < 128)
                err_format(&gp_exc_ValueError, "Unknown format code '%c' for object of type 'str'",
                           (int)t);
            else
                err_format(&gp_exc_ValueError,
                           "Unknown format code '\\x%x' for object of type 'str'", (unsigned)t);
            return -1;
        }
        type = 's';
    }
    if (grouping) {
        err_format(&gp_exc_ValueError, "Cannot specify '%c' with '%c'.", grouping, type);
        return -1;
    }
    if (sign) {
        err_set_str(&gp_exc_ValueError, "Sign not allowed in string format specifier");
        return -1;
    }
    if (alt) {
        err_set_str(&gp_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return -1;
    }
    if (f->align == '=') {
        err_set_str(&gp_exc_ValueError, "'=' alignment not allowed in string format specifier");
        return -1;
    }
    return 0;
}

GpObject *str_format_slot(GpObject *self, GpObject *spec) {
    /* An empty spec is str(self), as CPython: a subclass's __str__ counts. */
    if (STR_NBYTES(spec) == 0) return STR_CHECK_EXACT(self) ? gp_newref(self) : obj_str(self);
    StrSpec f;
    if (parse_str_spec(spec, &f) < 0) return NULL;
    const char *d = STR_DATA(self);
    intptr_t n = STR_NBYTES(self), len = STR_LEN(self);
    if (f.prec >= 0 && f.prec < len) {
        const char *p = d;
        for (intptr_t i = 0; i < f.prec; i++) p += utf8_lead_len((unsigned char)*p);
        n = p - d;
        len = f.prec;
    }
    if (len >= f.width && n == STR_NBYTES(self)) return str_exact(self);
    StrBuf sb = STRBUF_INIT;
    if (str_pad_into(&sb, d, n, len, f.width, f.fill, f.align ? f.align : '<') < 0) {
        sb_discard(&sb);
        return NULL;
    }
    return sb_finish(&sb);
}

/* ---- printf-style: fmt % args ---- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct ModCtx {
    GpObject *args;          /* the current argument source (tuple, single object, or a
                                mapping value after %(key)) */
    GpObject *dict;          /* the mapping, or NULL */
    intptr_t arglen, argidx;
    int args_owned;
} ModCtx;

/* Borrowed reference to the next argument, or NULL with TypeError. */
static GpObject *next_arg(ModCtx *c) {
    if (c->argidx < c->arglen) {
        intptr_t i = c->argidx++;
        if (c->arglen < 0) return c->args;
        return TUPLE_ITEM(c->args, i);
    }
    return err_set_str(&gp_exc_TypeError, "not enough arguments for format string");
}

/* Writes body (which may start with '-') as a number: sign flags, alternate prefix,
 * zero or space padding. */
static void put_number(StrBuf *sb, const char *body, intptr_t n, int flags, intptr_t width,
                       const char *prefix) {
    char sign = 0;
    if (n > 0 && (body[0] == '-' || body[0] == '+')) {
        sign = body[0];
        body++, n--;
    } else if (flags & F_SIGN) {
        sign = '+';
    } else if (flags & F_BLANK) {
        sign = ' ';
    }
    intptr_t plen = prefix ? (intptr_t)strlen(prefix) : 0;
    intptr_t total = n + plen + (sign ? 1 : 0);
    intptr_t padn = width > total ? width - total : 0;
    if (!(flags & F_LJUST) && !(flags & F_ZERO))
        sb_append_repeat(sb, " ", 1, padn);
    if (sign) sb_append_char(sb, sign);
    if (plen) sb_append(sb, prefix, plen);
    if (!(flags & F_LJUST) && (flags & F_ZERO))
        sb_append_repeat(sb, "0", 1, padn);
    sb_append(sb, body, n);
    if (flags & F_LJUST)
        sb_append_repeat(sb, " ", 1, padn);
}

/* Digits of an int in base 10, 8 or 16 (lowercase), with '-' if negative; new str. */
static GpObject *int_digits(GpObject *v, int base) {
    if (base == 10) return int_to_decimal_str(v);
    GpObject *s = int_to_base_str(v, base);   /* "0x1f" / "-0x1f" */
    if (!s) return NULL;
    const char *d = STR_DATA(s);
    intptr_t n = STR_NBYTES(s);
    StrBuf sb = STRBUF_INIT;
    if (d[0] == '-') {
        sb_append_char(&sb, '-');
        sb_append(&sb, d + 3, n - 3);
    } else {
        sb_append(&sb, d + 2, n - 2);
    }
    gp_decref(s);
    return sb_finish(&sb);
}

static int format_int(StrBuf *sb, GpObject *v, char type, int flags, intptr_t width,
                      intptr_t prec) {
    GpObject *num = NULL;
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    if (INT_CHECK(v)) {
        num = gp_newref(v);
    } else if (base == 10) {
        if (GP_TYPE(v)->index) {
            num = obj_index(v);
        } else if (GP_TYPE(v)->to_int && (FLOAT_CHECK(v) || GP_TYPE(v)->to_float)) {
            num = GP_TYPE(v)->to_int(v);
        } else {
            err_format(&gp_exc_TypeError, "%%%c format: a real number is required, not %s", type,
                       obj_type_name(v));
            return -1;
        }
    } else {
        if (!GP_TYPE(v)->index) {
            err_format(&gp_exc_TypeError, "%%%c format: an integer is required, not %s", type,
                       obj_type_name(v));
            return -1;
        }
        num = obj_index(v);
    }
    if (!num) return -1;
    GpObject *digits = int_digits(num, base);
    gp_decref(num);
    if (!digits) return -1;
    const char *d = STR_DATA(digits);
    intptr_t n = STR_NBYTES(digits);
    StrBuf body = STRBUF_INIT;
    int neg = d[0] == '-';
    if (neg) sb_append_char(&body, '-');
    sb_append_repeat(&body, "0", 1, prec - (n - neg));
    for (intptr_t i = neg; i < n; i++)
        sb_append_char(&body, type == 'X' && d[i] >= 'a' ? (char)(d[i] - 32) : d[i]);
    gp_decref(digits);
    if (body.failed) {
        sb_discard(&body);
        return -1;
    }
    const char *prefix = NULL;
    if (flags & F_ALT) prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : NULL;
    put_number(sb, body.data, body.len, flags, width, prefix);
    sb_discard(&body);
    return 0;
}

static int format_float(StrBuf *sb, GpObject *v, char type, int flags, intptr_t width,
                        intptr_t prec) {
    double x;
    if (obj_as_double(v, &x) < 0) return -1;
    if (prec < 0) prec = 6;
    GpObject *s = float_format_double(x, type, (int)prec, (flags & F_ALT) ? FLOATFMT_ALT : 0);
    if (!s) return -1;
    put_number(sb, STR_DATA(s), STR_NBYTES(s), flags, width, NULL);
    gp_decref(s);
    return 0;
}

GpObject *str_mod_format(GpObject *fmt, GpObject *args) {
    ModCtx c;
    if (TUPLE_CHECK(args)) {
        c.arglen = TUPLE_SIZE(args);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    c.args = args;
    c.args_owned = 0;
    c.dict = (GP_TYPE(args)->getitem && !TUPLE_CHECK(args) && !STR_CHECK(args)) ? args : NULL;
    StrBuf sb = STRBUF_INIT;
    const char *start = STR_DATA(fmt), *f = start, *end = start + STR_NBYTES(fmt);
    while (f < end) {
        if (*f != '%') {
            const char *s = f;
            while (f < end && *f != '%') f++;
            sb_append(&sb, s, f - s);
            continue;
        }
        f++;
        if (f < end && *f == '%') {
            sb_append_char(&sb, '%');
            f++;
            continue;
        }
        if (f < end && *f == '(') {
            if (!c.dict) {
                err_set_str(&gp_exc_TypeError, "format requires a mapping");
                goto error;
            }
            const char *ks = ++f;
            int depth = 1;
            while (f < end && depth > 0) {
                if (*f == ')') depth--;
                else if (*f == '(') depth++;
                f++;
            }
            if (depth > 0) {
                err_set_str(&gp_exc_ValueError, "incomplete format key");
                goto error;
            }
            GpObject *key = str_from_utf8(ks, f - 1 - ks);
            if (!key) goto error;
            GpObject *v = obj_getitem(c.dict, key);
            gp_decref(key);
            if (!v) goto error;
            if (c.args_owned) gp_decref(c.args);
            c.args = v;
            c.args_owned = 1;
            c.arglen = -1;
            c.argidx = -2;
        }
        int flags = 0;
        for (; f < end; f++) {
            if (*f == '-') flags |= F_LJUST;
            else if (*f == '+') flags |= F_SIGN;
            else if (*f == ' ') flags |= F_BLANK;
            else if (*f == '#') flags |= F_ALT;
            else if (*f == '0') flags |= F_ZERO;
            else break;
        }
        intptr_t width = -1, prec = -1;
        if (f < end && *f == '*') {
            f++;
            GpObject *w = next_arg(&c);
            if (!w) goto error;
            if (!INT_CHECK(w)) {
                err_set_str(&gp_exc_TypeError, "* wants int");
                goto error;
            }
            width = obj_as_ssize(w);
            if (width == -1 && err_occurred()) goto error;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
        } else {
            while (f < end && *f >= '0' && *f <= '9') {
                if (width < 0) width = 0;
                if (width > (INT32_MAX - (*f - '0')) / 10) {   /* a C int, as CPython */
                    err_set_str(&gp_exc_ValueError, "width too big");
                    goto error;
                }
                width = width * 10 + (*f++ - '0');
            }
        }
        if (f < end && *f == '.') {
            f++;
            prec = 0;
            if (f < end && *f == '*') {
                f++;
                GpObject *w = next_arg(&c);
                if (!w) goto error;
                if (!INT_CHECK(w)) {
                    err_set_str(&gp_exc_TypeError, "* wants int");
                    goto error;
                }
                prec = obj_as_ssize(w);
                if (prec == -1 && err_occurred()) goto error;
                if (prec < 0) prec = 0;
            } else {
                while (f < end && *f >= '0' && *f <= '9') {
                    if (prec > (INT32_MAX - (*f - '0')) / 10) {
                        err_set_str(&gp_exc_ValueError, "precision too big");
                        goto error;
                    }
                    prec = prec * 10 + (*f++ - '0');
                }
            }
        }
        if (f < end && (*f == 'h' || *f == 'l' || *f == 'L')) f++;
        if (f >= end) {
            err_set_str(&gp_exc_ValueError, "incomplete format");
            goto error;
        }
        const char *at = f;
        uint32_t type = utf8_next(&f);
        GpObject *v = next_arg(&c);
        if (!v) goto error;
        switch (type) {
        case 's': case 'r': case 'a': {
            GpObject *t = type == 's' ? obj_str(v) : type == 'r' ? obj_repr(v) : obj_ascii(v);
            if (!t) goto error;
            intptr_t n = STR_NBYTES(t), len = STR_LEN(t);
            if (prec >= 0 && prec < len) {
                n = str_offset(t, prec);
                len = prec;
            }
            str_pad_into(&sb, STR_DATA(t), n, len, width, ' ', (flags & F_LJUST) ? '<' : '>');
            gp_decref(t);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            if (format_int(&sb, v, type == 'u' || type == 'i' ? 'd' : (char)type, flags, width,
                           prec) < 0) {
                if (err_matches(&gp_exc_TypeError) && (type == 'u' || type == 'i') &&
                    !INT_CHECK(v) && !GP_TYPE(v)->index && !FLOAT_CHECK(v)) {
                    err_format(&gp_exc_TypeError, "%%%c format: a real number is required, not %s",
                               (int)type, obj_type_name(v));
                }
                goto error;
            }
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (format_float(&sb, v, (char)type, flags, width, prec) < 0) goto error;
            break;
        case 'c': {
            uint32_t cp;
            if (STR_CHECK(v)) {
                if (STR_LEN(v) != 1) {
                    err_set_str(&gp_exc_TypeError, "%c requires int or char");
                    goto error;
                }
                const char *p = STR_DATA(v);
                cp = utf8_next(&p);
            } else if (INT_CHECK(v) || GP_TYPE(v)->index) {
                GpObject *iv = obj_index(v);
                if (!iv) goto error;
                int64_t x;
                int bad = int_to_i64(iv, &x) < 0;
                gp_decref(iv);
                if (bad) err_clear();
                if (bad || x < 0 || x > 0x10ffff) {
                    err_set_str(&gp_exc_OverflowError, "%c arg not in range(0x110000)");
                    goto error;
                }
                cp = (uint32_t)x;
            } else {
                err_set_str(&gp_exc_TypeError, "%c requires int or char");
                goto error;
            }
            char buf[4];
            int w = utf8_encode(cp, buf);
            str_pad_into(&sb, buf, w, 1, width, ' ', (flags & F_LJUST) ? '<' : '>');
            break;
        }
        default:
            if (type >= 32 && type < 127)
                err_format(&gp_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                           (int)type, (unsigned)type, utf8_count(start, at - start));
            else
                err_format(&gp_exc_ValueError, "unsupported format character '\\x%x' (0x%x) at index %zd",
                           (unsigned)type, (unsigned)type, utf8_count(start, at - start));
            goto error;
        }
        if (sb.failed) goto error;
    }
    if (c.argidx < c.arglen && !c.dict) {
        err_set_str(&gp_exc_TypeError, "not all arguments converted during string formatting");
        goto error;
    }
    if (c.args_owned) gp_decref(c.args);
    return sb_finish(&sb);
error:
    if (c.args_owned) gp_decref(c.args);
    sb_discard(&sb);
    return NULL;
}

/* ---- str.format ---- */

typedef struct FmtArgs {
    GpObject *const *args;   /* positional */
    intptr_t nargs;
    GpObject *kwnames;       /* tuple of names for kwargs[] (format), or NULL */
    GpObject *const *kwargs;
    GpObject *mapping;       /* format_map's mapping, or NULL */
    int positional_ok;       /* 0 for format_map */
    int auto_state;          /* 0 init, 1 auto, 2 manual */
    intptr_t auto_next;
} FmtArgs;

/* The digits of s[0..n) as an index, -1 if not all digits (or empty), -2 on overflow. */
static intptr_t parse_index(const char *s, intptr_t n) {
    if (n == 0) return -1;
    intptr_t v = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        if (v > (INTPTR_MAX - 9) / 10) {
            err_set_str(&gp_exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* New reference to the argument named by the first part of a field name. */
static GpObject *field_first(FmtArgs *a, const char *s, intptr_t n) {
    intptr_t idx = parse_index(s, n);
    if (idx == -2) return NULL;
    int empty = n == 0;
    if (empty || idx >= 0) {
        if (a->auto_state == 0) a->auto_state = empty ? 1 : 2;
        if (a->auto_state == 2 && empty)
            return err_set_str(&gp_exc_ValueError, "cannot switch from manual field "
                                                   "specification to automatic field numbering");
        if (a->auto_state == 1 && !empty)
            return err_set_str(&gp_exc_ValueError, "cannot switch from automatic field "
                                                   "numbering to manual field specification");
        if (empty) idx = a->auto_next++;
        if (!a->positional_ok)
            return err_set_str(&gp_exc_ValueError, "Format string contains positional fields");
        if (idx >= a->nargs)
            return err_format(&gp_exc_IndexError,
                              "Replacement index %zd out of range for positional args tuple", idx);
        return gp_newref(a->args[idx]);
    }
    GpObject *key = str_from_utf8(s, n);
    if (!key) return NULL;
    GpObject *v = NULL;
    if (a->mapping) {
        v = obj_getitem(a->mapping, key);
    } else {
        intptr_t nk = a->kwnames ? TUPLE_SIZE(a->kwnames) : 0;
        for (intptr_t i = 0; i < nk; i++)
            if (str_eq(TUPLE_ITEM(a->kwnames, i), key)) {
                v = gp_newref(a->kwargs[i]);
                break;
            }
        if (!v) err_set_object(&gp_exc_KeyError, key);
    }
    gp_decref(key);
    return v;
}

/* Resolves a whole field name (first part, then .attr and [key] accessors). */
static GpObject *field_lookup(FmtArgs *a, const char *s, intptr_t n) {
    intptr_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    GpObject *obj = field_first(a, s, i);
    while (obj && i < n) {
        GpObject *next = NULL;
        if (s[i] == '.') {
            intptr_t st = ++i;
            while (i < n && s[i] != '.' && s[i] != '[') i++;
            if (i == st) {
                err_set_str(&gp_exc_ValueError, "Empty attribute in format string");
            } else {
                GpObject *name = str_from_utf8(s + st, i - st);
                if (name) {
                    next = obj_getattr(obj, name);
                    gp_decref(name);
                }
            }
        } else {
            intptr_t st = ++i;
            while (i < n && s[i] != ']') i++;
            if (i >= n) {
                err_set_str(&gp_exc_ValueError, "Missing ']' in format string");
            } else if (i == st) {
                err_set_str(&gp_exc_ValueError, "Empty attribute in format string");
            } else {
                intptr_t idx = parse_index(s + st, i - st);
                GpObject *key = idx == -2 ? NULL : idx >= 0 ? int_from_i64(idx)
                                                            : str_from_utf8(s + st, i - st);
                if (key) {
                    next = obj_getitem(obj, key);
                    gp_decref(key);
                }
                i++;
                if (next && i < n && s[i] != '.' && s[i] != '[') {
                    err_set_str(&gp_exc_ValueError,
                                "Only '.' or '[' may follow ']' in format field specifier");
                    GP_CLEAR(next);
                }
            }
        }
        gp_decref(obj);
        obj = next;
    }
    return obj;
}

static int build_format(StrBuf *sb, const char *s, intptr_t n, FmtArgs *a, int depth);

/* Renders one replacement field into sb. */
static int render_field(StrBuf *sb, FmtArgs *a, const char *name, intptr_t nname, uint32_t conv,
                        const char *spec, intptr_t nspec, int expand, int depth) {
    GpObject *obj = field_lookup(a, name, nname);
    if (!obj) return -1;
    if (conv) {
        GpObject *t;
        if (conv == 'r') t = obj_repr(obj);
        else if (conv == 's') t = obj_str(obj);
        else if (conv == 'a') t = obj_ascii(obj);
        else {
            gp_decref(obj);
            if (conv > 32 && conv < 127)
                err_format(&gp_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
            else
                err_format(&gp_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
            return -1;
        }
        gp_decref(obj);
        if (!t) return -1;
        obj = t;
    }
    int r = -1;
    GpObject *specobj = NULL, *out = NULL;
    if (nspec == 0 && STR_CHECK_EXACT(obj)) {
        sb_append_str(sb, obj);
        r = sb->failed ? -1 : 0;
        goto done;
    }
    if (expand) {
        StrBuf inner = STRBUF_INIT;
        if (build_format(&inner, spec, nspec, a, depth - 1) < 0) {
            sb_discard(&inner);
            goto done;
        }
        specobj = sb_finish(&inner);
    } else {
        specobj = str_from_utf8(spec, nspec);
    }
    if (!specobj) goto done;
    out = obj_format(obj, specobj);
    if (!out) goto done;
    sb_append_str(sb, out);
    r = sb->failed ? -1 : 0;
done:
    gp_xdecref(out);
    gp_xdecref(specobj);
    gp_decref(obj);
    return r;
}

static int build_format(StrBuf *sb, const char *s, intptr_t n, FmtArgs *a, int depth) {
    if (depth <= 0) {
        err_set_str(&gp_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    intptr_t i = 0;
    while (i < n) {
        intptr_t st = i;
        char c = 0;
        while (i < n && (c = s[i]) != '{' && c != '}') i++;
        sb_append(sb, s + st, i - st);
        if (i >= n) break;
        i++;   /* past the brace */
        if (c == '}') {
            if (i < n && s[i] == '}') {
                sb_append_char(sb, '}');
                i++;
                continue;
            }
            err_set_str(&gp_exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (i >= n) {
            err_set_str(&gp_exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (s[i] == '{') {
            sb_append_char(sb, '{');
            i++;
            continue;
        }
        /* A field: name up to '}', ':' or '!' ([...] protects them). */
        intptr_t nst = i;
        char t = 0;
        while (i < n) {
            t = s[i++];
            if (t == '{') {
                err_set_str(&gp_exc_ValueError, "unexpected '{' in field name");
                return -1;
            }
            if (t == '[') {
                while (i < n && s[i] != ']') i++;
                continue;
            }
            if (t == '}' || t == ':' || t == '!') break;
        }
        intptr_t nend = i - 1;
        uint32_t conv = 0;
        const char *spec = s + i;
        intptr_t nspec = 0;
        int expand = 0;
        if (t == '!' || t == ':') {
            int done = 0;
            if (t == '!') {
                if (i >= n) {
                    err_set_str(&gp_exc_ValueError,
                                "end of string while looking for conversion specifier");
                    return -1;
                }
                const char *p = s + i;
                conv = utf8_next(&p);
                i = p - s;
                if (i < n) {
                    char d = s[i++];
                    if (d == '}') done = 1;
                    else if (d != ':') {
                        err_set_str(&gp_exc_ValueError, "expected ':' after conversion specifier");
                        return -1;
                    }
                }
            }
            if (!done) {
                spec = s + i;
                int count = 1;
                intptr_t sst = i;
                while (i < n) {
                    char d = s[i++];
                    if (d == '{') {
                        expand = 1;
                        count++;
                    } else if (d == '}' && --count == 0) {
                        break;
                    }
                }
                if (count != 0) {
                    err_set_str(&gp_exc_ValueError, "unmatched '{' in format spec");
                    return -1;
                }
                nspec = i - 1 - sst;
            }
        } else if (t != '}') {
            err_set_str(&gp_exc_ValueError, "expected '}' before end of string");
            return -1;
        }
        if (render_field(sb, a, s + nst, nend - nst, conv, spec, nspec, expand, depth) < 0)
            return -1;
    }
    return sb->failed ? -1 : 0;
}

GpObject *str_format_method(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    FmtArgs a = {args, nargs, kwnames, args + nargs, NULL, 1, 0, 0};
    StrBuf sb = STRBUF_INIT;
    if (build_format(&sb, STR_DATA(self), STR_NBYTES(self), &a, 2) < 0) {
        sb_discard(&sb);
        return NULL;
    }
    return sb_finish(&sb);
}

GpObject *str_format_map_method(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    (void)nargs, (void)kwnames;
    FmtArgs a = {NULL, 0, NULL, NULL, args[0], 0, 0, 0};
    StrBuf sb = STRBUF_INIT;
    if (build_format(&sb, STR_DATA(self), STR_NBYTES(self), &a, 2) < 0) {
        sb_discard(&sb);
        return NULL;
    }
    return sb_finish(&sb);
}
