/* compiler.c — the compile driver (compile_source) and the scaffolding of code generation:
 * errors, compilation units (one per code object), name resolution into opcodes, and the
 * bodies that open a unit: module, function, lambda, class.
 *
 * Invariants:
 * - One compile_source call is one compiled unit: one arena, one symbol table, one constant
 *   table shared by every code object it makes (DESIGN.md §1).
 * - On error, code generation returns -1 at once leaving units open; compile_source closes
 *   them all. Nothing else is released on error paths.
 * - Code objects follow CPython 3.11's layout decisions: a function's consts[0] is its
 *   docstring or None; varnames start with the parameters; cellvars and freevars are sorted.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "compile_internal.h"
#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parser.h"
#include "symtable.h"

/* ---- Errors ---- */

/* Copy of line `lineno` of the source (with its newline), or NULL. malloc'd. */
static char *source_line(const SrcInfo *si, int lineno) {
    if (!si->src || lineno < 1)
        return NULL;
    const char *p = si->src, *end = si->src + si->len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= end)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    memcpy(s, p, n);
    s[n] = '\0';
    return s;
}

static int vcompile_error(const SrcInfo *si, GpType *type, const AstPos *pos, const char *fmt,
                          va_list ap) {
    char buf[512];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    char *msg = buf;
    if (n >= (int)sizeof buf && (msg = malloc((size_t)n + 1)) != NULL)
        vsnprintf(msg, (size_t)n + 1, fmt, ap2);
    else if (!msg)
        msg = buf;
    va_end(ap2);
    /* CPython attaches the text only when it can read the file. */
    char *text = NULL;
    if (si->filename && si->filename[0] != '<')
        text = source_line(si, pos->lineno);
    err_set_syntax(type, msg, si->filename, pos->lineno, pos->col_offset + 1, text,
                   pos->end_lineno, pos->end_col_offset + 1);
    free(text);
    if (msg != buf)
        free(msg);
    return -1;
}

int compile_error(const SrcInfo *si, GpType *type, const AstPos *pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vcompile_error(si, type, pos, fmt, ap);
    va_end(ap);
    return r;
}

int compile_too_deep(void) {
    err_set_str(&gp_exc_RecursionError, "maximum recursion depth exceeded during compilation");
    return -1;
}

int compiler_error(Compiler *c, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vcompile_error(&c->src, &gp_exc_SyntaxError, &c->u->loc, fmt, ap);
    va_end(ap);
    return r;
}

int compiler_error_at(Compiler *c, const AstPos *pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vcompile_error(&c->src, &gp_exc_SyntaxError, pos, fmt, ap);
    va_end(ap);
    return r;
}

/* A SyntaxWarning, printed the way Python's default warning filter shows it (every time;
 * the source line only for real files, as linecache finds none for "<string>"). */
void compiler_warn(Compiler *c, const char *msg) {
    const SrcInfo *si = &c->src;
    int lineno = c->u->loc.lineno;
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", si->filename, lineno, msg);
    if (si->filename[0] != '<') {
        char *text = source_line(si, lineno);
        if (text) {
            char *p = text, *end = text + strlen(text);
            while (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r' || *p == '\n')
                p++;
            while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' ||
                               end[-1] == '\r' || end[-1] == '\f'))
                *--end = '\0';
            if (*p)
                fprintf(stderr, "  %s\n", p);
            free(text);
        }
    }
    fflush(stderr);
}

int compiler_enter_rec(Compiler *c) {
    if (++c->depth > c->depth_limit) {
        c->depth--;
        return compile_too_deep();
    }
    return 0;
}

/* ---- Units ---- */

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Collects the names of s with the given scope (or flag), sorted, into an arena array. */
static int collect_sorted(Compiler *c, Scope *s, NameScope scope, int flag, int extra_class,
                          const char ***out, int *nout, StrMap *index) {
    int n = extra_class;
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == scope || (s->syms[i].flags & flag))
            n++;
    const char **arr = arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof *arr);
    if (!arr) {
        err_no_memory();
        return -1;
    }
    int k = 0;
    if (extra_class)
        arr[k++] = "__class__";
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == scope || (s->syms[i].flags & flag))
            arr[k++] = s->syms[i].name;
    qsort(arr, (size_t)n, sizeof *arr, cmp_cstr);
    if (scope == SC_CELL && s->nparams) {
        /* 3.11's co_cellvars order: cells that are parameters first, in parameter order
         * (they live in the locals part of its frame), then the others sorted. */
        const char **tmp = arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof *tmp);
        if (!tmp) {
            err_no_memory();
            return -1;
        }
        int k2 = 0;
        for (int p = 0; p < s->nparams; p++)
            for (int i = 0; i < n; i++)
                if (arr[i] && strcmp(arr[i], s->params[p]) == 0) {
                    tmp[k2++] = arr[i];
                    arr[i] = NULL;
                }
        for (int i = 0; i < n; i++)
            if (arr[i])
                tmp[k2++] = arr[i];
        arr = tmp;
    }
    for (int i = 0; i < n; i++)
        if (smap_put(index, arr[i], i) < 0)
            return -1;
    *out = arr;
    *nout = n;
    return 0;
}

static GpObject *make_qualname(Compiler *c, Unit *u) {
    Unit *parent = u->parent;
    if (!parent)
        return str_from_cstr(u->name);
    if (parent->kind != UNIT_MODULE) {
        int force_global = 0;
        if (u->kind == UNIT_FUNCTION || u->kind == UNIT_CLASS) {
            const char *mangled = symtable_mangle(c->arena, parent->private_, u->name);
            if (!mangled)
                return NULL;
            if (symtable_scope_of(parent->ste, mangled) == SC_GLOBAL_EXPLICIT)
                force_global = 1;
        }
        if (!force_global) {
            const char *locals =
                (parent->kind == UNIT_FUNCTION || parent->kind == UNIT_LAMBDA) ? ".<locals>" : "";
            return str_from_format("%U%s.%s", parent->qualname, locals, u->name);
        }
    }
    return str_from_cstr(u->name);
}

int compiler_enter_scope(Compiler *c, const char *name, UnitKind kind, const void *node,
                         int firstlineno) {
    Unit *u = mem_calloc(1, sizeof *u);
    if (!u) {
        err_no_memory();
        return -1;
    }
    u->parent = c->u;
    u->kind = kind;
    u->name = name;
    u->firstlineno = firstlineno;
    u->private_ = c->u ? c->u->private_ : NULL;
    u->loc.lineno = firstlineno;
    u->fence = -1;
    c->u = u;   /* from here on compile_source's cleanup owns it */
    c->nestlevel++;
    u->ste = node ? symtable_lookup_scope(c->st, node) : c->st->top;
    if (!u->ste) {
        err_set_str(&gp_exc_SystemError, "compiler bug: no symbol table for a scope");
        return -1;
    }
    for (int i = 0; i < u->ste->nparams; i++)
        if (unit_add_varname(u, u->ste->params[i]) < 0)
            return -1;
    if (collect_sorted(c, u->ste, SC_CELL, 0, u->ste->needs_class_closure, &u->cellvars,
                       &u->ncellvars, &u->cell_index) < 0)
        return -1;
    if (collect_sorted(c, u->ste, SC_FREE, DEF_FREE_CLASS, 0, &u->freevars, &u->nfreevars,
                       &u->free_index) < 0)
        return -1;
    u->qualname = make_qualname(c, u);
    if (!u->qualname)
        return -1;
    /* A generator's call only creates the generator; the first resume's None is popped. */
    if (u->ste->generator &&
        (kind == UNIT_FUNCTION || kind == UNIT_LAMBDA || kind == UNIT_COMPREHENSION) &&
        (emit(c, OP_RETURN_GENERATOR, 0) < 0 || emit(c, OP_POP_TOP, 0) < 0))
        return -1;
    return 0;
}

void compiler_exit_scope(Compiler *c) {
    Unit *u = c->u;
    if (!u)
        return;
    c->u = u->parent;
    c->nestlevel--;
    for (int i = 0; i < u->nconsts; i++)
        gp_decref(u->consts[i]);
    mem_free(u->consts);
    pmap_free(&u->const_index);
    mem_free(u->names);
    smap_free(&u->name_index);
    mem_free(u->varnames);
    smap_free(&u->varname_index);
    smap_free(&u->cell_index);
    smap_free(&u->free_index);
    mem_free(u->instrs);
    mem_free(u->labels);
    gp_xdecref(u->qualname);
    mem_free(u);
}

/* ---- Names ---- */

int compiler_check_forbidden(Compiler *c, const char *name, ExprContext ctx,
                             const AstPos *pos) {
    if (strcmp(name, "__debug__") != 0)
        return 0;
    if (ctx == CTX_STORE)
        return compiler_error_at(c, pos, "cannot assign to __debug__");
    if (ctx == CTX_DEL)
        return compiler_error_at(c, pos, "cannot delete __debug__");
    return 0;
}

int compiler_nameop(Compiler *c, const char *name, ExprContext ctx) {
    Unit *u = c->u;
    if (compiler_check_forbidden(c, name, ctx, &u->loc) < 0)
        return -1;
    const char *mangled = symtable_mangle(c->arena, u->private_, name);
    if (!mangled)
        return -1;
    NameScope scope = symtable_scope_of(u->ste, mangled);
    int is_function = u->ste->type == BLOCK_FUNCTION;
    enum { OPT_NAME, OPT_FAST, OPT_GLOBAL, OPT_DEREF } optype = OPT_NAME;
    int idx = -1;
    switch (scope) {
    case SC_FREE:
        optype = OPT_DEREF;
        idx = smap_get(&u->free_index, mangled);
        if (idx >= 0)
            idx += u->ncellvars;
        break;
    case SC_CELL:
        optype = OPT_DEREF;
        idx = smap_get(&u->cell_index, mangled);
        break;
    case SC_LOCAL:
        if (is_function)
            optype = OPT_FAST;
        break;
    case SC_GLOBAL_IMPLICIT:
        if (is_function)
            optype = OPT_GLOBAL;
        break;
    case SC_GLOBAL_EXPLICIT:
        optype = OPT_GLOBAL;
        break;
    default:
        break;
    }
    static const int ops[4][3] = {
        {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
        {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
    };
    int ci = ctx == CTX_LOAD ? 0 : ctx == CTX_STORE ? 1 : 2;
    int op = ops[optype][ci];
    switch (optype) {
    case OPT_DEREF:
        if (idx < 0) {
            err_format(&gp_exc_SystemError, "compiler bug: no cell for '%s'", mangled);
            return -1;
        }
        if (op == OP_LOAD_DEREF && u->ste->type == BLOCK_CLASS)
            op = OP_LOAD_CLASSDEREF;
        return emit(c, op, idx);
    case OPT_FAST:
        idx = unit_add_varname(u, mangled);
        return idx < 0 ? -1 : emit(c, op, idx);
    default:
        return emit_name(c, op, mangled);
    }
}

/* ---- Bodies ---- */

int compiler_visit_stmts(Compiler *c, const StmtList *body) {
    if (!body)
        return 0;
    for (int i = 0; i < body->len; i++)
        if (compiler_visit_stmt(c, body->items[i]) < 0)
            return -1;
    return 0;
}

/* The docstring of a body: its first statement if that is a str constant. Borrowed. */
static GpObject *docstring(Compiler *c, const StmtList *body) {
    if (!body || body->len == 0)
        return NULL;
    Stmt *s = body->items[0];
    if (s->kind != S_EXPR || !expr_is_const(s->v.expr.value))
        return NULL;
    GpObject *o = expr_const(c, s->v.expr.value);
    return STR_CHECK_EXACT(o) ? o : NULL;
}

/* Whether a body has annotated assignments (not looking into nested defs/classes). */
static int find_ann(const StmtList *body) {
    if (!body)
        return 0;
    for (int i = 0; i < body->len; i++) {
        Stmt *s = body->items[i];
        switch (s->kind) {
        case S_ANNASSIGN:
            return 1;
        case S_FOR:
            if (find_ann(&s->v.for_.body) || find_ann(&s->v.for_.orelse))
                return 1;
            break;
        case S_WHILE:
            if (find_ann(&s->v.while_.body) || find_ann(&s->v.while_.orelse))
                return 1;
            break;
        case S_IF:
            if (find_ann(&s->v.if_.body) || find_ann(&s->v.if_.orelse))
                return 1;
            break;
        case S_WITH:
            if (find_ann(&s->v.with.body))
                return 1;
            break;
        case S_TRY:
            for (int j = 0; j < s->v.try_.handlers.len; j++)
                if (find_ann(&s->v.try_.handlers.items[j]->body))
                    return 1;
            if (find_ann(&s->v.try_.body) || find_ann(&s->v.try_.finalbody) ||
                find_ann(&s->v.try_.orelse))
                return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

/* Module and class bodies: annotations dict, docstring as __doc__, statements. */
static int compiler_body(Compiler *c, const StmtList *body) {
    if (c->u->kind == UNIT_MODULE && body && body->len)
        c->u->loc = body->items[0]->pos;
    if (find_ann(body) && emit(c, OP_SETUP_ANNOTATIONS, 0) < 0)
        return -1;
    if (!body || body->len == 0)
        return 0;
    int i = 0;
    if (docstring(c, body)) {
        Stmt *s = body->items[0];
        c->u->loc = s->pos;
        if (compiler_visit_expr(c, s->v.expr.value) < 0 ||
            compiler_nameop(c, "__doc__", CTX_STORE) < 0)
            return -1;
        i = 1;
    }
    for (; i < body->len; i++)
        if (compiler_visit_stmt(c, body->items[i]) < 0)
            return -1;
    return 0;
}

static int arg_names_ok(Compiler *c, const ArgList *l) {
    for (int i = 0; i < l->len; i++)
        if (compiler_check_forbidden(c, l->items[i]->arg, CTX_STORE, &l->items[i]->pos) < 0)
            return -1;
    return 0;
}

static int check_arguments(Compiler *c, Arguments *a) {
    if (arg_names_ok(c, &a->posonlyargs) < 0 || arg_names_ok(c, &a->args) < 0 ||
        arg_names_ok(c, &a->kwonlyargs) < 0)
        return -1;
    if (a->vararg && compiler_check_forbidden(c, a->vararg->arg, CTX_STORE, &a->vararg->pos) < 0)
        return -1;
    if (a->kwarg && compiler_check_forbidden(c, a->kwarg->arg, CTX_STORE, &a->kwarg->pos) < 0)
        return -1;
    return 0;
}

/* Pushes the defaults tuple and kw-defaults dict; returns the MAKE_FUNCTION flags. */
static int compiler_default_arguments(Compiler *c, Arguments *a) {
    int flags = 0;
    int n = a->defaults.len;
    if (n > 0) {
        /* A tuple of constants becomes one constant in the assembler. */
        for (int i = 0; i < n; i++)
            if (compiler_visit_expr(c, a->defaults.items[i]) < 0)
                return -1;
        if (emit(c, OP_BUILD_TUPLE, n) < 0)
            return -1;
        flags |= 0x01;
    }
    int nkw = 0;
    const char **keys = NULL;
    for (int i = 0; i < a->kwonlyargs.len; i++) {
        Expr *d = i < a->kw_defaults.len ? a->kw_defaults.items[i] : NULL;
        if (!d)
            continue;
        if (!keys) {
            keys = arena_alloc(c->arena, (size_t)a->kwonlyargs.len * sizeof *keys);
            if (!keys) {
                err_no_memory();
                return -1;
            }
        }
        keys[nkw] = symtable_mangle(c->arena, c->u->private_, a->kwonlyargs.items[i]->arg);
        if (!keys[nkw])
            return -1;
        nkw++;
        if (compiler_visit_expr(c, d) < 0)
            return -1;
    }
    if (nkw) {
        GpObject *t = const_str_tuple(c, keys, nkw);
        if (!t || emit_load_const(c, t) < 0 || emit(c, OP_BUILD_CONST_KEY_MAP, nkw) < 0)
            return -1;
        flags |= 0x02;
    }
    return flags;
}

static int visit_argannotation(Compiler *c, const char *name, Expr *ann, int *len) {
    if (!ann)
        return 0;
    const char *mangled = symtable_mangle(c->arena, c->u->private_, name);
    GpObject *k = mangled ? const_str(c, mangled) : NULL;
    if (!k || emit_load_const(c, k) < 0 || compiler_annotation(c, ann) < 0)
        return -1;
    *len += 2;
    return 0;
}

static int visit_argannotations(Compiler *c, const ArgList *l, int *len) {
    for (int i = 0; i < l->len; i++)
        if (visit_argannotation(c, l->items[i]->arg, l->items[i]->annotation, len) < 0)
            return -1;
    return 0;
}

/* Pushes the annotations tuple (name, value, ...) in 3.11's order; returns 1 if pushed. */
static int compiler_visit_annotations(Compiler *c, Arguments *a, Expr *returns) {
    int len = 0;
    if (visit_argannotations(c, &a->args, &len) < 0 ||
        visit_argannotations(c, &a->posonlyargs, &len) < 0)
        return -1;
    if (a->vararg && visit_argannotation(c, a->vararg->arg, a->vararg->annotation, &len) < 0)
        return -1;
    if (visit_argannotations(c, &a->kwonlyargs, &len) < 0)
        return -1;
    if (a->kwarg && visit_argannotation(c, a->kwarg->arg, a->kwarg->annotation, &len) < 0)
        return -1;
    if (visit_argannotation(c, "return", returns, &len) < 0)
        return -1;
    if (len == 0)
        return 0;
    return emit(c, OP_BUILD_TUPLE, len) < 0 ? -1 : 1;
}

int compiler_make_closure(Compiler *c, GpCode *co, int flags) {
    Unit *u = c->u;
    if (co->nfreevars) {
        for (int i = 0; i < co->nfreevars; i++) {
            const char *name = str_cstr(TUPLE_ITEM(co->freevars, i));
            int arg;
            int cell = (u->kind == UNIT_CLASS && strcmp(name, "__class__") == 0) ||
                       symtable_scope_of(u->ste, name) == SC_CELL;
            if (cell) {
                arg = smap_get(&u->cell_index, name);
            } else {
                arg = smap_get(&u->free_index, name);
                if (arg >= 0)
                    arg += u->ncellvars;
            }
            if (arg < 0) {
                err_format(&gp_exc_SystemError, "compiler bug: no closure cell for '%s'", name);
                return -1;
            }
            if (emit(c, OP_LOAD_CLOSURE, arg) < 0)
                return -1;
        }
        flags |= 0x08;
        if (emit(c, OP_BUILD_TUPLE, co->nfreevars) < 0)
            return -1;
    }
    if (emit_load_const(c, (GpObject *)co) < 0)
        return -1;
    return emit(c, OP_MAKE_FUNCTION, flags);
}

static int visit_decorators(Compiler *c, const ExprList *decos) {
    for (int i = 0; i < decos->len; i++)
        if (compiler_visit_expr(c, decos->items[i]) < 0)
            return -1;
    return 0;
}

/* [deco1 ... decoN func] → decoN(func) ... : CALL 0 uses each decorator as the callable and
 * the function below... as its "self" argument. */
static int apply_decorators(Compiler *c, const ExprList *decos) {
    for (int i = decos->len - 1; i >= 0; i--) {
        c->u->loc = decos->items[i]->pos;
        if (emit(c, OP_CALL, 0) < 0)
            return -1;
    }
    return 0;
}

static int set_argcounts(Compiler *c, Arguments *a) {
    c->u->argcount = a->posonlyargs.len + a->args.len;
    c->u->posonlyargcount = a->posonlyargs.len;
    c->u->kwonlyargcount = a->kwonlyargs.len;
    return 0;
}

int compiler_function(Compiler *c, Stmt *s) {
    Arguments *a = s->v.functiondef.args;
    const ExprList *decos = &s->v.functiondef.decorator_list;
    AstPos pos = s->pos;
    if (check_arguments(c, a) < 0 || visit_decorators(c, decos) < 0)
        return -1;
    int firstlineno = decos->len ? decos->items[0]->pos.lineno : s->pos.lineno;
    int flags = compiler_default_arguments(c, a);
    if (flags < 0)
        return -1;
    int ann = compiler_visit_annotations(c, a, s->v.functiondef.returns);
    if (ann < 0)
        return -1;
    if (ann)
        flags |= 0x04;
    if (compiler_enter_scope(c, s->v.functiondef.name, UNIT_FUNCTION, s, firstlineno) < 0)
        return -1;
    GpObject *doc = docstring(c, &s->v.functiondef.body);
    if (unit_add_const(c->u, doc ? doc : GP_NONE) < 0)
        return -1;
    set_argcounts(c, a);
    const StmtList *body = &s->v.functiondef.body;
    for (int i = doc ? 1 : 0; i < body->len; i++)
        if (compiler_visit_stmt(c, body->items[i]) < 0)
            return -1;
    if (!unit_ends_with_return(c->u) &&
        (emit_load_const(c, GP_NONE) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0))
        return -1;
    GpCode *co = assemble(c);
    if (!co)
        return -1;
    compiler_exit_scope(c);
    c->u->loc = pos;
    int r = compiler_make_closure(c, co, flags);
    gp_decref((GpObject *)co);
    if (r < 0 || apply_decorators(c, decos) < 0)
        return -1;
    c->u->loc = pos;
    return compiler_nameop(c, s->v.functiondef.name, CTX_STORE);
}

int compiler_lambda(Compiler *c, Expr *e) {
    Arguments *a = e->v.lambda.args;
    if (check_arguments(c, a) < 0)
        return -1;
    int flags = compiler_default_arguments(c, a);
    if (flags < 0)
        return -1;
    if (compiler_enter_scope(c, "<lambda>", UNIT_LAMBDA, e, e->pos.lineno) < 0)
        return -1;
    c->u->loc = e->pos;
    /* None first, so a lambda has no docstring. */
    if (unit_add_const(c->u, GP_NONE) < 0)
        return -1;
    set_argcounts(c, a);
    if (compiler_visit_expr(c, e->v.lambda.body) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0)
        return -1;
    GpCode *co = assemble(c);
    if (!co)
        return -1;
    compiler_exit_scope(c);
    int r = compiler_make_closure(c, co, flags);
    gp_decref((GpObject *)co);
    return r;
}

int compiler_class(Compiler *c, Stmt *s) {
    const ExprList *decos = &s->v.classdef.decorator_list;
    AstPos pos = s->pos;
    if (visit_decorators(c, decos) < 0)
        return -1;
    int firstlineno = decos->len ? decos->items[0]->pos.lineno : s->pos.lineno;
    if (compiler_enter_scope(c, s->v.classdef.name, UNIT_CLASS, s, firstlineno) < 0)
        return -1;
    Unit *u = c->u;
    u->private_ = s->v.classdef.name;
    u->loc = pos;
    if (compiler_nameop(c, "__name__", CTX_LOAD) < 0 ||
        compiler_nameop(c, "__module__", CTX_STORE) < 0 ||
        emit_load_const(c, u->qualname) < 0 ||
        compiler_nameop(c, "__qualname__", CTX_STORE) < 0)
        return -1;
    if (compiler_body(c, &s->v.classdef.body) < 0)
        return -1;
    if (u->ste->needs_class_closure) {
        int i = smap_get(&u->cell_index, "__class__");
        if (emit(c, OP_LOAD_CLOSURE, i) < 0 || emit(c, OP_COPY, 1) < 0 ||
            compiler_nameop(c, "__classcell__", CTX_STORE) < 0)
            return -1;
    } else if (emit_load_const(c, GP_NONE) < 0) {
        return -1;
    }
    if (emit(c, OP_RETURN_VALUE, 0) < 0)
        return -1;
    GpCode *co = assemble(c);
    if (!co)
        return -1;
    compiler_exit_scope(c);
    c->u->loc = pos;
    if (emit(c, OP_LOAD_BUILD_CLASS, 0) < 0 || emit(c, OP_PUSH_NULL, 0) < 0) {
        gp_decref((GpObject *)co);
        return -1;
    }
    int r = compiler_make_closure(c, co, 0);
    gp_decref((GpObject *)co);
    if (r < 0)
        return -1;
    GpObject *name = const_str(c, s->v.classdef.name);
    if (!name || emit_load_const(c, name) < 0)
        return -1;
    if (compiler_call_helper(c, 2, &s->v.classdef.bases, &s->v.classdef.keywords) < 0)
        return -1;
    if (apply_decorators(c, decos) < 0)
        return -1;
    c->u->loc = pos;
    return compiler_nameop(c, s->v.classdef.name, CTX_STORE);
}

/* ---- The module ---- */

/* Checks the `from __future__ import ...` statements at the top of the module (CPython's
 * future.c): known features are accepted, `annotations` switches annotations to strings.
 * Valid future imports generate no code. */
static int compiler_future(Compiler *c, Mod *mod) {
    if (mod->mode == MODE_EVAL || mod->body.len == 0)
        return 0;
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
        "annotations", NULL};
    StmtList *body = &mod->body;
    int i = 0;
    Stmt *first = body->items[0];
    if (first->kind == S_EXPR && first->v.expr.value->kind == E_CONSTANT &&
        first->v.expr.value->v.constant.kind == CONST_STR)
        i = 1;
    for (; i < body->len; i++) {
        Stmt *s = body->items[i];
        if (s->kind != S_IMPORTFROM || !s->v.importfrom.module ||
            strcmp(s->v.importfrom.module, "__future__") != 0)
            break;
        for (int j = 0; j < s->v.importfrom.names.len; j++) {
            const char *f = s->v.importfrom.names.items[j]->name;
            AstPos pos = s->pos;
            pos.end_lineno = pos.lineno;
            pos.end_col_offset = -2;   /* CPython gives these errors no end offset (None) */
            int k = 0;
            while (known[k] && strcmp(known[k], f) != 0)
                k++;
            if (!known[k]) {
                if (strcmp(f, "braces") == 0)
                    return compile_error(&c->src, &gp_exc_SyntaxError, &pos, "not a chance");
                return compile_error(&c->src, &gp_exc_SyntaxError, &pos,
                                     "future feature %.100s is not defined", f);
            }
            if (strcmp(f, "annotations") == 0)
                c->future_annotations = 1;
        }
        c->future_lineno = s->pos.lineno;
    }
    return 0;
}

static GpCode *compiler_mod(Compiler *c, Mod *mod) {
    if (compiler_enter_scope(c, "<module>", UNIT_MODULE, NULL, 1) < 0)
        return NULL;
    switch (mod->mode) {
    case MODE_FILE:
        if (compiler_body(c, &mod->body) < 0)
            return NULL;
        break;
    case MODE_SINGLE:
        if (find_ann(&mod->body) && emit(c, OP_SETUP_ANNOTATIONS, 0) < 0)
            return NULL;
        if (compiler_visit_stmts(c, &mod->body) < 0)
            return NULL;
        break;
    case MODE_EVAL:
        if (!mod->expr) {
            err_set_str(&gp_exc_SystemError, "compiler bug: eval mode without an expression");
            return NULL;
        }
        if (compiler_visit_expr(c, mod->expr) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0)
            return NULL;
        break;
    }
    if (mod->mode != MODE_EVAL &&
        (emit_load_const(c, GP_NONE) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0))
        return NULL;
    GpCode *co = assemble(c);
    if (co)
        compiler_exit_scope(c);
    return co;
}

static void raise_parse_error(ParseError *pe, const char *filename, int *incomplete) {
    GpType *type = &gp_exc_SyntaxError;
    switch (pe->kind) {
    case PE_SYNTAX:
        break;
    case PE_INDENT:
        type = &gp_exc_IndentationError;
        break;
    case PE_TAB:
        type = &gp_exc_TabError;
        break;
    case PE_NOMEM:
        err_no_memory();
        return;
    case PE_TOODEEP:
        if (strncmp(pe->msg, "too many", 8) != 0) {
            err_set_str(&gp_exc_RecursionError,
                        pe->msg[0] ? pe->msg
                                   : "maximum recursion depth exceeded during compilation");
            return;
        }
        break;
    case PE_INCOMPLETE:
        if (incomplete)
            *incomplete = 1;
        if (strncmp(pe->msg, "expected an indented block", 26) == 0)
            type = &gp_exc_IndentationError;
        break;
    }
    err_set_syntax(type, pe->msg[0] ? pe->msg : "invalid syntax", filename, pe->lineno, pe->col,
                   pe->text, pe->end_lineno, pe->end_col);
}

GpObject *compile_source(const char *src, size_t len, const char *filename, ParseMode mode,
                         int *incomplete) {
    if (incomplete)
        *incomplete = 0;
    if (!filename)
        filename = "<string>";
    Arena *arena = arena_new();
    if (!arena)
        return err_no_memory();
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    Mod *mod = parse_source(arena, src, len, mode, filename, &pe);
    if (!mod) {
        raise_parse_error(&pe, filename, incomplete);
        free(pe.text);
        arena_free(arena);
        return NULL;
    }
    free(pe.text);

    Compiler c;
    memset(&c, 0, sizeof c);
    c.src.filename = filename;
    c.src.src = src;
    c.src.len = len;
    c.arena = arena;
    c.interactive = mode == MODE_SINGLE;
    int limit = gp_interp->recursion_limit;
    c.depth_limit = (limit < 1 ? 1 : limit > 4000 ? 4000 : limit) * 3;   /* C stack bound */
    GpCode *co = NULL;
    /* Outside the heap: the length of a script's path must not move other objects. */
    alloc_outside_begin();
    c.filename = str_from_cstr(filename);
    alloc_outside_end();
    if (!c.filename)
        goto done;
    if (compiler_future(&c, mod) < 0 || fold_module(&c, mod) < 0)
        goto done;
    c.depth = 0;
    c.st = symtable_build(mod, arena, &c.src);
    if (!c.st)
        goto done;
    co = compiler_mod(&c, mod);
done:
    while (c.u)
        compiler_exit_scope(&c);
    symtable_free(c.st);
    const_table_free(&c.ct);
    gp_xdecref(c.filename);
    arena_free(arena);
    return (GpObject *)co;
}
