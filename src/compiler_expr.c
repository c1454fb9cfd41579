/* compiler_expr.c — code generation for expressions, assignment targets, conditions,
 * calls and comprehensions, following CPython 3.11's compile.c.
 *
 * Invariants (the contract with the VM, opcodes.def):
 * - Calls: <callable> PUSH_NULL <args> [KW_NAMES names] CALL n; method calls
 *   <obj> LOAD_METHOD name <args> CALL n; with *args or **kwargs: <callable> PUSH_NULL
 *   <args tuple> [<kwargs dict>] CALL_FUNCTION_EX flags. CALL 0 with a value in the
 *   self slot calls the callable with that one argument (decorators, comprehensions,
 *   assert messages).
 * - A comprehension is a nested function taking the outermost iterator as `.0`.
 * - Conditions compile to short-circuit jumps (compiler_jump_if); constant conditions
 *   compile to an unconditional jump or nothing.
 * - Generators: yield compiles to YIELD_VALUE 0, `yield from` to the SEND loop of
 *   compiler_yield_from, a generator expression to a comprehension whose body yields.
 */
#include <limits.h>
#include <string.h>

#include "compile_internal.h"
#include "errors.h"
#include "objects/bool.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "symtable.h"

static int visit(Compiler *c, Expr *e) { return compiler_visit_expr(c, e); }

static const char *mangle(Compiler *c, const char *name) {
    return symtable_mangle(c->arena, c->u->private_, name);
}

static int all_const(const ExprList *elts, int begin, int end) {
    for (int i = begin; i < end; i++)
        if (!elts->items[i] || !expr_is_const(elts->items[i]))
            return 0;
    return 1;
}

/* A canonical constant tuple of the constant items elts[begin..end). Borrowed. */
static GpObject *const_tuple_of(Compiler *c, const ExprList *elts, int begin, int end) {
    GpObject *t = tuple_new(end - begin);
    if (!t)
        return NULL;
    for (int i = begin; i < end; i++)
        TUPLE_SET_ITEM(t, i - begin, gp_newref(expr_const(c, elts->items[i])));
    return const_tuple_steal(c, t);
}

/* ---- Displays ---- */

/* Builds a list/tuple/set from elts, with *unpacking; `pushed` items already on the stack
 * go first (CPython's starunpack_helper). */
static int starunpack_helper(Compiler *c, const ExprList *elts, int pushed, int build, int add,
                             int extend, int tuple) {
    int n = elts ? elts->len : 0;
    if (n > 2 && all_const(elts, 0, n)) {
        GpObject *folded = const_tuple_of(c, elts, 0, n);
        if (!folded)
            return -1;
        if (build == OP_BUILD_SET) {   /* BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1 */
            folded = const_frozenset_from_tuple_steal(gp_newref(folded));
            if (!folded)
                return -1;
            int idx = const_table_add_steal(c, folded, 0);
            if (idx < 0)
                return -1;
            folded = const_table_get(c, idx);
        }
        if (tuple && !pushed)
            return emit_load_const(c, folded);
        if (emit(c, build, pushed) < 0 || emit_load_const(c, folded) < 0 || emit(c, extend, 1) < 0)
            return -1;
        return tuple ? emit(c, OP_LIST_TO_TUPLE, 0) : 0;
    }
    int big = n + pushed > STACK_USE_GUIDELINE;
    int seen_star = 0;
    for (int i = 0; i < n; i++)
        if (elts->items[i]->kind == E_STARRED)
            seen_star = 1;
    if (!seen_star && !big) {
        for (int i = 0; i < n; i++)
            if (visit(c, elts->items[i]) < 0)
                return -1;
        return emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
    }
    int built = 0;
    if (big) {
        if (emit(c, build, pushed) < 0)
            return -1;
        built = 1;
    }
    for (int i = 0; i < n; i++) {
        Expr *elt = elts->items[i];
        if (elt->kind == E_STARRED) {
            if (!built) {
                if (emit(c, build, i + pushed) < 0)
                    return -1;
                built = 1;
            }
            if (visit(c, elt->v.starred.value) < 0 || emit(c, extend, 1) < 0)
                return -1;
        } else {
            if (visit(c, elt) < 0)
                return -1;
            if (built && emit(c, add, 1) < 0)
                return -1;
        }
    }
    return tuple ? emit(c, OP_LIST_TO_TUPLE, 0) : 0;
}

static int compiler_subdict(Compiler *c, Expr *e, int begin, int end) {
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    const ExprList *keys = &e->v.dict.keys, *values = &e->v.dict.values;
    if (n > 1 && !big && all_const(keys, begin, end)) {
        for (int i = begin; i < end; i++)
            if (visit(c, values->items[i]) < 0)
                return -1;
        GpObject *kt = const_tuple_of(c, keys, begin, end);
        if (!kt || emit_load_const(c, kt) < 0)
            return -1;
        return emit(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    if (big && emit(c, OP_BUILD_MAP, 0) < 0)
        return -1;
    for (int i = begin; i < end; i++) {
        if (visit(c, keys->items[i]) < 0 || visit(c, values->items[i]) < 0)
            return -1;
        if (big && emit(c, OP_MAP_ADD, 1) < 0)
            return -1;
    }
    return big ? 0 : emit(c, OP_BUILD_MAP, n);
}

static int compiler_dict(Compiler *c, Expr *e) {
    int n = e->v.dict.values.len, elements = 0, have_dict = 0;
    for (int i = 0; i < n; i++) {
        int unpacking = e->v.dict.keys.items[i] == NULL;
        if (unpacking) {
            if (elements) {
                if (compiler_subdict(c, e, i - elements, i) < 0)
                    return -1;
                if (have_dict && emit(c, OP_DICT_UPDATE, 1) < 0)
                    return -1;
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                if (emit(c, OP_BUILD_MAP, 0) < 0)
                    return -1;
                have_dict = 1;
            }
            if (visit(c, e->v.dict.values.items[i]) < 0 || emit(c, OP_DICT_UPDATE, 1) < 0)
                return -1;
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            if (compiler_subdict(c, e, i - elements, i + 1) < 0)
                return -1;
            if (have_dict && emit(c, OP_DICT_UPDATE, 1) < 0)
                return -1;
            have_dict = 1;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        if (compiler_subdict(c, e, n - elements, n) < 0)
            return -1;
        if (have_dict && emit(c, OP_DICT_UPDATE, 1) < 0)
            return -1;
        have_dict = 1;
    }
    return have_dict ? 0 : emit(c, OP_BUILD_MAP, 0);
}

/* ---- Operators ---- */

static int addop_compare(Compiler *c, CmpOpKind op) {
    switch (op) {
    case CMP_IS: return emit(c, OP_IS_OP, 0);
    case CMP_IS_NOT: return emit(c, OP_IS_OP, 1);
    case CMP_IN: return emit(c, OP_CONTAINS_OP, 0);
    case CMP_NOT_IN: return emit(c, OP_CONTAINS_OP, 1);
    default: return emit(c, OP_COMPARE_OP, (int)op);
    }
}

/* Operands of `is` that are literals other than None/True/False/... (3.11's check_is_arg). */
static int is_literal_arg(Compiler *c, Expr *e) {
    if (!expr_is_const(e))
        return 0;
    GpObject *v = expr_const(c, e);
    return v != GP_NONE && v != GP_TRUE && v != GP_FALSE && v != GP_ELLIPSIS;
}

static void check_compare(Compiler *c, Expr *e) {
    int left = is_literal_arg(c, e->v.compare.left);
    for (int i = 0; i < e->v.compare.n; i++) {
        CmpOpKind op = e->v.compare.ops[i];
        int right = is_literal_arg(c, e->v.compare.comparators.items[i]);
        if ((op == CMP_IS || op == CMP_IS_NOT) && (left || right)) {
            compiler_warn(c, op == CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                          : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

static int compiler_compare(Compiler *c, Expr *e) {
    int n = e->v.compare.n - 1;
    check_compare(c, e);
    ExprList *comps = &e->v.compare.comparators;
    if (visit(c, e->v.compare.left) < 0)
        return -1;
    if (n == 0) {
        if (visit(c, comps->items[0]) < 0)
            return -1;
        return addop_compare(c, e->v.compare.ops[0]);
    }
    int cleanup = new_label(c), end = new_label(c);
    if (cleanup < 0 || end < 0)
        return -1;
    for (int i = 0; i < n; i++) {
        if (visit(c, comps->items[i]) < 0 || emit(c, OP_SWAP, 2) < 0 || emit(c, OP_COPY, 2) < 0 ||
            addop_compare(c, e->v.compare.ops[i]) < 0 ||
            emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup) < 0)
            return -1;
    }
    if (visit(c, comps->items[n]) < 0 || addop_compare(c, e->v.compare.ops[n]) < 0 ||
        emit_jump(c, OP_JUMP, end) < 0)
        return -1;
    bind_label(c, cleanup);
    if (emit(c, OP_SWAP, 2) < 0 || emit(c, OP_POP_TOP, 0) < 0)
        return -1;
    bind_label(c, end);
    return 0;
}

static int compiler_boolop(Compiler *c, Expr *e) {
    int op = e->v.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    ExprList *vals = &e->v.boolop.values;
    int end = new_label(c);
    if (end < 0)
        return -1;
    for (int i = 0; i < vals->len - 1; i++)
        if (visit(c, vals->items[i]) < 0 || emit_jump(c, op, end) < 0)
            return -1;
    if (visit(c, vals->items[vals->len - 1]) < 0)
        return -1;
    bind_label(c, end);
    return 0;
}

static int compiler_ifexp(Compiler *c, Expr *e) {
    int end = new_label(c), next = new_label(c);
    if (end < 0 || next < 0)
        return -1;
    if (compiler_jump_if(c, e->v.ifexp.test, next, 0) < 0 || visit(c, e->v.ifexp.body) < 0 ||
        emit_jump(c, OP_JUMP, end) < 0)
        return -1;
    bind_label(c, next);
    if (visit(c, e->v.ifexp.orelse) < 0)
        return -1;
    bind_label(c, end);
    return 0;
}

static int is_none_const(Compiler *c, Expr *e) {
    return expr_is_const(e) && expr_const(c, e) == GP_NONE;
}

static int jump_if_inner(Compiler *c, Expr *e, int label, int cond) {
    switch (e->kind) {
    case E_UNARYOP:
        if (e->v.unaryop.op == UOP_NOT)
            return compiler_jump_if(c, e->v.unaryop.operand, label, !cond);
        break;
    case E_BOOLOP: {
        ExprList *s = &e->v.boolop.values;
        int n = s->len - 1;
        int cond2 = e->v.boolop.op == BOOL_OR;
        int next2 = label;
        if (!cond2 != !cond && (next2 = new_label(c)) < 0)
            return -1;
        for (int i = 0; i < n; i++)
            if (compiler_jump_if(c, s->items[i], next2, cond2) < 0)
                return -1;
        if (compiler_jump_if(c, s->items[n], label, cond) < 0)
            return -1;
        if (next2 != label)
            bind_label(c, next2);
        return 0;
    }
    case E_IFEXP: {
        int end = new_label(c), next2 = new_label(c);
        if (end < 0 || next2 < 0)
            return -1;
        if (compiler_jump_if(c, e->v.ifexp.test, next2, 0) < 0 ||
            compiler_jump_if(c, e->v.ifexp.body, label, cond) < 0 ||
            emit_jump(c, OP_JUMP, end) < 0)
            return -1;
        bind_label(c, next2);
        if (compiler_jump_if(c, e->v.ifexp.orelse, label, cond) < 0)
            return -1;
        bind_label(c, end);
        return 0;
    }
    case E_COMPARE: {
        int n = e->v.compare.n - 1;
        ExprList *comps = &e->v.compare.comparators;
        if (n == 0) {
            CmpOpKind op = e->v.compare.ops[0];
            if ((op == CMP_IS || op == CMP_IS_NOT) && is_none_const(c, comps->items[0])) {
                /* x is None → POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE */
                /* CPython's LOAD_CONST None stays in co_consts after its peephole. */
                if (visit(c, e->v.compare.left) < 0 || unit_add_const(c->u, GP_NONE) < 0)
                    return -1;
                int jump_on_none = (op == CMP_IS) == (cond != 0);
                return emit_jump(c, jump_on_none ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE,
                                 label);
            }
            break;
        }
        check_compare(c, e);
        int cleanup = new_label(c), end = new_label(c);
        if (cleanup < 0 || end < 0)
            return -1;
        if (visit(c, e->v.compare.left) < 0)
            return -1;
        for (int i = 0; i < n; i++) {
            if (visit(c, comps->items[i]) < 0 || emit(c, OP_SWAP, 2) < 0 ||
                emit(c, OP_COPY, 2) < 0 || addop_compare(c, e->v.compare.ops[i]) < 0 ||
                emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup) < 0)
                return -1;
        }
        if (visit(c, comps->items[n]) < 0 || addop_compare(c, e->v.compare.ops[n]) < 0 ||
            emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label) < 0 ||
            emit_jump(c, OP_JUMP, end) < 0)
            return -1;
        bind_label(c, cleanup);
        if (emit(c, OP_POP_TOP, 0) < 0)
            return -1;
        if (!cond && emit_jump(c, OP_JUMP, label) < 0)
            return -1;
        bind_label(c, end);
        return 0;
    }
    case E_CONSTANT:
        if (expr_is_const(e)) {
            int truth = obj_is_true(expr_const(c, e));
            /* CPython emits the constant then optimises the jump: it stays in co_consts. */
            if (truth < 0 || unit_add_const(c->u, expr_const(c, e)) < 0)
                return -1;
            return truth == (cond != 0) ? emit_jump(c, OP_JUMP, label) : 0;
        }
        break;
    default:
        break;
    }
    if (visit(c, e) < 0)
        return -1;
    return emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

int compiler_jump_if(Compiler *c, Expr *e, int label, int cond) {
    if (compiler_enter_rec(c) < 0)
        return -1;
    AstPos saved = c->u->loc;
    c->u->loc = e->pos;
    int r = jump_if_inner(c, e, label, cond);
    c->u->loc = saved;
    compiler_leave_rec(c);
    return r;
}

/* ---- Calls ---- */

static int validate_keywords(Compiler *c, const KeywordList *kws) {
    int n = kws ? kws->len : 0;
    for (int i = 0; i < n; i++) {
        Keyword *k = kws->items[i];
        if (!k->arg)
            continue;
        if (compiler_check_forbidden(c, k->arg, CTX_STORE, &c->u->loc) < 0)
            return -1;
        for (int j = i + 1; j < n; j++) {
            Keyword *o = kws->items[j];
            if (o->arg && strcmp(k->arg, o->arg) == 0)
                return compiler_error_at(c, &o->pos, "keyword argument repeated: %s", k->arg);
        }
    }
    return 0;
}

/* Visits keyword values and emits KW_NAMES for them. */
static int simple_keywords(Compiler *c, const KeywordList *kws) {
    int n = kws->len;
    const char **names = arena_alloc(c->arena, (size_t)n * sizeof *names);
    if (!names) {
        err_no_memory();
        return -1;
    }
    for (int i = 0; i < n; i++) {
        if (visit(c, kws->items[i]->value) < 0)
            return -1;
        names[i] = kws->items[i]->arg;
    }
    GpObject *t = const_str_tuple(c, names, n);
    if (!t)
        return -1;
    int idx = unit_add_const(c->u, t);
    return idx < 0 ? -1 : emit(c, OP_KW_NAMES, idx);
}

/* Pushes a dict of the keyword arguments kws[begin..end) (none of them **). */
static int compiler_subkwargs(Compiler *c, const KeywordList *kws, int begin, int end) {
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        const char **names = arena_alloc(c->arena, (size_t)n * sizeof *names);
        if (!names) {
            err_no_memory();
            return -1;
        }
        for (int i = begin; i < end; i++) {
            if (visit(c, kws->items[i]->value) < 0)
                return -1;
            names[i - begin] = kws->items[i]->arg;
        }
        GpObject *t = const_str_tuple(c, names, n);
        if (!t || emit_load_const(c, t) < 0)
            return -1;
        return emit(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    if (big && emit(c, OP_BUILD_MAP, 0) < 0)
        return -1;
    for (int i = begin; i < end; i++) {
        GpObject *k = const_str(c, kws->items[i]->arg);
        if (!k || emit_load_const(c, k) < 0 || visit(c, kws->items[i]->value) < 0)
            return -1;
        if (big && emit(c, OP_MAP_ADD, 1) < 0)
            return -1;
    }
    return big ? 0 : emit(c, OP_BUILD_MAP, n);
}

int compiler_call_helper(Compiler *c, int pushed, const ExprList *args,
                         const KeywordList *keywords) {
    int nelts = args ? args->len : 0;
    int nkw = keywords ? keywords->len : 0;
    if (validate_keywords(c, keywords) < 0)
        return -1;
    int ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
    for (int i = 0; i < nelts && !ex; i++)
        if (args->items[i]->kind == E_STARRED)
            ex = 1;
    for (int i = 0; i < nkw && !ex; i++)
        if (!keywords->items[i]->arg)
            ex = 1;
    if (!ex) {
        for (int i = 0; i < nelts; i++)
            if (visit(c, args->items[i]) < 0)
                return -1;
        if (nkw && simple_keywords(c, keywords) < 0)
            return -1;
        return emit(c, OP_CALL, pushed + nelts + nkw);
    }
    /* Positional arguments as one tuple; a lone f(*x) passes x itself, as CPython (the VM
     * makes a tuple of any other iterable, naming the callee if x is not iterable). */
    if (pushed == 0 && nelts == 1 && args->items[0]->kind == E_STARRED) {
        if (visit(c, args->items[0]->v.starred.value) < 0)
            return -1;
    } else if (starunpack_helper(c, args, pushed, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                                 1) < 0) {
        return -1;
    }
    if (nkw) {
        int have_dict = 0, nseen = 0;
        for (int i = 0; i < nkw; i++) {
            Keyword *k = keywords->items[i];
            if (!k->arg) {
                if (nseen) {
                    if (compiler_subkwargs(c, keywords, i - nseen, i) < 0)
                        return -1;
                    if (have_dict && emit(c, OP_DICT_MERGE, 1) < 0)
                        return -1;
                    have_dict = 1;
                    nseen = 0;
                }
                if (!have_dict) {
                    if (emit(c, OP_BUILD_MAP, 0) < 0)
                        return -1;
                    have_dict = 1;
                }
                if (visit(c, k->value) < 0 || emit(c, OP_DICT_MERGE, 1) < 0)
                    return -1;
            } else {
                nseen++;
            }
        }
        if (nseen) {
            if (compiler_subkwargs(c, keywords, nkw - nseen, nkw) < 0)
                return -1;
            if (have_dict && emit(c, OP_DICT_MERGE, 1) < 0)
                return -1;
        }
    }
    return emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

/* obj.meth(args) without * or **: LOAD_METHOD. Returns 1 if done, 0 if not applicable. */
static int maybe_method_call(Compiler *c, Expr *e) {
    Expr *meth = e->v.call.func;
    const ExprList *args = &e->v.call.args;
    const KeywordList *kws = &e->v.call.keywords;
    if (meth->kind != E_ATTRIBUTE || meth->v.attribute.ctx != CTX_LOAD)
        return 0;
    int argsl = args->len, kwdsl = kws->len;
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE)
        return 0;
    for (int i = 0; i < argsl; i++)
        if (args->items[i]->kind == E_STARRED)
            return 0;
    for (int i = 0; i < kwdsl; i++)
        if (!kws->items[i]->arg)
            return 0;
    if (visit(c, meth->v.attribute.value) < 0)
        return -1;
    int old = c->u->loc.lineno;
    c->u->loc.lineno = meth->pos.end_lineno;
    const char *name = mangle(c, meth->v.attribute.attr);
    if (!name || emit_name(c, OP_LOAD_METHOD, name) < 0)
        return -1;
    for (int i = 0; i < argsl; i++)
        if (visit(c, args->items[i]) < 0)
            return -1;
    if (kwdsl && simple_keywords(c, kws) < 0)
        return -1;
    c->u->loc.lineno = meth->pos.end_lineno;
    if (emit(c, OP_CALL, argsl + kwdsl) < 0)
        return -1;
    c->u->loc.lineno = old;
    return 1;
}

static int compiler_call(Compiler *c, Expr *e) {
    if (validate_keywords(c, &e->v.call.keywords) < 0)
        return -1;
    int r = maybe_method_call(c, e);
    if (r != 0)
        return r < 0 ? -1 : 0;
    if (visit(c, e->v.call.func) < 0 || emit(c, OP_PUSH_NULL, 0) < 0)
        return -1;
    c->u->loc = e->pos;
    return compiler_call_helper(c, 0, &e->v.call.args, &e->v.call.keywords);
}

/* ---- f-strings ---- */

static int compiler_formatted_value(Compiler *c, Expr *e) {
    if (visit(c, e->v.formattedvalue.value) < 0)
        return -1;
    int oparg;
    switch (e->v.formattedvalue.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
    }
    if (e->v.formattedvalue.format_spec) {
        if (visit(c, e->v.formattedvalue.format_spec) < 0)
            return -1;
        oparg |= 4;
    }
    return emit(c, OP_FORMAT_VALUE, oparg);
}

static int compiler_joined_str(Compiler *c, Expr *e) {
    ExprList *vals = &e->v.joinedstr.values;
    int n = vals->len;
    if (n > STACK_USE_GUIDELINE) {
        GpObject *empty = const_str(c, "");
        if (!empty || emit_load_const(c, empty) < 0 || emit_name(c, OP_LOAD_METHOD, "join") < 0 ||
            emit(c, OP_BUILD_LIST, 0) < 0)
            return -1;
        for (int i = 0; i < n; i++)
            if (visit(c, vals->items[i]) < 0 || emit(c, OP_LIST_APPEND, 1) < 0)
                return -1;
        return emit(c, OP_CALL, 1);
    }
    for (int i = 0; i < n; i++)
        if (visit(c, vals->items[i]) < 0)
            return -1;
    return n == 1 ? 0 : emit(c, OP_BUILD_STRING, n);
}

/* ---- Comprehensions ---- */

static int comprehension_generator(Compiler *c, ComprehensionList *gens, int gen_index,
                                   int depth, Expr *elt, Expr *val, ExprKind type) {
    Comprehension *gen = gens->items[gen_index];
    int start = new_label(c), if_cleanup = new_label(c), anchor = new_label(c);
    if (start < 0 || if_cleanup < 0 || anchor < 0)
        return -1;
    int has_start = 1;
    if (gen_index == 0) {
        /* The outermost iterator is the implicit argument. */
        c->u->argcount = 1;
        if (emit(c, OP_LOAD_FAST, 0) < 0)
            return -1;
    } else {
        /* for y in [f(x)]: a temporary variable, no loop. */
        Expr *it = gen->iter;
        if ((it->kind == E_LIST || it->kind == E_TUPLE) && it->v.list.elts.len == 1 &&
            it->v.list.elts.items[0]->kind != E_STARRED) {
            if (visit(c, it->v.list.elts.items[0]) < 0)
                return -1;
            has_start = 0;
        } else if (visit(c, it) < 0 || emit(c, OP_GET_ITER, 0) < 0) {
            return -1;
        }
    }
    if (has_start) {
        depth++;
        bind_label(c, start);
        if (emit_jump(c, OP_FOR_ITER, anchor) < 0)
            return -1;
    }
    if (compiler_store_target(c, gen->target) < 0)
        return -1;
    for (int i = 0; i < gen->ifs.len; i++)
        if (compiler_jump_if(c, gen->ifs.items[i], if_cleanup, 0) < 0)
            return -1;
    if (++gen_index < gens->len) {
        if (comprehension_generator(c, gens, gen_index, depth, elt, val, type) < 0)
            return -1;
    } else {
        switch (type) {
        case E_LISTCOMP:
            if (visit(c, elt) < 0 || emit(c, OP_LIST_APPEND, depth + 1) < 0)
                return -1;
            break;
        case E_SETCOMP:
            if (visit(c, elt) < 0 || emit(c, OP_SET_ADD, depth + 1) < 0)
                return -1;
            break;
        case E_GENEXP:
            if (visit(c, elt) < 0 || emit(c, OP_YIELD_VALUE, 0) < 0 || emit(c, OP_POP_TOP, 0) < 0)
                return -1;
            break;
        default:   /* E_DICTCOMP: key first, then value */
            if (visit(c, elt) < 0 || visit(c, val) < 0 || emit(c, OP_MAP_ADD, depth + 1) < 0)
                return -1;
            break;
        }
    }
    bind_label(c, if_cleanup);
    if (has_start) {
        if (emit_jump(c, OP_JUMP, start) < 0)
            return -1;
        bind_label(c, anchor);
    }
    return 0;
}

int compiler_comprehension(Compiler *c, Expr *e) {
    const char *name;
    int build;
    Expr *elt = e->v.comp.elt, *val = NULL;
    switch (e->kind) {
    case E_LISTCOMP: name = "<listcomp>"; build = OP_BUILD_LIST; break;
    case E_SETCOMP: name = "<setcomp>"; build = OP_BUILD_SET; break;
    case E_GENEXP: name = "<genexpr>"; build = -1; break;
    default:
        name = "<dictcomp>";
        build = OP_BUILD_MAP;
        elt = e->v.comp.key;
        val = e->v.comp.value;
        break;
    }
    Comprehension *outermost = e->v.comp.generators.items[0];
    if (compiler_enter_scope(c, name, UNIT_COMPREHENSION, e, e->pos.lineno) < 0)
        return -1;
    c->u->loc = e->pos;
    if (build >= 0 && emit(c, build, 0) < 0)
        return -1;
    if (comprehension_generator(c, &e->v.comp.generators, 0, 0, elt, val, e->kind) < 0)
        return -1;
    if ((build < 0 && emit_load_const(c, GP_NONE) < 0) || emit(c, OP_RETURN_VALUE, 0) < 0)
        return -1;
    GpCode *co = assemble(c);
    if (!co)
        return -1;
    compiler_exit_scope(c);
    int r = compiler_make_closure(c, co, 0);
    gp_decref((GpObject *)co);
    if (r < 0)
        return -1;
    if (visit(c, outermost->iter) < 0 || emit(c, OP_GET_ITER, 0) < 0)
        return -1;
    c->u->loc = e->pos;
    return emit(c, OP_CALL, 0);
}

/* yield from x: GET_YIELD_FROM_ITER; LOAD_CONST None; L: SEND exit; YIELD_VALUE 1;
 * JUMP L; exit: (gen.c finds the delegate and the loop's exit from this shape). */
static int compiler_yield_from(Compiler *c, Expr *e) {
    int send = new_label(c), exit_ = new_label(c);
    if (send < 0 || exit_ < 0)
        return -1;
    if (visit(c, e->v.yield.value) < 0 || emit(c, OP_GET_YIELD_FROM_ITER, 0) < 0 ||
        emit_load_const(c, GP_NONE) < 0)
        return -1;
    bind_label(c, send);
    if (emit_jump(c, OP_SEND, exit_) < 0 || emit(c, OP_YIELD_VALUE, 1) < 0 ||
        emit_jump(c, OP_JUMP, send) < 0)
        return -1;
    bind_label(c, exit_);
    return 0;
}

/* ---- Targets ---- */

static int assignment_helper(Compiler *c, const ExprList *elts) {
    int n = elts->len, seen_star = 0;
    for (int i = 0; i < n; i++) {
        Expr *elt = elts->items[i];
        if (elt->kind == E_STARRED && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8))
                return compiler_error(c, "too many expressions in star-unpacking assignment");
            if (emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)) < 0)
                return -1;
            seen_star = 1;
        } else if (elt->kind == E_STARRED) {
            return compiler_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star && emit(c, OP_UNPACK_SEQUENCE, n) < 0)
        return -1;
    for (int i = 0; i < n; i++) {
        Expr *elt = elts->items[i];
        if (compiler_store_target(c, elt->kind == E_STARRED ? elt->v.starred.value : elt) < 0)
            return -1;
    }
    return 0;
}

static int store_target_inner(Compiler *c, Expr *e) {
    switch (e->kind) {
    case E_NAME:
        return compiler_nameop(c, e->v.name.id, CTX_STORE);
    case E_ATTRIBUTE: {
        if (visit(c, e->v.attribute.value) < 0)
            return -1;
        c->u->loc = e->pos;
        if (compiler_check_forbidden(c, e->v.attribute.attr, CTX_STORE, &e->pos) < 0)
            return -1;
        const char *name = mangle(c, e->v.attribute.attr);
        c->u->loc.lineno = e->pos.end_lineno;
        return name ? emit_name(c, OP_STORE_ATTR, name) : -1;
    }
    case E_SUBSCRIPT:
        if (visit(c, e->v.subscript.value) < 0 || visit(c, e->v.subscript.slice) < 0)
            return -1;
        c->u->loc = e->pos;
        return emit(c, OP_STORE_SUBSCR, 0);
    case E_STARRED:
        return compiler_error(c, "starred assignment target must be in a list or tuple");
    case E_LIST:
    case E_TUPLE:
        return assignment_helper(c, &e->v.list.elts);
    default:
        return compiler_error(c, "cannot assign to expression");
    }
}

int compiler_store_target(Compiler *c, Expr *e) {
    if (compiler_enter_rec(c) < 0)
        return -1;
    AstPos saved = c->u->loc;
    c->u->loc = e->pos;
    int r = store_target_inner(c, e);
    c->u->loc = saved;
    compiler_leave_rec(c);
    return r;
}

static int delete_target_inner(Compiler *c, Expr *e) {
    switch (e->kind) {
    case E_NAME:
        return compiler_nameop(c, e->v.name.id, CTX_DEL);
    case E_ATTRIBUTE: {
        if (visit(c, e->v.attribute.value) < 0)
            return -1;
        c->u->loc = e->pos;
        if (compiler_check_forbidden(c, e->v.attribute.attr, CTX_DEL, &e->pos) < 0)
            return -1;
        const char *name = mangle(c, e->v.attribute.attr);
        return name ? emit_name(c, OP_DELETE_ATTR, name) : -1;
    }
    case E_SUBSCRIPT:
        if (visit(c, e->v.subscript.value) < 0 || visit(c, e->v.subscript.slice) < 0)
            return -1;
        c->u->loc = e->pos;
        return emit(c, OP_DELETE_SUBSCR, 0);
    case E_LIST:
    case E_TUPLE:
        for (int i = 0; i < e->v.list.elts.len; i++)
            if (compiler_delete_target(c, e->v.list.elts.items[i]) < 0)
                return -1;
        return 0;
    case E_STARRED:
        return compiler_error(c, "cannot delete starred");
    default:
        return compiler_error(c, "cannot delete expression");
    }
}

int compiler_delete_target(Compiler *c, Expr *e) {
    if (compiler_enter_rec(c) < 0)
        return -1;
    AstPos saved = c->u->loc;
    c->u->loc = e->pos;
    int r = delete_target_inner(c, e);
    c->u->loc = saved;
    compiler_leave_rec(c);
    return r;
}

int compiler_visit_slice_or_index(Compiler *c, Expr *e) { return visit(c, e); }

static int compiler_slice(Compiler *c, Expr *e) {
    int n = 2;
    if (e->v.slice.lower ? visit(c, e->v.slice.lower) : emit_load_const(c, GP_NONE))
        return -1;
    if (e->v.slice.upper ? visit(c, e->v.slice.upper) : emit_load_const(c, GP_NONE))
        return -1;
    if (e->v.slice.step) {
        n++;
        if (visit(c, e->v.slice.step) < 0)
            return -1;
    }
    return emit(c, OP_BUILD_SLICE, n);
}

/* ---- Dispatch ---- */

static int expr_load(Compiler *c, Expr *e) {
    switch (e->kind) {
    case E_BOOLOP:
        return compiler_boolop(c, e);
    case E_NAMEDEXPR:
        if (visit(c, e->v.namedexpr.value) < 0 || emit(c, OP_COPY, 1) < 0)
            return -1;
        return compiler_store_target(c, e->v.namedexpr.target);
    case E_BINOP:
        if (visit(c, e->v.binop.left) < 0 || visit(c, e->v.binop.right) < 0)
            return -1;
        return emit(c, OP_BINARY_OP, (int)e->v.binop.op);
    case E_UNARYOP: {
        if (visit(c, e->v.unaryop.operand) < 0)
            return -1;
        static const int ops[] = {[UOP_INVERT] = OP_UNARY_INVERT, [UOP_NOT] = OP_UNARY_NOT,
                                  [UOP_UADD] = OP_UNARY_POSITIVE, [UOP_USUB] = OP_UNARY_NEGATIVE};
        return emit(c, ops[e->v.unaryop.op], 0);
    }
    case E_LAMBDA:
        return compiler_lambda(c, e);
    case E_IFEXP:
        return compiler_ifexp(c, e);
    case E_DICT:
        return compiler_dict(c, e);
    case E_SET:
        return starunpack_helper(c, &e->v.set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, 0);
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
        return compiler_comprehension(c, e);
    case E_GENEXP:
        return compiler_comprehension(c, e);
    case E_YIELD:
        if (c->u->ste->type != BLOCK_FUNCTION)
            return compiler_error(c, "'yield' outside function");
        if (e->v.yield.value ? visit(c, e->v.yield.value) : emit_load_const(c, GP_NONE))
            return -1;
        return emit(c, OP_YIELD_VALUE, 0);
    case E_YIELDFROM:
        if (c->u->ste->type != BLOCK_FUNCTION)
            return compiler_error(c, "'yield' outside function");
        return compiler_yield_from(c, e);
    case E_COMPARE:
        return compiler_compare(c, e);
    case E_CALL:
        return compiler_call(c, e);
    case E_FORMATTEDVALUE:
        return compiler_formatted_value(c, e);
    case E_JOINEDSTR:
        return compiler_joined_str(c, e);
    case E_CONSTANT:
        if (!expr_is_const(e)) {
            err_set_str(&gp_exc_SystemError, "compiler bug: unconverted constant");
            return -1;
        }
        return emit_load_const(c, expr_const(c, e));
    case E_ATTRIBUTE: {
        if (visit(c, e->v.attribute.value) < 0)
            return -1;
        const char *name = mangle(c, e->v.attribute.attr);
        c->u->loc.lineno = e->pos.end_lineno;
        return name ? emit_name(c, OP_LOAD_ATTR, name) : -1;
    }
    case E_SUBSCRIPT:
        if (visit(c, e->v.subscript.value) < 0 || visit(c, e->v.subscript.slice) < 0)
            return -1;
        return emit(c, OP_BINARY_SUBSCR, 0);
    case E_STARRED:
        return compiler_error(c, "can't use starred expression here");
    case E_NAME:
        return compiler_nameop(c, e->v.name.id, CTX_LOAD);
    case E_LIST:
        return starunpack_helper(c, &e->v.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND,
                                 OP_LIST_EXTEND, 0);
    case E_TUPLE:
        return starunpack_helper(c, &e->v.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND,
                                 OP_LIST_EXTEND, 1);
    case E_SLICE:
        return compiler_slice(c, e);
    }
    return 0;
}

/* The context an expression appears in (Load for everything but targets). */
static ExprContext expr_ctx(const Expr *e) {
    switch (e->kind) {
    case E_NAME: return e->v.name.ctx;
    case E_ATTRIBUTE: return e->v.attribute.ctx;
    case E_SUBSCRIPT: return e->v.subscript.ctx;
    case E_LIST:
    case E_TUPLE: return e->v.list.ctx;
    default: return CTX_LOAD;
    }
}

int compiler_visit_expr(Compiler *c, Expr *e) {
    ExprContext ctx = expr_ctx(e);
    if (ctx == CTX_STORE)
        return compiler_store_target(c, e);
    if (ctx == CTX_DEL)
        return compiler_delete_target(c, e);
    if (compiler_enter_rec(c) < 0)
        return -1;
    AstPos saved = c->u->loc;
    c->u->loc = e->pos;
    int r = expr_load(c, e);
    c->u->loc = saved;
    compiler_leave_rec(c);
    return r;
}
