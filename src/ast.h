/* ast.h — the abstract syntax tree the parser builds and the compiler reads.
 *
 * Invariants:
 * - Every node, list and string of one parse lives in one Arena and dies with it
 *   (arena_free). Nothing in the AST is reference counted; the AST knows no objects.
 * - The node set mirrors CPython's `ast` module (3.11) so its documentation describes it;
 *   async constructs and `match` are not represented (the parser rejects them).
 * - Positions: lineno/end_lineno are 1-based; col_offset/end_col_offset are 0-based UTF-8
 *   byte offsets into the line, as in CPython.
 * - Literal numbers keep their source text (underscores removed, prefix kept, e.g. "0x1f"):
 *   the compiler turns them into objects, so arbitrary precision needs no parser change.
 *   String literals are decoded (escapes processed, adjacent literals concatenated) into
 *   UTF-8 bytes with an explicit length (they may contain NUL).
 */
#ifndef GP_AST_H
#define GP_AST_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

/* ---- Arena: bump allocation for one parse. ---- */
typedef struct Arena Arena;
Arena *arena_new(void);
/* Returns zeroed memory that lives until arena_free, or NULL when memory is exhausted. */
void *arena_alloc(Arena *a, size_t size);
/* Copies n bytes and appends a NUL; returns NULL when memory is exhausted. */
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);

typedef struct Expr Expr;
typedef struct Stmt Stmt;

/* Lists: a length and an array of pointers, both in the arena. An absent list is
 * NULL or has len 0; code must accept both. */
typedef struct { int len; Expr **items; } ExprList;
typedef struct { int len; Stmt **items; } StmtList;

typedef struct {
    int lineno, col_offset, end_lineno, end_col_offset;
} AstPos;

/* ---- Operators ---- */
typedef enum { BOOL_AND, BOOL_OR } BoolOpKind;

/* Binary operators in the order of CPython 3.11's BINARY_OP oparg (NB_ADD ... NB_XOR),
 * so the compiler can emit the kind as the oparg (object.h's GpBinop uses the same order). */
typedef enum {
    OP_ADD, OP_BITAND, OP_FLOORDIV, OP_LSHIFT, OP_MATMUL, OP_MUL, OP_MOD,
    OP_BITOR, OP_POW, OP_RSHIFT, OP_SUB, OP_DIV, OP_BITXOR
} BinOpKind;

typedef enum { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOpKind;

/* Comparison operators: the first six are rich comparisons in CPython's Py_LT..Py_GE order. */
typedef enum {
    CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE,
    CMP_IS, CMP_IS_NOT, CMP_IN, CMP_NOT_IN
} CmpOpKind;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;

/* ---- Constants ---- */
typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,     /* text: digits as written minus underscores, with 0x/0o/0b prefix */
    CONST_FLOAT,   /* text: as written minus underscores ("1.5e3", ".5", "1.") */
    CONST_IMAG,    /* text: the number without the trailing j/J */
    CONST_STR,     /* bytes: decoded UTF-8 text */
    CONST_BYTES    /* bytes: decoded byte values */
} ConstKind;

typedef struct {
    ConstKind kind;
    const char *text;   /* CONST_INT/FLOAT/IMAG: NUL-terminated; CONST_STR/BYTES: data */
    size_t len;         /* length of text in bytes */
} AstConst;

/* ---- Expressions ---- */
typedef enum {
    E_BOOLOP, E_NAMEDEXPR, E_BINOP, E_UNARYOP, E_LAMBDA, E_IFEXP, E_DICT, E_SET,
    E_LISTCOMP, E_SETCOMP, E_DICTCOMP, E_GENEXP, E_YIELD, E_YIELDFROM, E_COMPARE,
    E_CALL, E_FORMATTEDVALUE, E_JOINEDSTR, E_CONSTANT, E_ATTRIBUTE, E_SUBSCRIPT,
    E_STARRED, E_NAME, E_LIST, E_TUPLE, E_SLICE
} ExprKind;

typedef struct Keyword {
    const char *arg;    /* NULL for **expr */
    Expr *value;
    AstPos pos;
} Keyword;
typedef struct { int len; Keyword **items; } KeywordList;

typedef struct Arg {
    const char *arg;
    Expr *annotation;   /* may be NULL */
    AstPos pos;
} Arg;
typedef struct { int len; Arg **items; } ArgList;

typedef struct Arguments {
    ArgList posonlyargs;
    ArgList args;
    Arg *vararg;          /* NULL if none */
    ArgList kwonlyargs;
    ExprList kw_defaults; /* same length as kwonlyargs; an item is NULL when it has no default */
    Arg *kwarg;           /* NULL if none */
    ExprList defaults;    /* defaults of the last positional parameters (posonly + args) */
} Arguments;

typedef struct Comprehension {
    Expr *target;
    Expr *iter;
    ExprList ifs;
    int is_async;         /* always 0 */
} Comprehension;
typedef struct { int len; Comprehension **items; } ComprehensionList;

struct Expr {
    ExprKind kind;
    AstPos pos;
    union {
        struct { BoolOpKind op; ExprList values; } boolop;
        struct { Expr *target; Expr *value; } namedexpr;
        struct { Expr *left; BinOpKind op; Expr *right; } binop;
        struct { UnaryOpKind op; Expr *operand; } unaryop;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *test; Expr *body; Expr *orelse; } ifexp;
        struct { ExprList keys; ExprList values; } dict;   /* a NULL key means **value */
        struct { ExprList elts; } set;
        /* E_LISTCOMP, E_SETCOMP, E_GENEXP use elt; E_DICTCOMP uses key and value. */
        struct { Expr *elt; Expr *key; Expr *value; ComprehensionList generators; } comp;
        struct { Expr *value; } yield;      /* E_YIELD (value may be NULL), E_YIELDFROM */
        struct { Expr *left; int n; CmpOpKind *ops; ExprList comparators; } compare;
        struct { Expr *func; ExprList args; KeywordList keywords; } call;
        /* conversion: -1 none, 's', 'r', 'a'; format_spec is a E_JOINEDSTR or NULL */
        struct { Expr *value; int conversion; Expr *format_spec; } formattedvalue;
        struct { ExprList values; } joinedstr;  /* E_CONSTANT str and E_FORMATTEDVALUE parts */
        AstConst constant;
        struct { Expr *value; const char *attr; ExprContext ctx; } attribute;
        struct { Expr *value; Expr *slice; ExprContext ctx; } subscript;
        struct { Expr *value; ExprContext ctx; } starred;
        struct { const char *id; ExprContext ctx; } name;
        struct { ExprList elts; ExprContext ctx; } list;   /* E_LIST and E_TUPLE */
        struct { Expr *lower; Expr *upper; Expr *step; } slice;  /* each may be NULL */
    } v;
};

/* ---- Statements ---- */
typedef enum {
    S_FUNCTIONDEF, S_CLASSDEF, S_RETURN, S_DELETE, S_ASSIGN, S_AUGASSIGN, S_ANNASSIGN,
    S_FOR, S_WHILE, S_IF, S_WITH, S_RAISE, S_TRY, S_ASSERT, S_IMPORT, S_IMPORTFROM,
    S_GLOBAL, S_NONLOCAL, S_EXPR, S_PASS, S_BREAK, S_CONTINUE
} StmtKind;

typedef struct ExceptHandler {
    Expr *type;           /* NULL for a bare except */
    const char *name;     /* NULL unless `as name` */
    StmtList body;
    AstPos pos;
} ExceptHandler;
typedef struct { int len; ExceptHandler **items; } ExceptHandlerList;

typedef struct Alias {
    const char *name;     /* dotted name, or "*" */
    const char *asname;   /* NULL if none */
    AstPos pos;
} Alias;
typedef struct { int len; Alias **items; } AliasList;

typedef struct WithItem {
    Expr *context_expr;
    Expr *optional_vars;  /* NULL if none */
} WithItem;
typedef struct { int len; WithItem **items; } WithItemList;

typedef struct { int len; const char **items; } NameList;

struct Stmt {
    StmtKind kind;
    AstPos pos;
    union {
        struct { const char *name; Arguments *args; StmtList body; ExprList decorator_list;
                 Expr *returns; } functiondef;
        struct { const char *name; ExprList bases; KeywordList keywords; StmtList body;
                 ExprList decorator_list; } classdef;
        struct { Expr *value; } return_;            /* value may be NULL */
        struct { ExprList targets; } delete_;
        struct { ExprList targets; Expr *value; } assign;   /* a = b = value: 2 targets */
        struct { Expr *target; BinOpKind op; Expr *value; } augassign;
        struct { Expr *target; Expr *annotation; Expr *value; int simple; } annassign;
        struct { Expr *target; Expr *iter; StmtList body; StmtList orelse; } for_;
        struct { Expr *test; StmtList body; StmtList orelse; } while_;
        struct { Expr *test; StmtList body; StmtList orelse; } if_;  /* elif: orelse = [If] */
        struct { WithItemList items; StmtList body; } with;
        struct { Expr *exc; Expr *cause; } raise;    /* both may be NULL */
        struct { StmtList body; ExceptHandlerList handlers; StmtList orelse;
                 StmtList finalbody; } try_;
        struct { Expr *test; Expr *msg; } assert_;
        struct { AliasList names; } import;
        struct { const char *module; AliasList names; int level; } importfrom; /* module may be NULL */
        struct { NameList names; } global;         /* S_GLOBAL and S_NONLOCAL */
        struct { Expr *value; } expr;
    } v;
};

/* ---- Modules ---- */
typedef enum {
    MODE_FILE,    /* a whole file or -c string: a sequence of statements */
    MODE_SINGLE,  /* one interactive input: expression statements echo their value */
    MODE_EVAL     /* a single expression (eval) */
} ParseMode;

typedef struct Mod {
    ParseMode mode;
    StmtList body;   /* MODE_FILE, MODE_SINGLE */
    Expr *expr;      /* MODE_EVAL */
} Mod;

/* Writes a readable, indented dump of the tree (for `glasspy --ast` and debugging). */
void ast_dump(const Mod *mod, FILE *out);

/* The same with Python's ast.dump options: indent < 0 is indent=None (one line);
 * include_attributes adds the positions. The text equals CPython's for the same tree. */
void ast_dump_ex(const Mod *mod, FILE *out, int indent, int include_attributes);

#endif
