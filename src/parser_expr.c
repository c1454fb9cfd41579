/* parser_expr.c — expressions, targets and comprehensions: one function per precedence
 * level of CPython 3.11's grammar (expression > disjunction > ... > primary > atom), with
 * CPython's node shapes, positions and invalid_* error messages.
 *
 * Invariants:
 * - Expressions are parsed in Load context; targets are parsed as expressions and then
 *   checked and switched to Store/Del by parser_set_target (CPython's star_targets accept
 *   exactly the expressions that pass that check, with the same positions).
 * - Left-associative chains are built by loops; each link counts toward p->depth, so the
 *   tree's depth stays bounded (see parser_internal.h).
 * - Error rules that need to look ahead (forgot a comma, '=' instead of '==') parse the
 *   continuation speculatively and restore the position when the rule does not apply.
 */
#include "parser_internal.h"

#include <string.h>

static Expr *atom(Parser *p);

static ExprList one_expr(Parser *p, Expr *e)
{
    ExprList l = {0, NULL};
    Expr **items = parser_alloc(p, sizeof *items);
    if (items) {
        items[0] = e;
        l.len = 1;
        l.items = items;
    }
    return l;
}

/* Can this token start an expression (star_expressions)? */
int parser_can_start_expr(TokKind k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_LAMBDA: case T_NONE:
    case T_TRUE: case T_FALSE: case T_ELLIPSIS: case T_STAR: case T_AWAIT:
        return 1;
    default:
        return 0;
    }
}

/* Tokens after a complete expression that can only mean a second expression follows
 * (CPython's invalid_expression / invalid_legacy_expression). */
static int starts_second_expr(TokKind k)
{
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_LBRACE: case T_TILDE: case T_NOT:
    case T_LAMBDA: case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* CPython's soft keyword test compares only the token's length of characters, so any
 * prefix of "match", "case" or "_" counts (bug-compatible: it decides error messages). */
static int is_soft_keyword(const Token *t)
{
    static const char *const kws[] = {"match", "case", "_"};
    if (t->kind != T_NAME) return 0;
    for (int i = 0; i < 3; i++)
        if ((size_t)t->len <= strlen(kws[i]) && memcmp(kws[i], t->text, (size_t)t->len) == 0)
            return 1;
    return 0;
}

/* ---- names of expressions, targets ---- */

const char *parser_expr_name(const Expr *e)
{
    switch (e->kind) {
    case E_ATTRIBUTE: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_STARRED: return "starred";
    case E_NAME: return "name";
    case E_LIST: return "list";
    case E_TUPLE: return "tuple";
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_BOOLOP: case E_BINOP: case E_UNARYOP: return "expression";
    case E_GENEXP: return "generator expression";
    case E_YIELD: case E_YIELDFROM: return "yield expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_JOINEDSTR: case E_FORMATTEDVALUE: return "f-string expression";
    case E_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_FALSE: return "False";
        case CONST_TRUE: return "True";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_NAMEDEXPR: return "named expression";
    case E_SLICE: return "slice";
    }
    return "expression";
}

/* CPython's _PyPegen_get_invalid_target. */
Expr *parser_invalid_target(Expr *e, TargetsType type)
{
    if (!e) return NULL;
    switch (e->kind) {
    case E_LIST:
    case E_TUPLE:
        for (int i = 0; i < e->v.list.elts.len; i++) {
            Expr *c = parser_invalid_target(e->v.list.elts.items[i], type);
            if (c) return c;
        }
        return NULL;
    case E_STARRED:
        if (type == TARGETS_DEL) return e;
        return parser_invalid_target(e->v.starred.value, type);
    case E_COMPARE:
        if (type == TARGETS_FOR) {
            if (e->v.compare.ops[0] == CMP_IN)
                return parser_invalid_target(e->v.compare.left, type);
            return NULL;
        }
        return e;
    case E_NAME:
    case E_SUBSCRIPT:
    case E_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Expr *e, ExprContext ctx)
{
    switch (e->kind) {
    case E_NAME: e->v.name.ctx = ctx; break;
    case E_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case E_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case E_STARRED:
        e->v.starred.ctx = ctx;
        set_ctx(e->v.starred.value, ctx);
        break;
    case E_LIST:
    case E_TUPLE:
        e->v.list.ctx = ctx;
        for (int i = 0; i < e->v.list.elts.len; i++) set_ctx(e->v.list.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

int parser_set_target(Parser *p, Expr *e, ExprContext ctx)
{
    Expr *bad = parser_invalid_target(e, ctx == CTX_DEL ? TARGETS_DEL : TARGETS_STAR);
    if (bad) {
        parser_error_range(p, bad->pos, bad->pos, ctx == CTX_DEL ? "cannot delete %s"
                                                                  : "cannot assign to %s",
                           parser_expr_name(bad));
        return -1;
    }
    set_ctx(e, ctx);
    return 0;
}

/* Is e written in parentheses (a group returns its inner node, which starts later)? */
static int parenthesized(const Parser *p, const Expr *e, const Token *first)
{
    return first->kind == T_LPAR &&
           (e->pos.lineno != first->lineno || e->pos.col_offset != parser_tok_col(p, first));
}

/* The leftmost atom of a bitwise_or-level expression. */
static const Expr *leftmost(const Expr *e)
{
    for (;;) {
        switch (e->kind) {
        case E_BINOP: e = e->v.binop.left; break;
        case E_ATTRIBUTE: e = e->v.attribute.value; break;
        case E_SUBSCRIPT: e = e->v.subscript.value; break;
        case E_CALL: e = e->v.call.func; break;
        default: return e;
        }
    }
}

int parser_check_named_assign(Parser *p, Expr *a, const Token *a_first)
{
    if (parser_peek(p)->kind != T_EQUAL) return 0;
    int is_name = a->kind == E_NAME && a_first->kind == T_NAME;
    if (!is_name) {
        /* a must be a bitwise_or not starting with a list, tuple, genexp, True/None/False */
        int paren = parenthesized(p, a, a_first);
        switch (a->kind) {
        case E_BOOLOP: case E_COMPARE: case E_IFEXP: case E_LAMBDA: case E_NAMEDEXPR:
        case E_STARRED: case E_YIELD: case E_YIELDFROM:
            if (!paren) return 0;
            break;
        case E_UNARYOP:
            if (a->v.unaryop.op == UOP_NOT && !paren) return 0;
            break;
        default:
            break;
        }
        const Expr *l = paren ? a : leftmost(a);
        if (a_first->kind == T_TRUE || a_first->kind == T_FALSE || a_first->kind == T_NONE)
            return 0;
        if (l->kind == E_LIST || l->kind == E_GENEXP ||
            (l->kind == E_TUPLE && a_first->kind == T_LPAR))
            return 0;
        if (paren && (a->kind == E_TUPLE || a->kind == E_GENEXP)) return 0;
    }
    Mark m = parser_mark(p);
    PendingError saved = p->err;
    int was_failed = p->failed;
    parser_advance(p);
    Expr *b = parser_bitwise_or(p);
    TokKind k = parser_peek(p)->kind;
    int applies = b && !p->failed && k != T_EQUAL && k != T_COLONEQUAL;
    if (p->nomem || (!b && p->failed && !p->err.generic)) return 1;   /* that error stands */
    parser_reset(p, m);
    p->err = saved;
    p->failed = was_failed;
    if (!applies) return 0;
    if (is_name)
        parser_error_range(p, a->pos, b->pos,
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    else
        parser_error_range(p, a->pos, a->pos,
                           "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                           parser_expr_name(a));
    return 1;
}

/* PEG backtracking: when what follows an operator fails to parse with the generic error,
 * CPython's parser takes the expression up to the operator and lets the caller fail later
 * (at the same furthest token, so the error's place is unchanged); a specific error stands.
 * Returns 1 if the caller should stop at mark m, 0 if the error must propagate. */
static int backtrack(Parser *p, Mark m)
{
    if (p->nomem || p->err.kind == PE_TOODEEP || !p->err.generic) return 0;
    int fill = p->fill;
    parser_reset(p, m);
    p->fill = fill;
    p->err.generic = 0;
    return 1;
}

/* ---- atoms ---- */

static Expr *constant(Parser *p, const Token *t, ConstKind kind)
{
    Expr *e = parser_expr_new(p, E_CONSTANT, parser_tok_pos(p, t));
    if (e) e->v.constant.kind = kind;
    return e;
}

static Expr *number(Parser *p, const Token *t)
{
    char *s = parser_alloc(p, (size_t)t->len + 1);
    if (!s) return NULL;
    size_t n = 0;
    for (int i = 0; i < t->len; i++)
        if (t->text[i] != '_') s[n++] = t->text[i];
    s[n] = 0;
    ConstKind kind = CONST_INT;
    if (s[n - 1] == 'j' || s[n - 1] == 'J') {
        kind = CONST_IMAG;
        s[--n] = 0;
    } else if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' ||
                               s[1] == 'b' || s[1] == 'B')) {
        kind = CONST_INT;
    } else if (strpbrk(s, ".eE")) {
        kind = CONST_FLOAT;
    }
    Expr *e = constant(p, t, kind);
    if (!e) return NULL;
    e->v.constant.text = s;
    e->v.constant.len = n;
    return e;
}

static Expr *name_load(Parser *p, const Token *t)
{
    Expr *e = parser_expr_new(p, E_NAME, parser_tok_pos(p, t));
    if (!e) return NULL;
    e->v.name.id = parser_tok_str(p, t);
    e->v.name.ctx = CTX_LOAD;
    return e->v.name.id ? e : NULL;
}

static Expr *list_node(Parser *p, ExprKind kind, PtrVec elts, AstPos pos)
{
    Expr *e = parser_expr_new(p, kind, pos);
    if (!e) return NULL;
    e->v.list.elts = VEC_EXPRS(elts);
    e->v.list.ctx = CTX_LOAD;
    return e;
}

static Expr *comprehension(Parser *p, ExprKind kind, Expr *elt, const Token *open)
{
    ComprehensionList gens;
    if (parser_for_if_clauses(p, &gens) < 0) return NULL;
    TokKind close = kind == E_LISTCOMP ? T_RSQB : kind == E_GENEXP ? T_RPAR : T_RBRACE;
    if (!parser_expect(p, close)) return NULL;
    Expr *e = parser_expr_new(p, kind, parser_pos_from(p, open));
    if (!e) return NULL;
    e->v.comp.elt = elt;
    e->v.comp.generators = gens;
    return e;
}

/* '(' ... ')': tuple, group, generator expression or parenthesized yield. */
static Expr *paren_atom(Parser *p)
{
    Token *lpar = parser_advance(p);
    if (parser_accept(p, T_RPAR)) {
        PtrVec none = {0};
        return list_node(p, E_TUPLE, none, parser_pos_from(p, lpar));
    }
    Token *t = parser_peek(p);
    if (t->kind == T_YIELD) {
        Expr *y = parser_yield_expr(p);
        if (!y || !parser_expect(p, T_RPAR)) return NULL;
        return y;
    }
    if (t->kind == T_DOUBLESTAR) {
        Mark m = parser_mark(p);
        parser_advance(p);
        Expr *e = parser_expression(p);
        if (e && parser_peek(p)->kind == T_RPAR)
            return parser_error_at_token(p, PE_SYNTAX, t,
                                         "cannot use double starred expression here");
        if (p->nomem || (!e && !p->err.generic)) return NULL;
        parser_reset(p, m);
        return parser_syntax_error(p);
    }
    Expr *first = parser_star_named_expression(p);
    if (!first) return NULL;
    TokKind k = parser_peek(p)->kind;
    if (k == T_FOR || k == T_ASYNC) {
        if (first->kind == E_STARRED)
            return parser_error_range(p, first->pos, first->pos,
                                      "iterable unpacking cannot be used in comprehension");
        return comprehension(p, E_GENEXP, first, lpar);
    }
    if (k == T_RPAR) {
        if (first->kind == E_STARRED)
            return parser_error_range(p, first->pos, first->pos,
                                      "cannot use starred expression here");
        parser_advance(p);
        return first;
    }
    PtrVec elts = {0};
    if (parser_vec_push(p, &elts, first) < 0) return NULL;
    if (!parser_expect(p, T_COMMA)) return NULL;
    while (parser_peek(p)->kind != T_RPAR) {
        Expr *e = parser_star_named_expression(p);
        if (!e || parser_vec_push(p, &elts, e) < 0) return NULL;
        if (!parser_accept(p, T_COMMA)) break;
    }
    if (!parser_expect(p, T_RPAR)) return NULL;
    return list_node(p, E_TUPLE, elts, parser_pos_from(p, lpar));
}

/* The comprehension-target errors of '[' / '{' displays (invalid_comprehension). */
static void *forgot_parens(Parser *p, PtrVec *elts, const Token *comma)
{
    Expr *first = elts->items[0];
    if (comma)
        return parser_error_range(p, first->pos, parser_tok_pos(p, comma),
                                  "did you forget parentheses around the comprehension "
                                  "target?");
    Expr *last = elts->items[elts->len - 1];
    return parser_error_range(p, first->pos, last->pos,
                              "did you forget parentheses around the comprehension target?");
}

static Expr *list_atom(Parser *p)
{
    Token *lsqb = parser_advance(p);
    PtrVec elts = {0};
    if (parser_accept(p, T_RSQB)) return list_node(p, E_LIST, elts, parser_pos_from(p, lsqb));
    Expr *first = parser_star_named_expression(p);
    if (!first) return NULL;
    TokKind k = parser_peek(p)->kind;
    if (k == T_FOR || k == T_ASYNC) {
        if (first->kind == E_STARRED)
            return parser_error_range(p, first->pos, first->pos,
                                      "iterable unpacking cannot be used in comprehension");
        return comprehension(p, E_LISTCOMP, first, lsqb);
    }
    if (parser_vec_push(p, &elts, first) < 0) return NULL;
    for (;;) {
        Token *comma = parser_accept(p, T_COMMA);
        if (!comma) break;
        if (parser_peek(p)->kind == T_FOR) return forgot_parens(p, &elts, comma);
        if (parser_peek(p)->kind == T_RSQB) break;
        Expr *e = parser_star_named_expression(p);
        if (!e || parser_vec_push(p, &elts, e) < 0) return NULL;
    }
    if (elts.len > 1 && parser_peek(p)->kind == T_FOR) return forgot_parens(p, &elts, NULL);
    if (!parser_expect(p, T_RSQB)) return NULL;
    return list_node(p, E_LIST, elts, parser_pos_from(p, lsqb));
}

/* A dict value after ':' (with CPython's invalid_double_starred_kvpairs errors). */
static Expr *dict_value(Parser *p, const Token *colon)
{
    Token *t = parser_peek(p);
    if (t->kind == T_STAR) {
        Mark m = parser_mark(p);
        parser_advance(p);
        Expr *e = parser_bitwise_or(p);
        if (e)
            return parser_error_at(p, PE_SYNTAX, t->lineno, parser_tok_col(p, t) + 1,
                                   p->last_end_lineno, p->last_end_col + 1,
                                   "cannot use a starred expression in a dictionary value");
        if (p->nomem || !p->err.generic) return NULL;
        parser_reset(p, m);
        return parser_syntax_error(p);
    }
    if (t->kind == T_RBRACE || t->kind == T_COMMA)
        return parser_error_at_token(p, PE_SYNTAX, colon,
                                     "expression expected after dictionary key and ':'");
    return parser_expression(p);
}

static Expr *brace_atom(Parser *p)
{
    Token *lbrace = parser_advance(p);
    PtrVec keys = {0}, values = {0};
    if (parser_accept(p, T_RBRACE)) {
        Expr *e = parser_expr_new(p, E_DICT, parser_pos_from(p, lbrace));
        return e;
    }
    int is_dict;
    Token *t = parser_peek(p);
    if (t->kind == T_DOUBLESTAR) {
        parser_advance(p);
        Expr *v = parser_bitwise_or(p);
        if (!v) return NULL;
        if (parser_peek(p)->kind == T_FOR)
            return parser_error_at_token(p, PE_SYNTAX, t,
                                         "dict unpacking cannot be used in dict comprehension");
        if (parser_vec_push(p, &keys, NULL) < 0 || parser_vec_push(p, &values, v) < 0)
            return NULL;
        is_dict = 1;
    } else {
        Expr *first = parser_star_named_expression(p);
        if (!first) return NULL;
        Token *colon = parser_peek(p);
        if (colon->kind == T_COLON && first->kind != E_STARRED) {
            parser_advance(p);
            Expr *v = dict_value(p, colon);
            if (!v) return NULL;
            TokKind k = parser_peek(p)->kind;
            if (k == T_FOR || k == T_ASYNC) {
                Expr *e = comprehension(p, E_DICTCOMP, NULL, lbrace);
                if (e) e->v.comp.key = first, e->v.comp.value = v;
                return e;
            }
            if (parser_vec_push(p, &keys, first) < 0 || parser_vec_push(p, &values, v) < 0)
                return NULL;
            is_dict = 1;
        } else {
            TokKind k = parser_peek(p)->kind;
            if (k == T_FOR || k == T_ASYNC) {
                if (first->kind == E_STARRED)
                    return parser_error_range(p, first->pos, first->pos,
                                              "iterable unpacking cannot be used in "
                                              "comprehension");
                return comprehension(p, E_SETCOMP, first, lbrace);
            }
            if (parser_vec_push(p, &values, first) < 0) return NULL;
            is_dict = 0;
        }
    }
    for (;;) {
        Token *comma = parser_accept(p, T_COMMA);
        if (!comma) break;
        t = parser_peek(p);
        if (t->kind == T_RBRACE) break;
        if (!is_dict) {
            if (t->kind == T_FOR) return forgot_parens(p, &values, comma);
            Expr *e = parser_star_named_expression(p);
            if (!e || parser_vec_push(p, &values, e) < 0) return NULL;
            continue;
        }
        if (t->kind == T_DOUBLESTAR) {
            parser_advance(p);
            Expr *v = parser_bitwise_or(p);
            if (!v || parser_vec_push(p, &keys, NULL) < 0 || parser_vec_push(p, &values, v) < 0)
                return NULL;
            continue;
        }
        Expr *k = parser_expression(p);
        if (!k) return NULL;
        Token *colon = parser_peek(p);
        if (colon->kind != T_COLON)
            return parser_error_at(p, PE_SYNTAX, k->pos.lineno, k->pos.end_col_offset,
                                   k->pos.end_lineno, 0, "':' expected after dictionary key");
        parser_advance(p);
        Expr *v = dict_value(p, colon);
        if (!v || parser_vec_push(p, &keys, k) < 0 || parser_vec_push(p, &values, v) < 0)
            return NULL;
    }
    if (!is_dict && values.len > 1 && parser_peek(p)->kind == T_FOR)
        return forgot_parens(p, &values, NULL);
    if (!parser_expect(p, T_RBRACE)) return NULL;
    Expr *e = parser_expr_new(p, is_dict ? E_DICT : E_SET, parser_pos_from(p, lbrace));
    if (!e) return NULL;
    if (is_dict) {
        e->v.dict.keys = VEC_EXPRS(keys);
        e->v.dict.values = VEC_EXPRS(values);
    } else {
        e->v.set.elts = VEC_EXPRS(values);
    }
    return e;
}

static Expr *atom(Parser *p)
{
    Token *t = parser_peek(p);
    Expr *e;
    switch (t->kind) {
    case T_NAME:
        parser_advance(p);
        return name_load(p, t);
    case T_TRUE: case T_FALSE: case T_NONE: case T_ELLIPSIS:
        parser_advance(p);
        return constant(p, t, t->kind == T_TRUE ? CONST_TRUE : t->kind == T_FALSE ? CONST_FALSE
                              : t->kind == T_NONE ? CONST_NONE : CONST_ELLIPSIS);
    case T_NUMBER:
        parser_advance(p);
        return number(p, t);
    case T_STRING:
        return parser_strings(p);
    case T_LPAR: case T_LSQB: case T_LBRACE:
        if (parser_enter(p) < 0) return NULL;
        e = t->kind == T_LPAR ? paren_atom(p) : t->kind == T_LSQB ? list_atom(p) : brace_atom(p);
        parser_leave(p);
        return e;
    case T_AWAIT:
        return parser_error_at_token(p, PE_SYNTAX, t, "'await' is not supported by glasspy");
    default:
        return parser_syntax_error(p);
    }
}

/* ---- primaries ---- */

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression;
 * or a starred_expression inside a tuple of slices. */
static Expr *slice_item(Parser *p)
{
    Token *first = parser_peek(p);
    if (first->kind == T_STAR) {
        parser_advance(p);
        Expr *v = parser_expression(p);
        if (!v) return NULL;
        Expr *e = parser_expr_new(p, E_STARRED, parser_pos_from(p, first));
        if (e) e->v.starred.value = v, e->v.starred.ctx = CTX_LOAD;
        return e;
    }
    Expr *lower = NULL;
    if (first->kind != T_COLON) {
        lower = parser_named_expression(p);
        if (!lower) return NULL;
        if (parser_peek(p)->kind != T_COLON ||
            (lower->kind == E_NAMEDEXPR && !parenthesized(p, lower, first)))
            return lower;
    }
    parser_advance(p);  /* ':' */
    Expr *upper = NULL, *step = NULL;
    TokKind k = parser_peek(p)->kind;
    if (k != T_COLON && k != T_COMMA && k != T_RSQB) {
        upper = parser_expression(p);
        if (!upper) return NULL;
    }
    if (parser_accept(p, T_COLON)) {
        k = parser_peek(p)->kind;
        if (k != T_COMMA && k != T_RSQB) {
            step = parser_expression(p);
            if (!step) return NULL;
        }
    }
    Expr *e = parser_expr_new(p, E_SLICE, parser_pos_from(p, first));
    if (!e) return NULL;
    e->v.slice.lower = lower;
    e->v.slice.upper = upper;
    e->v.slice.step = step;
    return e;
}

static Expr *slices(Parser *p)
{
    Token *first = parser_peek(p);
    Expr *e = slice_item(p);
    if (!e) return NULL;
    if (parser_peek(p)->kind != T_COMMA && e->kind != E_STARRED) return e;
    PtrVec elts = {0};
    if (parser_vec_push(p, &elts, e) < 0) return NULL;
    while (parser_accept(p, T_COMMA)) {
        if (parser_peek(p)->kind == T_RSQB) break;
        e = slice_item(p);
        if (!e || parser_vec_push(p, &elts, e) < 0) return NULL;
    }
    return list_node(p, E_TUPLE, elts, parser_pos_from(p, first));
}

static Expr *primary(Parser *p)
{
    Token *first = parser_peek(p);
    Expr *e = atom(p);
    if (!e) return NULL;
    int depth = p->depth;
    for (;;) {
        Token *t = parser_peek(p);
        Expr *n;
        Mark m = parser_mark(p);
        if (t->kind == T_DOT) {
            parser_advance(p);
            Token *name = parser_expect(p, T_NAME);
            if (!name) {
                if (backtrack(p, m)) break;
                return NULL;
            }
            n = parser_expr_new(p, E_ATTRIBUTE, parser_pos_from(p, first));
            if (!n || !(n->v.attribute.attr = parser_tok_str(p, name))) return NULL;
            n->v.attribute.value = e;
            n->v.attribute.ctx = CTX_LOAD;
        } else if (t->kind == T_LPAR) {
            parser_advance(p);
            ExprList args;
            KeywordList kws;
            Expr *genexp = NULL;
            if (parser_call_args(p, t, &args, &kws, 1, &genexp) < 0) {
                if (backtrack(p, m)) break;
                return NULL;
            }
            n = parser_expr_new(p, E_CALL, parser_pos_from(p, first));
            if (!n) return NULL;
            n->v.call.func = e;
            n->v.call.args = genexp ? one_expr(p, genexp) : args;
            n->v.call.keywords = kws;
        } else if (t->kind == T_LSQB) {
            parser_advance(p);
            Expr *s = slices(p);
            if (!s || !parser_expect(p, T_RSQB)) {
                if (backtrack(p, m)) break;
                return NULL;
            }
            n = parser_expr_new(p, E_SUBSCRIPT, parser_pos_from(p, first));
            if (!n) return NULL;
            n->v.subscript.value = e;
            n->v.subscript.slice = s;
            n->v.subscript.ctx = CTX_LOAD;
        } else {
            break;
        }
        e = n;
        if (parser_enter(p) < 0) return NULL;
    }
    p->depth = depth;
    return e;
}

/* ---- operators ---- */

static Expr *factor(Parser *p);

static Expr *power(Parser *p)
{
    Token *first = parser_peek(p);
    Expr *a = primary(p);
    if (!a) return NULL;
    Mark m = parser_mark(p);
    if (!parser_accept(p, T_DOUBLESTAR)) return a;
    Expr *b = factor(p);
    if (!b) return backtrack(p, m) ? a : NULL;
    Expr *e = parser_expr_new(p, E_BINOP, parser_pos_from(p, first));
    if (!e) return NULL;
    e->v.binop.left = a;
    e->v.binop.op = OP_POW;
    e->v.binop.right = b;
    return e;
}

static Expr *factor(Parser *p)
{
    Token *t = parser_peek(p);
    UnaryOpKind op;
    switch (t->kind) {
    case T_PLUS: op = UOP_UADD; break;
    case T_MINUS: op = UOP_USUB; break;
    case T_TILDE: op = UOP_INVERT; break;
    default: {
        if (parser_enter(p) < 0) return NULL;
        Expr *e = power(p);
        parser_leave(p);
        return e;
    }
    }
    parser_advance(p);
    if (parser_enter(p) < 0) return NULL;
    Expr *operand = factor(p);
    parser_leave(p);
    if (!operand) return NULL;
    Expr *e = parser_expr_new(p, E_UNARYOP, parser_pos_from(p, t));
    if (!e) return NULL;
    e->v.unaryop.op = op;
    e->v.unaryop.operand = operand;
    return e;
}

typedef Expr *(*OperandFn)(Parser *p);
typedef int (*OpFn)(TokKind k, BinOpKind *op);

/* a (op b)*, left-associative. */
static Expr *binary_chain(Parser *p, OperandFn operand, OpFn opfn)
{
    Token *first = parser_peek(p);
    Expr *a = operand(p);
    if (!a) return NULL;
    int depth = p->depth;
    BinOpKind op;
    while (opfn(parser_peek(p)->kind, &op)) {
        Mark m = parser_mark(p);
        parser_advance(p);
        if (parser_enter(p) < 0) return NULL;
        Expr *b = operand(p);
        if (!b) {
            if (backtrack(p, m)) break;
            return NULL;
        }
        Expr *e = parser_expr_new(p, E_BINOP, parser_pos_from(p, first));
        if (!e) return NULL;
        e->v.binop.left = a;
        e->v.binop.op = op;
        e->v.binop.right = b;
        a = e;
    }
    p->depth = depth;
    return a;
}

static int term_op(TokKind k, BinOpKind *op)
{
    switch (k) {
    case T_STAR: *op = OP_MUL; return 1;
    case T_SLASH: *op = OP_DIV; return 1;
    case T_DOUBLESLASH: *op = OP_FLOORDIV; return 1;
    case T_PERCENT: *op = OP_MOD; return 1;
    case T_AT: *op = OP_MATMUL; return 1;
    default: return 0;
    }
}

static int sum_op(TokKind k, BinOpKind *op)
{
    if (k == T_PLUS) { *op = OP_ADD; return 1; }
    if (k == T_MINUS) { *op = OP_SUB; return 1; }
    return 0;
}

static int shift_op(TokKind k, BinOpKind *op)
{
    if (k == T_LEFTSHIFT) { *op = OP_LSHIFT; return 1; }
    if (k == T_RIGHTSHIFT) { *op = OP_RSHIFT; return 1; }
    return 0;
}

static int and_op(TokKind k, BinOpKind *op) { *op = OP_BITAND; return k == T_AMPER; }
static int xor_op(TokKind k, BinOpKind *op) { *op = OP_BITXOR; return k == T_CIRCUMFLEX; }
static int or_op(TokKind k, BinOpKind *op) { *op = OP_BITOR; return k == T_VBAR; }

static Expr *term(Parser *p) { return binary_chain(p, factor, term_op); }
static Expr *sum(Parser *p) { return binary_chain(p, term, sum_op); }
static Expr *shift_expr(Parser *p) { return binary_chain(p, sum, shift_op); }
static Expr *bitwise_and(Parser *p) { return binary_chain(p, shift_expr, and_op); }
static Expr *bitwise_xor(Parser *p) { return binary_chain(p, bitwise_and, xor_op); }

Expr *parser_bitwise_or(Parser *p) { return binary_chain(p, bitwise_xor, or_op); }

/* Reads a comparison operator (one or two tokens); returns 0 if none. */
static int compare_op(Parser *p, CmpOpKind *op)
{
    Token *t = parser_peek(p);
    switch (t->kind) {
    case T_EQEQUAL: *op = CMP_EQ; break;
    case T_NOTEQUAL:
        if (t->text[0] == '<') return 0;   /* "<>" (Barry as FLUFL) */
        *op = CMP_NE;
        break;
    case T_LESSEQUAL: *op = CMP_LE; break;
    case T_LESS: *op = CMP_LT; break;
    case T_GREATEREQUAL: *op = CMP_GE; break;
    case T_GREATER: *op = CMP_GT; break;
    case T_IN: *op = CMP_IN; break;
    case T_NOT:
        if (parser_peek_at(p, 1)->kind != T_IN) return 0;
        parser_advance(p);
        *op = CMP_NOT_IN;
        break;
    case T_IS:
        if (parser_peek_at(p, 1)->kind == T_NOT) {
            parser_advance(p);
            *op = CMP_IS_NOT;
        } else {
            *op = CMP_IS;
        }
        break;
    default:
        return 0;
    }
    parser_advance(p);
    return 1;
}

static Expr *comparison(Parser *p)
{
    Token *first = parser_peek(p);
    Expr *a = parser_bitwise_or(p);
    if (!a) return NULL;
    CmpOpKind op;
    Mark m = parser_mark(p);
    if (!compare_op(p, &op)) return a;
    int n = 0, cap = 4;
    CmpOpKind *ops = parser_alloc(p, sizeof *ops * (size_t)cap);
    PtrVec comps = {0};
    if (!ops) return NULL;
    do {
        Expr *b = parser_bitwise_or(p);
        if (!b) {
            if (!backtrack(p, m)) return NULL;
            break;
        }
        if (n == cap) {
            CmpOpKind *o = parser_alloc(p, sizeof *o * (size_t)cap * 2);
            if (!o) return NULL;
            memcpy(o, ops, sizeof *o * (size_t)n);
            ops = o;
            cap *= 2;
        }
        ops[n++] = op;
        if (parser_vec_push(p, &comps, b) < 0) return NULL;
        m = parser_mark(p);
    } while (compare_op(p, &op));
    if (n == 0) return a;
    Expr *e = parser_expr_new(p, E_COMPARE, parser_pos_from(p, first));
    if (!e) return NULL;
    e->v.compare.left = a;
    e->v.compare.n = n;
    e->v.compare.ops = ops;
    e->v.compare.comparators = VEC_EXPRS(comps);
    return e;
}

static Expr *inversion(Parser *p)
{
    Token *t = parser_peek(p);
    if (t->kind != T_NOT) return comparison(p);
    parser_advance(p);
    if (parser_enter(p) < 0) return NULL;
    Expr *operand = inversion(p);
    parser_leave(p);
    if (!operand) return NULL;
    Expr *e = parser_expr_new(p, E_UNARYOP, parser_pos_from(p, t));
    if (!e) return NULL;
    e->v.unaryop.op = UOP_NOT;
    e->v.unaryop.operand = operand;
    return e;
}

/* a (kw b)* as one BoolOp. */
static Expr *bool_chain(Parser *p, OperandFn operand, TokKind kw, BoolOpKind op)
{
    Token *first = parser_peek(p);
    Expr *a = operand(p);
    if (!a) return NULL;
    if (parser_peek(p)->kind != kw) return a;
    PtrVec values = {0};
    if (parser_vec_push(p, &values, a) < 0) return NULL;
    for (;;) {
        Mark m = parser_mark(p);
        if (!parser_accept(p, kw)) break;
        Expr *b = operand(p);
        if (!b) {
            if (backtrack(p, m)) break;
            return NULL;
        }
        if (parser_vec_push(p, &values, b) < 0) return NULL;
    }
    if (values.len == 1) return a;
    Expr *e = parser_expr_new(p, E_BOOLOP, parser_pos_from(p, first));
    if (!e) return NULL;
    e->v.boolop.op = op;
    e->v.boolop.values = VEC_EXPRS(values);
    return e;
}

static Expr *conjunction(Parser *p) { return bool_chain(p, inversion, T_AND, BOOL_AND); }

Expr *parser_disjunction(Parser *p) { return bool_chain(p, conjunction, T_OR, BOOL_OR); }

/* ---- expression ---- */

static Expr *lambdef(Parser *p)
{
    Token *kw = parser_advance(p);
    Arguments *args = parser_peek(p)->kind == T_COLON ? parser_empty_arguments(p)
                                                       : parser_params(p, 1);
    if (!args || !parser_expect(p, T_COLON)) return NULL;
    Expr *body = parser_expression(p);
    if (!body) return NULL;
    Expr *e = parser_expr_new(p, E_LAMBDA, parser_pos_from(p, kw));
    if (!e) return NULL;
    e->v.lambda.args = args;
    e->v.lambda.body = body;
    return e;
}

static Expr *expression_plain(Parser *p, int check);

/* After a complete expression a, a second expression: CPython's invalid_expression
 * ("Perhaps you forgot a comma?" inside brackets) and invalid_legacy_expression ("Missing
 * parentheses in call to 'print'"), which parses what follows a name for any name. A
 * specific error raised while parsing the second expression stands, as in CPython. */
static void *second_expression(Parser *p, Expr *a, const Token *first)
{
    int name = a->kind == E_NAME && first->kind == T_NAME;
    int legacy = name && (strcmp(a->v.name.id, "print") == 0 || strcmp(a->v.name.id, "exec") == 0);
    Expr *b;
    Mark m = parser_mark(p);
    PendingError saved = p->err;
    int was_failed = p->failed;
    if (!legacy && !(first->kind == T_NAME && (first + 1)->kind == T_STRING) &&
        !is_soft_keyword(first)) {
        b = expression_plain(p, 0);
        if (p->nomem || (!b && p->failed && !p->err.generic)) return NULL;
        int level = p->pos > 0 ? p->toks[p->pos - 1].level : 0;
        int ok = b && !p->failed;
        parser_reset(p, m);
        p->err = saved;
        p->failed = was_failed;
        if (ok && level != 0)
            return parser_error_range(p, a->pos, b->pos,
                                      "invalid syntax. Perhaps you forgot a comma?");
    }
    if (!name) return a;
    b = parser_star_expressions(p);
    if (p->nomem || (!b && p->failed && !p->err.generic)) return NULL;
    int ok = b && !p->failed;
    parser_reset(p, m);
    p->err = saved;
    p->failed = was_failed;
    if (ok && legacy)
        return parser_error_range(p, a->pos, b->pos,
                                  "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                                  a->v.name.id, a->v.name.id);
    return a;
}

static Expr *expression_plain(Parser *p, int check)
{
    Token *first = parser_peek(p);
    if (first->kind == T_LAMBDA) return lambdef(p);
    Expr *a = parser_disjunction(p);
    if (!a) return NULL;
    if (parser_peek(p)->kind == T_IF) {
        Mark m = parser_mark(p);
        parser_advance(p);
        Expr *b = parser_disjunction(p);
        if (!b) return backtrack(p, m) ? a : NULL;
        if (!check && parser_peek(p)->kind != T_ELSE) {
            /* expression_without_invalid: without 'else' it is just the disjunction */
            parser_reset(p, m);
            return a;
        }
        if (!parser_accept(p, T_ELSE)) {
            if (parser_peek(p)->kind != T_COLON)
                return parser_error_range(p, a->pos, b->pos,
                                          "expected 'else' after 'if' expression");
            return parser_syntax_error(p);
        }
        Expr *c = parser_expression(p);
        if (!c) return backtrack(p, m) ? a : NULL;
        Expr *e = parser_expr_new(p, E_IFEXP, parser_pos_from(p, first));
        if (!e) return NULL;
        e->v.ifexp.test = b;
        e->v.ifexp.body = a;
        e->v.ifexp.orelse = c;
        return e;
    }
    if (check && starts_second_expr(parser_peek(p)->kind)) return second_expression(p, a, first);
    return a;
}

Expr *parser_expression(Parser *p)
{
    if (parser_enter(p) < 0) return NULL;
    Expr *e = expression_plain(p, 1);
    parser_leave(p);
    return e;
}

Expr *parser_named_expression(Parser *p)
{
    Token *t = parser_peek(p);
    if (t->kind == T_NAME && parser_peek_at(p, 1)->kind == T_COLONEQUAL) {
        parser_advance(p);
        parser_advance(p);
        Expr *target = name_load(p, t);
        Expr *value = parser_expression(p);
        if (!target || !value) return NULL;
        target->v.name.ctx = CTX_STORE;
        Expr *e = parser_expr_new(p, E_NAMEDEXPR, parser_pos_from(p, t));
        if (!e) return NULL;
        e->v.namedexpr.target = target;
        e->v.namedexpr.value = value;
        return e;
    }
    Expr *e = parser_expression(p);
    if (!e) return NULL;
    Token *n = parser_peek(p);
    if (n->kind == T_COLONEQUAL) {
        Mark m = parser_mark(p);
        parser_advance(p);
        Expr *v = parser_expression(p);
        if (p->nomem || (!v && !p->err.generic)) return NULL;
        parser_reset(p, m);
        if (v)
            return parser_error_range(p, e->pos, e->pos,
                                      "cannot use assignment expressions with %s",
                                      parser_expr_name(e));
        return parser_syntax_error(p);
    }
    if (n->kind == T_EQUAL && parser_check_named_assign(p, e, t)) return NULL;
    return e;
}

Expr *parser_star_named_expression(Parser *p)
{
    Token *t = parser_peek(p);
    if (t->kind != T_STAR) return parser_named_expression(p);
    parser_advance(p);
    Expr *v = parser_bitwise_or(p);
    if (!v) return NULL;
    Expr *e = parser_expr_new(p, E_STARRED, parser_pos_from(p, t));
    if (!e) return NULL;
    e->v.starred.value = v;
    e->v.starred.ctx = CTX_LOAD;
    return e;
}

static Expr *star_expression(Parser *p)
{
    Token *t = parser_peek(p);
    if (t->kind != T_STAR) return parser_expression(p);
    parser_advance(p);
    Expr *v = parser_bitwise_or(p);
    if (!v) return NULL;
    Expr *e = parser_expr_new(p, E_STARRED, parser_pos_from(p, t));
    if (!e) return NULL;
    e->v.starred.value = v;
    e->v.starred.ctx = CTX_LOAD;
    return e;
}

Expr *parser_star_expressions_item(Parser *p) { return star_expression(p); }

/* item (',' item)* [','] as a Tuple when there is a comma. */
static Expr *expr_list(Parser *p, OperandFn item)
{
    Token *first = parser_peek(p);
    Expr *e = item(p);
    if (!e) return NULL;
    if (parser_peek(p)->kind != T_COMMA) return e;
    PtrVec elts = {0};
    if (parser_vec_push(p, &elts, e) < 0) return NULL;
    while (parser_accept(p, T_COMMA)) {
        if (!parser_can_start_expr(parser_peek(p)->kind)) break;
        e = item(p);
        if (!e || parser_vec_push(p, &elts, e) < 0) return NULL;
    }
    return list_node(p, E_TUPLE, elts, parser_pos_from(p, first));
}

Expr *parser_star_expressions(Parser *p) { return expr_list(p, star_expression); }

Expr *parser_star_expressions_eval(Parser *p) { return expr_list(p, parser_expression); }

Expr *parser_yield_expr(Parser *p)
{
    Token *kw = parser_advance(p);
    if (parser_accept(p, T_FROM)) {
        Expr *v = parser_expression(p);
        if (!v) return NULL;
        Expr *e = parser_expr_new(p, E_YIELDFROM, parser_pos_from(p, kw));
        if (e) e->v.yield.value = v;
        return e;
    }
    Expr *v = NULL;
    if (parser_can_start_expr(parser_peek(p)->kind)) {
        v = parser_star_expressions(p);
        if (!v) return NULL;
    }
    Expr *e = parser_expr_new(p, E_YIELD, parser_pos_from(p, kw));
    if (e) e->v.yield.value = v;
    return e;
}

/* ---- targets ---- */

Expr *parser_star_target(Parser *p)
{
    Token *t = parser_peek(p);
    if (t->kind == T_STAR) {
        parser_advance(p);
        if (parser_peek(p)->kind == T_STAR) return parser_syntax_error(p);
        if (parser_enter(p) < 0) return NULL;
        Expr *v = parser_star_target(p);
        parser_leave(p);
        if (!v) return NULL;
        Expr *e = parser_expr_new(p, E_STARRED, parser_pos_from(p, t));
        if (!e) return NULL;
        e->v.starred.value = v;
        e->v.starred.ctx = CTX_STORE;
        return e;
    }
    Expr *e = parser_bitwise_or(p);
    if (!e) return NULL;
    Expr *bad = parser_invalid_target(e, TARGETS_FOR);
    if (bad)
        return parser_error_range(p, bad->pos, bad->pos, "cannot assign to %s",
                                  parser_expr_name(bad));
    set_ctx(e, CTX_STORE);
    return e;
}

Expr *parser_star_targets(Parser *p)
{
    Token *first = parser_peek(p);
    Expr *e = parser_star_target(p);
    if (!e) return NULL;
    if (parser_peek(p)->kind != T_COMMA) return e;
    PtrVec elts = {0};
    if (parser_vec_push(p, &elts, e) < 0) return NULL;
    while (parser_accept(p, T_COMMA)) {
        TokKind k = parser_peek(p)->kind;
        if (k == T_IN || k == T_EQUAL) break;
        e = parser_star_target(p);
        if (!e || parser_vec_push(p, &elts, e) < 0) return NULL;
    }
    Expr *t = list_node(p, E_TUPLE, elts, parser_pos_from(p, first));
    if (t) t->v.list.ctx = CTX_STORE;
    return t;
}

Expr *parser_for_targets(Parser *p)
{
    Mark m = parser_mark(p);
    Expr *e = parser_star_targets(p);
    if (e && parser_accept(p, T_IN)) return e;
    /* A specific error stands; so does any error inside another fallback (re-reading
     * nested comprehensions at every level would take exponential time). */
    if (p->nomem || (p->failed && !p->err.generic) || p->in_fallback) {
        if (!p->failed) parser_syntax_error(p);
        return NULL;
    }
    /* CPython's invalid_for_target: the targets read as star_expressions. */
    PendingError saved = p->err;
    int failed = p->failed, err_pos = p->err_pos;
    Mark at = parser_mark(p);
    parser_reset(p, m);
    p->in_fallback++;
    Expr *all = parser_star_expressions(p);
    p->in_fallback--;
    if (p->nomem) return NULL;
    if (!all) return NULL;   /* its error (e.g. a forgotten comma) stands */
    Expr *bad = parser_invalid_target(all, TARGETS_FOR);
    if (bad)
        return parser_error_range(p, bad->pos, bad->pos, "cannot assign to %s",
                                  parser_expr_name(bad));
    parser_reset(p, at);
    p->err = saved;
    p->failed = failed;
    p->err_pos = err_pos;
    if (!p->failed) parser_syntax_error(p);
    return NULL;
}

/* ---- comprehensions ---- */

int parser_for_if_clauses(Parser *p, ComprehensionList *out)
{
    PtrVec gens = {0};
    for (;;) {
        Token *t = parser_peek(p);
        if (t->kind == T_ASYNC) {
            parser_error_at_token(p, PE_SYNTAX, t, "'async' is not supported by glasspy");
            return -1;
        }
        if (t->kind != T_FOR) break;
        parser_advance(p);
        Comprehension *c = parser_alloc(p, sizeof *c);
        if (!c) return -1;
        c->target = parser_for_targets(p);
        if (!c->target) return -1;
        c->iter = parser_disjunction(p);
        if (!c->iter) return -1;
        PtrVec ifs = {0};
        while (parser_accept(p, T_IF)) {
            Expr *cond = parser_disjunction(p);
            if (!cond || parser_vec_push(p, &ifs, cond) < 0) return -1;
        }
        c->ifs = VEC_EXPRS(ifs);
        if (parser_vec_push(p, &gens, c) < 0) return -1;
    }
    out->len = gens.len;
    out->items = (Comprehension **)gens.items;
    return 0;
}

