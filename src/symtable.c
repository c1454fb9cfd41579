/* symtable.c — builds the symbol table of a module and resolves every name's scope, with
 * CPython 3.11's rules (symtable.c there): see symtable.h.
 *
 * Invariants: the first pass visits the AST in CPython's order, so errors come out in the
 * same order with the same messages and positions; the analysis pass works on name sets
 * (StrMaps whose value 1 means "member", 0 "discarded").
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "symtable.h"

/* ---- Allocation in the parse arena ---- */

static void *st_alloc(SymTable *st, size_t n) {
    void *p = arena_alloc(st->arena, n);
    if (!p)
        err_no_memory();
    return p;
}

/* Makes room for one more element in an arena array (doubling). */
static int st_grow(SymTable *st, void **arr, int *cap, int n, size_t elsize) {
    if (n < *cap)
        return 0;
    int ncap = *cap ? *cap * 2 : 8;
    void *p = st_alloc(st, (size_t)ncap * elsize);
    if (!p)
        return -1;
    if (n)
        memcpy(p, *arr, (size_t)n * elsize);
    *arr = p;
    *cap = ncap;
    return 0;
}

const char *symtable_mangle(Arena *arena, const char *private_, const char *name) {
    if (!private_ || name[0] != '_' || name[1] != '_')
        return name;
    size_t nlen = strlen(name);
    /* Don't mangle __id__ or names with dots. */
    if (nlen >= 4 && name[nlen - 1] == '_' && name[nlen - 2] == '_')
        return name;
    if (strchr(name, '.'))
        return name;
    while (*private_ == '_')
        private_++;
    if (!*private_)
        return name;
    size_t plen = strlen(private_);
    char *buf = arena_alloc(arena, 1 + plen + nlen + 1);
    if (!buf) {
        err_no_memory();
        return NULL;
    }
    buf[0] = '_';
    memcpy(buf + 1, private_, plen);
    memcpy(buf + 1 + plen, name, nlen + 1);
    return buf;
}

/* ---- Scopes and symbols ---- */

Symbol *symtable_symbol(Scope *s, const char *mangled) {
    int i = smap_get(&s->index, mangled);
    return i < 0 ? NULL : &s->syms[i];
}

NameScope symtable_scope_of(Scope *s, const char *mangled) {
    Symbol *sym = symtable_symbol(s, mangled);
    return sym ? sym->scope : SC_UNKNOWN;
}

Scope *symtable_lookup_scope(SymTable *st, const void *node) {
    int i = pmap_get(&st->by_node, node);
    return i < 0 ? NULL : st->all[i];
}

static int symbol_flags(Scope *s, const char *mangled) {
    Symbol *sym = symtable_symbol(s, mangled);
    return sym ? sym->flags : 0;
}

/* Adds a symbol with flags 0 if missing; returns it (NULL + MemoryError). */
static Symbol *scope_symbol(SymTable *st, Scope *s, const char *mangled) {
    Symbol *sym = symtable_symbol(s, mangled);
    if (sym)
        return sym;
    if (st_grow(st, (void **)&s->syms, &s->capsyms, s->nsyms, sizeof(Symbol)) < 0)
        return NULL;
    if (smap_put(&s->index, mangled, s->nsyms) < 0)
        return NULL;
    sym = &s->syms[s->nsyms++];
    memset(sym, 0, sizeof *sym);
    sym->name = mangled;
    return sym;
}

static int st_error(SymTable *st, const AstPos *pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int st_error(SymTable *st, const AstPos *pos, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return compile_error(st->src, &gp_exc_SyntaxError, pos, "%s", msg);
}

/* Records flag for name in scope s (CPython's symtable_add_def_helper). */
static int add_def_in(SymTable *st, const char *name, int flag, Scope *s, const AstPos *pos) {
    const char *mangled = symtable_mangle(st->arena, st->private_, name);
    if (!mangled)
        return -1;
    Symbol *sym = symtable_symbol(s, mangled);
    int val = flag;
    if (sym) {
        if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
            return st_error(st, pos, "duplicate argument '%s' in function definition", name);
        val = sym->flags | flag;
    }
    if (s->comp_iter_target) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL))
            return st_error(st, pos,
                            "comprehension inner loop cannot rebind assignment expression "
                            "target '%s'", name);
        val |= DEF_COMP_ITER;
    }
    if (!sym && !(sym = scope_symbol(st, s, mangled)))
        return -1;
    sym->flags = val;
    if (flag & DEF_PARAM) {
        if (st_grow(st, (void **)&s->params, &s->capparams, s->nparams, sizeof(char *)) < 0)
            return -1;
        s->params[s->nparams++] = mangled;
    } else if ((flag & DEF_GLOBAL) && s != st->top) {
        /* CPython also records the declaration in the module's own symbols. */
        Symbol *g = scope_symbol(st, st->top, mangled);
        if (!g)
            return -1;
        g->flags |= flag;
    }
    return 0;
}

static int add_def(SymTable *st, const char *name, int flag, const AstPos *pos) {
    return add_def_in(st, name, flag, st->cur, pos);
}

static void record_directive(SymTable *st, const char *name, const AstPos *pos) {
    const char *mangled = symtable_mangle(st->arena, st->private_, name);
    Symbol *sym = mangled ? symtable_symbol(st->cur, mangled) : NULL;
    if (sym && sym->directive.lineno == 0)
        sym->directive = *pos;
}

static int enter_block(SymTable *st, const char *name, BlockType type, const void *node,
                       const AstPos *pos) {
    Scope *s = st_alloc(st, sizeof *s);
    if (!s)
        return -1;
    s->type = type;
    s->name = name;
    s->node = node;
    if (pos)
        s->pos = *pos;
    Scope *prev = st->cur;
    s->parent = prev;
    if (prev && (prev->nested || prev->type == BLOCK_FUNCTION))
        s->nested = 1;
    if (st_grow(st, (void **)&st->all, &st->capall, st->nall, sizeof(Scope *)) < 0)
        return -1;
    st->all[st->nall] = s;
    if (node && pmap_put(&st->by_node, node, st->nall) < 0)
        return -1;
    st->nall++;
    if (prev) {
        if (st_grow(st, (void **)&prev->children, &prev->capchildren, prev->nchildren,
                    sizeof(Scope *)) < 0)
            return -1;
        prev->children[prev->nchildren++] = s;
    } else {
        st->top = s;
    }
    st->cur = s;
    return 0;
}

static void exit_block(SymTable *st) { st->cur = st->cur->parent; }

/* ---- The first pass: visiting the tree ---- */

static int visit_expr(SymTable *st, Expr *e);
static int visit_stmt(SymTable *st, Stmt *s);

static int enter_rec(SymTable *st) {
    if (++st->depth > st->depth_limit) {
        st->depth--;
        return compile_too_deep();
    }
    return 0;
}

static int visit_exprs(SymTable *st, const ExprList *l) {
    if (!l)
        return 0;
    for (int i = 0; i < l->len; i++)
        if (l->items[i] && visit_expr(st, l->items[i]) < 0)
            return -1;
    return 0;
}

static int visit_stmts(SymTable *st, const StmtList *l) {
    if (!l)
        return 0;
    for (int i = 0; i < l->len; i++)
        if (visit_stmt(st, l->items[i]) < 0)
            return -1;
    return 0;
}

static int visit_keywords(SymTable *st, const KeywordList *l) {
    if (!l)
        return 0;
    for (int i = 0; i < l->len; i++)
        if (visit_expr(st, l->items[i]->value) < 0)
            return -1;
    return 0;
}

static int visit_params(SymTable *st, const ArgList *l) {
    if (!l)
        return 0;
    for (int i = 0; i < l->len; i++)
        if (add_def(st, l->items[i]->arg, DEF_PARAM, &l->items[i]->pos) < 0)
            return -1;
    return 0;
}

static int visit_arguments(SymTable *st, Arguments *a) {
    if (visit_params(st, &a->posonlyargs) < 0 || visit_params(st, &a->args) < 0 ||
        visit_params(st, &a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, DEF_PARAM, &a->vararg->pos) < 0)
            return -1;
        st->cur->varargs = 1;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, DEF_PARAM, &a->kwarg->pos) < 0)
            return -1;
        st->cur->varkeywords = 1;
    }
    return 0;
}

static int visit_argannotations(SymTable *st, const ArgList *l) {
    if (!l)
        return 0;
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->annotation && visit_expr(st, l->items[i]->annotation) < 0)
            return -1;
    return 0;
}

static int visit_annotations(SymTable *st, Arguments *a, Expr *returns) {
    if (visit_argannotations(st, &a->posonlyargs) < 0 || visit_argannotations(st, &a->args) < 0)
        return -1;
    if (a->vararg && a->vararg->annotation && visit_expr(st, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && a->kwarg->annotation && visit_expr(st, a->kwarg->annotation) < 0)
        return -1;
    if (visit_argannotations(st, &a->kwonlyargs) < 0)
        return -1;
    if (returns && visit_expr(st, returns) < 0)
        return -1;
    return 0;
}

static int visit_alias(SymTable *st, Alias *a) {
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->type != BLOCK_MODULE)
            return st_error(st, &a->pos, "import * only allowed at module level");
        return 0;
    }
    const char *dot = strchr(name, '.');
    if (dot) {
        name = arena_strndup(st->arena, name, (size_t)(dot - name));
        if (!name) {
            err_no_memory();
            return -1;
        }
    }
    return add_def(st, name, DEF_IMPORT, &a->pos);
}

static int visit_comprehension_rest(SymTable *st, Comprehension *lc) {
    st->cur->comp_iter_target = 1;
    int r = visit_expr(st, lc->target);
    st->cur->comp_iter_target = 0;
    if (r < 0)
        return -1;
    st->cur->comp_iter_expr++;
    r = visit_expr(st, lc->iter);
    st->cur->comp_iter_expr--;
    if (r < 0)
        return -1;
    return visit_exprs(st, &lc->ifs);
}

static int handle_comprehension(SymTable *st, Expr *e, const char *scope_name, Expr *elt,
                                Expr *value) {
    ComprehensionList *gens = &e->v.comp.generators;
    Comprehension *outermost = gens->items[0];
    /* The outermost iterator is evaluated in the enclosing scope. */
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, outermost->iter);
    st->cur->comp_iter_expr--;
    if (r < 0)
        return -1;
    if (enter_block(st, scope_name, BLOCK_FUNCTION, e, &e->pos) < 0)
        return -1;
    Scope *s = st->cur;
    s->is_comprehension = 1;
    s->comprehension = e->kind;
    /* The outermost iterator arrives as the implicit argument ".0". */
    if (add_def(st, ".0", DEF_PARAM, &e->pos) < 0)
        return -1;
    s->comp_iter_target = 1;
    r = visit_expr(st, outermost->target);
    s->comp_iter_target = 0;
    if (r < 0 || visit_exprs(st, &outermost->ifs) < 0)
        return -1;
    for (int i = 1; i < gens->len; i++)
        if (visit_comprehension_rest(st, gens->items[i]) < 0)
            return -1;
    if (value && visit_expr(st, value) < 0)
        return -1;
    if (visit_expr(st, elt) < 0)
        return -1;
    if (e->kind == E_GENEXP)
        s->generator = 1;
    exit_block(st);
    return 0;
}

static int extend_namedexpr_scope(SymTable *st, Expr *target) {
    const char *name = target->v.name.id;
    for (Scope *s = st->cur; s; s = s->parent) {
        if (s->is_comprehension) {
            const char *mangled = symtable_mangle(st->arena, st->private_, name);
            if (!mangled)
                return -1;
            if (symbol_flags(s, mangled) & DEF_COMP_ITER)
                return st_error(st, &target->pos,
                                "assignment expression cannot rebind comprehension "
                                "iteration variable '%s'", name);
            continue;
        }
        if (s->type == BLOCK_FUNCTION) {
            const char *mangled = symtable_mangle(st->arena, st->private_, name);
            if (!mangled)
                return -1;
            int flag = (symbol_flags(s, mangled) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
            if (add_def(st, name, flag, &target->pos) < 0)
                return -1;
            record_directive(st, name, &target->pos);
            return add_def_in(st, name, DEF_LOCAL, s, &target->pos);
        }
        if (s->type == BLOCK_MODULE) {
            if (add_def(st, name, DEF_GLOBAL, &target->pos) < 0)
                return -1;
            record_directive(st, name, &target->pos);
            return add_def_in(st, name, DEF_GLOBAL, s, &target->pos);
        }
        /* A class body. */
        return st_error(st, &target->pos,
                        "assignment expression within a comprehension cannot be used in a "
                        "class body");
    }
    return 0;
}

static int handle_namedexpr(SymTable *st, Expr *e) {
    if (st->cur->comp_iter_expr > 0)
        return st_error(st, &e->pos,
                        "assignment expression cannot be used in a comprehension iterable "
                        "expression");
    if (st->cur->is_comprehension && extend_namedexpr_scope(st, e->v.namedexpr.target) < 0)
        return -1;
    if (visit_expr(st, e->v.namedexpr.value) < 0)
        return -1;
    return visit_expr(st, e->v.namedexpr.target);
}

static const char *comprehension_kind_name(ExprKind k) {
    switch (k) {
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    default: return "generator expression";
    }
}

static int visit_expr_inner(SymTable *st, Expr *e) {
    switch (e->kind) {
    case E_NAMEDEXPR:
        return handle_namedexpr(st, e);
    case E_BOOLOP:
        return visit_exprs(st, &e->v.boolop.values);
    case E_BINOP:
        if (visit_expr(st, e->v.binop.left) < 0)
            return -1;
        return visit_expr(st, e->v.binop.right);
    case E_UNARYOP:
        return visit_expr(st, e->v.unaryop.operand);
    case E_LAMBDA: {
        Arguments *a = e->v.lambda.args;
        if (visit_exprs(st, &a->defaults) < 0 || visit_exprs(st, &a->kw_defaults) < 0)
            return -1;
        if (enter_block(st, "lambda", BLOCK_FUNCTION, e, &e->pos) < 0)
            return -1;
        if (visit_arguments(st, a) < 0 || visit_expr(st, e->v.lambda.body) < 0)
            return -1;
        exit_block(st);
        return 0;
    }
    case E_IFEXP:
        if (visit_expr(st, e->v.ifexp.test) < 0 || visit_expr(st, e->v.ifexp.body) < 0)
            return -1;
        return visit_expr(st, e->v.ifexp.orelse);
    case E_DICT:
        if (visit_exprs(st, &e->v.dict.keys) < 0)
            return -1;
        return visit_exprs(st, &e->v.dict.values);
    case E_SET:
        return visit_exprs(st, &e->v.set.elts);
    case E_GENEXP:
        return handle_comprehension(st, e, "genexpr", e->v.comp.elt, NULL);
    case E_LISTCOMP:
        return handle_comprehension(st, e, "listcomp", e->v.comp.elt, NULL);
    case E_SETCOMP:
        return handle_comprehension(st, e, "setcomp", e->v.comp.elt, NULL);
    case E_DICTCOMP:
        return handle_comprehension(st, e, "dictcomp", e->v.comp.key, e->v.comp.value);
    case E_YIELD:
    case E_YIELDFROM:
        if (e->v.yield.value && visit_expr(st, e->v.yield.value) < 0)
            return -1;
        st->cur->generator = 1;
        if (st->cur->is_comprehension)
            return st_error(st, &e->pos, "'yield' inside %s",
                            comprehension_kind_name(st->cur->comprehension));
        return 0;
    case E_COMPARE:
        if (visit_expr(st, e->v.compare.left) < 0)
            return -1;
        return visit_exprs(st, &e->v.compare.comparators);
    case E_CALL:
        if (visit_expr(st, e->v.call.func) < 0 || visit_exprs(st, &e->v.call.args) < 0)
            return -1;
        return visit_keywords(st, &e->v.call.keywords);
    case E_FORMATTEDVALUE:
        if (visit_expr(st, e->v.formattedvalue.value) < 0)
            return -1;
        if (e->v.formattedvalue.format_spec)
            return visit_expr(st, e->v.formattedvalue.format_spec);
        return 0;
    case E_JOINEDSTR:
        return visit_exprs(st, &e->v.joinedstr.values);
    case E_CONSTANT:
        return 0;
    case E_ATTRIBUTE:
        return visit_expr(st, e->v.attribute.value);
    case E_SUBSCRIPT:
        if (visit_expr(st, e->v.subscript.value) < 0)
            return -1;
        return visit_expr(st, e->v.subscript.slice);
    case E_STARRED:
        return visit_expr(st, e->v.starred.value);
    case E_SLICE:
        if (e->v.slice.lower && visit_expr(st, e->v.slice.lower) < 0)
            return -1;
        if (e->v.slice.upper && visit_expr(st, e->v.slice.upper) < 0)
            return -1;
        if (e->v.slice.step && visit_expr(st, e->v.slice.step) < 0)
            return -1;
        return 0;
    case E_NAME:
        if (add_def(st, e->v.name.id, e->v.name.ctx == CTX_LOAD ? DEF_USE : DEF_LOCAL,
                    &e->pos) < 0)
            return -1;
        /* super() counts as a use of __class__. */
        if (e->v.name.ctx == CTX_LOAD && st->cur->type == BLOCK_FUNCTION &&
            strcmp(e->v.name.id, "super") == 0)
            return add_def(st, "__class__", DEF_USE, &e->pos);
        return 0;
    case E_LIST:
    case E_TUPLE:
        return visit_exprs(st, &e->v.list.elts);
    }
    return 0;
}

static int visit_expr(SymTable *st, Expr *e) {
    if (enter_rec(st) < 0)
        return -1;
    int r = visit_expr_inner(st, e);
    st->depth--;
    return r;
}

static int visit_directive(SymTable *st, Stmt *s, int is_global) {
    const char *kw = is_global ? "global" : "nonlocal";
    NameList *names = &s->v.global.names;
    for (int i = 0; i < names->len; i++) {
        const char *name = names->items[i];
        const char *mangled = symtable_mangle(st->arena, st->private_, name);
        if (!mangled)
            return -1;
        int cur = symbol_flags(st->cur, mangled);
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            if (cur & DEF_PARAM)
                return st_error(st, &s->pos, "name '%s' is parameter and %s", name, kw);
            if (cur & DEF_USE)
                return st_error(st, &s->pos, "name '%s' is used prior to %s declaration",
                                name, kw);
            if (cur & DEF_ANNOT)
                return st_error(st, &s->pos, "annotated name '%s' can't be %s", name, kw);
            return st_error(st, &s->pos, "name '%s' is assigned to before %s declaration",
                            name, kw);
        }
        if (add_def(st, name, is_global ? DEF_GLOBAL : DEF_NONLOCAL, &s->pos) < 0)
            return -1;
        record_directive(st, name, &s->pos);
    }
    return 0;
}

static int visit_stmt_inner(SymTable *st, Stmt *s) {
    switch (s->kind) {
    case S_FUNCTIONDEF: {
        Arguments *a = s->v.functiondef.args;
        if (add_def(st, s->v.functiondef.name, DEF_LOCAL, &s->pos) < 0)
            return -1;
        if (visit_exprs(st, &a->defaults) < 0 || visit_exprs(st, &a->kw_defaults) < 0)
            return -1;
        if (visit_annotations(st, a, s->v.functiondef.returns) < 0)
            return -1;
        if (visit_exprs(st, &s->v.functiondef.decorator_list) < 0)
            return -1;
        if (enter_block(st, s->v.functiondef.name, BLOCK_FUNCTION, s, &s->pos) < 0)
            return -1;
        if (visit_arguments(st, a) < 0 || visit_stmts(st, &s->v.functiondef.body) < 0)
            return -1;
        exit_block(st);
        return 0;
    }
    case S_CLASSDEF: {
        if (add_def(st, s->v.classdef.name, DEF_LOCAL, &s->pos) < 0)
            return -1;
        if (visit_exprs(st, &s->v.classdef.bases) < 0 ||
            visit_keywords(st, &s->v.classdef.keywords) < 0 ||
            visit_exprs(st, &s->v.classdef.decorator_list) < 0)
            return -1;
        if (enter_block(st, s->v.classdef.name, BLOCK_CLASS, s, &s->pos) < 0)
            return -1;
        const char *saved = st->private_;
        st->private_ = s->v.classdef.name;
        int r = visit_stmts(st, &s->v.classdef.body);
        st->private_ = saved;
        if (r < 0)
            return -1;
        exit_block(st);
        return 0;
    }
    case S_RETURN:
        return s->v.return_.value ? visit_expr(st, s->v.return_.value) : 0;
    case S_DELETE:
        return visit_exprs(st, &s->v.delete_.targets);
    case S_ASSIGN:
        if (visit_exprs(st, &s->v.assign.targets) < 0)
            return -1;
        return visit_expr(st, s->v.assign.value);
    case S_ANNASSIGN: {
        Expr *target = s->v.annassign.target;
        if (target->kind == E_NAME) {
            const char *mangled = symtable_mangle(st->arena, st->private_, target->v.name.id);
            if (!mangled)
                return -1;
            int cur = symbol_flags(st->cur, mangled);
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top &&
                s->v.annassign.simple)
                return st_error(st, &s->pos, "annotated name '%s' can't be %s",
                                target->v.name.id, (cur & DEF_GLOBAL) ? "global" : "nonlocal");
            if (s->v.annassign.simple) {
                if (add_def(st, target->v.name.id, DEF_ANNOT | DEF_LOCAL, &target->pos) < 0)
                    return -1;
            } else if (s->v.annassign.value) {
                if (add_def(st, target->v.name.id, DEF_LOCAL, &target->pos) < 0)
                    return -1;
            }
        } else if (visit_expr(st, target) < 0) {
            return -1;
        }
        if (visit_expr(st, s->v.annassign.annotation) < 0)
            return -1;
        return s->v.annassign.value ? visit_expr(st, s->v.annassign.value) : 0;
    }
    case S_AUGASSIGN:
        if (visit_expr(st, s->v.augassign.target) < 0)
            return -1;
        return visit_expr(st, s->v.augassign.value);
    case S_FOR:
        if (visit_expr(st, s->v.for_.target) < 0 || visit_expr(st, s->v.for_.iter) < 0)
            return -1;
        if (visit_stmts(st, &s->v.for_.body) < 0)
            return -1;
        return visit_stmts(st, &s->v.for_.orelse);
    case S_WHILE:
        if (visit_expr(st, s->v.while_.test) < 0 || visit_stmts(st, &s->v.while_.body) < 0)
            return -1;
        return visit_stmts(st, &s->v.while_.orelse);
    case S_IF:
        if (visit_expr(st, s->v.if_.test) < 0 || visit_stmts(st, &s->v.if_.body) < 0)
            return -1;
        return visit_stmts(st, &s->v.if_.orelse);
    case S_WITH:
        for (int i = 0; i < s->v.with.items.len; i++) {
            WithItem *item = s->v.with.items.items[i];
            if (visit_expr(st, item->context_expr) < 0)
                return -1;
            if (item->optional_vars && visit_expr(st, item->optional_vars) < 0)
                return -1;
        }
        return visit_stmts(st, &s->v.with.body);
    case S_RAISE:
        if (s->v.raise.exc && visit_expr(st, s->v.raise.exc) < 0)
            return -1;
        if (s->v.raise.cause && visit_expr(st, s->v.raise.cause) < 0)
            return -1;
        return 0;
    case S_TRY:
        if (visit_stmts(st, &s->v.try_.body) < 0 || visit_stmts(st, &s->v.try_.orelse) < 0)
            return -1;
        for (int i = 0; i < s->v.try_.handlers.len; i++) {
            ExceptHandler *h = s->v.try_.handlers.items[i];
            if (h->type && visit_expr(st, h->type) < 0)
                return -1;
            if (h->name && add_def(st, h->name, DEF_LOCAL, &h->pos) < 0)
                return -1;
            if (visit_stmts(st, &h->body) < 0)
                return -1;
        }
        return visit_stmts(st, &s->v.try_.finalbody);
    case S_ASSERT:
        if (visit_expr(st, s->v.assert_.test) < 0)
            return -1;
        return s->v.assert_.msg ? visit_expr(st, s->v.assert_.msg) : 0;
    case S_IMPORT:
        for (int i = 0; i < s->v.import.names.len; i++)
            if (visit_alias(st, s->v.import.names.items[i]) < 0)
                return -1;
        return 0;
    case S_IMPORTFROM:
        for (int i = 0; i < s->v.importfrom.names.len; i++)
            if (visit_alias(st, s->v.importfrom.names.items[i]) < 0)
                return -1;
        return 0;
    case S_GLOBAL:
        return visit_directive(st, s, 1);
    case S_NONLOCAL:
        return visit_directive(st, s, 0);
    case S_EXPR:
        return visit_expr(st, s->v.expr.value);
    case S_PASS:
    case S_BREAK:
    case S_CONTINUE:
        return 0;
    }
    return 0;
}

static int visit_stmt(SymTable *st, Stmt *s) {
    if (enter_rec(st) < 0)
        return -1;
    int r = visit_stmt_inner(st, s);
    st->depth--;
    return r;
}

/* ---- The second pass: analysis (CPython's analyze_block) ---- */

typedef StrMap NameSet;

static int set_has(const NameSet *s, const char *name) { return smap_get(s, name) > 0; }
static int set_add(NameSet *s, const char *name) { return smap_put(s, name, 1); }
static int set_discard(NameSet *s, const char *name) {
    return smap_get(s, name) > 0 ? smap_put(s, name, 0) : 0;
}
static int set_update(NameSet *dst, const NameSet *src) {
    for (int i = 0; i < src->cap; i++)
        if (src->keys[i] && src->vals[i] > 0 && set_add(dst, src->keys[i]) < 0)
            return -1;
    return 0;
}

static int analyze_name(SymTable *st, Scope *s, Symbol *sym, NameSet *bound, NameSet *local,
                        NameSet *free, NameSet *global) {
    int flags = sym->flags;
    const char *name = sym->name;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            return st_error(st, &sym->directive, "name '%s' is nonlocal and global", name);
        sym->scope = SC_GLOBAL_EXPLICIT;
        if (set_add(global, name) < 0)
            return -1;
        if (bound && set_discard(bound, name) < 0)
            return -1;
        return 0;
    }
    if (flags & DEF_NONLOCAL) {
        if (!bound)
            return st_error(st, &sym->directive,
                            "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name))
            return st_error(st, &sym->directive, "no binding for nonlocal '%s' found", name);
        sym->scope = SC_FREE;
        s->free = 1;
        return set_add(free, name);
    }
    if (flags & DEF_BOUND) {
        sym->scope = SC_LOCAL;
        if (set_add(local, name) < 0)
            return -1;
        return set_discard(global, name);
    }
    if (bound && set_has(bound, name)) {
        sym->scope = SC_FREE;
        s->free = 1;
        return set_add(free, name);
    }
    if (global && set_has(global, name)) {
        sym->scope = SC_GLOBAL_IMPLICIT;
        return 0;
    }
    if (s->nested)
        s->free = 1;
    sym->scope = SC_GLOBAL_IMPLICIT;
    return 0;
}

/* Locals that children use freely become cells. */
static int analyze_cells(Scope *s, NameSet *free) {
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope != SC_LOCAL || !set_has(free, sym->name))
            continue;
        sym->scope = SC_CELL;
        if (set_discard(free, sym->name) < 0)
            return -1;
    }
    return 0;
}

/* Records the free names of children that this block must pass through. */
static int update_symbols(SymTable *st, Scope *s, NameSet *bound, NameSet *free,
                          int classflag) {
    for (int i = 0; i < free->cap; i++) {
        const char *name = free->keys[i];
        if (!name || free->vals[i] <= 0)
            continue;
        Symbol *sym = symtable_symbol(s, name);
        if (sym) {
            if (classflag && (sym->flags & (DEF_BOUND | DEF_GLOBAL)))
                sym->flags |= DEF_FREE_CLASS;
            continue;     /* a cell, or already free here */
        }
        if (bound && !set_has(bound, name))
            continue;     /* a global */
        sym = scope_symbol(st, s, name);
        if (!sym)
            return -1;
        sym->scope = SC_FREE;
    }
    return 0;
}

static int analyze_block(SymTable *st, Scope *s, NameSet *bound, NameSet *free,
                         NameSet *global) {
    NameSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0}, allfree = {0};
    int r = -1;
    if (s->type == BLOCK_CLASS) {
        /* A class body's names are invisible to nested functions: pass down what came in. */
        if (set_update(&newglobal, global) < 0)
            goto done;
        if (bound && set_update(&newbound, bound) < 0)
            goto done;
    }
    for (int i = 0; i < s->nsyms; i++)
        if (analyze_name(st, s, &s->syms[i], bound, &local, free, global) < 0)
            goto done;
    if (s->type != BLOCK_CLASS) {
        if (s->type == BLOCK_FUNCTION && set_update(&newbound, &local) < 0)
            goto done;
        if (bound && set_update(&newbound, bound) < 0)
            goto done;
        if (set_update(&newglobal, global) < 0)
            goto done;
    } else if (set_add(&newbound, "__class__") < 0) {
        goto done;
    }
    for (int i = 0; i < s->nchildren; i++) {
        Scope *child = s->children[i];
        NameSet cbound = {0}, cfree = {0}, cglobal = {0};
        int cr = -1;
        if (set_update(&cbound, &newbound) == 0 && set_update(&cglobal, &newglobal) == 0 &&
            analyze_block(st, child, &cbound, &cfree, &cglobal) == 0 &&
            set_update(&allfree, &cfree) == 0)
            cr = 0;
        smap_free(&cbound);
        smap_free(&cfree);
        smap_free(&cglobal);
        if (cr < 0)
            goto done;
        if (child->free || child->child_free)
            s->child_free = 1;
    }
    if (set_update(&newfree, &allfree) < 0)
        goto done;
    if (s->type == BLOCK_FUNCTION) {
        if (analyze_cells(s, &newfree) < 0)
            goto done;
    } else if (s->type == BLOCK_CLASS && set_has(&newfree, "__class__")) {
        if (set_discard(&newfree, "__class__") < 0)
            goto done;
        s->needs_class_closure = 1;
    }
    if (update_symbols(st, s, bound, &newfree, s->type == BLOCK_CLASS) < 0)
        goto done;
    if (set_update(free, &newfree) < 0)
        goto done;
    r = 0;
done:
    smap_free(&local);
    smap_free(&newbound);
    smap_free(&newglobal);
    smap_free(&newfree);
    smap_free(&allfree);
    return r;
}

/* ---- Entry points ---- */

void symtable_free(SymTable *st) {
    if (!st)
        return;
    for (int i = 0; i < st->nall; i++)
        smap_free(&st->all[i]->index);
    pmap_free(&st->by_node);
}

SymTable *symtable_build(Mod *mod, Arena *arena, const SrcInfo *src) {
    SymTable *st = arena_alloc(arena, sizeof *st);
    if (!st) {
        err_no_memory();
        return NULL;
    }
    st->arena = arena;
    st->src = src;
    int limit = gp_interp ? gp_interp->recursion_limit : 1000;
    st->depth_limit = (limit < 1 ? 1 : limit > 4000 ? 4000 : limit) * 3;
    if (enter_block(st, "top", BLOCK_MODULE, NULL, NULL) < 0)
        goto error;
    if (mod->mode == MODE_EVAL) {
        if (mod->expr && visit_expr(st, mod->expr) < 0)
            goto error;
    } else if (visit_stmts(st, &mod->body) < 0) {
        goto error;
    }
    NameSet free = {0}, global = {0};
    int r = analyze_block(st, st->top, NULL, &free, &global);
    smap_free(&free);
    smap_free(&global);
    if (r < 0)
        goto error;
    return st;
error:
    symtable_free(st);
    return NULL;
}
