/* functools.h — the functools module (functools.c): reduce, partial, cmp_to_key,
 * update_wrapper, wraps, total_ordering, lru_cache, cache, cached_property. */
#ifndef GP_FUNCTOOLS_MODULE_H
#define GP_FUNCTOOLS_MODULE_H

#include "object.h"

extern GpType gp_type_partial, gp_type_keywrapper, gp_type_total_method, gp_type_cacheinfo,
    gp_type_lru_wrapper, gp_type_cached_property, gp_type_partialmethod, gp_type_pm_unbound,
    gp_type_singledispatch;

/* A new functools module. New reference, or NULL with an exception set. */
GpObject *functools_module_create(void);

#endif
