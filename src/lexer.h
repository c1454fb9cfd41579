/* lexer.h — source text to tokens, by CPython 3.11's tokenizer rules.
 *
 * The lexer tokenizes a whole source up front (the parser then looks ahead freely). It stops
 * at the first tokenizer error; the token array then ends with T_ERRORTOKEN and lx->failed
 * says why. Token text points into lx->buf, which lives until lexer_free.
 *
 * Positions: lineno is 1-based (plus line_base); col/end_col are 0-based byte offsets into the
 * line, as CPython's token col_offset. INDENT, DEDENT and ENDMARKER have col -1 and record in
 * cur_col where the tokenizer stood, which CPython uses to place errors at such tokens.
 */
#ifndef GP_LEXER_H
#define GP_LEXER_H

#include <stddef.h>
#include "parser.h"

typedef enum {
#define TOK(name, text) T_##name,
#include "tokens.def"
    T__COUNT
} TokKind;

/* Text of each token kind, for messages and debugging: "(" for T_LPAR, "if" for T_IF. */
extern const char *const lexer_token_text[T__COUNT];

typedef struct Token {
    TokKind kind;
    int lineno, col;          /* start */
    int end_lineno, end_col;  /* end (col exclusive) */
    int cur_col;              /* INDENT/DEDENT/ENDMARKER: the tokenizer's byte column */
    int level;                /* bracket depth after this token (CPython's token->level) */
    const char *text;         /* the token's source text (not NUL-terminated) */
    int len;
} Token;

#define LEXER_MAXINDENT 100   /* CPython's MAXINDENT */
#define LEXER_MAXLEVEL 200    /* CPython's MAXLEVEL: nesting of brackets */

/* A tokenizer error, placed as CPython places it. */
typedef struct {
    ParseErrorKind kind;
    char msg[256];
    int lineno;               /* 0 if the error has no place (null bytes) */
    int offset;               /* 1-based byte offset into the line as CPython computes it */
    int end_lineno, end_offset;
    int incomplete;           /* the input ended inside a construct (triple-quoted string,
                                 continuation line): more input could fix it */
    int raised;               /* CPython's tokenizer raises this one itself (strings, numbers,
                                 characters, brackets), so it wins over an earlier parser
                                 error; the others (indentation, continuation) do not */
} LexError;

typedef struct Lexer {
    /* input: a private copy (newlines translated to \n, BOM removed), NUL-terminated */
    char *buf;
    size_t len;
    int line_base;            /* added to every line number (f-string sub-expressions) */
    /* output */
    Token *toks;
    int ntoks, toks_cap;
    int failed;               /* set when tokenizing stopped at an error: see err */
    LexError err;
    int nomem;
    /* set when the input ended inside brackets: the innermost open bracket */
    int eof_in_paren;
    char paren_char;
    int paren_lineno, paren_col;
    /* starts of lines (byte offsets), index 0 for line 1; covers every line reached */
    size_t *lines;
    int nlines, lines_cap;
    /* tokenizer state */
    size_t pos, line_start;
    int lineno;
    int atbol, pendin, indent, cont_line, done;
    int indstack[LEXER_MAXINDENT], altindstack[LEXER_MAXINDENT];
    int level;
    char parenstack[LEXER_MAXLEVEL];
    int parenline[LEXER_MAXLEVEL], parencol[LEXER_MAXLEVEL];
} Lexer;

/* Prepares src[0..len) for tokenizing: skips a UTF-8 BOM, rejects NUL bytes and invalid
 * UTF-8 (decoding a latin-1 source when a coding cookie says so), translates \r\n and \r
 * to \n. filename is used in messages. Returns 0, or -1 with lx->failed/err set (or
 * lx->nomem). lexer_free must be called in both cases. */
int lexer_init(Lexer *lx, const char *src, size_t len, const char *filename);

/* Like lexer_init for a source that is already clean (f-string sub-expressions):
 * copies it as is; line numbers start at line_base + 1. */
int lexer_init_raw(Lexer *lx, const char *src, size_t len, int line_base);

/* Tokenizes the whole input into lx->toks. Returns 0, or -1 when it stopped at an error
 * (lx->failed with lx->err, or lx->nomem); the token array is usable in both cases and
 * always ends with T_ENDMARKER or T_ERRORTOKEN. */
int lexer_run(Lexer *lx);

/* The text of line lineno (1-based, including line_base) without its newline, or NULL if
 * the lexer never reached that line. *has_nl tells whether a newline followed it. */
const char *lexer_line(const Lexer *lx, int lineno, size_t *len, int *has_nl);

void lexer_free(Lexer *lx);

#endif
