/* lexer.c — source bytes to tokens, following CPython 3.11's tokenizer (Parser/tokenizer.c).
 *
 * Invariants:
 * - lx->buf is a private, NUL-terminated copy: no NUL bytes inside, valid UTF-8, newlines
 *   are \n only, and it ends with \n unless empty. So every line ends with '\n' and EOF
 *   only ever comes at the start of a line.
 * - next()/backup() are the only ways to move through the input. A line is "entered" when
 *   its first character is read (lineno and line_start change then, as in CPython, where a
 *   line is read lazily); backing up over that character does not leave it.
 * - Errors are placed as CPython places them: LexError.offset is the byte length of the line
 *   up to where CPython's tokenizer stood (tok->cur), or the explicit column it passes.
 * - Indentation: a stack of columns with tabs to multiples of 8 (indstack) and with tabs
 *   counted as 1 (altindstack); the two must agree on every comparison, else TabError.
 */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TABSIZE 8
#define LEX_EOF (-1)

const char *const lexer_token_text[T__COUNT] = {
#define TOK(name, text) text,
#include "tokens.def"
};

static const struct { const char *text; int len; TokKind kind; } operators[] = {
#define TOK(name, text)
#define OP(name, text) {text, (int)sizeof(text) - 1, T_##name},
#include "tokens.def"
};

static const struct { const char *text; int len; TokKind kind; } keywords[] = {
#define TOK(name, text)
#define KW(name, text) {text, (int)sizeof(text) - 1, T_##name},
#include "tokens.def"
};

/* ---- input preparation ---- */

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 if invalid. */
static int utf8_seq_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;              /* overlong */
        if (c == 0xED && s[1] >= 0xA0) return 0;             /* surrogate */
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0;              /* overlong */
        if (c == 0xF4 && s[1] >= 0x90) return 0;             /* > U+10FFFF */
        return 4;
    }
    return 0;
}

/* Offset of the first invalid UTF-8 byte, or n if all is valid. */
static size_t utf8_check(const char *src, size_t n)
{
    const unsigned char *s = (const unsigned char *)src;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) { i++; continue; }
        int k = utf8_seq_len(s + i, n - i);
        if (!k) return i;
        i += (size_t)k;
    }
    return n;
}

/* Finds a PEP 263 coding cookie in the first two lines; copies its name into out. */
static int find_cookie(const char *s, size_t n, char *out, size_t outsz)
{
    size_t i = 0;
    for (int line = 0; line < 2 && i < n; line++) {
        size_t e = i;
        while (e < n && s[e] != '\n' && s[e] != '\r') e++;
        size_t j = i;
        while (j < e && (s[j] == ' ' || s[j] == '\t' || s[j] == '\f')) j++;
        if (j < e && s[j] == '#') {
            for (size_t k = j; k + 6 <= e; k++) {
                if (memcmp(s + k, "coding", 6) != 0) continue;
                size_t m = k + 6;
                if (m >= e || (s[m] != ':' && s[m] != '=')) continue;
                m++;
                while (m < e && (s[m] == ' ' || s[m] == '\t')) m++;
                size_t o = 0;
                while (m < e && o + 1 < outsz &&
                       (s[m] == '-' || s[m] == '_' || s[m] == '.' ||
                        (s[m] >= '0' && s[m] <= '9') || (s[m] >= 'a' && s[m] <= 'z') ||
                        (s[m] >= 'A' && s[m] <= 'Z')))
                    out[o++] = s[m++];
                out[o] = 0;
                if (o) return 1;
            }
        } else if (j < e) {
            return 0;   /* a line of code: the cookie must come before */
        }
        i = e;
        if (i < n && s[i] == '\r') i++;
        if (i < n && s[i] == '\n') i++;
    }
    return 0;
}

/* The encodings a coding cookie may name that glasspy decodes. */
typedef enum { ENC_UTF8, ENC_LATIN1, ENC_CP1252, ENC_ASCII, ENC_OTHER } Encoding;

static Encoding encoding_of(const char *name)
{
    char low[32];
    size_t i;
    for (i = 0; name[i] && i < sizeof low - 1; i++) {
        char c = name[i];
        low[i] = (char)(c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    low[i] = 0;
    static const struct { const char *name; Encoding enc; } names[] = {
        {"utf-8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"latin-1", ENC_LATIN1},
        {"latin1", ENC_LATIN1}, {"iso-8859-1", ENC_LATIN1}, {"iso8859-1", ENC_LATIN1},
        {"iso-latin-1", ENC_LATIN1}, {"l1", ENC_LATIN1}, {"cp819", ENC_LATIN1},
        {"cp1252", ENC_CP1252}, {"windows-1252", ENC_CP1252},
        {"ascii", ENC_ASCII}, {"us-ascii", ENC_ASCII}};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        size_t n = strlen(names[k].name);
        /* "utf-8-..." and "latin-1-..." count as those (CPython's get_normal_name). */
        if (strncmp(low, names[k].name, n) == 0 &&
            (low[n] == 0 || (low[n] == '-' && strchr(names[k].name, '-'))))
            return names[k].enc;
    }
    return ENC_OTHER;
}

/* cp1252's bytes 0x80..0x9F (0 where it has none). */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
    0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

static void set_error(Lexer *lx, ParseErrorKind kind, int lineno, int offset,
                      int end_offset, const char *fmt, ...)
{
    va_list ap;
    lx->failed = 1;
    lx->err.raised = 1;
    lx->err.kind = kind;
    lx->err.lineno = lineno;
    lx->err.offset = offset;
    lx->err.end_lineno = lineno;
    lx->err.end_offset = end_offset;
    va_start(ap, fmt);
    vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    va_end(ap);
}

static int copy_source(Lexer *lx, const char *src, size_t n)
{
    /* Translates \r\n and \r to \n and appends a final \n: at most n + 1 bytes. */
    lx->buf = malloc(n + 2);
    if (!lx->buf) { lx->nomem = 1; return -1; }
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < n && src[i + 1] == '\n') i++;
            c = '\n';
        }
        lx->buf[o++] = c;
    }
    if (o > 0 && lx->buf[o - 1] != '\n') lx->buf[o++] = '\n';
    lx->buf[o] = 0;
    lx->len = o;
    return 0;
}

static int start_state(Lexer *lx)
{
    lx->lines_cap = 64;
    lx->lines = malloc(sizeof *lx->lines * (size_t)lx->lines_cap);
    if (!lx->lines) { lx->nomem = 1; return -1; }
    lx->lines[0] = 0;
    lx->nlines = 1;
    lx->lineno = lx->line_base + 1;
    lx->atbol = 1;
    return 0;
}

int lexer_init(Lexer *lx, const char *src, size_t n, const char *filename)
{
    memset(lx, 0, sizeof *lx);
    if (n >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { src += 3; n -= 3; }
    const char *nul = memchr(src, 0, n);
    if (nul) {
        set_error(lx, PE_SYNTAX, 0, 0, 0, "source code cannot contain null bytes");
        return -1;
    }
    char cookie[64];
    Encoding enc = find_cookie(src, n, cookie, sizeof cookie) ? encoding_of(cookie) : ENC_UTF8;
    char *decoded = NULL;
    if (enc == ENC_UTF8) {
        size_t bad = utf8_check(src, n);
        if (bad < n) {
            int line = 1;
            for (size_t i = 0; i < bad; i++)
                if (src[i] == '\n' || (src[i] == '\r' && (i + 1 >= n || src[i + 1] != '\n')))
                    line++;
            set_error(lx, PE_SYNTAX, line, 0, 0,
                      "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                      "but no encoding declared; see https://peps.python.org/pep-0263/ "
                      "for details",
                      (unsigned char)src[bad], filename ? filename : "<string>", line);
            return -1;
        }
    } else {
        /* A single-byte encoding: every byte >= 0x80 becomes its UTF-8 sequence. */
        size_t nonascii = 0;
        for (size_t i = 0; i < n; i++) nonascii += (unsigned char)src[i] >= 0x80;
        if (nonascii && enc == ENC_OTHER) {
            set_error(lx, PE_SYNTAX, 0, 0, 0, "encoding problem: %s is not supported by glasspy",
                      cookie);
            return -1;
        }
        decoded = malloc(n + 2 * nonascii + 1);
        if (!decoded) { lx->nomem = 1; return -1; }
        size_t o = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned c = (unsigned char)src[i];
            int undefined = c >= 0x80 && (enc == ENC_ASCII ||
                                          (enc == ENC_CP1252 && c < 0xA0 && !cp1252_high[c - 0x80]));
            if (c >= 0x80 && enc == ENC_CP1252 && c < 0xA0) c = cp1252_high[c - 0x80];
            if (undefined) {
                free(decoded);
                set_error(lx, PE_SYNTAX, 0, 0, 0,
                          "(unicode error) '%s' codec can't decode byte 0x%02x in position %zu",
                          enc == ENC_ASCII ? "ascii" : "charmap", (unsigned char)src[i], i);
                return -1;
            }
            if (c < 0x80) {
                decoded[o++] = (char)c;
            } else if (c < 0x800) {
                decoded[o++] = (char)(0xC0 | (c >> 6));
                decoded[o++] = (char)(0x80 | (c & 0x3F));
            } else {
                decoded[o++] = (char)(0xE0 | (c >> 12));
                decoded[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
                decoded[o++] = (char)(0x80 | (c & 0x3F));
            }
        }
        src = decoded;
        n = o;
    }
    int rc = copy_source(lx, src, n);
    free(decoded);
    if (rc < 0) return -1;
    return start_state(lx);
}

int lexer_init_raw(Lexer *lx, const char *src, size_t n, int line_base)
{
    memset(lx, 0, sizeof *lx);
    lx->line_base = line_base;
    if (copy_source(lx, src, n) < 0) return -1;
    return start_state(lx);
}

void lexer_free(Lexer *lx)
{
    free(lx->buf);
    free(lx->toks);
    free(lx->lines);
    lx->buf = NULL;
    lx->toks = NULL;
    lx->lines = NULL;
}

const char *lexer_line(const Lexer *lx, int lineno, size_t *len, int *has_nl)
{
    int i = lineno - lx->line_base - 1;
    if (!lx->buf || i < 0 || i >= lx->nlines) return NULL;
    size_t s = lx->lines[i];
    size_t e = s;
    while (e < lx->len && lx->buf[e] != '\n') e++;
    *len = e - s;
    if (has_nl) *has_nl = e < lx->len;
    return lx->buf + s;
}

/* ---- character access ---- */

static int next(Lexer *lx)
{
    if (lx->pos >= lx->len) return LEX_EOF;
    if (lx->pos > lx->line_start && lx->buf[lx->pos - 1] == '\n') {
        /* Entering a new line. */
        lx->line_start = lx->pos;
        lx->lineno++;
        if (lx->nlines == lx->lines_cap) {
            size_t *n = realloc(lx->lines, sizeof *n * (size_t)lx->lines_cap * 2);
            if (!n) { lx->nomem = 1; return LEX_EOF; }
            lx->lines = n;
            lx->lines_cap *= 2;
        }
        lx->lines[lx->nlines++] = lx->pos;
    }
    return (unsigned char)lx->buf[lx->pos++];
}

static void backup(Lexer *lx, int c)
{
    if (c != LEX_EOF) lx->pos--;
}

static int cur_offset(const Lexer *lx)
{
    return (int)(lx->pos - lx->line_start);
}

/* A tokenizer error placed where the tokenizer stands (CPython's syntaxerror()). */
static int error_here(Lexer *lx, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    set_error(lx, PE_SYNTAX, lx->lineno, cur_offset(lx), cur_offset(lx), "%s", msg);
    return -1;
}

static int is_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static int is_id_char(int c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }

static int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Decodes the UTF-8 character at s (valid by invariant); sets *n to its length. */
static unsigned decode_char(const char *str, int *n)
{
    const unsigned char *s = (const unsigned char *)str;
    if (s[0] < 0x80) { *n = 1; return s[0]; }
    if (s[0] < 0xE0) { *n = 2; return ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu); }
    if (s[0] < 0xF0) {
        *n = 3;
        return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    }
    *n = 4;
    return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
           (s[3] & 0x3Fu);
}

/* Non-printable code points as Python's str.isprintable() sees them (spaces other than
 * ' ', controls, format characters, separators, surrogates, private use): an
 * approximation of the Unicode database for the ranges that occur in practice. */
static int is_nonprintable(unsigned c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0x600 && c <= 0x605) ||
           c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x1680 || c == 0x180E ||
           (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
           (c >= 0x205F && c <= 0x206F) || c == 0x3000 || (c >= 0xD800 && c <= 0xF8FF) ||
           c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF ||
           c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F) || c >= 0xF0000;
}

/* Code points that cannot appear in an identifier: symbols and punctuation outside ASCII
 * (an approximation of XID_Continue's complement, for CPython's "invalid character"). */
static int is_bad_id_char(unsigned c)
{
    if (is_nonprintable(c)) return 1;
    if (c >= 0xA1 && c <= 0xBF) return c != 0xAA && c != 0xB5 && c != 0xBA && c != 0xB7;
    if (c == 0xD7 || c == 0xF7) return 1;
    if (c >= 0x2010 && c <= 0x205E) return c != 0x203F && c != 0x2040 && c != 0x2054;
    if (c >= 0x20A0 && c <= 0x20CF) return 1;                   /* currency */
    if (c >= 0x2190 && c <= 0x2BFF) return 1;                   /* arrows ... symbols */
    if (c >= 0x3001 && c <= 0x3004) return 1;
    if (c >= 0x3008 && c <= 0x3020) return 1;
    if (c >= 0xFE10 && c <= 0xFE6F) return c != 0xFE33 && c != 0xFE34 &&
                                           !(c >= 0xFE4D && c <= 0xFE4F);
    if (c >= 0xFF01 && c <= 0xFF0F) return 1;
    if (c >= 0xFF1A && c <= 0xFF20) return 1;
    if (c >= 0xFF3B && c <= 0xFF40) return c != 0xFF3F;
    if (c >= 0xFF5B && c <= 0xFF65) return 1;
    if (c >= 0x1F000 && c <= 0x1FAFF) return 1;                 /* emoji, symbols */
    return 0;
}

/* ---- tokens ---- */

static Token *push(Lexer *lx, TokKind kind)
{
    if (lx->ntoks == lx->toks_cap) {
        int cap = lx->toks_cap ? lx->toks_cap * 2 : 256;
        Token *t = realloc(lx->toks, sizeof *t * (size_t)cap);
        if (!t) { lx->nomem = 1; return NULL; }
        lx->toks = t;
        lx->toks_cap = cap;
    }
    Token *t = &lx->toks[lx->ntoks++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->level = lx->level;
    /* CPython's tokenizer has read no line of an empty input: line 0. */
    t->lineno = t->end_lineno = lx->len ? lx->lineno : lx->line_base;
    t->col = t->end_col = -1;
    t->cur_col = cur_offset(lx);
    return t;
}

/* Pushes a token whose text is buf[start, lx->pos), beginning on line start_line. */
static int push_text(Lexer *lx, TokKind kind, size_t start, int start_line, size_t start_ls)
{
    Token *t = push(lx, kind);
    if (!t) return -1;
    t->lineno = start_line;
    t->col = (int)(start - start_ls);
    t->end_col = cur_offset(lx);
    t->text = lx->buf + start;
    t->len = (int)(lx->pos - start);
    return 0;
}

static int indent_error(Lexer *lx)
{
    lx->pos = lx->len;   /* CPython: tok->cur = tok->inp */
    set_error(lx, PE_TAB, lx->lineno, 1, 0,
              "inconsistent use of tabs and spaces in indentation");
    lx->err.raised = 0;
    return -1;
}

/* After a backslash: requires a newline and a following line (CPython's
 * tok_continuation_line). Returns 0, or -1 with the error set. */
static int continuation_line(Lexer *lx)
{
    int c = next(lx);
    if (c != '\n') {
        set_error(lx, PE_SYNTAX, lx->lineno, cur_offset(lx), 0,
                  "unexpected character after line continuation character");
        lx->err.raised = 0;
        return -1;
    }
    c = next(lx);
    if (c == LEX_EOF) {
        if (lx->level) {
            lx->done = 1;    /* reported as the unclosed bracket */
            return -1;
        }
        set_error(lx, PE_SYNTAX, lx->lineno, cur_offset(lx), -1, "unexpected EOF while parsing");
        lx->err.incomplete = 1;
        lx->err.raised = 0;
        return -1;
    }
    backup(lx, c);
    return 0;
}

/* CPython's verify_end_of_number: a number directly followed by a name character. */
static int end_of_number(Lexer *lx, int c, const char *kind)
{
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
    /* A keyword right after the number is allowed (with a warning in CPython). */
    if (c >= 'a' && c <= 'z') {
        for (size_t k = 0; k < sizeof kws / sizeof kws[0]; k++) {
            size_t n = strlen(kws[k]);
            if (lx->pos - 1 + n <= lx->len && memcmp(lx->buf + lx->pos - 1, kws[k], n) == 0)
                return 0;
        }
        /* CPython checks only "if"/"in"/"is" by their first two letters. */
        if (c == 'i' && lx->pos < lx->len &&
            (lx->buf[lx->pos] == 'f' || lx->buf[lx->pos] == 'n' || lx->buf[lx->pos] == 's'))
            return 0;
    }
    if (c < 128 && c != LEX_EOF && is_id_char(c)) {
        backup(lx, c);
        return error_here(lx, "invalid %s literal", kind);
    }
    return 0;
}

/* Reads digits and single underscores between digits; returns the next char, or -2 on
 * error. */
static int decimal_tail(Lexer *lx)
{
    int c;
    for (;;) {
        do c = next(lx); while (is_digit(c));
        if (c != '_') break;
        c = next(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            error_here(lx, "invalid decimal literal");
            return -2;
        }
    }
    return c;
}

/* Scans a number whose first character c has been read. Returns 0 or -1. */
static int scan_number(Lexer *lx, int c, int after_dot, size_t start)
{
    if (after_dot) goto fraction;
    if (c == '0') {
        c = next(lx);
        if (c == 'x' || c == 'X') {
            c = next(lx);
            do {
                if (c == '_') c = next(lx);
                if (!is_xdigit(c)) {
                    backup(lx, c);
                    return error_here(lx, "invalid hexadecimal literal");
                }
                do c = next(lx); while (is_xdigit(c));
            } while (c == '_');
            if (end_of_number(lx, c, "hexadecimal") < 0) return -1;
        } else if (c == 'o' || c == 'O') {
            c = next(lx);
            do {
                if (c == '_') c = next(lx);
                if (c < '0' || c >= '8') {
                    if (is_digit(c))
                        return error_here(lx, "invalid digit '%c' in octal literal", c);
                    backup(lx, c);
                    return error_here(lx, "invalid octal literal");
                }
                do c = next(lx); while (c >= '0' && c < '8');
            } while (c == '_');
            if (is_digit(c))
                return error_here(lx, "invalid digit '%c' in octal literal", c);
            if (end_of_number(lx, c, "octal") < 0) return -1;
        } else if (c == 'b' || c == 'B') {
            c = next(lx);
            do {
                if (c == '_') c = next(lx);
                if (c != '0' && c != '1') {
                    if (is_digit(c))
                        return error_here(lx, "invalid digit '%c' in binary literal", c);
                    backup(lx, c);
                    return error_here(lx, "invalid binary literal");
                }
                do c = next(lx); while (c == '0' || c == '1');
            } while (c == '_');
            if (is_digit(c))
                return error_here(lx, "invalid digit '%c' in binary literal", c);
            if (end_of_number(lx, c, "binary") < 0) return -1;
        } else {
            int nonzero = 0;
            for (;;) {
                if (c == '_') {
                    c = next(lx);
                    if (!is_digit(c)) {
                        backup(lx, c);
                        return error_here(lx, "invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = next(lx);
            }
            size_t zeros_end = lx->pos;
            if (is_digit(c)) {
                nonzero = 1;
                c = decimal_tail(lx);
                if (c == -2) return -1;
            }
            if (c == '.') {
                c = next(lx);
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                backup(lx, c);
                set_error(lx, PE_SYNTAX, lx->lineno, (int)(start + 1 - lx->line_start),
                          (int)(zeros_end - lx->line_start),
                          "leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers");
                return -1;
            }
            if (end_of_number(lx, c, "decimal") < 0) return -1;
        }
    } else {
        c = decimal_tail(lx);
        if (c == -2) return -1;
        if (c == '.') {
            c = next(lx);
        fraction:
            if (is_digit(c)) {
                c = decimal_tail(lx);
                if (c == -2) return -1;
            }
        }
        if (c == 'e' || c == 'E') {
            int e;
        exponent:
            e = c;
            c = next(lx);
            if (c == '+' || c == '-') {
                c = next(lx);
                if (!is_digit(c)) {
                    backup(lx, c);
                    return error_here(lx, "invalid decimal literal");
                }
            } else if (!is_digit(c)) {
                backup(lx, c);
                if (end_of_number(lx, e, "decimal") < 0) return -1;
                backup(lx, e);
                return 0;
            }
            c = decimal_tail(lx);
            if (c == -2) return -1;
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            c = next(lx);
            if (end_of_number(lx, c, "imaginary") < 0) return -1;
        } else if (end_of_number(lx, c, "decimal") < 0) {
            return -1;
        }
    }
    backup(lx, c);
    return 0;
}

/* Scans the rest of a string literal whose opening quote has been read. */
static int scan_string(Lexer *lx, int quote, size_t tok_start, int first_line, size_t first_ls)
{
    int quote_size = 1, end_quote_size = 0;
    int c = next(lx);
    if (c == quote) {
        c = next(lx);
        if (c == quote) quote_size = 3;
        else end_quote_size = 1;   /* empty string */
    }
    if (c != quote) backup(lx, c);
    while (end_quote_size != quote_size) {
        c = next(lx);
        if (c == LEX_EOF || (quote_size == 1 && c == '\n')) {
            int detected = lx->lineno;
            int off = (int)(tok_start - first_ls) + 1;
            if (quote_size == 3) {
                set_error(lx, PE_SYNTAX, first_line, off, off,
                          "unterminated triple-quoted string literal (detected at line %d)",
                          detected);
                lx->err.incomplete = 1;
            } else {
                set_error(lx, PE_SYNTAX, first_line, off, off,
                          "unterminated string literal (detected at line %d)", detected);
            }
            return -1;
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') next(lx);
        }
    }
    return 0;
}

/* Reads the indentation of a new logical line and queues INDENT/DEDENT. Returns 1 if the
 * line is blank (only whitespace/comment), 0 if not, -1 on error. */
static int read_indentation(Lexer *lx)
{
    int col = 0, altcol = 0, cont_line_col = 0, c;
    for (;;) {
        c = next(lx);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = altcol + 1;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (continuation_line(lx) < 0) return -1;
        } else {
            break;
        }
    }
    backup(lx, c);
    if (c == '#' || c == '\n') return 1;
    if (lx->level) return 0;
    if (cont_line_col) col = altcol = cont_line_col;
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent]) return indent_error(lx);
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= LEXER_MAXINDENT) {
            lx->pos = lx->len;
            set_error(lx, PE_INDENT, lx->lineno, 1, 0, "too many levels of indentation");
            lx->err.raised = 0;
            return -1;
        }
        if (altcol <= lx->altindstack[lx->indent]) return indent_error(lx);
        lx->pendin++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            /* CPython: tok->cur = tok->inp, the error at the end of the line. */
            size_t e = lx->pos;
            while (e < lx->len && lx->buf[e] != '\n') e++;
            if (e < lx->len) e++;
            set_error(lx, PE_INDENT, lx->lineno, (int)(e - lx->line_start), -1,
                      "unindent does not match any outer indentation level");
            lx->err.raised = 0;
            return -1;
        }
        if (altcol != lx->altindstack[lx->indent]) return indent_error(lx);
    }
    return 0;
}

/* Pushes the next token (or the pending INDENT/DEDENT tokens, or ENDMARKER). Returns 1 to
 * go on, 0 after ENDMARKER, -1 on an error or at the end of input inside brackets. */
static int get_token(Lexer *lx)
{
    int c, blankline = 0;
nextline:
    blankline = 0;
    if (lx->atbol) {
        lx->atbol = 0;
        int r = read_indentation(lx);
        if (r < 0) return -1;
        blankline = r;
    }
    if (lx->pendin) {
        while (lx->pendin < 0) {
            if (!push(lx, T_DEDENT)) return -1;
            lx->pendin++;
        }
        while (lx->pendin > 0) {
            if (!push(lx, T_INDENT)) return -1;
            lx->pendin--;
        }
        return 1;
    }
again:
    do c = next(lx); while (c == ' ' || c == '\t' || c == '\f');
    size_t start = lx->pos - (c == LEX_EOF ? 0 : 1);
    int start_line = lx->lineno;
    size_t start_ls = lx->line_start;

    if (c == '#') {
        while (c != LEX_EOF && c != '\n') c = next(lx);
    }
    if (c == LEX_EOF) {
        if (lx->nomem) return -1;
        if (lx->level) {
            lx->eof_in_paren = 1;
            lx->paren_char = lx->parenstack[lx->level - 1];
            lx->paren_lineno = lx->parenline[lx->level - 1];
            lx->paren_col = lx->parencol[lx->level - 1];
            return -1;
        }
        Token *t = push(lx, T_ENDMARKER);
        return t ? 0 : -1;
    }

    if (is_id_start(c)) {
        /* String prefixes: b, r, u, f and the legal combinations. */
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = 1;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = 1;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = 1;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = 1;
            else break;
            c = next(lx);
            if (c == '"' || c == '\'') {
                if (scan_string(lx, c, start, start_line, start_ls) < 0) return -1;
                return push_text(lx, T_STRING, start, start_line, start_ls) < 0 ? -1 : 1;
            }
        }
        int nonascii = 0;
        while (c != LEX_EOF && is_id_char(c)) {
            if (c >= 128) nonascii = 1;
            c = next(lx);
        }
        backup(lx, c);
        if (nonascii) {
            size_t i = start;
            while (i < lx->pos) {
                int n;
                unsigned ch = decode_char(lx->buf + i, &n);
                if (ch >= 128 && is_bad_id_char(ch)) {
                    lx->pos = i + (size_t)n;
                    int off = cur_offset(lx);
                    if (is_nonprintable(ch))
                        set_error(lx, PE_SYNTAX, lx->lineno, off, off,
                                  "invalid non-printable character U+%04X", ch);
                    else
                        set_error(lx, PE_SYNTAX, lx->lineno, off, off,
                                  "invalid character '%.*s' (U+%04X)", n, lx->buf + i, ch);
                    return -1;
                }
                i += (size_t)n;
            }
        }
        TokKind kind = T_NAME;
        int len = (int)(lx->pos - start);
        for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++) {
            if (keywords[k].len == len && memcmp(keywords[k].text, lx->buf + start, (size_t)len) == 0) {
                kind = keywords[k].kind;
                break;
            }
        }
        return push_text(lx, kind, start, start_line, start_ls) < 0 ? -1 : 1;
    }

    if (c == '\n') {
        lx->atbol = 1;
        if (blankline || lx->level > 0) goto nextline;
        Token *t = push(lx, T_NEWLINE);
        if (!t) return -1;
        t->lineno = t->end_lineno = start_line;
        t->col = t->end_col = (int)(start - start_ls);
        t->text = lx->buf + start;
        t->len = 0;
        lx->cont_line = 0;
        return 1;
    }

    if (c == '.') {
        c = next(lx);
        if (is_digit(c)) {
            if (scan_number(lx, c, 1, start) < 0) return -1;
            return push_text(lx, T_NUMBER, start, start_line, start_ls) < 0 ? -1 : 1;
        }
        if (c == '.') {
            int c2 = next(lx);
            if (c2 == '.')
                return push_text(lx, T_ELLIPSIS, start, start_line, start_ls) < 0 ? -1 : 1;
            backup(lx, c2);
        }
        backup(lx, c);
        return push_text(lx, T_DOT, start, start_line, start_ls) < 0 ? -1 : 1;
    }

    if (is_digit(c)) {
        if (scan_number(lx, c, 0, start) < 0) return -1;
        return push_text(lx, T_NUMBER, start, start_line, start_ls) < 0 ? -1 : 1;
    }

    if (c == '"' || c == '\'') {
        if (scan_string(lx, c, start, start_line, start_ls) < 0) return -1;
        return push_text(lx, T_STRING, start, start_line, start_ls) < 0 ? -1 : 1;
    }

    if (c == '\\') {
        if (continuation_line(lx) < 0) return -1;
        lx->cont_line = 1;
        goto again;
    }

    /* Operators: the longest spelling wins (CPython's two- and three-char tables). */
    int best = -1, best_len = 0;
    for (size_t k = 0; k < sizeof operators / sizeof operators[0]; k++) {
        int n = operators[k].len;
        if (n > best_len && start + (size_t)n <= lx->len &&
            memcmp(operators[k].text, lx->buf + start, (size_t)n) == 0) {
            best = (int)k;
            best_len = n;
        }
    }
    if (start + 2 <= lx->len && memcmp(lx->buf + start, "<>", 2) == 0) {
        /* CPython's tokenizer reads "<>" as NOTEQUAL; its parser then refuses it. */
        best_len = 2;
        for (size_t k = 0; k < sizeof operators / sizeof operators[0]; k++)
            if (operators[k].kind == T_NOTEQUAL) best = (int)k;
    }
    if (best_len > 1) {
        lx->pos = start + (size_t)best_len;
        return push_text(lx, operators[best].kind, start, start_line, start_ls) < 0 ? -1 : 1;
    }

    switch (c) {
    case '(': case '[': case '{':
        if (lx->level >= LEXER_MAXLEVEL) {
            set_error(lx, PE_TOODEEP, lx->lineno, cur_offset(lx), cur_offset(lx),
                      "too many nested parentheses");
            return -1;
        }
        lx->parenstack[lx->level] = (char)c;
        lx->parenline[lx->level] = lx->lineno;
        lx->parencol[lx->level] = (int)(start - lx->line_start);
        lx->level++;
        break;
    case ')': case ']': case '}': {
        if (!lx->level) {
            char s[2] = {(char)c, 0};
            return error_here(lx, "unmatched '%s'", s);
        }
        lx->level--;
        int opening = lx->parenstack[lx->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
              (opening == '{' && c == '}'))) {
            int off = cur_offset(lx);
            if (lx->parenline[lx->level] != lx->lineno)
                set_error(lx, PE_SYNTAX, lx->lineno, off, off,
                          "closing parenthesis '%c' does not match opening parenthesis "
                          "'%c' on line %d", c, opening, lx->parenline[lx->level]);
            else
                set_error(lx, PE_SYNTAX, lx->lineno, off, off,
                          "closing parenthesis '%c' does not match opening parenthesis '%c'",
                          c, opening);
            return -1;
        }
        break;
    }
    default:
        break;
    }
    if (c < 0x20 || c == 0x7F) {
        int off = cur_offset(lx);
        set_error(lx, PE_SYNTAX, lx->lineno, off, off,
                  "invalid non-printable character U+%04X", (unsigned)c);
        return -1;
    }
    TokKind kind = best >= 0 ? operators[best].kind : T_OP;
    return push_text(lx, kind, start, start_line, start_ls) < 0 ? -1 : 1;
}

int lexer_run(Lexer *lx)
{
    for (;;) {
        int r = get_token(lx);
        if (r == 0) return 0;
        if (r < 0) {
            if (lx->nomem) return -1;
            Token *t = push(lx, T_ERRORTOKEN);
            if (!t) return -1;
            if (!lx->failed && !lx->eof_in_paren && lx->level > 0) {
                /* continuation line at the end of input inside brackets */
                lx->eof_in_paren = 1;
                lx->paren_char = lx->parenstack[lx->level - 1];
                lx->paren_lineno = lx->parenline[lx->level - 1];
                lx->paren_col = lx->parencol[lx->level - 1];
            } else if (!lx->failed && !lx->eof_in_paren) {
                set_error(lx, PE_SYNTAX, lx->lineno, 0, 0, "invalid syntax");
            }
            return -1;
        }
    }
}
