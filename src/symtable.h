/* symtable.h — symbol tables: which scope every name of a compiled unit lives in.
 *
 * One Scope per module, function, lambda, comprehension and class body, found by the AST
 * node that opens it. Resolution follows CPython 3.11's symtable.c exactly: a first pass
 * records how each block uses each name (DEF_* flags), a second pass (analysis) decides
 * LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL, passing bound names down to
 * nested functions (class bodies are not visible to them) and free names back up.
 *
 * Invariants: names are stored mangled (_Class__name inside classes); every string and the
 * scopes live in the parse arena, the hash indexes in mem_alloc'd memory freed by
 * symtable_free. The compiler only reads a built table.
 */
#ifndef GP_SYMTABLE_H
#define GP_SYMTABLE_H

#include "ast.h"
#include "compile_internal.h"

typedef enum { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS } BlockType;

/* How a block uses a name (flags, OR-ed). */
enum {
    DEF_GLOBAL = 1 << 0,      /* global statement */
    DEF_LOCAL = 1 << 1,       /* assigned in this block */
    DEF_PARAM = 1 << 2,       /* a parameter */
    DEF_NONLOCAL = 1 << 3,    /* nonlocal statement */
    DEF_USE = 1 << 4,         /* read */
    DEF_FREE_CLASS = 1 << 5,  /* free in a method, bound in the class body */
    DEF_IMPORT = 1 << 6,      /* bound by import */
    DEF_ANNOT = 1 << 7,       /* annotated name */
    DEF_COMP_ITER = 1 << 8,   /* a comprehension's iteration variable */
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Where a name lives after analysis. */
typedef enum { SC_UNKNOWN = 0, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE,
               SC_CELL } NameScope;

typedef struct Symbol {
    const char *name;         /* mangled */
    int flags;                /* DEF_* */
    NameScope scope;
    AstPos directive;         /* where the global/nonlocal statement was (for errors) */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    BlockType type;
    const char *name;         /* "top", "f", "lambda", "listcomp", "C" */
    const void *node;         /* the Stmt / Expr that opens it (NULL for the module) */
    AstPos pos;
    ExprKind comprehension;   /* E_LISTCOMP etc. for comprehension scopes, else 0 */
    unsigned nested : 1;      /* inside a function (CO_NESTED) */
    unsigned is_comprehension : 1;
    unsigned generator : 1;   /* contains yield (or is a genexp) */
    unsigned varargs : 1, varkeywords : 1;
    unsigned free : 1;        /* has free variables */
    unsigned child_free : 1;  /* some child has free variables */
    unsigned needs_class_closure : 1;  /* class body must create the __class__ cell */
    unsigned comp_iter_target : 1;     /* visiting a comprehension's target */
    int comp_iter_expr;       /* depth of comprehension iterable expressions being visited */
    Symbol *syms;
    int nsyms, capsyms;
    StrMap index;             /* name -> index in syms */
    const char **params;      /* parameters in varnames order */
    int nparams, capparams;
    Scope **children;         /* in source order */
    int nchildren, capchildren;
    Scope *parent;
};

typedef struct SymTable {
    Scope *top;
    Scope **all;              /* every scope, for symtable_free */
    int nall, capall;
    PtrMap by_node;           /* AST node -> index in all */
    Arena *arena;
    const SrcInfo *src;
    const char *private_;     /* class name for mangling while visiting */
    Scope *cur;
    int depth, depth_limit;   /* recursion guard */
} SymTable;

/* Builds and analyses the table for mod. Returns NULL with SyntaxError / RecursionError /
 * MemoryError set. */
SymTable *symtable_build(Mod *mod, Arena *arena, const SrcInfo *src);
void symtable_free(SymTable *st);

/* The scope opened by an AST node (FunctionDef, ClassDef, Lambda, comprehension), or NULL. */
Scope *symtable_lookup_scope(SymTable *st, const void *node);
/* The symbol for an already mangled name in s, or NULL. */
Symbol *symtable_symbol(Scope *s, const char *mangled);
/* The resolved scope of a mangled name in s (SC_UNKNOWN if s never saw it). */
NameScope symtable_scope_of(Scope *s, const char *mangled);

/* CPython's _Py_Mangle: "__x" inside class "C" is "_C__x" (not for dunder names, dotted
 * names, or classes named only with underscores). Returns name itself or an arena copy;
 * NULL with MemoryError set on failure. */
const char *symtable_mangle(Arena *arena, const char *private_, const char *name);

#endif
