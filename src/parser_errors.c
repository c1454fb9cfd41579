/* parser_errors.c — syntax errors as CPython 3.11 reports them: recording an error where
 * CPython's parser would place it, choosing between parser and tokenizer errors, and
 * filling the caller's ParseError.
 *
 * Invariants:
 * - The first error recorded stands (record() ignores later ones); a speculation that
 *   fails resets p->failed (parser_reset) and restores the error it saved.
 * - Columns stay 1-based byte offsets, as CPython computes them, until finish_error turns
 *   them into character offsets on the offending line.
 * - Priorities (CPython's _PyPegen_set_syntax_error and the scan of the rest of the input
 *   that follows a parser error): an error the tokenizer raises itself (strings, numbers,
 *   characters, brackets) wins over an earlier parser error; a bracket still open at the
 *   error token's line wins over both when it opened on an earlier line; "unexpected
 *   indent" stands alone.
 */
#include "parser_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void record(Parser *p, ParseErrorKind kind, int lineno, int col, int end_lineno,
                   int end_col, const char *fmt, va_list ap)
{
    if (p->failed) return;
    p->failed = 1;
    PendingError *e = &p->err;
    memset(e, 0, sizeof *e);
    e->kind = kind;
    int n = 0;
    if (p->parent) n = snprintf(e->msg, sizeof e->msg, "f-string: ");
    vsnprintf(e->msg + n, sizeof e->msg - (size_t)n, fmt, ap);
    if (p->parent) {
        /* CPython subtracts the expression's shift from every column. */
        col -= p->shift_col;
        if (end_col > 0) end_col -= p->shift_col;
    }
    p->err_pos = p->pos;
    e->lineno = lineno;
    e->col = col;
    e->end_lineno = end_lineno;
    e->end_col = end_col;
}

void *parser_nomem(Parser *p)
{
    p->nomem = 1;
    p->failed = 1;
    return NULL;
}

void *parser_too_deep(Parser *p)
{
    if (p->failed) return NULL;
    Token *t = parser_peek(p);
    p->failed = 1;
    memset(&p->err, 0, sizeof p->err);
    p->err.kind = PE_TOODEEP;
    snprintf(p->err.msg, sizeof p->err.msg, "maximum recursion depth exceeded during compilation");
    p->err.lineno = t->lineno;
    return NULL;
}

int parser_enter(Parser *p)
{
    if (++p->depth > PARSER_MAXDEPTH) {
        parser_too_deep(p);
        return -1;
    }
    return 0;
}

void parser_leave(Parser *p) { p->depth--; }

/* Where an error at token t goes. Tokens without a place (INDENT, DEDENT, ENDMARKER)
 * give column 0 for an error at a known location (RAISE_SYNTAX_ERROR_KNOWN_LOCATION) and
 * the tokenizer's column for an error at the last token (RAISE_SYNTAX_ERROR). */
static void tok_location(const Parser *p, const Token *t, int known, int *col, int *end_col)
{
    if (t->col < 0) {
        *col = known ? 0 : t->cur_col;
        *end_col = known ? 0 : -1;
    } else {
        *col = parser_tok_col(p, t) + 1;
        *end_col = parser_tok_end_col(p, t) + 1;
    }
}

void *parser_error_at_token(Parser *p, ParseErrorKind kind, const Token *t, const char *fmt, ...)
{
    int col, end_col;
    va_list ap;
    tok_location(p, t, 1, &col, &end_col);
    va_start(ap, fmt);
    record(p, kind, t->lineno, col, t->end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_error_last(Parser *p, ParseErrorKind kind, const char *fmt, ...)
{
    const Token *t = &p->toks[p->fill > 0 ? (p->fill - 1 < p->ntoks ? p->fill - 1 : p->ntoks - 1) : 0];
    int col, end_col;
    va_list ap;
    tok_location(p, t, 0, &col, &end_col);
    va_start(ap, fmt);
    record(p, kind, t->lineno, col, t->end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_error_range(Parser *p, AstPos a, AstPos b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(p, PE_SYNTAX, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_error_at(Parser *p, ParseErrorKind kind, int lineno, int col, int end_lineno,
                      int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(p, kind, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

/* CPython's generic error: at the furthest token its parser looked at. */
void *parser_syntax_error(Parser *p)
{
    parser_peek(p);
    Token *t = &p->toks[p->fill - 1 < p->ntoks ? p->fill - 1 : p->ntoks - 1];
    if (t->kind == T_INDENT || t->kind == T_DEDENT) {
        int was_failed = p->failed;
        parser_error_last(p, PE_INDENT, t->kind == T_INDENT ? "unexpected indent"
                                                           : "unexpected unindent");
        if (!was_failed) p->err.no_scan = 1;
        return NULL;
    }
    int was_failed = p->failed;
    parser_error_at_token(p, PE_SYNTAX, t, "invalid syntax");
    if (!was_failed) p->err.generic = 1;
    return NULL;
}

/* Characters in line[0..off) (off a byte count), as CPython's
 * _PyPegen_byte_offset_to_character_offset: a cut sequence counts as one character. */
static int byte_to_char(const char *line, size_t len, int off)
{
    if (!line || off <= 0) return off;
    if ((size_t)off > len + 1) off = (int)len + 1;
    int n = 0;
    for (int i = 0; i < off; i++) {
        if ((size_t)i >= len) { n++; continue; }
        unsigned char c = (unsigned char)line[i];
        if ((c & 0xC0) != 0x80) n++;
    }
    return n;
}

/* Fills err from a pending error, with the text of its line from lx. */
static void finish_error(const PendingError *pe, const Lexer *lx, ParseError *err)
{
    err->kind = pe->kind;
    memcpy(err->msg, pe->msg, sizeof err->msg);
    err->lineno = pe->lineno;
    err->end_lineno = pe->end_lineno;
    err->col = pe->col;
    err->end_col = pe->end_col;
    err->text = NULL;
    if (pe->final) {
        if (pe->text) {
            size_t n = strlen(pe->text);
            err->text = malloc(n + 1);
            if (err->text) memcpy(err->text, pe->text, n + 1);
        }
        return;
    }
    size_t len = 0;
    int has_nl = 0;
    const char *line = pe->lineno > 0 ? lexer_line(lx, pe->lineno, &len, &has_nl) : NULL;
    if (line) {
        err->col = byte_to_char(line, len, pe->col);
        if (pe->end_lineno == pe->lineno) err->end_col = byte_to_char(line, len, pe->end_col);
        int nl = has_nl && !pe->from_lexer;
        err->text = malloc(len + 2);
        if (err->text) {
            memcpy(err->text, line, len);
            if (nl) err->text[len++] = '\n';
            err->text[len] = 0;
        }
    } else if (pe->end_lineno != pe->lineno) {
        err->end_col = pe->end_col;
    }
}

static void lexer_pending(const Lexer *lx, PendingError *pe)
{
    memset(pe, 0, sizeof *pe);
    pe->kind = lx->err.kind;
    memcpy(pe->msg, lx->err.msg, sizeof pe->msg);
    pe->lineno = lx->err.lineno;
    pe->col = lx->err.offset;
    pe->end_lineno = lx->err.end_lineno;
    pe->end_col = lx->err.end_offset;
    pe->from_lexer = 1;
}

static void unclosed_pending(char c, int lineno, int col, PendingError *pe)
{
    memset(pe, 0, sizeof *pe);
    pe->kind = PE_SYNTAX;
    snprintf(pe->msg, sizeof pe->msg, "'%c' was never closed", c);
    pe->lineno = pe->end_lineno = lineno;
    pe->col = col + 1;
    pe->end_col = 0;
}

/* Is the token at i at the end of the input (only DEDENTs before ENDMARKER)? */
static int at_input_end(const Parser *p, int i)
{
    for (; i < p->ntoks; i++)
        if (p->toks[i].kind != T_DEDENT && p->toks[i].kind != T_ENDMARKER) return 0;
    return 1;
}

void parser_resolve_error(Parser *p, Lexer *lx, ParseError *err)
{
    PendingError pe = p->err;
    int incomplete = 0;
    if (p->nomem || lx->nomem) {
        memset(err, 0, sizeof *err);
        err->kind = PE_NOMEM;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return;
    }
    /* CPython compares with the furthest token its second pass looked at. */
    int err_line = p->max_fill > 0 ? p->toks[p->max_fill - 1].lineno : 1;
    if (pe.kind == PE_TOODEEP) {
        /* stands */
    } else if (p->reached_error_token) {
        if (lx->failed) {
            lexer_pending(lx, &pe);
            incomplete = lx->err.incomplete;
        } else {
            unclosed_pending(lx->paren_char, lx->paren_lineno, lx->paren_col, &pe);
            incomplete = 1;
        }
    } else if (p->mode == MODE_SINGLE) {
        /* Like CPython's REPL: the input ended where the parse needed more, unless it
         * ended with an empty line, which ends a compound statement there. */
        int blank = (lx->len == 1 && lx->buf[0] == '\n') ||
                    (lx->len >= 2 && lx->buf[lx->len - 1] == '\n' && lx->buf[lx->len - 2] == '\n');
        incomplete = !pe.final && !blank && at_input_end(p, p->err_pos);
    } else if (pe.no_scan) {
        /* stands */
    } else if (lx->failed && lx->err.raised) {
        lexer_pending(lx, &pe);
    } else if (lx->failed && lx->level > 0 && err_line > lx->parenline[lx->level - 1]) {
        unclosed_pending(lx->parenstack[lx->level - 1], lx->parenline[lx->level - 1],
                         lx->parencol[lx->level - 1], &pe);
    } else if (lx->eof_in_paren && err_line > lx->paren_lineno) {
        unclosed_pending(lx->paren_char, lx->paren_lineno, lx->paren_col, &pe);
    }
    finish_error(&pe, lx, err);
    if (incomplete && p->mode == MODE_SINGLE && err->kind != PE_TOODEEP) err->kind = PE_INCOMPLETE;
}

void parser_lexer_error(const Lexer *lx, ParseError *err)
{
    PendingError pe;
    lexer_pending(lx, &pe);
    finish_error(&pe, lx, err);
}
