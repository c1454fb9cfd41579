/* traceback_mod.h — the traceback module (modules/traceback_mod.c): the formatting and
 * printing functions of CPython's traceback module that programs use with exceptions
 * (format_exc, print_exc, format_exception, print_exception, format_exception_only). */
#ifndef GP_TRACEBACK_MODULE_H
#define GP_TRACEBACK_MODULE_H

#include "object.h"

/* A new traceback module. New reference, or NULL with an exception set. */
GpObject *traceback_module_create(void);

#endif
