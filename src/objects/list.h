/* list.h — Python's list: a header plus a separately allocated, over-allocated item array
 * (CPython's growth pattern, so sys.getsizeof matches the over-allocation story).
 */
#ifndef GP_LIST_H
#define GP_LIST_H

#include "object.h"

typedef struct GpList {
    GP_HEAD;
    intptr_t size;
    GpObject **items;
    intptr_t allocated;
} GpList;

extern GpType gp_type_list;
#define LIST_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_LIST_SUBCLASS) != 0)
#define LIST_CHECK_EXACT(o) (GP_TYPE(o) == &gp_type_list)
#define LIST_SIZE(o) (((GpList *)(o))->size)
#define LIST_ITEM(o, i) (((GpList *)(o))->items[i])                 /* borrowed */
#define LIST_SET_ITEM(o, i, v) (((GpList *)(o))->items[i] = (v))   /* steals v; slot must be empty */

/* A list of n NULL slots to fill with LIST_SET_ITEM. New reference. */
GpObject *list_new(intptr_t n);
int list_append(GpObject *list, GpObject *item);          /* borrows item (increfs) */
int list_append_steal(GpObject *list, GpObject *item);    /* steals item, even on failure */
int list_extend(GpObject *list, GpObject *iterable);
int list_insert(GpObject *list, intptr_t index, GpObject *item);
GpObject *list_from_iterable(GpObject *iterable);         /* list(iterable) */
GpObject *list_as_tuple(GpObject *list);
int list_sort(GpObject *list);                            /* stable, no key */

#endif
