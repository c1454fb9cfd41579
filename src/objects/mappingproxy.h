/* mappingproxy.h — read-only views of mappings (CPython's types.MappingProxyType): the
 * `__dict__` of classes and built-in types.
 */
#ifndef GP_MAPPINGPROXY_H
#define GP_MAPPINGPROXY_H

#include "object.h"

extern GpType gp_type_mappingproxy;

/* A proxy of mapping (borrowed; the proxy keeps a reference): new reference. */
GpObject *mappingproxy_new(GpObject *mapping);

#endif
