/* import.h — the import system (import.c): built-in C modules, and .py modules and
 * packages found on sys.path, cached in sys.modules.
 */
#ifndef GP_IMPORT_H
#define GP_IMPORT_H

#include <stdint.h>

#include "object.h"

/* Imports the module with the absolute dotted name `name` (a str), its parents first.
 * Returns a new reference to sys.modules[name], or NULL with the exception: ModuleNotFoundError
 * "No module named 'x'", or whatever the module's code raised. (Declared in interp.h too.) */
GpObject *import_module(GpObject *name);

/* 1 if `name` is a built-in C module (sys, builtins, gc, time, heap, ...). */
int import_is_builtin(const char *name);

/* The file that `import name` would run (-m): a malloc'd path and *is_pkg (a package's
 * __init__.py -- for a namespace package, where it would be in the first directory), or
 * NULL if there is none. For a dotted name the parent package is imported
 * first; if that fails, NULL with the exception set. */
char *import_find_file(const char *name, int *is_pkg);

/* 1 while module's code is running (its import is in progress). */
int import_is_initializing(GpObject *module);

/* Raises the AttributeError for module.name missing (modname: the module's __name__, a
 * str): CPython's "partially initialized module 'm' has no attribute 'x' (most likely due
 * to a circular import)" while its code runs, "cannot access submodule 'x' of module 'm'
 * (...)" while m.x's code runs, else "module 'm' has no attribute 'x'". Returns NULL. */
GpObject *import_err_no_attribute(GpObject *module, GpObject *modname, GpObject *name);

/* The absolute name for a relative import of `name` (a str, may be empty) at `level` (> 0)
 * from code running with `globals`: ImportError "attempted relative import with no known
 * parent package" / "... beyond top-level package". New reference. */
GpObject *import_resolve_relative(GpObject *name, GpObject *globals, int64_t level);

/* For `from pkg import a, b`: imports the names of the from-list tuple that are not yet
 * attributes of the package as submodules (a missing one is left to IMPORT_FROM's error).
 * 0 or -1. */
int import_handle_fromlist(GpObject *module, GpObject *fromlist);

/* import_module(name), then import_handle_fromlist. New reference or NULL. */
GpObject *import_module_fromlist(GpObject *name, GpObject *fromlist);

/* Tear-down (sys_fini): drops what the import system's own types (ModuleSpec) readied. */
void import_fini(void);

#endif
