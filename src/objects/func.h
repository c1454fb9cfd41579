/* func.h — Python functions, cells (closures), bound methods, and the objects wrapping C
 * functions: builtin_function_or_method (a GpMethodDef bound to self or a module) and
 * method_descriptor (a GpMethodDef in a type's dict, e.g. list.append).
 */
#ifndef GP_FUNC_H
#define GP_FUNC_H

#include "object.h"

typedef struct GpFunction {
    GP_HEAD;
    GpObject *code;          /* GpCode */
    GpObject *globals;       /* dict */
    GpObject *builtins;      /* dict (the globals' __builtins__ at creation) */
    GpObject *name;          /* str */
    GpObject *qualname;      /* str */
    GpObject *defaults;      /* tuple or NULL */
    GpObject *kwdefaults;    /* dict or NULL */
    GpObject *closure;       /* tuple of cells or NULL */
    GpObject *doc;           /* or NULL */
    GpObject *module;        /* the globals' __name__, or NULL */
    GpObject *annotations;   /* dict, or MAKE_FUNCTION's flat (name, value, ...) tuple until
                                first read, or NULL */
    GpObject *dict;          /* function attributes, or NULL */
} GpFunction;

typedef struct GpCell {
    GP_HEAD;
    GpObject *ref;           /* NULL: empty */
} GpCell;

typedef struct GpMethod {    /* a Python function bound to an instance */
    GP_HEAD;
    GpObject *func;
    GpObject *self;
} GpMethod;

typedef struct GpCFunction { /* builtin_function_or_method */
    GP_HEAD;
    GpMethodDef *def;
    GpObject *self;          /* bound object or module; NULL for none */
    GpObject *module;        /* module name str, or NULL */
} GpCFunction;

typedef struct GpMethodDescr {  /* method_descriptor */
    GP_HEAD;
    GpMethodDef *def;
    GpType *objtype;         /* the type that defines it */
} GpMethodDescr;

typedef struct GpGetSetDescr {  /* getset_descriptor */
    GP_HEAD;
    GpGetSetDef *def;
    GpType *objtype;
} GpGetSetDescr;

extern GpType gp_type_function, gp_type_cell, gp_type_method, gp_type_cfunction,
    gp_type_method_descr, gp_type_getset_descr;
#define FUNC_CHECK(o) (GP_TYPE(o) == &gp_type_function)

/* A function from a code object and globals (func.c). New reference. */
GpObject *func_new(GpObject *code, GpObject *globals, GpObject *qualname);
GpObject *cell_new(GpObject *ref);          /* borrows ref (may be NULL) */
GpObject *method_new(GpObject *func, GpObject *self);  /* bound method, borrows both */
GpObject *cfunction_new(GpMethodDef *def, GpObject *self, GpObject *module);
GpObject *method_descr_new(GpType *type, GpMethodDef *def);
GpObject *getset_descr_new(GpType *type, GpGetSetDef *def);

/* Calls a GpMethodDef with self, checking the argument count per its flags with CPython's
 * messages ("append() takes exactly one argument (0 given)", "X() takes no keyword
 * arguments", "X() takes no arguments (1 given)"). qualname is for messages. */
GpObject *cfunction_call_def(GpMethodDef *def, GpObject *self, GpObject *const *args,
                             intptr_t nargs, GpObject *kwnames);

/* ---- Argument parsing for C functions (func.c) ----
 * Checks counts and fetches keyword arguments by name, with CPython's messages:
 *   "f() takes at most 2 arguments (3 given)", "f() missing required argument 'x' (pos 1)",
 *   "f() got an unexpected keyword argument 'y'", "f() takes no keyword arguments".
 * names: parameter names (positional ones first); out[i] receives a borrowed reference or
 * NULL when not given. min_args positional arguments are required; max_pos is the number
 * that may be given positionally; the rest are keyword-only. Returns 0 or -1. */
int args_parse(const char *fname, GpObject *const *args, intptr_t nargs, GpObject *kwnames,
               const char *const *names, int min_args, int max_pos, GpObject **out);
/* Quick checks: "f expected at most 3 arguments, got 4" / "f expected 1 argument, got 0"
 * (CPython's wording for builtins like range/getattr). 0 or -1. */
int args_check_count(const char *fname, intptr_t nargs, intptr_t min, intptr_t max);
int args_no_kw(const char *fname, GpObject *kwnames);   /* "f() takes no keyword arguments" */

/* ---- vm additions ----
 * args_parse details (CPython 3.11's _PyArg_UnpackKeywords): `names` is NULL-terminated;
 * leading "" names are positional-only; messages: "split() takes at most 2 arguments (3
 * given)", "'x' is an invalid keyword argument for split()", "round() missing required
 * argument 'number' (pos 1)", "argument for split() given by name ('sep') and position
 * (1)", "sort() takes no positional arguments". args_check_count: max < 0 means no limit.
 */
/* How CPython names a callable in call errors (_PyObject_FunctionStr): "f()",
 * "__main__.outer.<locals>.f()", "list.append()", "sys.exit()". New reference. */
GpObject *func_describe(GpObject *callable);
/* CPython's _Py_HashPointer (identity hashes). */
int64_t func_hash_pointer(const void *p);

#endif
