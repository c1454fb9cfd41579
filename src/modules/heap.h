/* heap.h — the heap module (heap.where, heap.stats): where objects live, and how many. */
#ifndef GP_HEAP_MODULE_H
#define GP_HEAP_MODULE_H

#include "object.h"

/* A new heap module. New reference, or NULL with an exception set. */
GpObject *heap_module_create(void);

#endif
