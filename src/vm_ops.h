/* vm_ops.h — the eval loop's slow paths (vm_ops.c): raising and chaining, unpacking,
 * imports, the REPL's echo, f-string pieces, * and ** call arguments, `with`. Internal to
 * the VM. Arguments are borrowed unless a name ends in _steal.
 */
#ifndef GP_VM_OPS_H
#define GP_VM_OPS_H

#include "frame.h"
#include "object.h"

/* Sets exc's __context__ to the handled exception (gp_interp->handled_exc) unless they are
 * the same object, cutting a cycle through exc as CPython does. */
void vm_chain_context(GpObject *exc);

/* RAISE_VARARGS: exc and cause may be NULL; both stolen. Returns 1 when it re-raised the
 * handled exception (bare `raise`: no traceback entry for this frame), 0 when a new
 * exception is pending (already chained). */
int vm_do_raise_steal(GpObject *exc, GpObject *cause);

/* CHECK_EXC_MATCH's check of the except clause's class (or tuple): 0, or -1 with
 * TypeError "catching classes that do not inherit from BaseException is not allowed". */
int vm_check_except_type(GpObject *cls);

/* Unpacks the iterable v into argcnt items, then (argcntafter >= 0) a list of the rest and
 * argcntafter more; stores new references downward from top (top[-1] is the first item,
 * as UNPACK_SEQUENCE leaves it). 0 or -1 with CPython's ValueError/TypeError. */
int vm_unpack_iterable(GpObject *v, int argcnt, int argcntafter, GpObject **top);

/* Error messages for unbound names (each returns NULL). */
GpObject *vm_unbound_local(GpCode *co, int index);     /* LOAD_FAST / DELETE_FAST */
GpObject *vm_unbound_deref(GpCode *co, int index);     /* cell/free index (ARG_FREE) */
GpObject *vm_name_error(GpObject *name);               /* "name 'x' is not defined" */
/* The name of cell/free variable `index` (ARG_FREE). Borrowed. */
GpObject *vm_cell_name(GpCode *co, int index);

/* Imports (IMPORT_NAME / IMPORT_FROM / IMPORT_STAR). New references / 0 or -1. */
GpObject *vm_import_name(GpObject *name, GpObject *fromlist, GpObject *level);
GpObject *vm_import_from(GpObject *module, GpObject *name);
int vm_import_star(GpFrame *f, GpObject *module);

/* PRINT_EXPR: the REPL echo (repr to sys.stdout, builtins._). 0 or -1. */
int vm_print_expr(GpObject *v);

/* FORMAT_VALUE: conv 0 none, 1 str, 2 repr, 3 ascii; spec may be NULL. New reference. */
GpObject *vm_format_value(GpObject *value, int conv, GpObject *spec);
/* BUILD_STRING: concatenates n strs. New reference. */
GpObject *vm_build_string(GpObject *const *items, int n);

/* Sets (until a set type exists they go through the builtin `set`). */
GpObject *vm_build_set(GpObject *const *items, int n);
int vm_set_add(GpObject *set, GpObject *item);
int vm_set_update(GpObject *set, GpObject *iterable);

/* LIST_EXTEND / DICT_UPDATE / DICT_MERGE with CPython's messages. 0 or -1. */
int vm_list_extend(GpObject *list, GpObject *iterable);
int vm_dict_update(GpObject *dict, GpObject *update);
int vm_dict_merge(GpObject *callable, GpObject *dict, GpObject *update);

/* CALL_FUNCTION_EX: flattens self (may be NULL), the * args and the ** dict into
 * out[] (new references; *out may point to a mem_alloc'd array when `small` is too
 * short, which vm_call_ex_free releases) and a kwnames tuple (new reference or NULL).
 * Returns the number of positional arguments, or -1 with an exception. */
intptr_t vm_call_ex_args(GpObject *callable, GpObject *self, GpObject *args, GpObject *kwargs,
                         GpObject **small, intptr_t nsmall, GpObject ***out,
                         GpObject **kwnames);
void vm_call_ex_free(GpObject **arr, GpObject **small);

/* BEFORE_WITH: the bound __enter__ and __exit__ of mgr, looked up on its type (new
 * references), or -1 with TypeError "'X' object does not support the context manager
 * protocol" (and "... (missed __exit__ method)"). */
int vm_with_lookup(GpObject *mgr, GpObject **enter, GpObject **exit);
/* WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__). New reference. */
GpObject *vm_with_exit(GpObject *exit, GpObject *exc);

/* MAKE_FUNCTION's pieces are set on the new function directly; SETUP_ANNOTATIONS: */
int vm_setup_annotations(GpFrame *f);
/* LOAD_CLASSDEREF's locals lookup: borrowed-or-new semantics hidden: new reference or
 * NULL (no exception when missing). */
GpObject *vm_locals_lookup(GpObject *locals, GpObject *name);

#endif
