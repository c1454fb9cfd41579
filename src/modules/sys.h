/* sys.h — the sys module (modules/sys.c). */
#ifndef GP_SYS_H
#define GP_SYS_H

#include "object.h"

/* Creates the sys module and the std streams, stores it in gp_interp->sys_module and
 * sys.modules. path0 is sys.path[0] (the script's directory, or ""). 0 or -1. */
int sys_init(const char *path0);
/* Flushes and drops the std streams (interp tear-down, before the module dicts go). */
void sys_fini(void);

/* 1 if hook is sys.__excepthook__'s built-in function (sys.c). */
int sys_is_default_excepthook(GpObject *hook);
/* What the default sys.excepthook does (errors.c): prints exc -- chained exceptions,
 * tracebacks -- to sys.stderr. Keeps a pending exception pending. */
void err_display(GpObject *exc);
/* exc_format (errors.h), or with chain 0 exc alone without its cause/context (errors.c,
 * for the traceback module). New str or NULL. */
GpObject *exc_format_chain(GpObject *exc, int chain);

#endif
