/* parser_args.c — call arguments and the parameters of def and lambda, with CPython
 * 3.11's node shapes (keywords, Starred arguments, arguments/arg nodes) and its
 * invalid_arguments / invalid_parameters messages.
 *
 * Invariants:
 * - Arguments keep source order within args and within keywords; `**x` is a keyword with
 *   no name, `*x` a Starred argument.
 * - Parameters: defaults holds the defaults of the last positional parameters (positional-
 *   only ones included), kw_defaults one entry (NULL for none) per keyword-only one.
 */
#include "parser_internal.h"

#include <string.h>

static Keyword *keyword_new(Parser *p, const char *arg, Expr *value, AstPos pos)
{
    Keyword *k = parser_alloc(p, sizeof *k);
    if (!k) return NULL;
    k->arg = arg;
    k->value = value;
    k->pos = pos;
    return k;
}

int parser_call_args(Parser *p, const Token *lpar, ExprList *args, KeywordList *keywords,
                     int allow_genexp, Expr **genexp)
{
    PtrVec a = {0}, k = {0};
    int seen_kw = 0, seen_dstar = 0;
    const char *positional_late = NULL;
    if (genexp) *genexp = NULL;
    while (parser_peek(p)->kind != T_RPAR) {
        Token *t = parser_peek(p);
        if (t->kind == T_STAR) {
            parser_advance(p);
            Expr *v = parser_expression(p);
            if (!v) return -1;
            if (a.len + k.len == 0 && allow_genexp && parser_peek(p)->kind == T_FOR) {
                parser_error_range(p, parser_pos_from(p, t), parser_pos_from(p, t),
                                   "iterable unpacking cannot be used in comprehension");
                return -1;
            }
            if (seen_dstar) {
                parser_error_at_token(p, PE_SYNTAX, t, "iterable argument unpacking follows "
                                                       "keyword argument unpacking");
                return -1;
            }
            Expr *e = parser_expr_new(p, E_STARRED, parser_pos_from(p, t));
            if (!e) return -1;
            e->v.starred.value = v;
            e->v.starred.ctx = CTX_LOAD;
            if (parser_vec_push(p, &a, e) < 0) return -1;
        } else if (t->kind == T_DOUBLESTAR) {
            parser_advance(p);
            Expr *v = parser_expression(p);
            if (!v) return -1;
            Keyword *kw = keyword_new(p, NULL, v, parser_pos_from(p, t));
            if (!kw || parser_vec_push(p, &k, kw) < 0) return -1;
            seen_dstar = 1;
        } else if (t->kind == T_NAME && parser_peek_at(p, 1)->kind == T_EQUAL) {
            parser_advance(p);
            Token *eq = parser_advance(p);
            const char *name = parser_tok_str(p, t);
            if (!name) return -1;
            Mark m = parser_mark(p);
            Expr *v = parser_expression(p);
            if (!v) return -1;
            TokKind nk = parser_peek(p)->kind;
            if (nk == T_FOR || nk == T_ASYNC) {
                parser_reset(p, m);
                parser_error_range(p, parser_tok_pos(p, t), parser_tok_pos(p, eq),
                                   "invalid syntax. Maybe you meant '==' or ':=' instead of "
                                   "'='?");
                return -1;
            }
            Keyword *kw = keyword_new(p, name, v, parser_pos_from(p, t));
            if (!kw || parser_vec_push(p, &k, kw) < 0) return -1;
            seen_kw = 1;
        } else if ((t->kind == T_TRUE || t->kind == T_FALSE || t->kind == T_NONE) &&
                   parser_peek_at(p, 1)->kind == T_EQUAL) {
            parser_error_range(p, parser_tok_pos(p, t), parser_tok_pos(p, parser_peek_at(p, 1)),
                               "cannot assign to %s", lexer_token_text[t->kind]);
            return -1;
        } else {
            Expr *e;
            if (t->kind == T_NAME && parser_peek_at(p, 1)->kind == T_COLONEQUAL)
                e = parser_named_expression(p);
            else
                e = parser_expression(p);
            if (!e) return -1;
            Token *n = parser_peek(p);
            if (n->kind == T_EQUAL) {
                parser_error_range(p, e->pos, parser_tok_pos(p, n),
                                   "expression cannot contain assignment, perhaps you meant "
                                   "\"==\"?");
                return -1;
            }
            if (n->kind == T_COLONEQUAL) {
                parser_error_range(p, e->pos, e->pos,
                                   "cannot use assignment expressions with %s",
                                   parser_expr_name(e));
                return -1;
            }
            if (!allow_genexp && (n->kind == T_FOR || n->kind == T_ASYNC)) {
                parser_syntax_error(p);
                return -1;
            }
            if (n->kind == T_FOR || n->kind == T_ASYNC) {
                ComprehensionList gens;
                if (parser_for_if_clauses(p, &gens) < 0) return -1;
                Comprehension *last = gens.items[gens.len - 1];
                Expr *end = last->ifs.len ? last->ifs.items[last->ifs.len - 1] : last->iter;
                if (a.len + k.len > 0 || parser_peek(p)->kind == T_COMMA) {
                    parser_error_range(p, e->pos, end->pos,
                                       "Generator expression must be parenthesized");
                    return -1;
                }
                if (parser_peek(p)->kind != T_RPAR) {
                    parser_syntax_error(p);
                    return -1;
                }
                parser_advance(p);
                Expr *g = parser_expr_new(p, E_GENEXP, parser_pos_from(p, lpar));
                if (!g) return -1;
                g->v.comp.elt = e;
                g->v.comp.generators = gens;
                *genexp = g;
                args->len = 0, args->items = NULL;
                keywords->len = 0, keywords->items = NULL;
                return 0;
            }
            if ((seen_kw || seen_dstar) && !positional_late)
                positional_late = seen_dstar ? "positional argument follows keyword argument "
                                               "unpacking"
                                             : "positional argument follows keyword argument";
            if (parser_vec_push(p, &a, e) < 0) return -1;
        }
        if (!parser_accept(p, T_COMMA)) break;
    }
    if (positional_late) {
        /* CPython reports it once the whole argument list has been read. */
        parser_peek(p);
        parser_error_last(p, PE_SYNTAX, "%s", positional_late);
        return -1;
    }
    if (!parser_expect(p, T_RPAR)) return -1;
    *args = VEC_EXPRS(a);
    keywords->len = k.len;
    keywords->items = (Keyword **)k.items;
    return 0;
}

/* ---- parameters ---- */

Arguments *parser_empty_arguments(Parser *p)
{
    return parser_alloc(p, sizeof(Arguments));
}

static Arg *param(Parser *p, int is_lambda, int star_annotation)
{
    Token *name = parser_expect(p, T_NAME);
    if (!name) return NULL;
    Arg *a = parser_alloc(p, sizeof *a);
    if (!a || !(a->arg = parser_tok_str(p, name))) return NULL;
    if (!is_lambda && parser_accept(p, T_COLON)) {
        a->annotation = star_annotation ? parser_star_expressions_item(p) : parser_expression(p);
        if (!a->annotation) return NULL;
    }
    a->pos = parser_pos_from(p, name);
    return a;
}

#define ARGS(v) ((ArgList){(v).len, (Arg **)(v).items})

/* Finds the ')' matching the '(' at the current position, for the error's range (looking
 * at the tokens directly: this is not part of the parse). */
static Token *matching_rpar(Parser *p)
{
    int depth = 0;
    for (int i = p->pos; i < p->ntoks; i++) {
        Token *t = &p->toks[i];
        if (t->kind == T_ENDMARKER || t->kind == T_ERRORTOKEN) return NULL;
        if (t->kind == T_LPAR) depth++;
        if (t->kind == T_RPAR && --depth == 0) return t;
    }
    return NULL;
}

Arguments *parser_params(Parser *p, int is_lambda)
{
    TokKind close = is_lambda ? T_COLON : T_RPAR;
    Arguments *args = parser_alloc(p, sizeof *args);
    if (!args) return NULL;
    PtrVec plain = {0}, kwonly = {0}, defaults = {0}, kw_defaults = {0};
    int seen_slash = 0, seen_star = 0, seen_default = 0;
    while (parser_peek(p)->kind != close) {
        Token *t = parser_peek(p);
        if (t->kind == T_SLASH) {
            if (seen_slash)
                return parser_error_at_token(p, PE_SYNTAX, t, "/ may appear only once");
            if (seen_star)
                return parser_error_at_token(p, PE_SYNTAX, t, "/ must be ahead of *");
            if (plain.len == 0) {
                /* invalid_parameters looks further than CPython's first pass */
                if (p->pos + 1 < p->ntoks && p->toks[p->pos + 1].kind == T_COMMA)
                    return parser_error_at_token(p, PE_SYNTAX, t,
                                                 "at least one argument must precede /");
                return parser_syntax_error(p);
            }
            parser_advance(p);
            args->posonlyargs = ARGS(plain);
            plain.len = plain.cap = 0;
            plain.items = NULL;
            seen_slash = 1;
        } else if (t->kind == T_STAR) {
            if (seen_star) return parser_error_at_token(p, PE_SYNTAX, t,
                                                        "* argument may appear only once");
            parser_advance(p);
            seen_star = 1;
            Token *n = parser_peek(p);
            if (n->kind == T_NAME) {
                args->vararg = param(p, is_lambda, 1);
                if (!args->vararg) return NULL;
                if (parser_peek(p)->kind == T_EQUAL)
                    return parser_error_at_token(p, PE_SYNTAX, parser_peek(p),
                                                 "var-positional argument cannot have default "
                                                 "value");
            } else if (n->kind == close ||
                       (n->kind == T_COMMA && (parser_peek_at(p, 1)->kind == close ||
                                               parser_peek_at(p, 1)->kind == T_DOUBLESTAR))) {
                if (is_lambda)
                    return parser_error_last(p, PE_SYNTAX, "named arguments must follow bare *");
                return parser_error_at_token(p, PE_SYNTAX, t,
                                             "named arguments must follow bare *");
            } else if (n->kind != T_COMMA) {
                return parser_syntax_error(p);
            }
        } else if (t->kind == T_DOUBLESTAR) {
            parser_advance(p);
            args->kwarg = param(p, is_lambda, 0);
            if (!args->kwarg) return NULL;
            Token *n = parser_peek(p);
            if (n->kind == T_EQUAL)
                return parser_error_at_token(p, PE_SYNTAX, n,
                                             "var-keyword argument cannot have default value");
            if (parser_accept(p, T_COMMA)) {
                n = parser_peek(p);
                if (n->kind == T_NAME || n->kind == T_STAR || n->kind == T_DOUBLESTAR ||
                    n->kind == T_SLASH)
                    return parser_error_at_token(p, PE_SYNTAX, n,
                                                 "arguments cannot follow var-keyword argument");
            }
            break;
        } else if (t->kind == T_LPAR) {
            Token *r = matching_rpar(p);
            if (!r) return parser_syntax_error(p);
            return parser_error_range(p, parser_tok_pos(p, t), parser_tok_pos(p, r),
                                      is_lambda ? "Lambda expression parameters cannot be "
                                                  "parenthesized"
                                                : "Function parameters cannot be parenthesized");
        } else if (t->kind == T_NAME) {
            Arg *a = param(p, is_lambda, 0);
            if (!a) return NULL;
            Expr *def = NULL;
            Token *eq = parser_accept(p, T_EQUAL);
            if (eq) {
                TokKind k = parser_peek(p)->kind;
                if (k == T_COMMA || k == close)
                    return parser_error_at_token(p, PE_SYNTAX, eq,
                                                 "expected default value expression");
                def = parser_expression(p);
                if (!def) return NULL;
            }
            if (seen_star) {
                if (parser_vec_push(p, &kwonly, a) < 0 || parser_vec_push(p, &kw_defaults, def) < 0)
                    return NULL;
            } else {
                if (def) {
                    if (parser_vec_push(p, &defaults, def) < 0) return NULL;
                    seen_default = 1;
                } else if (seen_default && (parser_peek(p)->kind == T_COMMA ||
                                            parser_peek(p)->kind == close)) {
                    return parser_error_range(p, a->pos, a->pos,
                                              "non-default argument follows default argument");
                }
                if (parser_vec_push(p, &plain, a) < 0) return NULL;
            }
        } else {
            return parser_syntax_error(p);
        }
        if (!parser_accept(p, T_COMMA)) break;
    }
    args->args = ARGS(plain);
    args->kwonlyargs = ARGS(kwonly);
    args->kw_defaults = VEC_EXPRS(kw_defaults);
    args->defaults = VEC_EXPRS(defaults);
    return args;
}
