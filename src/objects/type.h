/* type.h — type objects: readying static built-in types (dict from methods/getsets, MRO),
 * calling a type to make an instance, and type attributes (__name__, __mro__, ...).
 */
#ifndef GP_TYPE_H
#define GP_TYPE_H

#include "object.h"

/* Fills type->dict (method descriptors, getset descriptors) and type->mro, inherits unset
 * slots from the base (CPython's inherit_slots subset), sets TPFLAG_READY. 0 or -1. */
int type_ready(GpType *type);
/* Drops the dict and MRO of a static type (interp tear-down). */
void type_fini(GpType *type);
/* Looks name up along type's MRO dicts: borrowed or NULL (no exception). */
GpObject *type_lookup(GpType *type, GpObject *name);

#endif
