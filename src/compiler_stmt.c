/* compiler_stmt.c — code generation for statements: assignments, control flow, loops,
 * exceptions (try/except/finally, with) and the frame-block stack that makes
 * return/break/continue run the cleanups they leave (inline finally bodies, __exit__ calls,
 * popping iterators and handled exceptions), imports.
 *
 * Invariants (the contract with the VM, opcodes.def):
 * - An exception handler's entry depth is the depth at its SETUP; handlers start with the
 *   exception pushed. except/finally handlers run PUSH_EXC_INFO first and are covered by a
 *   cleanup handler (SWAP 2; POP_EXCEPT; RERAISE) that restores the previously handled
 *   exception if the handler itself raises.
 * - The handler stack (c->u->hstack) is CPython's SETUP/POP_BLOCK stack along the linear
 *   code: after an unconditional jump it is put back to what the following label expects.
 * - `for` keeps its iterator on the stack; leaving the loop by break/return pops it.
 */
#include <string.h>

#include "compile_internal.h"
#include "errors.h"
#include "mem/alloc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "symtable.h"

/* ---- Frame blocks ---- */

static int push_fblock(Compiler *c, FBlockKind kind, int block, int exit, const void *datum) {
    Unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS)
        return compiler_error(c, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfb++];
    f->kind = kind;
    f->block = block;
    f->exit = exit;
    f->datum = datum;
    f->has_cleanup = 0;
    return 0;
}

static void pop_fblock(Compiler *c) { c->u->nfb--; }

/* exit(None, None, None) with exit on TOS; leaves the result. */
static int call_exit_with_nones(Compiler *c) {
    if (emit(c, OP_PUSH_NULL, 0) < 0)
        return -1;
    for (int i = 0; i < 3; i++)
        if (emit_load_const(c, GP_NONE) < 0)
            return -1;
    return emit(c, OP_CALL, 3);
}

/* `name = None; del name` after an `except ... as name` body. */
static int clear_exc_name(Compiler *c, const char *name) {
    if (emit_load_const(c, GP_NONE) < 0 || compiler_nameop(c, name, CTX_STORE) < 0)
        return -1;
    return compiler_nameop(c, name, CTX_DEL);
}

/* Emits what leaving fblock f needs (preserve_tos: a return value stays on top). */
static int unwind_fblock(Compiler *c, FBlock *f, int preserve_tos) {
    switch (f->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
        return 0;
    case FB_FOR_LOOP:
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0)
            return -1;
        return emit(c, OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        pop_block(c);
        return 0;
    case FB_FINALLY_TRY: {
        pop_block(c);
        if (preserve_tos && push_fblock(c, FB_POP_VALUE, -1, -1, NULL) < 0)
            return -1;
        AstPos saved = c->u->loc;
        if (compiler_visit_stmts(c, f->datum) < 0)
            return -1;
        c->u->loc = saved;
        if (preserve_tos)
            pop_fblock(c);
        return 0;
    }
    case FB_FINALLY_END:
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0)
            return -1;
        if (emit(c, OP_POP_TOP, 0) < 0)
            return -1;
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0)
            return -1;
        pop_block(c);
        return emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH: {
        AstPos saved = c->u->loc;
        c->u->loc = ((const Stmt *)f->datum)->pos;
        pop_block(c);
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0)
            return -1;
        if (call_exit_with_nones(c) < 0 || emit(c, OP_POP_TOP, 0) < 0)
            return -1;
        c->u->loc = saved;
        return 0;
    }
    case FB_HANDLER_CLEANUP:
        if (f->has_cleanup)
            pop_block(c);
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0)
            return -1;
        pop_block(c);
        if (emit(c, OP_POP_EXCEPT, 0) < 0)
            return -1;
        if (f->datum && clear_exc_name(c, f->datum) < 0)
            return -1;
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos && emit(c, OP_SWAP, 2) < 0)
            return -1;
        return emit(c, OP_POP_TOP, 0);
    }
    return 0;
}

/* Unwinds every fblock (return), or up to the innermost loop (*loop set, not unwound). */
static int unwind_fblock_stack(Compiler *c, int preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfb == 0)
        return 0;
    FBlock *top = &u->fblocks[u->nfb - 1];
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfb--;
    if (unwind_fblock(c, &copy, preserve_tos) < 0)
        return -1;
    if (unwind_fblock_stack(c, preserve_tos, loop) < 0)
        return -1;
    u->fblocks[u->nfb++] = copy;
    return 0;
}

typedef struct {
    int nh;
    int hstack[MAX_HANDLERS];
} HandlerState;

static void save_handlers(Compiler *c, HandlerState *hs) {
    hs->nh = c->u->nh;
    memcpy(hs->hstack, c->u->hstack, (size_t)hs->nh * sizeof(int));
}

static void restore_handlers(Compiler *c, const HandlerState *hs) {
    c->u->nh = hs->nh;
    memcpy(c->u->hstack, hs->hstack, (size_t)hs->nh * sizeof(int));
}

static int compiler_return(Compiler *c, Stmt *s) {
    Expr *v = s->v.return_.value;
    int preserve_tos = v && !expr_is_const(v);
    if (c->u->ste->type != BLOCK_FUNCTION)
        return compiler_error(c, "'return' outside function");
    if (preserve_tos && compiler_visit_expr(c, v) < 0)
        return -1;
    HandlerState hs;
    save_handlers(c, &hs);
    if (unwind_fblock_stack(c, preserve_tos, NULL) < 0)
        return -1;
    c->u->loc = s->pos;
    if (!v) {
        if (emit_load_const(c, GP_NONE) < 0)
            return -1;
    } else if (!preserve_tos && emit_load_const(c, expr_const(c, v)) < 0) {
        return -1;
    }
    if (emit(c, OP_RETURN_VALUE, 0) < 0)
        return -1;
    restore_handlers(c, &hs);
    return 0;
}

static int compiler_break_continue(Compiler *c, int is_break) {
    FBlock *loop = NULL;
    HandlerState hs;
    save_handlers(c, &hs);
    AstPos pos = c->u->loc;
    if (unwind_fblock_stack(c, 0, &loop) < 0)
        return -1;
    c->u->loc = pos;
    if (!loop)
        return compiler_error(c, is_break ? "'break' outside loop"
                                          : "'continue' not properly in loop");
    if (is_break) {
        if (unwind_fblock(c, loop, 0) < 0)
            return -1;
        if (emit_jump(c, OP_JUMP, loop->exit) < 0)
            return -1;
    } else if (emit_jump(c, OP_JUMP, loop->block) < 0) {
        return -1;
    }
    restore_handlers(c, &hs);
    return 0;
}

/* ---- Loops and conditionals ---- */

static int compiler_for(Compiler *c, Stmt *s) {
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    if (start < 0 || cleanup < 0 || end < 0)
        return -1;
    if (push_fblock(c, FB_FOR_LOOP, start, end, NULL) < 0)
        return -1;
    if (compiler_visit_expr(c, s->v.for_.iter) < 0 || emit(c, OP_GET_ITER, 0) < 0)
        return -1;
    bind_label(c, start);
    if (emit_jump(c, OP_FOR_ITER, cleanup) < 0)
        return -1;
    if (compiler_store_target(c, s->v.for_.target) < 0)
        return -1;
    if (compiler_visit_stmts(c, &s->v.for_.body) < 0)
        return -1;
    c->u->loc = s->pos;
    if (emit_jump(c, OP_JUMP, start) < 0)
        return -1;
    bind_label(c, cleanup);
    pop_fblock(c);
    if (compiler_visit_stmts(c, &s->v.for_.orelse) < 0)
        return -1;
    bind_label(c, end);
    return 0;
}

static int compiler_while(Compiler *c, Stmt *s) {
    int loop = new_label(c), body = new_label(c), anchor = new_label(c), end = new_label(c);
    if (loop < 0 || body < 0 || anchor < 0 || end < 0)
        return -1;
    bind_label(c, loop);
    if (push_fblock(c, FB_WHILE_LOOP, loop, end, NULL) < 0)
        return -1;
    if (compiler_jump_if(c, s->v.while_.test, anchor, 0) < 0)
        return -1;
    bind_label(c, body);
    if (compiler_visit_stmts(c, &s->v.while_.body) < 0)
        return -1;
    c->u->loc = s->pos;
    if (compiler_jump_if(c, s->v.while_.test, body, 1) < 0)
        return -1;
    pop_fblock(c);
    bind_label(c, anchor);
    if (compiler_visit_stmts(c, &s->v.while_.orelse) < 0)
        return -1;
    bind_label(c, end);
    return 0;
}

static int compiler_if(Compiler *c, Stmt *s) {
    int end = new_label(c);
    if (end < 0)
        return -1;
    int has_else = s->v.if_.orelse.len > 0;
    int next = has_else ? new_label(c) : end;
    if (next < 0)
        return -1;
    if (compiler_jump_if(c, s->v.if_.test, next, 0) < 0)
        return -1;
    if (compiler_visit_stmts(c, &s->v.if_.body) < 0)
        return -1;
    if (has_else) {
        if (emit_jump(c, OP_JUMP, end) < 0)
            return -1;
        bind_label(c, next);
        if (compiler_visit_stmts(c, &s->v.if_.orelse) < 0)
            return -1;
    }
    bind_label(c, end);
    return 0;
}

/* ---- Exceptions ---- */

/* [... prev exc] → restores prev as the handled exception and re-raises exc. */
static int pop_except_and_reraise(Compiler *c) {
    if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_EXCEPT, 0) < 0)
        return -1;
    return emit(c, OP_RERAISE, 0);
}

static int compiler_try_except(Compiler *c, Stmt *s) {
    int body = new_label(c), except = new_label(c), end = new_label(c), cleanup = new_label(c);
    if (body < 0 || except < 0 || end < 0 || cleanup < 0)
        return -1;
    if (emit_setup(c, PSEUDO_SETUP, except) < 0)
        return -1;
    bind_label(c, body);
    if (push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL) < 0)
        return -1;
    if (compiler_visit_stmts(c, &s->v.try_.body) < 0)
        return -1;
    pop_fblock(c);
    pop_block(c);
    if (compiler_visit_stmts(c, &s->v.try_.orelse) < 0)
        return -1;
    if (emit_jump(c, OP_JUMP, end) < 0)
        return -1;

    int n = s->v.try_.handlers.len;
    bind_label(c, except);
    if (emit_setup(c, PSEUDO_SETUP, cleanup) < 0)
        return -1;
    if (emit(c, OP_PUSH_EXC_INFO, 0) < 0)
        return -1;
    if (push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL) < 0)
        return -1;
    int in_cleanup = c->u->nh;   /* the handler stack inside the except clauses */
    for (int i = 0; i < n; i++) {
        ExceptHandler *h = s->v.try_.handlers.items[i];
        c->u->loc = h->pos;
        if (!h->type && i < n - 1)
            return compiler_error(c, "default 'except:' must be last");
        int next = new_label(c);
        if (next < 0)
            return -1;
        if (h->type) {
            if (compiler_visit_expr(c, h->type) < 0 || emit(c, OP_CHECK_EXC_MATCH, 0) < 0 ||
                emit_jump(c, OP_POP_JUMP_IF_FALSE, next) < 0)
                return -1;
        }
        if (h->name) {
            int cleanup_end = new_label(c), cleanup_body = new_label(c);
            if (cleanup_end < 0 || cleanup_body < 0)
                return -1;
            if (compiler_nameop(c, h->name, CTX_STORE) < 0)
                return -1;
            /* try: body  finally: name = None; del name */
            if (emit_setup(c, PSEUDO_SETUP, cleanup_end) < 0)
                return -1;
            bind_label(c, cleanup_body);
            if (push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, h->name) < 0)
                return -1;
            c->u->fblocks[c->u->nfb - 1].has_cleanup = 1;
            if (compiler_visit_stmts(c, &h->body) < 0)
                return -1;
            pop_fblock(c);
            pop_block(c);
            pop_block(c);
            if (emit(c, OP_POP_EXCEPT, 0) < 0 || clear_exc_name(c, h->name) < 0 ||
                emit_jump(c, OP_JUMP, end) < 0)
                return -1;
            /* The exceptional exit of the body, still under the cleanup handler. */
            c->u->nh = in_cleanup;
            bind_label(c, cleanup_end);
            if (clear_exc_name(c, h->name) < 0 || emit(c, OP_RERAISE, 0) < 0)
                return -1;
        } else {
            int cleanup_body = new_label(c);
            if (cleanup_body < 0)
                return -1;
            if (emit(c, OP_POP_TOP, 0) < 0)
                return -1;
            bind_label(c, cleanup_body);
            if (push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL) < 0)
                return -1;
            if (compiler_visit_stmts(c, &h->body) < 0)
                return -1;
            pop_fblock(c);
            pop_block(c);
            if (emit(c, OP_POP_EXCEPT, 0) < 0 || emit_jump(c, OP_JUMP, end) < 0)
                return -1;
            c->u->nh = in_cleanup;
        }
        bind_label(c, next);
    }
    pop_fblock(c);
    /* No clause matched. */
    if (emit(c, OP_RERAISE, 0) < 0)
        return -1;
    pop_block(c);
    bind_label(c, cleanup);
    if (pop_except_and_reraise(c) < 0)
        return -1;
    bind_label(c, end);
    return 0;
}

static int compiler_try_finally(Compiler *c, Stmt *s) {
    int body = new_label(c), end = new_label(c), exit = new_label(c), cleanup = new_label(c);
    if (body < 0 || end < 0 || exit < 0 || cleanup < 0)
        return -1;
    if (emit_setup(c, PSEUDO_SETUP, end) < 0)
        return -1;
    bind_label(c, body);
    if (push_fblock(c, FB_FINALLY_TRY, body, end, &s->v.try_.finalbody) < 0)
        return -1;
    if (s->v.try_.handlers.len) {
        if (compiler_try_except(c, s) < 0)
            return -1;
    } else if (compiler_visit_stmts(c, &s->v.try_.body) < 0) {
        return -1;
    }
    pop_block(c);
    pop_fblock(c);
    if (compiler_visit_stmts(c, &s->v.try_.finalbody) < 0)
        return -1;
    if (emit_jump(c, OP_JUMP, exit) < 0)
        return -1;
    /* The exceptional path. */
    bind_label(c, end);
    if (emit_setup(c, PSEUDO_SETUP, cleanup) < 0 || emit(c, OP_PUSH_EXC_INFO, 0) < 0)
        return -1;
    if (push_fblock(c, FB_FINALLY_END, end, -1, NULL) < 0)
        return -1;
    if (compiler_visit_stmts(c, &s->v.try_.finalbody) < 0)
        return -1;
    pop_fblock(c);
    if (emit(c, OP_RERAISE, 0) < 0)
        return -1;
    pop_block(c);
    bind_label(c, cleanup);
    if (pop_except_and_reraise(c) < 0)
        return -1;
    bind_label(c, exit);
    return 0;
}

static int compiler_try(Compiler *c, Stmt *s) {
    if (s->v.try_.finalbody.len)
        return compiler_try_finally(c, s);
    return compiler_try_except(c, s);
}

static int compiler_with(Compiler *c, Stmt *s, int pos) {
    WithItem *item = s->v.with.items.items[pos];
    int block = new_label(c), final = new_label(c), exit = new_label(c);
    int cleanup = new_label(c), suppress = new_label(c);
    if (block < 0 || final < 0 || exit < 0 || cleanup < 0 || suppress < 0)
        return -1;
    if (compiler_visit_expr(c, item->context_expr) < 0 || emit(c, OP_BEFORE_WITH, 0) < 0)
        return -1;
    /* [exit enter_result]; the handler keeps [exit]. */
    if (emit_setup(c, PSEUDO_SETUP_WITH, final) < 0)
        return -1;
    bind_label(c, block);
    if (push_fblock(c, FB_WITH, block, final, s) < 0)
        return -1;
    if (item->optional_vars) {
        if (compiler_store_target(c, item->optional_vars) < 0)
            return -1;
    } else if (emit(c, OP_POP_TOP, 0) < 0) {
        return -1;
    }
    pos++;
    if (pos == s->v.with.items.len) {
        if (compiler_visit_stmts(c, &s->v.with.body) < 0)
            return -1;
    } else if (compiler_with(c, s, pos) < 0) {
        return -1;
    }
    pop_block(c);
    pop_fblock(c);
    c->u->loc = s->pos;
    if (call_exit_with_nones(c) < 0 || emit(c, OP_POP_TOP, 0) < 0 ||
        emit_jump(c, OP_JUMP, exit) < 0)
        return -1;
    /* Exceptional exit: [exit exc]. */
    bind_label(c, final);
    if (emit_setup(c, PSEUDO_SETUP, cleanup) < 0 || emit(c, OP_PUSH_EXC_INFO, 0) < 0 ||
        emit(c, OP_WITH_EXCEPT_START, 0) < 0 ||
        emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress) < 0 || emit(c, OP_RERAISE, 0) < 0)
        return -1;
    pop_block(c);
    bind_label(c, cleanup);
    if (pop_except_and_reraise(c) < 0)
        return -1;
    /* __exit__ returned true: [exit prev exc] → drop everything, carry on. */
    bind_label(c, suppress);
    if (emit(c, OP_POP_TOP, 0) < 0 || emit(c, OP_POP_EXCEPT, 0) < 0 ||
        emit(c, OP_POP_TOP, 0) < 0)
        return -1;
    bind_label(c, exit);
    return 0;
}

static int compiler_raise(Compiler *c, Stmt *s) {
    int n = 0;
    if (s->v.raise.exc) {
        if (compiler_visit_expr(c, s->v.raise.exc) < 0)
            return -1;
        n++;
        if (s->v.raise.cause) {
            if (compiler_visit_expr(c, s->v.raise.cause) < 0)
                return -1;
            n++;
        }
    }
    c->u->loc = s->pos;
    return emit(c, OP_RAISE_VARARGS, n);
}

static int compiler_assert(Compiler *c, Stmt *s) {
    Expr *test = s->v.assert_.test;
    if ((test->kind == E_TUPLE && test->v.list.elts.len > 0) ||
        (expr_is_const(test) && TUPLE_CHECK_EXACT(expr_const(c, test)) &&
         TUPLE_SIZE(expr_const(c, test)) > 0))
        compiler_warn(c, "assertion is always true, perhaps remove parentheses?");
    int end = new_label(c);
    if (end < 0)
        return -1;
    if (compiler_jump_if(c, s->v.assert_.test, end, 1) < 0)
        return -1;
    if (emit(c, OP_LOAD_ASSERTION_ERROR, 0) < 0)
        return -1;
    if (s->v.assert_.msg) {
        /* [AssertionError msg] CALL 0 → AssertionError(msg) */
        if (compiler_visit_expr(c, s->v.assert_.msg) < 0 || emit(c, OP_CALL, 0) < 0)
            return -1;
    }
    c->u->loc = s->pos;
    if (emit(c, OP_RAISE_VARARGS, 1) < 0)
        return -1;
    bind_label(c, end);
    return 0;
}

/* ---- Assignments ---- */

static int compiler_assign(Compiler *c, Stmt *s) {
    ExprList *targets = &s->v.assign.targets;
    if (compiler_visit_expr(c, s->v.assign.value) < 0)
        return -1;
    for (int i = 0; i < targets->len; i++) {
        if (i < targets->len - 1 && emit(c, OP_COPY, 1) < 0)
            return -1;
        if (compiler_store_target(c, targets->items[i]) < 0)
            return -1;
    }
    return 0;
}

static int compiler_augassign(Compiler *c, Stmt *s) {
    Expr *e = s->v.augassign.target;
    AstPos spos = s->pos;
    c->u->loc = e->pos;
    switch (e->kind) {
    case E_ATTRIBUTE: {
        if (compiler_visit_expr(c, e->v.attribute.value) < 0 || emit(c, OP_COPY, 1) < 0)
            return -1;
        const char *attr = symtable_mangle(c->arena, c->u->private_, e->v.attribute.attr);
        c->u->loc.lineno = e->pos.end_lineno;
        if (!attr || emit_name(c, OP_LOAD_ATTR, attr) < 0)
            return -1;
        break;
    }
    case E_SUBSCRIPT:
        if (compiler_visit_expr(c, e->v.subscript.value) < 0 ||
            compiler_visit_slice_or_index(c, e->v.subscript.slice) < 0)
            return -1;
        if (emit(c, OP_COPY, 2) < 0 || emit(c, OP_COPY, 2) < 0 ||
            emit(c, OP_BINARY_SUBSCR, 0) < 0)
            return -1;
        break;
    case E_NAME:
        if (compiler_nameop(c, e->v.name.id, CTX_LOAD) < 0)
            return -1;
        break;
    default:
        return compiler_error(c, "illegal expression for augmented assignment");
    }
    c->u->loc = spos;
    if (compiler_visit_expr(c, s->v.augassign.value) < 0)
        return -1;
    if (emit(c, OP_BINARY_OP, NB_INPLACE_BASE + (int)s->v.augassign.op) < 0)
        return -1;
    c->u->loc = e->pos;
    switch (e->kind) {
    case E_ATTRIBUTE: {
        const char *attr = symtable_mangle(c->arena, c->u->private_, e->v.attribute.attr);
        c->u->loc.lineno = e->pos.end_lineno;
        if (!attr || emit(c, OP_SWAP, 2) < 0 || emit_name(c, OP_STORE_ATTR, attr) < 0)
            return -1;
        break;
    }
    case E_SUBSCRIPT:
        if (emit(c, OP_SWAP, 3) < 0 || emit(c, OP_SWAP, 2) < 0 || emit(c, OP_STORE_SUBSCR, 0) < 0)
            return -1;
        break;
    default:
        if (compiler_nameop(c, e->v.name.id, CTX_STORE) < 0)
            return -1;
        break;
    }
    c->u->loc = spos;
    return 0;
}

static int eval_and_pop(Compiler *c, Expr *e) {
    if (compiler_visit_expr(c, e) < 0)
        return -1;
    return emit(c, OP_POP_TOP, 0);
}

/* Everything in a subscript target must be defined at run time (3.11's check_ann_subscr). */
static int check_ann_subscr(Compiler *c, Expr *e) {
    switch (e->kind) {
    case E_SLICE:
        if (e->v.slice.lower && eval_and_pop(c, e->v.slice.lower) < 0)
            return -1;
        if (e->v.slice.upper && eval_and_pop(c, e->v.slice.upper) < 0)
            return -1;
        if (e->v.slice.step && eval_and_pop(c, e->v.slice.step) < 0)
            return -1;
        return 0;
    case E_TUPLE:
        for (int i = 0; i < e->v.list.elts.len; i++)
            if (check_ann_subscr(c, e->v.list.elts.items[i]) < 0)
                return -1;
        return 0;
    default:
        return eval_and_pop(c, e);
    }
}

/* The source text of e, for `from __future__ import annotations` (str constant). */
static GpObject *annotation_text(Compiler *c, Expr *e) {
    const char *p = c->src.src, *end = c->src.src + c->src.len;
    for (int l = 1; l < e->pos.lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *start = p + e->pos.col_offset;
    for (int l = e->pos.lineno; l < e->pos.end_lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *stop = p + e->pos.end_col_offset;
    if (start > end || stop > end || stop < start)
        return const_str(c, "");
    GpObject *s = str_from_utf8(start, stop - start);
    if (!s)
        return NULL;
    int idx = const_table_add_steal(c, s, 0);
    return idx < 0 ? NULL : const_table_get(c, idx);
}

int compiler_annotation(Compiler *c, Expr *e) {
    if (c->future_annotations) {
        GpObject *s = annotation_text(c, e);
        return s ? emit_load_const(c, s) : -1;
    }
    return compiler_visit_expr(c, e);
}

static int compiler_annassign(Compiler *c, Stmt *s) {
    Expr *target = s->v.annassign.target;
    UnitKind kind = c->u->kind;
    int module_or_class = kind == UNIT_MODULE || kind == UNIT_CLASS;
    if (s->v.annassign.value) {
        if (compiler_visit_expr(c, s->v.annassign.value) < 0 ||
            compiler_store_target(c, target) < 0)
            return -1;
    }
    c->u->loc = s->pos;
    switch (target->kind) {
    case E_NAME:
        if (compiler_check_forbidden(c, target->v.name.id, CTX_STORE, &target->pos) < 0)
            return -1;
        if (s->v.annassign.simple && module_or_class) {
            const char *mangled =
                symtable_mangle(c->arena, c->u->private_, target->v.name.id);
            GpObject *k = mangled ? const_str(c, mangled) : NULL;
            if (!k || compiler_annotation(c, s->v.annassign.annotation) < 0 ||
                emit_name(c, OP_LOAD_NAME, "__annotations__") < 0 ||
                emit_load_const(c, k) < 0 || emit(c, OP_STORE_SUBSCR, 0) < 0)
                return -1;
        }
        break;
    case E_ATTRIBUTE:
        if (!s->v.annassign.value && eval_and_pop(c, target->v.attribute.value) < 0)
            return -1;
        break;
    case E_SUBSCRIPT:
        if (!s->v.annassign.value && (eval_and_pop(c, target->v.subscript.value) < 0 ||
                                      check_ann_subscr(c, target->v.subscript.slice) < 0))
            return -1;
        break;
    default:
        return compiler_error(c, "invalid node type for annotated assignment");
    }
    /* Annotations of complex targets are evaluated (in modules and classes) and dropped. */
    if (!s->v.annassign.simple && module_or_class && !c->future_annotations &&
        eval_and_pop(c, s->v.annassign.annotation) < 0)
        return -1;
    return 0;
}

static int compiler_delete(Compiler *c, Stmt *s) {
    for (int i = 0; i < s->v.delete_.targets.len; i++)
        if (compiler_delete_target(c, s->v.delete_.targets.items[i]) < 0)
            return -1;
    return 0;
}

/* ---- Imports ---- */

static const char *substr(Compiler *c, const char *s, size_t n) {
    char *r = arena_strndup(c->arena, s, n);
    if (!r)
        err_no_memory();
    return r;
}

static int compiler_import(Compiler *c, Stmt *s) {
    GpObject *zero = const_int(c, 0);
    if (!zero)
        return -1;
    for (int i = 0; i < s->v.import.names.len; i++) {
        Alias *a = s->v.import.names.items[i];
        c->u->loc = a->pos;
        if (emit_load_const(c, zero) < 0 || emit_load_const(c, GP_NONE) < 0 ||
            emit_name(c, OP_IMPORT_NAME, a->name) < 0)
            return -1;
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            if (dot) {
                /* import a.b.c as d: walk the attributes with IMPORT_FROM. */
                const char *p = dot + 1;
                for (;;) {
                    const char *nd = strchr(p, '.');
                    const char *attr = substr(c, p, nd ? (size_t)(nd - p) : strlen(p));
                    if (!attr || emit_name(c, OP_IMPORT_FROM, attr) < 0)
                        return -1;
                    if (!nd)
                        break;
                    if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_TOP, 0) < 0)
                        return -1;
                    p = nd + 1;
                }
                if (compiler_nameop(c, a->asname, CTX_STORE) < 0 || emit(c, OP_POP_TOP, 0) < 0)
                    return -1;
            } else if (compiler_nameop(c, a->asname, CTX_STORE) < 0) {
                return -1;
            }
        } else {
            const char *store = dot ? substr(c, a->name, (size_t)(dot - a->name)) : a->name;
            if (!store || compiler_nameop(c, store, CTX_STORE) < 0)
                return -1;
        }
    }
    return 0;
}

static int compiler_from_import(Compiler *c, Stmt *s) {
    AliasList *names = &s->v.importfrom.names;
    const char *module = s->v.importfrom.module;
    if (module && strcmp(module, "__future__") == 0) {
        if (s->pos.lineno > c->future_lineno)
            return compiler_error(c, "from __future__ imports must occur at the beginning "
                                     "of the file");
        return 0;   /* handled at compile time (compiler_future) */
    }
    GpObject *level = const_int(c, s->v.importfrom.level);
    if (!level)
        return -1;
    const char **list = arena_alloc(c->arena, (size_t)(names->len ? names->len : 1) *
                                                  sizeof *list);
    if (!list) {
        err_no_memory();
        return -1;
    }
    for (int i = 0; i < names->len; i++)
        list[i] = names->items[i]->name;
    GpObject *fromlist = const_str_tuple(c, list, names->len);
    if (!fromlist)
        return -1;
    if (emit_load_const(c, level) < 0 || emit_load_const(c, fromlist) < 0 ||
        emit_name(c, OP_IMPORT_NAME, module ? module : "") < 0)
        return -1;
    for (int i = 0; i < names->len; i++) {
        Alias *a = names->items[i];
        if (i == 0 && a->name[0] == '*')
            return emit(c, OP_IMPORT_STAR, 0);
        c->u->loc = a->pos;
        if (emit_name(c, OP_IMPORT_FROM, a->name) < 0)
            return -1;
        if (compiler_nameop(c, a->asname ? a->asname : a->name, CTX_STORE) < 0)
            return -1;
    }
    c->u->loc = s->pos;
    return emit(c, OP_POP_TOP, 0);
}

/* ---- Dispatch ---- */

static int compiler_stmt_expr(Compiler *c, Stmt *s) {
    Expr *value = s->v.expr.value;
    if (c->interactive && c->nestlevel <= 1) {
        if (compiler_visit_expr(c, value) < 0)
            return -1;
        c->u->loc = s->pos;
        return emit(c, OP_PRINT_EXPR, 0);
    }
    if (expr_is_const(value))
        return 0;   /* docstring-like statements produce no code */
    if (compiler_visit_expr(c, value) < 0)
        return -1;
    return emit(c, OP_POP_TOP, 0);
}

static int visit_stmt_inner(Compiler *c, Stmt *s) {
    switch (s->kind) {
    case S_FUNCTIONDEF: return compiler_function(c, s);
    case S_CLASSDEF: return compiler_class(c, s);
    case S_RETURN: return compiler_return(c, s);
    case S_DELETE: return compiler_delete(c, s);
    case S_ASSIGN: return compiler_assign(c, s);
    case S_AUGASSIGN: return compiler_augassign(c, s);
    case S_ANNASSIGN: return compiler_annassign(c, s);
    case S_FOR: return compiler_for(c, s);
    case S_WHILE: return compiler_while(c, s);
    case S_IF: return compiler_if(c, s);
    case S_WITH: return compiler_with(c, s, 0);
    case S_RAISE: return compiler_raise(c, s);
    case S_TRY: return compiler_try(c, s);
    case S_ASSERT: return compiler_assert(c, s);
    case S_IMPORT: return compiler_import(c, s);
    case S_IMPORTFROM: return compiler_from_import(c, s);
    case S_GLOBAL:
    case S_NONLOCAL:
    case S_PASS:
        return 0;
    case S_EXPR: return compiler_stmt_expr(c, s);
    case S_BREAK: return compiler_break_continue(c, 1);
    case S_CONTINUE: return compiler_break_continue(c, 0);
    }
    return 0;
}

int compiler_visit_stmt(Compiler *c, Stmt *s) {
    if (compiler_enter_rec(c) < 0)
        return -1;
    c->u->loc = s->pos;
    int r = visit_stmt_inner(c, s);
    compiler_leave_rec(c);
    return r;
}
