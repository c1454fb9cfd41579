/* type_internal.h — what type.c and type_class.c share (internal to the two). */
#ifndef GP_TYPE_INTERNAL_H
#define GP_TYPE_INTERNAL_H

#include "object.h"

/* Copies into t the slots CPython would inherit from b that t leaves NULL (hash and
 * richcompare only together) and the base's fast-subclass flags. */
void type_inherit_slots(GpType *t, GpType *b);
/* After a special method of t changed: t's and its subclasses' slots follow. */
void type_refix_slots(GpType *t);
/* The __bases__ setter: checks the new bases, recomputes the MROs of the class and its
 * subclasses and their slots. 0 or -1. */
int type_set_bases(GpObject *self, GpObject *v);

#endif
