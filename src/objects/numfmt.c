/* numfmt.c — the format-spec mini-language for numbers: parsing a spec and laying out the
 * sign, prefix, grouped digits and padding exactly as CPython 3.11's formatter does.
 *
 * Invariant: everything produced is ASCII except the fill character, which may be any
 * code point (UTF-8 encoded in the result).
 */
#include <string.h>

#include "errors.h"
#include "mem/alloc.h"
#include "objects/numfmt.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/str_impl.h"

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static int utf8_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

static uint32_t utf8_cp(const unsigned char *s, int n) {
    if (n == 1)
        return s[0];
    uint32_t cp = s[0] & (0x7F >> n);
    for (int i = 1; i < n; i++)
        cp = (cp << 6) | (s[i] & 0x3F);
    return cp;
}

static int parse_digits(const char *s, intptr_t n, intptr_t *pos, intptr_t *out) {
    intptr_t v = 0, start = *pos;
    while (*pos < n && s[*pos] >= '0' && s[*pos] <= '9') {
        if (v > (INTPTR_MAX - 9) / 10) {
            err_set_str(&gp_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (s[*pos] - '0');
        (*pos)++;
    }
    *out = *pos > start ? v : -1;
    return 0;
}

int numfmt_parse(GpObject *spec, const char *tname, FormatSpec *f) {
    const char *s = STR_DATA(spec);
    intptr_t n = STR_NBYTES(spec), pos = 0;
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->width = f->precision = -1;
    bool fill_given = false;
    if (n > 0) {
        int l = utf8_len((unsigned char)s[0]);
        if (n > l && is_align((unsigned char)s[l])) {
            f->fill = utf8_cp((const unsigned char *)s, l);
            f->align = s[l];
            fill_given = true;
            pos = l + 1;
        } else if (is_align((unsigned char)s[0])) {
            f->align = s[0];
            pos = 1;
        }
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
        f->sign = s[pos++];
    if (pos < n && s[pos] == 'z') {
        f->no_neg_zero = true;
        pos++;
    }
    if (pos < n && s[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_given && pos < n && s[pos] == '0') {
        f->fill = '0';
        if (!f->align)
            f->align = '=';
        pos++;
    }
    if (parse_digits(s, n, &pos, &f->width) < 0)
        return -1;
    if (pos < n && (s[pos] == ',' || s[pos] == '_')) {
        f->grouping = s[pos++];
        if (pos < n && (s[pos] == ',' || s[pos] == '_')) {
            if (s[pos] != f->grouping)
                err_set_str(&gp_exc_ValueError, "Cannot specify both ',' and '_'.");
            else
                err_format(&gp_exc_ValueError, "Cannot specify '%c' with '%c'.", f->grouping,
                           f->grouping);
            return -1;
        }
    }
    if (pos < n && s[pos] == '.') {
        pos++;
        if (parse_digits(s, n, &pos, &f->precision) < 0)
            return -1;
        if (f->precision < 0) {
            err_set_str(&gp_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (n - pos > 1) {
        err_format(&gp_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                   spec, tname);
        return -1;
    }
    if (n - pos == 1) {
        if ((unsigned char)s[pos] >= 0x80) {
            err_format(&gp_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                       spec, tname);
            return -1;
        }
        f->type = s[pos];
    }
    if (f->grouping) {
        switch (f->type) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'F': case 'G': case '%':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_')
                break;
            /* fall through */
        default:
            err_format(&gp_exc_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, f->type);
            return -1;
        }
    }
    return 0;
}

GpObject *numfmt_unknown_code(char type, const char *tname) {
    if ((unsigned char)type > 32 && (unsigned char)type < 127)
        return err_format(&gp_exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                          type, tname);
    return err_format(&gp_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                      (unsigned)(unsigned char)type, tname);
}

static int append_fill(StrBuf *sb, uint32_t fill, intptr_t n) {
    /* One sized append: a huge width fails at once with MemoryError instead of growing. */
    char unit[4];
    return sb_append_repeat(sb, unit, utf8_encode(fill, unit), n);
}

/* Lays out digits[0..n) grouped (CPython's InsertThousandsGrouping with a minimum width),
 * right to left into a new buffer: returns it (mem_free it) with the text at *start and
 * *len bytes long, or NULL with MemoryError. The buffer is sized up front, so a huge zero-
 * padded width fails at once instead of looping first. */
static char *build_grouped(const char *digits, intptr_t n, char sep, int group,
                           intptr_t min_width, const char **start, intptr_t *len) {
    intptr_t extra = min_width > 0 ? min_width : 0;
    if (extra > (INTPTR_MAX / 4) || n > INTPTR_MAX / 4) {
        err_no_memory();
        return NULL;
    }
    intptr_t cap = n + n / group + extra + extra / group + 8;
    char *tmp = mem_alloc((size_t)cap);
    if (!tmp) {
        err_no_memory();
        return NULL;
    }
    intptr_t w = cap, remaining = n;
    bool first = true;
    for (;;) {
        intptr_t l = remaining > min_width ? remaining : min_width;
        if (l < 1)
            l = 1;
        if (l > group)
            l = group;
        intptr_t nzeros = l - remaining > 0 ? l - remaining : 0;
        intptr_t nchars = remaining < l ? remaining : l;
        if (nchars < 0)
            nchars = 0;
        if (!first)
            tmp[--w] = sep;
        for (intptr_t i = 0; i < nchars; i++)
            tmp[--w] = digits[remaining - 1 - i];
        for (intptr_t i = 0; i < nzeros; i++)
            tmp[--w] = '0';
        remaining -= nchars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0)
            break;
        min_width -= 1;
        first = false;
    }
    *start = tmp + w;
    *len = cap - w;
    return tmp;
}

GpObject *numfmt_finish(const FormatSpec *f, const char *sign, const char *prefix,
                        const char *digits, intptr_t ndigits, const char *rest, int group,
                        char default_align) {
    char align = f->align ? f->align : default_align;
    intptr_t nsign = (intptr_t)strlen(sign), nprefix = (intptr_t)strlen(prefix);
    intptr_t nrest = (intptr_t)strlen(rest);
    intptr_t ndig = ndigits;
    intptr_t min_width = 0;
    bool zero_group = f->grouping && f->fill == '0' && align == '=';
    char *grouped = NULL;
    if (f->grouping) {
        if (zero_group && f->width > 0)
            min_width = f->width - nsign - nprefix - nrest;
        grouped = build_grouped(digits, ndigits, f->grouping, group, min_width, &digits,
                                &ndig);
        if (!grouped)
            return NULL;
    }
    intptr_t total = nsign + nprefix + ndig + nrest;
    intptr_t pad = f->width > total ? f->width - total : 0;
    intptr_t left = 0, right = 0, mid = 0;
    switch (align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': mid = pad; break;
    default: left = pad; break;
    }
    StrBuf sb = STRBUF_INIT;
    if (append_fill(&sb, f->fill, left) < 0 || sb_append(&sb, sign, nsign) < 0 ||
        sb_append(&sb, prefix, nprefix) < 0 || append_fill(&sb, f->fill, mid) < 0)
        goto error;
    if (sb_append(&sb, digits, ndig) < 0 || sb_append(&sb, rest, nrest) < 0 ||
        append_fill(&sb, f->fill, right) < 0)
        goto error;
    mem_free(grouped);
    return sb_finish(&sb);
error:
    mem_free(grouped);
    sb_discard(&sb);
    return NULL;
}

/* ---- Helpers for parsing numbers from text (int(), float()) ---- */

static int is_unicode_space(uint32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

void numfmt_strip_space(const char **s, const char **end) {
    const unsigned char *p = (const unsigned char *)*s, *e = (const unsigned char *)*end;
    while (p < e) {
        int l = utf8_len(*p);
        if (p + l > e || !is_unicode_space(utf8_cp(p, l)))
            break;
        p += l;
    }
    while (e > p) {
        const unsigned char *q = e - 1;
        while (q > p && (*q & 0xC0) == 0x80)
            q--;
        int l = utf8_len(*q);
        if (q + l != e || !is_unicode_space(utf8_cp(q, l)))
            break;
        e = q;
    }
    *s = (const char *)p;
    *end = (const char *)e;
}

GpObject *numfmt_text_repr(const char *s, intptr_t len) {
    GpObject *text = str_from_utf8(s, len);
    if (!text)
        return NULL;
    GpObject *r = str_repr(text);
    gp_decref(text);
    if (!r || STR_LEN(r) <= 200)
        return r;
    const unsigned char *p = (const unsigned char *)STR_DATA(r);
    intptr_t off = 0;
    for (int i = 0; i < 200; i++)
        off += utf8_len(p[off]);
    GpObject *cut = str_from_utf8(STR_DATA(r), off);
    gp_decref(r);
    return cut;
}
