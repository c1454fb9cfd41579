/* parser.c — parse_source, statements, and the parser's token and node helpers: recursive
 * descent over the token array, building the AST of ast.h as CPython 3.11's ast.parse
 * would (expressions are in parser_expr.c, errors in parser_errors.c).
 *
 * Invariants:
 * - See parser_internal.h for the parser's state rules (first error stands, depth bound).
 * - Statements end where their last real token ends (a block's NEWLINE/DEDENT do not
 *   count), as CPython's EXTRA positions.
 * - The Python 2 print statement (DESIGN.md §1) is recognised only where a simple
 *   statement starts and the token after `print` makes the line invalid Python 3; the
 *   nodes it makes carry the `print` token's position.
 */
#include "parser_internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tokens ---- */

static Token *tok_at(Parser *p, int i)
{
    if (i >= p->ntoks) i = p->ntoks - 1;
    if (i + 1 > p->fill) p->fill = i + 1;
    if (i + 1 > p->max_fill) p->max_fill = i + 1;
    Token *t = &p->toks[i];
    if (t->kind == T_ERRORTOKEN) p->reached_error_token = 1;
    return t;
}

Token *parser_peek(Parser *p) { return tok_at(p, p->pos); }

Token *parser_peek_at(Parser *p, int k) { return tok_at(p, p->pos + k); }

Token *parser_advance(Parser *p)
{
    Token *t = tok_at(p, p->pos);
    if (t->kind == T_ENDMARKER || t->kind == T_ERRORTOKEN) return t;
    p->pos++;
    if (t->kind != T_NEWLINE && t->kind != T_INDENT && t->kind != T_DEDENT) {
        p->last_end_lineno = t->end_lineno;
        p->last_end_col = parser_tok_end_col(p, t);
    }
    return t;
}

Token *parser_accept(Parser *p, TokKind kind)
{
    if (parser_peek(p)->kind != kind) return NULL;
    return parser_advance(p);
}

Token *parser_expect(Parser *p, TokKind kind)
{
    if (parser_peek(p)->kind != kind) return parser_syntax_error(p);
    return parser_advance(p);
}

Token *parser_expect_forced(Parser *p, TokKind kind)
{
    Token *t = parser_peek(p);
    if (t->kind != kind)
        return parser_error_at_token(p, PE_SYNTAX, t, "expected '%s'", lexer_token_text[kind]);
    return parser_advance(p);
}

int parser_is_name(const Token *t, const char *name)
{
    size_t n = strlen(name);
    return t->kind == T_NAME && (size_t)t->len == n && memcmp(t->text, name, n) == 0;
}

Mark parser_mark(const Parser *p)
{
    Mark m = {p->pos, p->fill, p->last_end_lineno, p->last_end_col, p->depth};
    return m;
}

void parser_reset(Parser *p, Mark m)
{
    p->pos = m.pos;
    p->fill = m.fill;
    p->last_end_lineno = m.last_end_lineno;
    p->last_end_col = m.last_end_col;
    p->depth = m.depth;
    if (!p->nomem) p->failed = 0;
}

/* CPython shifts both columns when the tokenizer, after reading the token, is on the
 * expression's first line, i.e. by the token's last line. */
int parser_tok_col(const Parser *p, const Token *t)
{
    return t->col + (t->end_lineno == p->shift_lineno ? p->shift_col : 0);
}

int parser_tok_end_col(const Parser *p, const Token *t)
{
    return t->end_col + (t->end_lineno == p->shift_lineno ? p->shift_col : 0);
}

/* ---- nodes ---- */

void *parser_alloc(Parser *p, size_t size)
{
    void *r = arena_alloc(p->arena, size);
    if (!r) parser_nomem(p);
    return r;
}

Expr *parser_expr_new(Parser *p, ExprKind kind, AstPos pos)
{
    Expr *e = parser_alloc(p, sizeof *e);
    if (!e) return NULL;
    e->kind = kind;
    e->pos = pos;
    return e;
}

Stmt *parser_stmt_new(Parser *p, StmtKind kind, AstPos pos)
{
    Stmt *s = parser_alloc(p, sizeof *s);
    if (!s) return NULL;
    s->kind = kind;
    s->pos = pos;
    return s;
}

AstPos parser_tok_pos(Parser *p, const Token *t)
{
    AstPos r = {t->lineno, parser_tok_col(p, t), t->end_lineno, parser_tok_end_col(p, t)};
    return r;
}

AstPos parser_pos_from(Parser *p, const Token *start)
{
    AstPos r = {start->lineno, parser_tok_col(p, start), p->last_end_lineno, p->last_end_col};
    return r;
}

/* NFKC for the compatibility characters that occur in identifiers in practice: fullwidth
 * ASCII, the micro sign, long s and the Latin ligatures (CPython normalizes identifiers
 * with the full NFKC). Appends the normalized form of the code point c to s. */
static size_t nfkc_char(unsigned c, char *s)
{
    static const char *const ligatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    if (c >= 0xFF01 && c <= 0xFF5E) {
        s[0] = (char)(c - 0xFF01 + 0x21);
        return 1;
    }
    if (c == 0x17F) {
        s[0] = 's';
        return 1;
    }
    if (c >= 0xFB00 && c <= 0xFB06) {
        size_t n = strlen(ligatures[c - 0xFB00]);
        memcpy(s, ligatures[c - 0xFB00], n);
        return n;
    }
    if (c == 0xB5) c = 0x3BC;
    if (c < 0x800) {
        s[0] = (char)(0xC0 | (c >> 6));
        s[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        s[0] = (char)(0xE0 | (c >> 12));
        s[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        s[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    s[0] = (char)(0xF0 | (c >> 18));
    s[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    s[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    s[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

const char *parser_tok_str(Parser *p, const Token *t)
{
    int ascii = 1;
    for (int i = 0; i < t->len; i++)
        if ((unsigned char)t->text[i] >= 0x80) ascii = 0;
    if (ascii || t->kind != T_NAME) {
        char *s = arena_strndup(p->arena, t->text, (size_t)t->len);
        if (!s) parser_nomem(p);
        return s;
    }
    /* Normalized text is at most 3 bytes per input byte (a ligature's 3 bytes give 3). */
    char *s = parser_alloc(p, (size_t)t->len * 3 + 1);
    if (!s) return NULL;
    size_t o = 0;
    const unsigned char *u = (const unsigned char *)t->text;
    for (int i = 0; i < t->len;) {
        unsigned c = u[i];
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (n > 1) {
            c &= n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07;
            for (int k = 1; k < n && i + k < t->len; k++) c = (c << 6) | (u[i + k] & 0x3F);
            o += nfkc_char(c, s + o);
        } else {
            s[o++] = (char)c;
        }
        i += n;
    }
    s[o] = 0;
    return s;
}

int parser_vec_push(Parser *p, PtrVec *v, void *item)
{
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        if (cap > (1 << 28)) { parser_nomem(p); return -1; }
        void **items = parser_alloc(p, sizeof *items * (size_t)cap);
        if (!items) return -1;
        if (v->len) memcpy(items, v->items, sizeof *items * (size_t)v->len);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = item;
    return 0;
}

#define STMTS(v) ((StmtList){(v).len, (Stmt **)(v).items})

/* ---- statements ---- */

static int statement(Parser *p, PtrVec *out);
static int simple_stmts(Parser *p, PtrVec *out);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts. what names the statement for
 * CPython's "expected an indented block after ..." (line of kw). */
static int block(Parser *p, StmtList *out, const char *what, int line)
{
    PtrVec v = {0};
    if (parser_peek(p)->kind == T_NEWLINE) {
        parser_advance(p);
        if (parser_peek(p)->kind != T_INDENT) {
            parser_error_last(p, PE_INDENT, "expected an indented block after %s on line %d",
                              what, line);
            return -1;
        }
        parser_advance(p);
        while (parser_peek(p)->kind != T_DEDENT) {
            if (parser_peek(p)->kind == T_ENDMARKER || parser_peek(p)->kind == T_ERRORTOKEN) {
                parser_syntax_error(p);
                return -1;
            }
            if (statement(p, &v) < 0) return -1;
        }
        parser_advance(p);
    } else {
        if (simple_stmts(p, &v) < 0) return -1;
    }
    *out = STMTS(v);
    return 0;
}

/* A ':' after a compound statement's header: "expected ':'" when the line ends there. */
static int header_colon(Parser *p)
{
    Token *t = parser_peek(p);
    if (t->kind == T_COLON) {
        parser_advance(p);
        return 0;
    }
    if (t->kind == T_NEWLINE) parser_error_last(p, PE_SYNTAX, "expected ':'");
    else parser_syntax_error(p);
    return -1;
}

static Expr *name_expr(Parser *p, const Token *t, ExprContext ctx)
{
    Expr *e = parser_expr_new(p, E_NAME, parser_tok_pos(p, t));
    if (!e) return NULL;
    e->v.name.id = parser_tok_str(p, t);
    e->v.name.ctx = ctx;
    return e->v.name.id ? e : NULL;
}

/* The Python 2 print statement: `print` followed by a token that makes the line invalid
 * Python 3 (DESIGN.md §1). */
static int is_print_statement(Parser *p)
{
    if (!parser_is_name(parser_peek(p), "print")) return 0;
    Token *n = parser_peek_at(p, 1);
    switch (n->kind) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LBRACE: case T_TILDE:
    case T_LAMBDA: case T_NONE: case T_TRUE: case T_FALSE:
        return 1;
    case T_NOT:
        return parser_peek_at(p, 2)->kind != T_IN;
    default:
        return 0;
    }
}

/* print a, b[,]  ->  Expr(Call(Name('print'), [a, b], [end=' ' if trailing comma])),
 * the synthesized nodes placed at the `print` token. */
static Stmt *print_statement(Parser *p)
{
    Token *kw = parser_advance(p);
    AstPos at = parser_tok_pos(p, kw);
    PtrVec args = {0};
    int trailing = 0;
    for (;;) {
        Expr *e = parser_star_expressions_item(p);
        if (!e || parser_vec_push(p, &args, e) < 0) return NULL;
        if (!parser_accept(p, T_COMMA)) break;
        TokKind k = parser_peek(p)->kind;
        if (k == T_NEWLINE || k == T_SEMI) {
            trailing = 1;
            break;
        }
    }
    Expr *call = parser_expr_new(p, E_CALL, at);
    Expr *func = name_expr(p, kw, CTX_LOAD);
    if (!call || !func) return NULL;
    call->v.call.func = func;
    call->v.call.args = VEC_EXPRS(args);
    if (trailing) {
        Keyword *k = parser_alloc(p, sizeof *k);
        Keyword **items = parser_alloc(p, sizeof *items);
        Expr *sp = parser_expr_new(p, E_CONSTANT, at);
        if (!k || !items || !sp) return NULL;
        sp->v.constant.kind = CONST_STR;
        sp->v.constant.text = arena_strndup(p->arena, " ", 1);
        sp->v.constant.len = 1;
        k->arg = arena_strndup(p->arena, "end", 3);
        if (!sp->v.constant.text || !k->arg) return parser_nomem(p);
        k->value = sp;
        k->pos = at;
        items[0] = k;
        call->v.call.keywords.len = 1;
        call->v.call.keywords.items = items;
    }
    Stmt *s = parser_stmt_new(p, S_EXPR, at);
    if (!s) return NULL;
    s->v.expr.value = call;
    return s;
}

static int augassign_op(TokKind k, BinOpKind *op)
{
    switch (k) {
    case T_PLUSEQUAL: *op = OP_ADD; return 1;
    case T_MINEQUAL: *op = OP_SUB; return 1;
    case T_STAREQUAL: *op = OP_MUL; return 1;
    case T_ATEQUAL: *op = OP_MATMUL; return 1;
    case T_SLASHEQUAL: *op = OP_DIV; return 1;
    case T_PERCENTEQUAL: *op = OP_MOD; return 1;
    case T_AMPEREQUAL: *op = OP_BITAND; return 1;
    case T_VBAREQUAL: *op = OP_BITOR; return 1;
    case T_CIRCUMFLEXEQUAL: *op = OP_BITXOR; return 1;
    case T_LEFTSHIFTEQUAL: *op = OP_LSHIFT; return 1;
    case T_RIGHTSHIFTEQUAL: *op = OP_RSHIFT; return 1;
    case T_DOUBLESTAREQUAL: *op = OP_POW; return 1;
    case T_DOUBLESLASHEQUAL: *op = OP_FLOORDIV; return 1;
    default: return 0;
    }
}

/* yield_expr | star_expressions */
static Expr *rhs(Parser *p)
{
    if (parser_peek(p)->kind == T_YIELD) return parser_yield_expr(p);
    return parser_star_expressions(p);
}

/* A tuple written without parentheses starts where its first element starts. */
static int bare_tuple(const Expr *e)
{
    return e->kind == E_TUPLE && e->v.list.elts.len > 0 &&
           e->v.list.elts.items[0]->pos.lineno == e->pos.lineno &&
           e->v.list.elts.items[0]->pos.col_offset == e->pos.col_offset;
}

/* The token where a node starts, searching back from the current token. */
static const Token *token_at(Parser *p, AstPos pos)
{
    for (int i = p->pos; i >= 0; i--) {
        const Token *t = &p->toks[i];
        if (t->lineno == pos.lineno && t->col >= 0 && parser_tok_col(p, t) == pos.col_offset)
            return t;
    }
    return NULL;
}

/* Annotated assignment after `target :` (CPython's assignment rules 1-2 and
 * invalid_assignment's annotation errors). */
static Stmt *ann_assign(Parser *p, Expr *target, const Token *first)
{
    int simple = target->kind == E_NAME && first->kind != T_LPAR;
    if (target->kind != E_NAME && target->kind != E_ATTRIBUTE && target->kind != E_SUBSCRIPT) {
        /* CPython's invalid_assignment rules need the annotation to parse; when it does
         * not, the error is the generic one of its first pass. */
        Mark m = parser_mark(p);
        parser_advance(p);
        if (!parser_expression(p)) {
            if (p->nomem || !p->err.generic) return NULL;
            parser_reset(p, m);
            return parser_syntax_error(p);
        }
    }
    if (target->kind == E_TUPLE || target->kind == E_LIST) {
        if (bare_tuple(target))
            return parser_error_range(p, target->v.list.elts.items[0]->pos,
                                      target->v.list.elts.items[0]->pos,
                                      "only single target (not tuple) can be annotated");
        return parser_error_range(p, target->pos, target->pos,
                                  "only single target (not %s) can be annotated",
                                  target->kind == E_TUPLE ? "tuple" : "list");
    }
    if (target->kind != E_NAME && target->kind != E_ATTRIBUTE && target->kind != E_SUBSCRIPT)
        return parser_error_range(p, target->pos, target->pos, "illegal target for annotation");
    parser_advance(p);  /* ':' */
    Expr *ann = parser_expression(p);
    if (!ann) return NULL;
    Expr *value = NULL;
    if (parser_accept(p, T_EQUAL)) {
        value = rhs(p);
        if (!value) return NULL;
    }
    if (parser_set_target(p, target, CTX_STORE) < 0) return NULL;
    Stmt *s = parser_stmt_new(p, S_ANNASSIGN, parser_pos_from(p, first));
    if (!s) return NULL;
    s->v.annassign.target = target;
    s->v.annassign.annotation = ann;
    s->v.annassign.value = value;
    s->v.annassign.simple = simple;
    return s;
}

/* An assignment with a target that cannot be assigned to (bad), in CPython's order of
 * invalid_assignment rules: first invalid_named_expression on the last element of the
 * first target (at the first '='), then the invalid target itself. */
static Stmt *bad_target(Parser *p, Expr *first_target, const Token *first, Mark at_first_equal,
                        Expr *bad, int bare_yield)
{
    Expr *last = bare_tuple(first_target)
                     ? first_target->v.list.elts.items[first_target->v.list.elts.len - 1]
                     : first_target;
    parser_reset(p, at_first_equal);
    const Token *last_first = last == first_target ? first : token_at(p, last->pos);
    if (last->kind != E_STARRED && last_first && first->kind != T_YIELD &&
        parser_check_named_assign(p, last, last_first))
        return NULL;
    if (bare_yield)
        return parser_error_range(p, bad->pos, bad->pos,
                                  "assignment to yield expression not possible");
    parser_set_target(p, bad, CTX_STORE);
    return NULL;
}

/* Expression statements and assignments. */
static Stmt *expr_stmt(Parser *p)
{
    Token *first = parser_peek(p);
    Expr *e = rhs(p);
    if (!e) return NULL;
    Token *t = parser_peek(p);
    BinOpKind op;
    /* A bare yield expression is no target of any kind (CPython's rules read targets
     * as star_expressions, which cannot start with yield). */
    if (t->kind == T_COLON && first->kind != T_YIELD) return ann_assign(p, e, first);
    if (augassign_op(t->kind, &op)) {
        if (first->kind == T_YIELD) return parser_syntax_error(p);
        if (e->kind != E_NAME && e->kind != E_ATTRIBUTE && e->kind != E_SUBSCRIPT) {
            /* CPython's invalid_assignment needs the right-hand side to parse. */
            Mark m = parser_mark(p);
            parser_advance(p);
            if (!rhs(p)) {
                if (p->nomem || !p->err.generic) return NULL;
                parser_reset(p, m);
                return parser_syntax_error(p);
            }
            return parser_error_range(p, e->pos, e->pos,
                                      "'%s' is an illegal expression for augmented assignment",
                                      parser_expr_name(e));
        }
        parser_advance(p);
        Expr *value = rhs(p);
        if (!value) return NULL;
        if (parser_set_target(p, e, CTX_STORE) < 0) return NULL;
        Stmt *s = parser_stmt_new(p, S_AUGASSIGN, parser_pos_from(p, first));
        if (!s) return NULL;
        s->v.augassign.target = e;
        s->v.augassign.op = op;
        s->v.augassign.value = value;
        return s;
    }
    if (t->kind == T_COLONEQUAL) {
        /* CPython's invalid_named_expression: `target := value` with a target that is
         * not a name (a name makes a valid named expression, refused later). */
        Expr *last = bare_tuple(e) ? e->v.list.elts.items[e->v.list.elts.len - 1] : e;
        const Token *last_first = last == e ? first : token_at(p, last->pos);
        if (last->kind != E_STARRED && last_first && first->kind != T_YIELD &&
            !(last->kind == E_NAME && last_first->kind == T_NAME)) {
            Mark m = parser_mark(p);
            parser_advance(p);
            Expr *v = parser_expression(p);
            if (!v && (p->nomem || !p->err.generic)) return NULL;
            parser_reset(p, m);
            if (v)
                return parser_error_range(p, last->pos, last->pos,
                                          "cannot use assignment expressions with %s",
                                          parser_expr_name(last));
        }
        return parser_syntax_error(p);
    }
    if (t->kind != T_EQUAL) {
        Stmt *s = parser_stmt_new(p, S_EXPR, parser_pos_from(p, first));
        if (!s) return NULL;
        s->v.expr.value = e;
        return s;
    }
    /* target = target = ... = value */
    PtrVec targets = {0};
    const Token *target_first = first;
    Expr *first_target = e;
    Mark at_first_equal = parser_mark(p);
    while (parser_peek(p)->kind == T_EQUAL) {
        int bare_yield = target_first->kind == T_YIELD;
        if (bare_yield || parser_invalid_target(e, TARGETS_STAR))
            return bad_target(p, first_target, first, at_first_equal, e, bare_yield);
        if (parser_set_target(p, e, CTX_STORE) < 0) return NULL;
        if (parser_vec_push(p, &targets, e) < 0) return NULL;
        parser_advance(p);
        target_first = parser_peek(p);
        e = rhs(p);
        if (!e) return NULL;
    }
    Stmt *s = parser_stmt_new(p, S_ASSIGN, parser_pos_from(p, first));
    if (!s) return NULL;
    s->v.assign.targets = VEC_EXPRS(targets);
    s->v.assign.value = e;
    return s;
}

static const char *dotted_name(Parser *p)
{
    Token *t = parser_expect(p, T_NAME);
    if (!t) return NULL;
    const char *start = t->text;
    const char *end = t->text + t->len;
    int simple = 1;
    while (parser_accept(p, T_DOT)) {
        Token *n = parser_expect(p, T_NAME);
        if (!n) return NULL;
        end = n->text + n->len;
        simple = 0;
    }
    if (simple) return parser_tok_str(p, t);
    /* Rebuild "a.b.c" without whatever whitespace stood between the parts. */
    char *s = parser_alloc(p, (size_t)(end - start) + 1);
    if (!s) return NULL;
    size_t o = 0;
    for (const char *c = start; c < end; c++) {
        if (*c == ' ' || *c == '\t' || *c == '\f' || *c == '\\' || *c == '\n') continue;
        s[o++] = *c;
    }
    s[o] = 0;
    return s;
}

static Alias *alias_new(Parser *p, const char *name, const char *asname, AstPos pos)
{
    Alias *a = parser_alloc(p, sizeof *a);
    if (!a) return NULL;
    a->name = name;
    a->asname = asname;
    a->pos = pos;
    return a;
}

static Stmt *import_name(Parser *p)
{
    Token *kw = parser_advance(p);
    PtrVec names = {0};
    do {
        Token *first = parser_peek(p);
        const char *name = dotted_name(p);
        if (!name) return NULL;
        const char *asname = NULL;
        if (parser_accept(p, T_AS)) {
            Token *n = parser_expect(p, T_NAME);
            if (!n || !(asname = parser_tok_str(p, n))) return NULL;
        }
        Alias *a = alias_new(p, name, asname, parser_pos_from(p, first));
        if (!a || parser_vec_push(p, &names, a) < 0) return NULL;
    } while (parser_accept(p, T_COMMA));
    Stmt *s = parser_stmt_new(p, S_IMPORT, parser_pos_from(p, kw));
    if (!s) return NULL;
    s->v.import.names = (AliasList){names.len, (Alias **)names.items};
    return s;
}

static Stmt *import_from(Parser *p)
{
    Token *kw = parser_advance(p);
    int level = 0;
    for (;;) {
        if (parser_accept(p, T_DOT)) level++;
        else if (parser_accept(p, T_ELLIPSIS)) level += 3;
        else break;
    }
    const char *module = NULL;
    if (level == 0 || parser_peek(p)->kind != T_IMPORT) {
        module = dotted_name(p);
        if (!module) return NULL;
    }
    if (!parser_expect(p, T_IMPORT)) return NULL;
    PtrVec names = {0};
    Token *star = parser_accept(p, T_STAR);
    if (star) {
        Alias *a = alias_new(p, parser_tok_str(p, star), NULL, parser_tok_pos(p, star));
        if (!a || parser_vec_push(p, &names, a) < 0) return NULL;
    } else {
        Token *lpar = parser_accept(p, T_LPAR);
        for (;;) {
            Token *n = parser_expect(p, T_NAME);
            if (!n) return NULL;
            const char *name = parser_tok_str(p, n);
            const char *asname = NULL;
            if (!name) return NULL;
            if (parser_accept(p, T_AS)) {
                Token *a = parser_expect(p, T_NAME);
                if (!a || !(asname = parser_tok_str(p, a))) return NULL;
            }
            Alias *a = alias_new(p, name, asname, parser_pos_from(p, n));
            if (!a || parser_vec_push(p, &names, a) < 0) return NULL;
            if (!parser_accept(p, T_COMMA)) break;
            if (lpar && parser_peek(p)->kind == T_RPAR) break;
            if (!lpar && parser_peek(p)->kind == T_NEWLINE)
                return parser_error_last(p, PE_SYNTAX, "trailing comma not allowed without "
                                                       "surrounding parentheses");
        }
        if (lpar && !parser_expect(p, T_RPAR)) return NULL;
    }
    Stmt *s = parser_stmt_new(p, S_IMPORTFROM, parser_pos_from(p, kw));
    if (!s) return NULL;
    s->v.importfrom.module = module;
    s->v.importfrom.names = (AliasList){names.len, (Alias **)names.items};
    s->v.importfrom.level = level;
    return s;
}

static Stmt *global_stmt(Parser *p, StmtKind kind)
{
    Token *kw = parser_advance(p);
    PtrVec names = {0};
    do {
        Token *n = parser_expect(p, T_NAME);
        if (!n) return NULL;
        const char *s = parser_tok_str(p, n);
        if (!s || parser_vec_push(p, &names, (void *)s) < 0) return NULL;
    } while (parser_accept(p, T_COMMA));
    Stmt *s = parser_stmt_new(p, kind, parser_pos_from(p, kw));
    if (!s) return NULL;
    s->v.global.names = (NameList){names.len, (const char **)names.items};
    return s;
}

static Stmt *del_stmt(Parser *p)
{
    Token *kw = parser_advance(p);
    PtrVec targets = {0};
    for (;;) {
        Expr *e = parser_star_expressions_item(p);
        if (!e || parser_vec_push(p, &targets, e) < 0) return NULL;
        if (!parser_accept(p, T_COMMA)) break;
        TokKind k = parser_peek(p)->kind;
        if (k == T_NEWLINE || k == T_SEMI) break;
    }
    for (int i = 0; i < targets.len; i++)
        if (parser_set_target(p, targets.items[i], CTX_DEL) < 0) return NULL;
    TokKind k = parser_peek(p)->kind;
    if (k != T_NEWLINE && k != T_SEMI) return parser_syntax_error(p);
    Stmt *s = parser_stmt_new(p, S_DELETE, parser_pos_from(p, kw));
    if (!s) return NULL;
    s->v.delete_.targets = VEC_EXPRS(targets);
    return s;
}

static Stmt *simple_stmt(Parser *p)
{
    Token *t = parser_peek(p);
    Stmt *s;
    switch (t->kind) {
    case T_PASS:
    case T_BREAK:
    case T_CONTINUE:
        parser_advance(p);
        return parser_stmt_new(p, t->kind == T_PASS ? S_PASS : t->kind == T_BREAK ? S_BREAK
                                                                                   : S_CONTINUE,
                               parser_tok_pos(p, t));
    case T_RETURN: {
        parser_advance(p);
        Expr *value = NULL;
        TokKind k = parser_peek(p)->kind;
        if (k != T_NEWLINE && k != T_SEMI) {
            value = parser_star_expressions(p);
            if (!value) return NULL;
        }
        s = parser_stmt_new(p, S_RETURN, parser_pos_from(p, t));
        if (s) s->v.return_.value = value;
        return s;
    }
    case T_RAISE: {
        parser_advance(p);
        Expr *exc = NULL, *cause = NULL;
        TokKind k = parser_peek(p)->kind;
        if (k != T_NEWLINE && k != T_SEMI) {
            exc = parser_expression(p);
            if (!exc) return NULL;
            if (parser_accept(p, T_FROM)) {
                cause = parser_expression(p);
                if (!cause) return NULL;
            }
        }
        s = parser_stmt_new(p, S_RAISE, parser_pos_from(p, t));
        if (s) s->v.raise.exc = exc, s->v.raise.cause = cause;
        return s;
    }
    case T_GLOBAL: return global_stmt(p, S_GLOBAL);
    case T_NONLOCAL: return global_stmt(p, S_NONLOCAL);
    case T_DEL: return del_stmt(p);
    case T_ASSERT: {
        parser_advance(p);
        Expr *test = parser_expression(p), *msg = NULL;
        if (!test) return NULL;
        if (parser_accept(p, T_COMMA)) {
            msg = parser_expression(p);
            if (!msg) return NULL;
        }
        s = parser_stmt_new(p, S_ASSERT, parser_pos_from(p, t));
        if (s) s->v.assert_.test = test, s->v.assert_.msg = msg;
        return s;
    }
    case T_IMPORT: return import_name(p);
    case T_FROM: return import_from(p);
    case T_NAME:
        if (is_print_statement(p)) return print_statement(p);
        return expr_stmt(p);
    default:
        return expr_stmt(p);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int simple_stmts(Parser *p, PtrVec *out)
{
    for (;;) {
        Stmt *s = simple_stmt(p);
        if (!s || parser_vec_push(p, out, s) < 0) return -1;
        if (!parser_accept(p, T_SEMI)) break;
        if (parser_peek(p)->kind == T_NEWLINE) break;
    }
    if (!parser_expect(p, T_NEWLINE)) return -1;
    return 0;
}

/* 'else' ':' block, after for/while/try/if. */
static int else_block(Parser *p, StmtList *out)
{
    Token *kw = parser_advance(p);
    if (!parser_expect_forced(p, T_COLON)) return -1;
    return block(p, out, "'else' statement", kw->lineno);
}

static Stmt *if_stmt(Parser *p, const char *what)
{
    Token *kw = parser_advance(p);
    Expr *test = parser_named_expression(p);
    if (!test) return NULL;
    if (header_colon(p) < 0) return NULL;
    Stmt *s = parser_stmt_new(p, S_IF, parser_tok_pos(p, kw));
    if (!s) return NULL;
    s->v.if_.test = test;
    if (block(p, &s->v.if_.body, what, test->pos.lineno) < 0) return NULL;
    Token *t = parser_peek(p);
    if (t->kind == T_ELIF) {
        if (parser_enter(p) < 0) return NULL;
        Stmt *elif = if_stmt(p, "'elif' statement");
        parser_leave(p);
        if (!elif) return NULL;
        Stmt **items = parser_alloc(p, sizeof *items);
        if (!items) return NULL;
        items[0] = elif;
        s->v.if_.orelse = (StmtList){1, items};
    } else if (t->kind == T_ELSE) {
        if (else_block(p, &s->v.if_.orelse) < 0) return NULL;
    }
    s->pos = parser_pos_from(p, kw);
    return s;
}

static Stmt *while_stmt(Parser *p)
{
    Token *kw = parser_advance(p);
    Expr *test = parser_named_expression(p);
    if (!test || header_colon(p) < 0) return NULL;
    Stmt *s = parser_stmt_new(p, S_WHILE, parser_tok_pos(p, kw));
    if (!s) return NULL;
    s->v.while_.test = test;
    if (block(p, &s->v.while_.body, "'while' statement", kw->lineno) < 0) return NULL;
    if (parser_peek(p)->kind == T_ELSE && else_block(p, &s->v.while_.orelse) < 0) return NULL;
    s->pos = parser_pos_from(p, kw);
    return s;
}

static Stmt *for_stmt(Parser *p)
{
    Token *kw = parser_advance(p);
    Expr *target = parser_for_targets(p);
    if (!target) return NULL;
    Expr *iter = parser_star_expressions(p);
    if (!iter || header_colon(p) < 0) return NULL;
    Stmt *s = parser_stmt_new(p, S_FOR, parser_tok_pos(p, kw));
    if (!s) return NULL;
    s->v.for_.target = target;
    s->v.for_.iter = iter;
    if (block(p, &s->v.for_.body, "'for' statement", kw->lineno) < 0) return NULL;
    if (parser_peek(p)->kind == T_ELSE && else_block(p, &s->v.for_.orelse) < 0) return NULL;
    s->pos = parser_pos_from(p, kw);
    return s;
}

/* with_item: expression ['as' star_target]; in_parens: the item may end at ')'. */
static WithItem *with_item(Parser *p)
{
    WithItem *w = parser_alloc(p, sizeof *w);
    if (!w) return NULL;
    w->context_expr = parser_expression(p);
    if (!w->context_expr) return NULL;
    if (parser_accept(p, T_AS)) {
        Mark m = parser_mark(p);
        w->optional_vars = parser_star_target(p);
        if (!w->optional_vars) return NULL;
        TokKind k = parser_peek(p)->kind;
        if (k != T_COMMA && k != T_RPAR && k != T_COLON) {
            /* CPython's invalid_with_item reads the target as an expression. */
            Mark at = parser_mark(p);
            parser_reset(p, m);
            Expr *e = parser_expression(p);
            if (!e) {
                if (p->nomem || !p->err.generic) return NULL;
            } else {
                k = parser_peek(p)->kind;
                Expr *bad = parser_invalid_target(e, TARGETS_STAR);
                if (bad && (k == T_COMMA || k == T_RPAR || k == T_COLON))
                    return parser_error_range(p, bad->pos, bad->pos, "cannot assign to %s",
                                              parser_expr_name(bad));
            }
            parser_reset(p, at);
            return parser_syntax_error(p);
        }
    }
    return w;
}

/* Parenthesized with items: '(' ','.with_item+ ','? ')' ':' — returns 1 if they parsed. */
static int with_items_parens(Parser *p, PtrVec *items)
{
    parser_advance(p);  /* '(' */
    for (;;) {
        WithItem *w = with_item(p);
        if (!w || parser_vec_push(p, items, w) < 0) return 0;
        if (!parser_accept(p, T_COMMA)) break;
        if (parser_peek(p)->kind == T_RPAR) break;
    }
    return parser_accept(p, T_RPAR) && parser_peek(p)->kind == T_COLON;
}

static Stmt *with_stmt(Parser *p)
{
    Token *kw = parser_advance(p);
    PtrVec items = {0};
    int done = 0;
    if (parser_peek(p)->kind == T_LPAR) {
        Mark m = parser_mark(p);
        PendingError saved = p->err;
        if (with_items_parens(p, &items) && !p->failed) {
            done = 1;
        } else {
            /* A specific error stands (CPython's second pass raises it in this form). */
            if (p->nomem || (p->failed && !p->err.generic)) return NULL;
            int fill = p->fill;   /* CPython's first pass tries this form too */
            parser_reset(p, m);
            p->fill = fill;
            p->err = saved;
            items.len = 0;
        }
    }
    if (!done) {
        for (;;) {
            WithItem *w = with_item(p);
            if (!w || parser_vec_push(p, &items, w) < 0) return NULL;
            if (!parser_accept(p, T_COMMA)) break;
        }
    }
    if (header_colon(p) < 0) return NULL;
    Stmt *s = parser_stmt_new(p, S_WITH, parser_tok_pos(p, kw));
    if (!s) return NULL;
    s->v.with.items = (WithItemList){items.len, (WithItem **)items.items};
    if (block(p, &s->v.with.body, "'with' statement", kw->lineno) < 0) return NULL;
    s->pos = parser_pos_from(p, kw);
    return s;
}

static ExceptHandler *except_block(Parser *p)
{
    Token *kw = parser_advance(p);
    ExceptHandler *h = parser_alloc(p, sizeof *h);
    if (!h) return NULL;
    if (parser_peek(p)->kind == T_STAR)
        return parser_error_at_token(p, PE_SYNTAX, kw, "'except*' is not supported by glasspy");
    if (parser_peek(p)->kind != T_COLON) {
        if (parser_peek(p)->kind == T_NEWLINE)
            return parser_error_last(p, PE_SYNTAX, "expected ':'");
        h->type = parser_expression(p);
        if (!h->type) return NULL;
        if (parser_peek(p)->kind == T_COMMA) {
            /* except A, B: -- CPython's invalid_except_stmt */
            Mark m = parser_mark(p);
            parser_advance(p);
            Expr *rest = parser_star_expressions(p);
            if (rest) {
                if (parser_accept(p, T_AS)) parser_accept(p, T_NAME);
                if (parser_peek(p)->kind == T_COLON)
                    return parser_error_at(p, PE_SYNTAX, h->type->pos.lineno,
                                           h->type->pos.col_offset + 1, p->last_end_lineno,
                                           p->last_end_col + 1,
                                           "multiple exception types must be parenthesized");
            }
            if (p->nomem || (!rest && !p->err.generic)) return NULL;
            parser_reset(p, m);
            return parser_syntax_error(p);
        }
        if (parser_accept(p, T_AS)) {
            Token *n = parser_expect(p, T_NAME);
            if (!n || !(h->name = parser_tok_str(p, n))) return NULL;
        }
    }
    if (header_colon(p) < 0) return NULL;
    if (block(p, &h->body, "'except' statement", kw->lineno) < 0) return NULL;
    h->pos = parser_pos_from(p, kw);
    return h;
}

static Stmt *try_stmt(Parser *p)
{
    Token *kw = parser_advance(p);
    if (!parser_expect_forced(p, T_COLON)) return NULL;
    Stmt *s = parser_stmt_new(p, S_TRY, parser_tok_pos(p, kw));
    if (!s) return NULL;
    if (block(p, &s->v.try_.body, "'try' statement", kw->lineno) < 0) return NULL;
    PtrVec handlers = {0};
    while (parser_peek(p)->kind == T_EXCEPT) {
        ExceptHandler *h = except_block(p);
        if (!h || parser_vec_push(p, &handlers, h) < 0) return NULL;
    }
    s->v.try_.handlers = (ExceptHandlerList){handlers.len, (ExceptHandler **)handlers.items};
    if (handlers.len && parser_peek(p)->kind == T_ELSE &&
        else_block(p, &s->v.try_.orelse) < 0)
        return NULL;
    if (parser_peek(p)->kind == T_FINALLY) {
        Token *f = parser_advance(p);
        if (!parser_expect_forced(p, T_COLON)) return NULL;
        if (block(p, &s->v.try_.finalbody, "'finally' statement", f->lineno) < 0) return NULL;
    } else if (!handlers.len) {
        return parser_error_last(p, PE_SYNTAX, "expected 'except' or 'finally' block");
    }
    s->pos = parser_pos_from(p, kw);
    return s;
}

static Stmt *funcdef(Parser *p, ExprList decorators)
{
    Token *kw = parser_advance(p);
    Token *name = parser_expect(p, T_NAME);
    if (!name) return NULL;
    Token *lpar = parser_expect_forced(p, T_LPAR);
    if (!lpar) return NULL;
    Arguments *args = parser_params(p, 0);
    if (!args) return NULL;
    if (!parser_expect(p, T_RPAR)) return NULL;
    Expr *returns = NULL;
    Token *arrow = parser_peek(p);
    if (arrow->kind == T_RARROW) {
        TokKind k = parser_peek_at(p, 1)->kind;
        if (k != T_LAMBDA && k != T_MINUS && k != T_PLUS && k != T_TILDE && k != T_NOT &&
            (k == T_STAR || !parser_can_start_expr(k)))
            return parser_error_at_token(p, PE_SYNTAX, arrow, "expected ':'");
        parser_advance(p);
        returns = parser_expression(p);
        if (!returns) return NULL;
    }
    if (!parser_expect_forced(p, T_COLON)) return NULL;
    Stmt *s = parser_stmt_new(p, S_FUNCTIONDEF, parser_tok_pos(p, kw));
    if (!s) return NULL;
    s->v.functiondef.name = parser_tok_str(p, name);
    s->v.functiondef.args = args;
    s->v.functiondef.returns = returns;
    s->v.functiondef.decorator_list = decorators;
    if (!s->v.functiondef.name) return NULL;
    if (block(p, &s->v.functiondef.body, "function definition", kw->lineno) < 0) return NULL;
    s->pos = parser_pos_from(p, kw);
    return s;
}

static Stmt *classdef(Parser *p, ExprList decorators)
{
    Token *kw = parser_advance(p);
    Token *name = parser_expect(p, T_NAME);
    if (!name) return NULL;
    Stmt *s = parser_stmt_new(p, S_CLASSDEF, parser_tok_pos(p, kw));
    if (!s) return NULL;
    s->v.classdef.name = parser_tok_str(p, name);
    if (!s->v.classdef.name) return NULL;
    s->v.classdef.decorator_list = decorators;
    Token *lpar = parser_accept(p, T_LPAR);
    if (lpar && parser_call_args(p, lpar, &s->v.classdef.bases, &s->v.classdef.keywords, 0,
                                 NULL) < 0)
        return NULL;
    if (header_colon(p) < 0) return NULL;
    if (block(p, &s->v.classdef.body, "class definition", kw->lineno) < 0) return NULL;
    s->pos = parser_pos_from(p, kw);
    return s;
}

static Stmt *decorated(Parser *p)
{
    PtrVec decs = {0};
    while (parser_accept(p, T_AT)) {
        Expr *e = parser_named_expression(p);
        if (!e || parser_vec_push(p, &decs, e) < 0) return NULL;
        if (!parser_expect(p, T_NEWLINE)) return NULL;
    }
    Token *t = parser_peek(p);
    if (t->kind == T_DEF) return funcdef(p, VEC_EXPRS(decs));
    if (t->kind == T_CLASS) return classdef(p, VEC_EXPRS(decs));
    if (t->kind == T_ASYNC)
        return parser_error_at_token(p, PE_SYNTAX, t, "'async' is not supported by glasspy");
    return parser_syntax_error(p);
}

/* `match` starts a match statement when a subject and ':' NEWLINE follow. */
static int is_match_statement(Parser *p)
{
    if (!parser_is_name(parser_peek(p), "match")) return 0;
    TokKind k = parser_peek_at(p, 1)->kind;
    if (k == T_EQUAL || k == T_DOT || k == T_NEWLINE || k == T_COLON || k == T_SEMI) return 0;
    Mark m = parser_mark(p);
    PendingError saved = p->err;
    int was_failed = p->failed;
    parser_advance(p);
    Expr *e = parser_star_expressions(p);
    int r = e && parser_peek(p)->kind == T_COLON && parser_peek_at(p, 1)->kind == T_NEWLINE;
    if (p->nomem) return 0;
    int fill = p->fill;   /* CPython's first pass tries match_stmt too */
    parser_reset(p, m);
    p->fill = fill;
    p->err = saved;
    p->failed = was_failed;
    return r;
}

static Stmt *compound_stmt(Parser *p)
{
    Token *t = parser_peek(p);
    ExprList none = {0, NULL};
    switch (t->kind) {
    case T_DEF: return funcdef(p, none);
    case T_CLASS: return classdef(p, none);
    case T_AT: return decorated(p);
    case T_IF: return if_stmt(p, "'if' statement");
    case T_WHILE: return while_stmt(p);
    case T_FOR: return for_stmt(p);
    case T_WITH: return with_stmt(p);
    case T_TRY: return try_stmt(p);
    case T_ASYNC:
        return parser_error_at_token(p, PE_SYNTAX, t, "'async' is not supported by glasspy");
    default:
        return parser_error_at_token(p, PE_SYNTAX, t,
                                     "'match' statements are not supported by glasspy");
    }
}

static int is_compound_start(Parser *p)
{
    switch (parser_peek(p)->kind) {
    case T_DEF: case T_CLASS: case T_AT: case T_IF: case T_WHILE: case T_FOR: case T_WITH:
    case T_TRY: case T_ASYNC:
        return 1;
    default:
        return is_match_statement(p);
    }
}

/* statement: compound_stmt | simple_stmts; appends to out. */
static int statement(Parser *p, PtrVec *out)
{
    if (parser_enter(p) < 0) return -1;
    int r = 0;
    if (is_compound_start(p)) {
        Stmt *s = compound_stmt(p);
        r = s ? parser_vec_push(p, out, s) : -1;
    } else {
        if (parser_peek(p)->kind == T_INDENT) {
            parser_syntax_error(p);
            r = -1;
        } else {
            r = simple_stmts(p, out);
        }
    }
    parser_leave(p);
    return r;
}

/* ---- modules ---- */

static int at_end(Parser *p)
{
    TokKind k = parser_peek(p)->kind;
    return k == T_ENDMARKER || k == T_ERRORTOKEN;
}

static Mod *parse_mod(Parser *p)
{
    Mod *mod = parser_alloc(p, sizeof *mod);
    if (!mod) return NULL;
    mod->mode = p->mode;
    PtrVec body = {0};
    if (p->mode == MODE_EVAL) {
        while (parser_accept(p, T_NEWLINE)) {}
        Expr *e = parser_star_expressions_eval(p);
        if (!e) return NULL;
        while (parser_accept(p, T_NEWLINE)) {}
        if (parser_peek(p)->kind != T_ENDMARKER) return parser_syntax_error(p);
        mod->expr = e;
        return mod;
    }
    if (p->mode == MODE_SINGLE) {
        while (parser_accept(p, T_NEWLINE)) {}
        if (!at_end(p)) {
            if (is_compound_start(p)) {
                Stmt *s = compound_stmt(p);
                if (!s || parser_vec_push(p, &body, s) < 0) return NULL;
            } else {
                if (parser_peek(p)->kind == T_INDENT) return parser_syntax_error(p);
                if (simple_stmts(p, &body) < 0) return NULL;
            }
            while (parser_peek(p)->kind == T_NEWLINE || parser_peek(p)->kind == T_DEDENT)
                parser_advance(p);
            if (parser_peek(p)->kind == T_ERRORTOKEN) return parser_syntax_error(p);
            if (parser_peek(p)->kind != T_ENDMARKER) {
                p->fill = p->pos;  /* CPython places it at the statement's last token */
                return parser_error_last(p, PE_SYNTAX, "multiple statements found while "
                                                       "compiling a single statement");
            }
        } else if (parser_peek(p)->kind == T_ERRORTOKEN) {
            return parser_syntax_error(p);
        }
        mod->body = STMTS(body);
        return mod;
    }
    while (!at_end(p)) {
        if (parser_accept(p, T_NEWLINE)) continue;
        if (statement(p, &body) < 0) return NULL;
    }
    if (parser_peek(p)->kind == T_ERRORTOKEN) return parser_syntax_error(p);
    mod->body = STMTS(body);
    return mod;
}

Mod *parse_source(Arena *arena, const char *src, size_t len, ParseMode mode,
                  const char *filename, ParseError *err)
{
    Lexer lx;
    memset(err, 0, sizeof *err);
    if (!src) src = "", len = 0;
    if (len >= (size_t)INT_MAX / 4) {
        /* Positions are ints; a source this large is refused as memory exhaustion. */
        err->kind = PE_NOMEM;
        snprintf(err->msg, sizeof err->msg, "source too long");
        return NULL;
    }
    if (lexer_init(&lx, src, len, filename) < 0) {
        if (lx.nomem) {
            err->kind = PE_NOMEM;
            snprintf(err->msg, sizeof err->msg, "out of memory");
        } else {
            parser_lexer_error(&lx, err);
        }
        lexer_free(&lx);
        return NULL;
    }
    lexer_run(&lx);
    if (lx.nomem || lx.ntoks == 0) {
        lexer_free(&lx);
        err->kind = PE_NOMEM;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.lx = &lx;
    p.toks = lx.toks;
    p.ntoks = lx.ntoks;
    p.mode = mode;
    p.filename = filename;
    p.last_end_lineno = 1;
    Mod *mod = parse_mod(&p);
    if (!mod || p.failed) {
        if (!p.failed) parser_syntax_error(&p);
        parser_resolve_error(&p, &lx, err);
        mod = NULL;
    }
    lexer_free(&lx);
    return mod;
}
