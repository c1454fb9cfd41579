/* parser_internal.h — state and helpers shared by the parser's files: parser.c (statements,
 * tokens, nodes, parse_source), parser_errors.c (syntax errors), parser_expr.c
 * (expressions, targets), parser_args.c (call arguments, parameters) and parser_string.c
 * (string literals and f-strings).
 *
 * Invariants:
 * - The token array is complete before parsing starts and ends with T_ENDMARKER or
 *   T_ERRORTOKEN; peeking past its end returns that last token.
 * - Every parsing function returns NULL (or -1) exactly when p->failed is set or memory ran
 *   out (p->failed is set then too); the first error recorded stands, except inside a
 *   speculation (mark/reset), which discards what failed.
 * - Generic failures ("invalid syntax") after an operator or trailer backtrack to the
 *   expression before it, as CPython's PEG parser does (the error then comes from the
 *   caller, at the same furthest token); specific errors never backtrack: as in CPython,
 *   the first specific error raised anywhere is the one reported.
 * - Nodes take their start from their first token and their end from the last consumed
 *   token that is not NEWLINE/INDENT/DEDENT (CPython's EXTRA).
 * - p->depth bounds recursion (and the depth of the tree, since left-associative chains
 *   count too): past PARSER_MAXDEPTH parsing stops with PE_TOODEEP.
 */
#ifndef GP_PARSER_INTERNAL_H
#define GP_PARSER_INTERNAL_H

#include "ast.h"
#include "lexer.h"
#include "parser.h"

/* CPython 3.11 refuses trees nested about 3000 deep ("maximum recursion depth exceeded
 * during compilation"); the parser stops at the same depth, so later passes may recurse. */
#define PARSER_MAXDEPTH 3000

/* An error as CPython would place it: byte columns, 1-based, made into characters at the
 * end. */
typedef struct {
    ParseErrorKind kind;
    char msg[256];
    int lineno, col, end_lineno, end_col;
    int from_lexer;       /* text without newline, as the tokenizer reports it */
    int generic;          /* "invalid syntax" at the furthest token */
    int no_scan;          /* "unexpected indent": CPython reports it without looking at
                             the rest of the input for tokenizer errors */
    int final;            /* columns already in characters and text set (f-string errors
                             made by a sub-parser whose lexer is gone) */
    const char *text;     /* final: the line, in the arena */
} PendingError;

typedef struct Parser {
    Arena *arena;
    Lexer *lx;
    Token *toks;
    int ntoks;
    int pos;              /* the current token */
    int fill;             /* one past the furthest token looked at, not counting what
                             speculation for error messages looked at (the first pass's
                             p->fill in CPython) */
    int max_fill;         /* one past the furthest token looked at by anything */
    ParseMode mode;
    const char *filename;
    int failed;
    int nomem;
    int reached_error_token;  /* failed because the parse reached the lexer's error */
    PendingError err;
    int err_pos;          /* the current token when err was recorded */
    int depth;
    int in_fallback;      /* inside parser_for_targets' second reading */
    int last_end_lineno, last_end_col;  /* end of the last consumed real token */
    /* f-string expressions are parsed by a sub-parser over "(expr)" */
    struct Parser *parent;
    int shift_lineno, shift_col;  /* tokens on line shift_lineno are shift_col further right */
} Parser;

/* A saved parser position for speculation. */
typedef struct {
    int pos, fill, last_end_lineno, last_end_col, depth;
} Mark;

/* ---- tokens (parser.c) ---- */
Token *parser_peek(Parser *p);                 /* the current token */
Token *parser_peek_at(Parser *p, int k);       /* k tokens ahead (0 = current) */
Token *parser_advance(Parser *p);              /* consumes the current token */
Token *parser_accept(Parser *p, TokKind kind); /* consumes it if it is kind, else NULL */
/* Consumes a token of kind, or fails with "invalid syntax" at the current token. */
Token *parser_expect(Parser *p, TokKind kind);
/* Consumes a token of kind, or fails with "expected 'text'" (CPython's forced tokens). */
Token *parser_expect_forced(Parser *p, TokKind kind);
int parser_is_name(const Token *t, const char *name);
/* Speculation: parser_reset goes back to a mark and forgets any error since. It also
 * forgets how far the speculation looked (p->fill), as CPython's generic error location
 * comes from its first pass, which has no invalid_* rules; a speculation that CPython's
 * first pass also makes keeps p->fill itself. */
Mark parser_mark(const Parser *p);
void parser_reset(Parser *p, Mark m);

/* Column of a token as a node position (shifted inside f-strings). */
int parser_tok_col(const Parser *p, const Token *t);
int parser_tok_end_col(const Parser *p, const Token *t);

/* ---- errors (parser_errors.c); each returns NULL so callers can `return parser_...` ---- */
void *parser_nomem(Parser *p);
void *parser_too_deep(Parser *p);
/* "invalid syntax" at the furthest token looked at ("unexpected indent" if that is an
 * INDENT), marked generic. */
void *parser_syntax_error(Parser *p);
/* An error at token t (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION of a token). */
void *parser_error_at_token(Parser *p, ParseErrorKind kind, const Token *t, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* An error at the furthest token looked at (CPython's RAISE_SYNTAX_ERROR). */
void *parser_error_last(Parser *p, ParseErrorKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* An error spanning node positions a..b (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
void *parser_error_range(Parser *p, AstPos a, AstPos b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* An error at explicit 1-based byte columns on node-position lines. */
void *parser_error_at(Parser *p, ParseErrorKind kind, int lineno, int col, int end_lineno,
                      int end_col, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* Decides which error a failed parse reports (CPython's priorities) and fills err. */
void parser_resolve_error(Parser *p, Lexer *lx, ParseError *err);
/* Fills err from the lexer's error (lexer_init failed). */
void parser_lexer_error(const Lexer *lx, ParseError *err);
int parser_enter(Parser *p);  /* depth + 1; -1 (error set) when too deep */
void parser_leave(Parser *p);

/* ---- nodes (parser.c) ---- */
void *parser_alloc(Parser *p, size_t size);
Expr *parser_expr_new(Parser *p, ExprKind kind, AstPos pos);
Stmt *parser_stmt_new(Parser *p, StmtKind kind, AstPos pos);
AstPos parser_pos_from(Parser *p, const Token *start);      /* start .. last consumed */
AstPos parser_tok_pos(Parser *p, const Token *t);
const char *parser_tok_str(Parser *p, const Token *t);      /* the token's text in the arena */

/* Growable arrays in the arena (a grown array leaves the old one behind). */
typedef struct {
    void **items;
    int len, cap;
} PtrVec;
int parser_vec_push(Parser *p, PtrVec *v, void *item);
#define VEC_EXPRS(v) ((ExprList){(v).len, (Expr **)(v).items})

/* ---- expressions (parser_expr.c) ---- */
Expr *parser_expression(Parser *p);
Expr *parser_named_expression(Parser *p);
Expr *parser_star_expressions(Parser *p);
Expr *parser_star_expressions_item(Parser *p);   /* one star_expression */
Expr *parser_star_expressions_eval(Parser *p);   /* expressions: no starred items */
Expr *parser_star_named_expression(Parser *p);
Expr *parser_yield_expr(Parser *p);
Expr *parser_bitwise_or(Parser *p);
Expr *parser_disjunction(Parser *p);
/* star_targets (for loops, comprehensions): a target or a tuple of them, ctx Store. */
Expr *parser_star_targets(Parser *p);
/* star_targets 'in' of a for statement or comprehension, with CPython's
 * invalid_for_target errors. */
Expr *parser_for_targets(Parser *p);
int parser_can_start_expr(TokKind k);
/* One star_target (with ... as target). */
Expr *parser_star_target(Parser *p);
/* for_if_clauses of a comprehension (at least one 'for'). */
int parser_for_if_clauses(Parser *p, ComprehensionList *out);
/* ---- arguments and parameters (parser_args.c) ---- */
/* Call arguments after '(' up to and including ')'; fills args/keywords. */
int parser_call_args(Parser *p, const Token *lpar, ExprList *args, KeywordList *keywords,
                     int allow_genexp, Expr **genexp);
/* Parameters of def (is_lambda 0, up to ')') or lambda (1, up to ':'). */
Arguments *parser_params(Parser *p, int is_lambda);
Arguments *parser_empty_arguments(Parser *p);

/* Targets: checks e can be assigned (ctx CTX_STORE) or deleted (CTX_DEL) and sets the
 * contexts; on failure raises CPython's "cannot assign to ..." / "cannot delete ...". */
typedef enum { TARGETS_STAR, TARGETS_DEL, TARGETS_FOR } TargetsType;
int parser_set_target(Parser *p, Expr *e, ExprContext ctx);
Expr *parser_invalid_target(Expr *e, TargetsType type);
const char *parser_expr_name(const Expr *e);
/* CPython's invalid_named_expression after an expression followed by '=': raises the
 * "Maybe you meant '=='" errors if they apply; returns 1 if it raised one. */
int parser_check_named_assign(Parser *p, Expr *a, const Token *a_first);

/* ---- strings (parser_string.c) ---- */
/* Consumes one or more STRING tokens and returns their value (Constant or JoinedStr). */
Expr *parser_strings(Parser *p);
/* Parses the f-string expression text src[0..len) as CPython does: a sub-parser over
 * "(expr)" whose node positions are shifted to the source. */
Expr *parser_fstring_expr(Parser *p, const Token *t, const char *expr_start, size_t len,
                          int lines, int cols);

#endif
