/* parser_string.c — string literals: prefixes, escapes, concatenation of adjacent
 * literals, and f-strings, as CPython 3.11's Parser/string_parser.c does them.
 *
 * Invariants:
 * - Literal text is decoded into malloc'd buffers (SBuf) that are copied into the arena
 *   when a node is made, and freed on every path out of parser_strings.
 * - str values are UTF-8; \u/\U escapes of surrogates are encoded like any other code
 *   point (3 bytes), so a str value may hold them.
 * - An f-string's expression is parsed by a sub-parser over "(" + text + ")", exactly as
 *   CPython does, so its tree, positions and error messages match; the sub-parser's error
 *   is made final (character columns, text in the arena) before its lexer goes away.
 * - Errors found while scanning an f-string are placed at the token after the strings
 *   (CPython's RAISE_SYNTAX_ERROR), since the strings rule has looked at it.
 */
#include "parser_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *s;
    size_t len, cap;
} SBuf;

static int sb_add(Parser *p, SBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 32;
        while (cap < b->len + n + 1) {
            if (cap > ((size_t)-1) / 4) { parser_nomem(p); return -1; }
            cap *= 2;
        }
        char *t = realloc(b->s, cap);
        if (!t) { parser_nomem(p); return -1; }
        b->s = t;
        b->cap = cap;
    }
    if (n) memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
    return 0;
}

static int sb_add_cp(Parser *p, SBuf *b, unsigned c)
{
    char u[4];
    size_t n;
    if (c < 0x80) {
        u[0] = (char)c, n = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | (c >> 6)), u[1] = (char)(0x80 | (c & 0x3F)), n = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12)), u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F)), n = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18)), u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F)), u[3] = (char)(0x80 | (c & 0x3F)), n = 4;
    }
    return sb_add(p, b, u, n);
}

/* ---- escapes ---- */

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Length in CPython's escaped copy (decode_unicode_with_escapes) of s[0..i): non-ASCII
 * characters become \UXXXXXXXX, a backslash before one (or at the end) \u005c. */
static long escaped_pos(const char *s, size_t len, size_t i)
{
    long n = 0;
    size_t k = 0;
    while (k < i) {
        unsigned char c = (unsigned char)s[k];
        if (c == '\\' && (k + 1 >= len || ((unsigned char)s[k + 1] & 0x80))) {
            n += 6;
            k++;
        } else if (c & 0x80) {
            n += 10;
            k++;
            while (k < len && ((unsigned char)s[k] & 0xC0) == 0x80) k++;
        } else {
            n++;
            k++;
        }
    }
    return n;
}

static void *unicode_error(Parser *p, const char *s, size_t len, size_t start, size_t end,
                           const char *what)
{
    long a = escaped_pos(s, len, start), b = escaped_pos(s, len, end);
    if (b - a <= 1)
        return parser_error_last(p, PE_SYNTAX, "(unicode error) 'unicodeescape' codec can't "
                                               "decode byte 0x5c in position %ld: %s", a, what);
    return parser_error_last(p, PE_SYNTAX, "(unicode error) 'unicodeescape' codec can't "
                                           "decode bytes in position %ld-%ld: %s", a, b - 1, what);
}

/* Decodes the body of a str literal (escapes unless raw) onto out. */
static int decode_str(Parser *p, SBuf *out, const char *s, size_t len, int raw)
{
    if (raw || !memchr(s, '\\', len)) return sb_add(p, out, s, len);
    size_t i = 0;
    while (i < len) {
        size_t run = i;
        while (run < len && s[run] != '\\') run++;
        if (sb_add(p, out, s + i, run - i) < 0) return -1;
        i = run;
        if (i >= len) break;
        size_t start = i++;
        if (i >= len) return sb_add(p, out, "\\", 1);   /* cannot come from the lexer */
        unsigned char c = (unsigned char)s[i++];
        unsigned ch;
        int count;
        const char *msg;
        switch (c) {
        case '\n': continue;
        case '\\': case '\'': case '"':
            if (sb_add(p, out, (const char *)&c, 1) < 0) return -1;
            continue;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 't': ch = '\t'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 'v': ch = '\v'; break;
        case 'a': ch = '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            ch = c - '0';
            if (i < len && s[i] >= '0' && s[i] <= '7') {
                ch = (ch << 3) + (unsigned)(s[i++] - '0');
                if (i < len && s[i] >= '0' && s[i] <= '7') ch = (ch << 3) + (unsigned)(s[i++] - '0');
            }
            break;
        case 'x': count = 2; msg = "truncated \\xXX escape"; goto hex;
        case 'u': count = 4; msg = "truncated \\uXXXX escape"; goto hex;
        case 'U':
            count = 8;
            msg = "truncated \\UXXXXXXXX escape";
        hex:
            for (ch = 0; count; count--, i++) {
                int v = i < len ? hexval((unsigned char)s[i]) : -1;
                if (v < 0) {
                    unicode_error(p, s, len, start, i, msg);
                    return -1;
                }
                ch = (ch << 4) + (unsigned)v;
            }
            if (ch > 0x10FFFF) {
                unicode_error(p, s, len, start, i, "illegal Unicode character");
                return -1;
            }
            break;
        case 'N':
            parser_error_last(p, PE_SYNTAX,
                              "(unicode error) \\N{...} escapes are not supported by glasspy");
            return -1;
        default:
            /* An unknown escape stays as written (CPython warns). */
            if (sb_add(p, out, s + start, 1) < 0) return -1;
            i = start + 1;
            continue;
        }
        if (sb_add_cp(p, out, ch) < 0) return -1;
    }
    return 0;
}

/* Decodes the body of a bytes literal onto out. */
static int decode_bytes(Parser *p, SBuf *out, const char *s, size_t len, int raw)
{
    if (raw || !memchr(s, '\\', len)) return sb_add(p, out, s, len);
    size_t i = 0;
    while (i < len) {
        size_t run = i;
        while (run < len && s[run] != '\\') run++;
        if (sb_add(p, out, s + i, run - i) < 0) return -1;
        i = run;
        if (i >= len) break;
        size_t start = i++;
        if (i >= len) return sb_add(p, out, "\\", 1);
        unsigned char c = (unsigned char)s[i++];
        unsigned ch;
        switch (c) {
        case '\n': continue;
        case '\\': case '\'': case '"': ch = c; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 't': ch = '\t'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 'v': ch = '\v'; break;
        case 'a': ch = '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            ch = c - '0';
            if (i < len && s[i] >= '0' && s[i] <= '7') {
                ch = (ch << 3) + (unsigned)(s[i++] - '0');
                if (i < len && s[i] >= '0' && s[i] <= '7') ch = (ch << 3) + (unsigned)(s[i++] - '0');
            }
            break;
        case 'x': {
            int d1 = i < len ? hexval((unsigned char)s[i]) : -1;
            int d2 = i + 1 < len ? hexval((unsigned char)s[i + 1]) : -1;
            if (d1 < 0 || d2 < 0) {
                parser_error_last(p, PE_SYNTAX,
                                  "(value error) invalid \\x escape at position %zu", start);
                return -1;
            }
            ch = (unsigned)(d1 * 16 + d2);
            i += 2;
            break;
        }
        default:
            if (sb_add(p, out, s + start, 2) < 0) return -1;
            continue;
        }
        char b = (char)(ch & 0xFF);
        if (sb_add(p, out, &b, 1) < 0) return -1;
    }
    return 0;
}

/* ---- tokens ---- */

typedef struct {
    int bytes, raw, fmode;
    const char *body;
    size_t len;
} StrTok;

static void split_token(const Token *t, StrTok *st)
{
    const char *s = t->text;
    const char *end = t->text + t->len;
    memset(st, 0, sizeof *st);
    for (;; s++) {
        char c = *s;
        if (c == 'b' || c == 'B') st->bytes = 1;
        else if (c == 'r' || c == 'R') st->raw = 1;
        else if (c == 'f' || c == 'F') st->fmode = 1;
        else if (c == 'u' || c == 'U') {}
        else break;
    }
    char q = *s;
    size_t n = (size_t)(end - s);
    int size = n >= 6 && s[1] == q && s[2] == q ? 3 : 1;
    st->body = s + size;
    st->len = n - 2 * (size_t)size;
}

/* ---- f-strings ---- */

typedef struct {
    SBuf last;          /* literal text not yet made a Constant */
    PtrVec values;      /* Constant and FormattedValue parts */
    int fmode;
} FState;

static AstPos span(Parser *p, const Token *first, const Token *last)
{
    AstPos r = {first->lineno, parser_tok_col(p, first), last->end_lineno,
                parser_tok_end_col(p, last)};
    return r;
}

static Expr *str_node(Parser *p, const char *s, size_t len, int bytes, AstPos pos)
{
    Expr *e = parser_expr_new(p, E_CONSTANT, pos);
    if (!e) return NULL;
    char *t = arena_strndup(p->arena, s ? s : "", len);
    if (!t) return parser_nomem(p);
    e->v.constant.kind = bytes ? CONST_BYTES : CONST_STR;
    e->v.constant.text = t;
    e->v.constant.len = len;
    return e;
}

/* Moves pending literal text into a Constant part. */
static int flush_literal(Parser *p, FState *st, AstPos pos)
{
    if (!st->last.len) return 0;
    Expr *e = str_node(p, st->last.s, st->last.len, 0, pos);
    st->last.len = 0;
    if (!e) return -1;
    return parser_vec_push(p, &st->values, e);
}

static int fstring_concat(Parser *p, FState *st, const char **str, const char *end, int raw,
                          int lvl, const Token *first, const Token *t, const Token *last);

/* Parses a nested format spec into a JoinedStr placed at t. */
static Expr *fstring_spec(Parser *p, const char **str, const char *end, int raw, int lvl,
                          const Token *first, const Token *t, const Token *last)
{
    FState st;
    memset(&st, 0, sizeof st);
    Expr *e = NULL;
    if (fstring_concat(p, &st, str, end, raw, lvl, first, t, last) == 0 &&
        flush_literal(p, &st, span(p, t, t)) == 0) {
        e = parser_expr_new(p, E_JOINEDSTR, span(p, t, t));
        if (e) e->v.joinedstr.values = VEC_EXPRS(st.values);
    }
    free(st.last.s);
    return e;
}

/* Where an expression's text starts: lines and columns to shift its positions by
 * (CPython's fstring_find_expr_location). brace points at the '{'. */
static void expr_location(const Token *t, const char *brace, int *lines, int *cols)
{
    *lines = 0;
    *cols = 0;
    const char *parent = t->text;
    int newline_after_brace = 1;
    for (const char *s = brace + 1; s < t->text + t->len && *s != '}' && *s != '\n'; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = 0;
            break;
        }
    }
    if (!newline_after_brace) {
        const char *s = brace;
        while (s > parent && *s != '\n') s--;
        *cols += (int)(brace - s);
        if (*s == '\n') *cols -= 1;
    }
    for (const char *s = parent; s < brace; s++)
        if (*s == '\n') (*lines)++;
}

/* Scans one {expression[=][!c][:spec]} (CPython's fstring_find_expr); *str is at '{'. */
static int fstring_expr(Parser *p, FState *st, const char **str, const char *end, int raw,
                        int lvl, const Token *first, const Token *t, const Token *last)
{
    char quote = 0;
    int string_type = 0, depth = 0;
    char stack[LEXER_MAXLEVEL];
    if (lvl >= 2) {
        parser_error_last(p, PE_SYNTAX, "f-string: expressions nested too deeply");
        return -1;
    }
    const char *brace = *str;
    (*str)++;
    const char *expr_start = *str;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') {
            parser_error_last(p, PE_SYNTAX, "f-string expression part cannot include a "
                                            "backslash");
            return -1;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= LEXER_MAXLEVEL) {
                parser_error_last(p, PE_SYNTAX, "f-string: too many nested parenthesis");
                return -1;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            parser_error_last(p, PE_SYNTAX, "f-string expression part cannot include '#'");
            return -1;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    (*str)++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                parser_error_last(p, PE_SYNTAX, "f-string: unmatched '%c'", ch);
                return -1;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                parser_error_last(p, PE_SYNTAX, "f-string: closing parenthesis '%c' does not "
                                                "match opening parenthesis '%c'", ch, open);
                return -1;
            }
        }
    }
    const char *expr_end = *str;
    if (quote) {
        parser_error_last(p, PE_SYNTAX, "f-string: unterminated string");
        return -1;
    }
    if (depth) {
        parser_error_last(p, PE_SYNTAX, "f-string: unmatched '%c'", stack[depth - 1]);
        return -1;
    }
    if (*str >= end) goto expecting;

    /* The expression, compiled first so its errors come before the rest's. */
    const char *s = expr_start;
    while (s < expr_end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) s++;
    if (s == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            parser_error_last(p, PE_SYNTAX, "f-string: expression required before '%c'",
                              *expr_end);
        else
            parser_error_last(p, PE_SYNTAX, "f-string: empty expression not allowed");
        return -1;
    }
    int lines, cols;
    expr_location(t, brace, &lines, &cols);
    Expr *value = parser_fstring_expr(p, t, expr_start, (size_t)(expr_end - expr_start), lines,
                                      cols);
    if (!value) return -1;

    int debug = 0;
    if (**str == '=') {
        (*str)++;
        while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' ||
                              **str == '\r' || **str == '\f' || **str == '\v'))
            (*str)++;
        if (*str >= end) goto expecting;
        /* The expression's text, '=' and spaces included, joins the literal text. */
        if (sb_add(p, &st->last, expr_start, (size_t)(*str - expr_start)) < 0) return -1;
        debug = 1;
    }
    int conversion = -1;
    if (**str == '!') {
        (*str)++;
        if (*str >= end) goto expecting;
        conversion = (unsigned char)**str;
        (*str)++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            parser_error_last(p, PE_SYNTAX, "f-string: invalid conversion character: "
                                            "expected 's', 'r', or 'a'");
            return -1;
        }
    }
    Expr *spec = NULL;
    if (*str < end && **str == ':') {
        (*str)++;
        if (*str >= end) goto expecting;
        spec = fstring_spec(p, str, end, raw, lvl + 1, first, t, last);
        if (!spec) return -1;
    }
    if (*str >= end || **str != '}') goto expecting;
    (*str)++;
    if (debug && !spec && conversion == -1) conversion = 'r';
    Expr *fv = parser_expr_new(p, E_FORMATTEDVALUE, span(p, first, last));
    if (!fv) return -1;
    fv->v.formattedvalue.value = value;
    fv->v.formattedvalue.conversion = conversion;
    fv->v.formattedvalue.format_spec = spec;
    if (flush_literal(p, st, span(p, first, last)) < 0) return -1;
    return parser_vec_push(p, &st->values, fv);

expecting:
    parser_error_last(p, PE_SYNTAX, "f-string: expecting '}'");
    return -1;
}

/* Literal text up to the next expression (CPython's fstring_find_literal). Returns 1 when
 * it stopped at a doubled brace (the caller goes on scanning), 0 at '{', '}' or the end. */
static int fstring_literal(Parser *p, FState *st, const char **str, const char *end, int raw,
                           int lvl)
{
    const char *s = *str;
    const char *start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {}
                    continue;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    parser_error_last(p, PE_SYNTAX, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (start != s && decode_str(p, &st->last, start, (size_t)(s - start), raw) < 0) return -1;
    return result;
}

static int fstring_concat(Parser *p, FState *st, const char **str, const char *end, int raw,
                          int lvl, const Token *first, const Token *t, const Token *last)
{
    st->fmode = 1;
    for (;;) {
        int r = fstring_literal(p, st, str, end, raw, lvl);
        if (r < 0) return -1;
        if (r == 1) continue;
        if (*str >= end || **str == '}') break;
        if (fstring_expr(p, st, str, end, raw, lvl, first, t, last) < 0) return -1;
    }
    if (lvl == 0 && *str < end - 1) {
        parser_error_last(p, PE_SYNTAX, "f-string: unexpected end of string");
        return -1;
    }
    if (lvl != 0 && (*str >= end || **str != '}')) {
        parser_error_last(p, PE_SYNTAX, "f-string: expecting '}'");
        return -1;
    }
    return 0;
}

/* ---- adjacent literals ---- */

static Expr *concatenate(Parser *p, const Token *first, const Token *last, FState *st,
                         SBuf *bytes)
{
    int bytesmode = 0;
    for (const Token *t = first; t <= last; t++) {
        StrTok s;
        split_token(t, &s);
        if (s.bytes) {
            for (int i = 0; i < t->len; i++)
                if ((unsigned char)t->text[i] >= 0x80)
                    return parser_error_at_token(p, PE_SYNTAX, t, "bytes can only contain "
                                                                  "ASCII literal characters");
        }
        int raw = s.raw || !memchr(s.body, '\\', s.len);
        if (s.fmode) {
            raw = s.raw;
        } else if (s.bytes) {
            if (decode_bytes(p, bytes, s.body, s.len, raw) < 0) return NULL;
        } else {
            if (decode_str(p, &st->last, s.body, s.len, raw) < 0) return NULL;
        }
        if (t != first && bytesmode != s.bytes)
            return parser_error_last(p, PE_SYNTAX, "cannot mix bytes and nonbytes literals");
        bytesmode = s.bytes;
        if (s.fmode) {
            const char *str = s.body;
            if (fstring_concat(p, st, &str, s.body + s.len, raw, 0, first, t, last) < 0)
                return NULL;
        }
    }
    AstPos pos = span(p, first, last);
    if (bytesmode) return str_node(p, bytes->s, bytes->len, 1, pos);
    if (!st->fmode) return str_node(p, st->last.s, st->last.len, 0, pos);
    if (flush_literal(p, st, pos) < 0) return NULL;
    Expr *e = parser_expr_new(p, E_JOINEDSTR, pos);
    if (e) e->v.joinedstr.values = VEC_EXPRS(st->values);
    return e;
}

Expr *parser_strings(Parser *p)
{
    Token *first = parser_advance(p);
    Token *last = first;
    while (parser_peek(p)->kind == T_STRING) last = parser_advance(p);
    parser_peek(p);  /* CPython's strings rule has looked at the next token */
    FState st;
    SBuf bytes = {0};
    memset(&st, 0, sizeof st);
    Expr *e = concatenate(p, first, last, &st, &bytes);
    free(st.last.s);
    free(bytes.s);
    return e;
}

/* ---- the expression sub-parser ---- */

Expr *parser_fstring_expr(Parser *p, const Token *t, const char *expr_start, size_t len,
                          int lines, int cols)
{
    char *buf = malloc(len + 2);
    if (!buf) return parser_nomem(p);
    buf[0] = '(';
    memcpy(buf + 1, expr_start, len);
    buf[len + 1] = ')';
    Lexer lx;
    int rc = lexer_init_raw(&lx, buf, len + 2, t->lineno + lines - 1);
    free(buf);
    if (rc < 0) {
        lexer_free(&lx);
        return parser_nomem(p);
    }
    lexer_run(&lx);
    if (lx.nomem || lx.ntoks == 0) {
        lexer_free(&lx);
        return parser_nomem(p);
    }
    Parser sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.lx = &lx;
    sub.toks = lx.toks;
    sub.ntoks = lx.ntoks;
    sub.mode = MODE_FILE;
    sub.filename = p->filename;
    sub.parent = p;
    sub.depth = p->depth;
    sub.shift_lineno = t->lineno + lines;
    sub.shift_col = lines ? cols : parser_tok_col(p, t) + cols;
    sub.last_end_lineno = sub.shift_lineno;
    Expr *e = parser_star_expressions(&sub);
    if (!e || sub.failed) {
        e = NULL;
        if (sub.nomem || lx.nomem) {
            parser_nomem(p);
        } else if (!p->failed) {
            ParseError err;
            parser_resolve_error(&sub, &lx, &err);
            p->failed = 1;
            memset(&p->err, 0, sizeof p->err);
            p->err.kind = err.kind;
            memcpy(p->err.msg, err.msg, sizeof p->err.msg);
            p->err.lineno = err.lineno;
            p->err.col = err.col;
            p->err.end_lineno = err.end_lineno;
            p->err.end_col = err.end_col;
            p->err.final = 1;
            if (err.text) {
                p->err.text = arena_strndup(p->arena, err.text, strlen(err.text));
                free(err.text);
                if (!p->err.text) parser_nomem(p);
            }
        }
    }
    lexer_free(&lx);
    return e;
}
