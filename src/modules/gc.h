/* gc.h — the gc module (collect, enable, disable, isenabled, get_count, get_threshold,
 * set_threshold, is_tracked); the collector itself is src/mem/gc.c. */
#ifndef GP_GC_MODULE_H
#define GP_GC_MODULE_H

#include "object.h"

/* A new gc module. New reference, or NULL with an exception set. */
GpObject *gc_module_create(void);

#endif
