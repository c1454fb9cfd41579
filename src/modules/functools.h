/* functools.h — the functools module (functools.c): reduce, partial, cmp_to_key,
 * update_wrapper, wraps, total_ordering, lru_cache, cache, cached_property. */
#ifndef GP_FUNCTOOLS_MODULE_H
#define GP_FUNCTOOLS_MODULE_H

#include "object.h"

/* A new functools module (its types are readied on first import). New reference, or NULL
 * with an exception set. */
GpObject *functools_module_create(void);
/* Drops the module's types (import_fini). */
void functools_fini(void);

#endif
