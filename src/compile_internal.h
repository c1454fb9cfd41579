/* compile_internal.h — what the compiler's files share: the compiler and unit state, the
 * instruction stream, labels, the per-unit constant table, small hash maps.
 *
 * The pipeline (compile_source in compiler.c): parse → fold constants (compiler_fold.c,
 * which also turns every literal into an object of the unit's constant table) → symbol
 * table (symtable.c) → code generation (compiler.c statements and scopes,
 * compiler_stmt.c control flow, compiler_expr.c expressions) → assembly into GpCode
 * (compiler_asm.c).
 *
 * Invariants:
 * - A Unit is one code object being generated; units nest (c->u is the innermost) and the
 *   constant table (c->ct) is shared by all of them: equal constants are one object
 *   (DESIGN.md §1), deduplicated by (type, value, origin).
 * - Instructions are emitted linearly in final layout order. Jumps carry a label; a label
 *   is bound to the index of the next instruction emitted. Each instruction records the
 *   innermost exception handler (a label) active when it was emitted; the handler stack
 *   mirrors CPython's SETUP_* / POP_BLOCK pseudo-instructions. A pseudo SETUP instruction
 *   stays in the stream for the stack-depth pass (it gives the handler's entry depth) and
 *   is dropped by the assembler.
 * - Every function returning int returns 0 (or an index >= 0) on success and -1 with an
 *   exception set on failure.
 */
#ifndef GP_COMPILE_INTERNAL_H
#define GP_COMPILE_INTERNAL_H

#include <stdint.h>

#include "ast.h"
#include "code.h"
#include "object.h"

/* ---- Source description for error messages ---- */
typedef struct SrcInfo {
    const char *filename;
    const char *src;
    size_t len;
} SrcInfo;

/* Raises type (a SyntaxError family type) with the message, at pos (0-based AST columns,
 * reported +1 as CPython does); the source line is attached as text for real files
 * (not "<string>"-like names). Returns -1. */
int compile_error(const SrcInfo *si, GpType *type, const AstPos *pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* RecursionError "maximum recursion depth exceeded during compilation". Returns -1. */
int compile_too_deep(void);

/* ---- Hash maps (compiler_map.c), memory from mem_alloc, freed by *_free ---- */
/* String keys (borrowed: they must outlive the map) to int values. */
typedef struct StrMap {
    const char **keys;
    int *vals;
    int cap, n;
} StrMap;
int smap_get(const StrMap *m, const char *key);          /* -1 if missing */
int smap_put(StrMap *m, const char *key, int val);       /* 0, or -1 with MemoryError */
void smap_free(StrMap *m);
/* Iteration: for (int i = 0; i < m->cap; i++) if (m->keys[i]) ... */

/* Pointer keys to int values. */
typedef struct PtrMap {
    const void **keys;
    int *vals;
    int cap, n;
} PtrMap;
int pmap_get(const PtrMap *m, const void *key);          /* -1 if missing */
int pmap_put(PtrMap *m, const void *key, int val);
void pmap_free(PtrMap *m);

/* ---- The constant table (compiler_fold.c) ----
 * Literal and folded constants become E_CONSTANT nodes whose constant.kind is CONST_OBJ
 * and constant.len the index of their object in the table. */
#define CONST_OBJ ((ConstKind)100)

typedef struct ConstEntry {
    GpObject *obj;        /* strong reference */
    uint64_t hash;
    int folded;           /* origin: folded from a binary operation */
} ConstEntry;

typedef struct ConstTable {
    ConstEntry *items;
    int n, cap;
    int *slots;           /* open addressing: index into items, -1 empty */
    int nslots;
} ConstTable;

/* ---- Instructions ---- */
enum {
    PSEUDO_SETUP = OP_COUNT,  /* handler label: entry depth = depth here; jump effect +1 */
    PSEUDO_SETUP_WITH,        /* after BEFORE_WITH: the handler keeps one item less */
    PSEUDO_NOP,               /* removed by the assembler */
};

typedef struct Instr {
    int op;               /* GpOpcode or PSEUDO_* */
    int arg;              /* oparg; a label for jumps and PSEUDO_SETUP* */
    int lineno;
    int handler;          /* label of the innermost exception handler, or -1 */
} Instr;

#define MAX_FBLOCKS 20    /* CPython's CO_MAXBLOCKS: "too many statically nested blocks" */
#define MAX_HANDLERS 64
#define STACK_USE_GUIDELINE 30

typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int block;            /* label: loop top (continue) */
    int exit;             /* label: after the loop (break) */
    const void *datum;    /* FINALLY_TRY: StmtList *; WITH: Stmt *; HANDLER_CLEANUP: name */
    int has_cleanup;      /* HANDLER_CLEANUP: an `as name` cleanup handler is active */
} FBlock;

typedef enum { UNIT_MODULE, UNIT_CLASS, UNIT_FUNCTION, UNIT_LAMBDA, UNIT_COMPREHENSION }
    UnitKind;

typedef struct Scope Scope;

typedef struct Unit {
    struct Unit *parent;
    UnitKind kind;
    Scope *ste;
    const char *name;         /* the code object's name */
    GpObject *qualname;       /* str, strong */
    const char *private_;     /* enclosing class name for mangling, or NULL */

    Instr *instrs;
    int ninstr, capinstr;
    int *labels;              /* label -> instruction index, -1 while unbound */
    int nlabels, caplabels;
    int fence;                /* peephole barrier: index where the last label was bound */
    int hstack[MAX_HANDLERS]; /* active exception handler labels, innermost last */
    int nh;
    FBlock fblocks[MAX_FBLOCKS];
    int nfb;

    GpObject **consts;        /* strong references, in consts-tuple order */
    int nconsts, capconsts;
    PtrMap const_index;
    const char **names;       /* co_names */
    int nnames, capnames;
    StrMap name_index;
    const char **varnames;
    int nvarnames, capvarnames;
    StrMap varname_index;
    const char **cellvars;    /* sorted */
    int ncellvars;
    StrMap cell_index;
    const char **freevars;    /* sorted */
    int nfreevars;
    StrMap free_index;

    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    AstPos loc;               /* location given to emitted instructions and errors */
} Unit;

typedef struct SymTable SymTable;

typedef struct Compiler {
    SrcInfo src;
    GpObject *filename;       /* str, strong */
    Arena *arena;
    SymTable *st;
    ConstTable ct;
    Unit *u;                  /* innermost unit */
    int nestlevel;            /* number of units open */
    int interactive;          /* MODE_SINGLE: expression statements print */
    int depth, depth_limit;   /* recursion guard for the tree walks */
    int future_annotations;   /* from __future__ import annotations */
    int future_lineno;        /* line of the last valid __future__ import (0: none) */
} Compiler;

/* ---- compiler.c: errors, units, names ---- */
/* SyntaxError at the current location (c->u->loc). Returns -1. */
int compiler_error(Compiler *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int compiler_error_at(Compiler *c, const AstPos *pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Prints a SyntaxWarning for the current line to stderr (as Python's default filter). */
void compiler_warn(Compiler *c, const char *msg);
/* Load/store/delete a variable by its (unmangled) name with the op its scope needs. */
int compiler_nameop(Compiler *c, const char *name, ExprContext ctx);
/* Function/lambda/comprehension/class body code: nested unit helpers. */
int compiler_enter_scope(Compiler *c, const char *name, UnitKind kind, const void *node,
                         int firstlineno);
void compiler_exit_scope(Compiler *c);
/* Emits LOAD_CLOSURE... BUILD_TUPLE, LOAD_CONST code, MAKE_FUNCTION flags. */
int compiler_make_closure(Compiler *c, GpCode *co, int flags);
int compiler_visit_stmts(Compiler *c, const StmtList *body);
int compiler_function(Compiler *c, Stmt *s);
int compiler_lambda(Compiler *c, Expr *e);
int compiler_class(Compiler *c, Stmt *s);
/* Recursion guard around tree walks. */
int compiler_enter_rec(Compiler *c);
static inline void compiler_leave_rec(Compiler *c) { c->depth--; }

/* ---- compiler_stmt.c ---- */
int compiler_visit_stmt(Compiler *c, Stmt *s);
/* Pushes an annotation's value (its source text under `from __future__ import
 * annotations`). */
int compiler_annotation(Compiler *c, Expr *e);

/* ---- compiler_expr.c ---- */
int compiler_visit_expr(Compiler *c, Expr *e);
/* Jumps to label if the truth of e equals cond (short-circuit code for conditions). */
int compiler_jump_if(Compiler *c, Expr *e, int label, int cond);
int compiler_call_helper(Compiler *c, int pushed, const ExprList *args,
                         const KeywordList *keywords);
int compiler_comprehension(Compiler *c, Expr *e);
/* Visits an assignment target (E_NAME, E_ATTRIBUTE, E_SUBSCRIPT, E_TUPLE, E_LIST with
 * ctx Store) consuming TOS. */
int compiler_store_target(Compiler *c, Expr *e);
/* `del e` for a target expression. */
int compiler_delete_target(Compiler *c, Expr *e);
int compiler_check_forbidden(Compiler *c, const char *name, ExprContext ctx,
                             const AstPos *pos);
/* Evaluates a slice node (BUILD_SLICE) or an ordinary index expression. */
int compiler_visit_slice_or_index(Compiler *c, Expr *e);

/* ---- compiler_asm.c: emission and assembly ---- */
int emit(Compiler *c, int op, int arg);
int emit_jump(Compiler *c, int op, int label);
/* The code emitted so far ends in RETURN_VALUE with no label after it (CPython then adds
 * no implicit `return None`). */
int unit_ends_with_return(Unit *u);
int new_label(Compiler *c);
void bind_label(Compiler *c, int label);
/* Pushes handler `label` (PSEUDO_SETUP or PSEUDO_SETUP_WITH) / pops the innermost. */
int emit_setup(Compiler *c, int pseudo, int label);
void pop_block(Compiler *c);
int emit_load_const(Compiler *c, GpObject *o);    /* o borrowed */
int emit_name(Compiler *c, int op, const char *name);   /* name goes to co_names */
int unit_add_const(Unit *u, GpObject *o);         /* borrowed; returns the index */
int unit_add_name(Unit *u, const char *name);
int unit_add_varname(Unit *u, const char *name);
/* Builds the code object of the current unit. New reference. */
GpCode *assemble(Compiler *c);

/* ---- compiler_fold.c: folding and the constant table ---- */
int fold_module(Compiler *c, Mod *mod);
void const_table_free(ConstTable *ct);
/* Adds o (stolen, even on failure) and returns the table index of the canonical equal
 * object. */
int const_table_add_steal(Compiler *c, GpObject *o, int folded);
static inline GpObject *const_table_get(Compiler *c, int idx) { return c->ct.items[idx].obj; }
/* The object of a folded E_CONSTANT node (borrowed). */
static inline GpObject *expr_const(Compiler *c, const Expr *e) {
    return c->ct.items[e->v.constant.len].obj;
}
static inline int expr_is_const(const Expr *e) {
    return e->kind == E_CONSTANT && (int)e->v.constant.kind == (int)CONST_OBJ;
}
/* Canonical constants made by the compiler (borrowed references, NULL on error). */
GpObject *const_str(Compiler *c, const char *s);
GpObject *const_int(Compiler *c, int64_t v);
GpObject *const_tuple_steal(Compiler *c, GpObject *tuple);
/* sets+bytes: CPython's frozenset constant of a tuple's items (steals it). New ref. */
GpObject *const_frozenset_from_tuple_steal(GpObject *tuple);   /* tuple of canonical items */
/* A tuple of the string constants names[0..n) (canonical). */
GpObject *const_str_tuple(Compiler *c, const char *const *names, int n);

#endif
