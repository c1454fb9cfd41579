/* functools_internal.h — what functools.c and functools_cache.c share. */
#ifndef GP_FUNCTOOLS_INTERNAL_H
#define GP_FUNCTOOLS_INTERNAL_H

#include "object.h"

extern GpType gp_type_cacheinfo, gp_type_lru_wrapper, gp_type_cached_property;

/* descr_get of the callables that bind like functions (the lru wrapper, singledispatch):
 * a bound method for an instance, the object itself through the class. New reference. */
GpObject *functools_bind(GpObject *self, GpObject *obj, GpObject *type);
/* functools.lru_cache(maxsize=128, typed=False) and functools.cache(f) (METH_KEYWORDS). */
GpObject *functools_lru_cache(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames);
GpObject *functools_cache(GpObject *self, GpObject *const *args, intptr_t nargs,
                          GpObject *kwnames);

/* The message of a Python function's missing required arguments ("f() missing 2 required
 * positional arguments: 'a' and 'b'"): names[0..nreq) are the required ones. 0, or -1 with
 * the TypeError set. */
int functools_check_missing(const char *fname, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames, const char *const *names, int nreq);
/* functools.update_wrapper(wrapper, wrapped, assigned=..., updated=...) (METH_KEYWORDS). */
GpObject *functools_update_wrapper(GpObject *self, GpObject *const *args, intptr_t nargs,
                                   GpObject *kwnames);

#endif
