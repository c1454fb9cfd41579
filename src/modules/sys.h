/* sys.h — the sys module (modules/sys.c). */
#ifndef GP_SYS_H
#define GP_SYS_H

#include "object.h"

/* Creates the sys module and the std streams, stores it in gp_interp->sys_module and
 * sys.modules. path0 is sys.path[0] (the script's directory, or ""). 0 or -1. */
int sys_init(const char *path0);
/* Flushes and drops the std streams (interp tear-down, before the module dicts go). */
void sys_fini(void);

#endif
