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

/* ---- containers: additions ---- */
extern GpType gp_type_list_iterator, gp_type_list_reverseiterator;
/* list.sort(key=key, reverse=reverse) (key may be NULL or None): CPython's timsort
 * (list_sort.c), so the comparisons made and the result match CPython's. 0 or -1. */
int list_sort_ex(GpObject *list, GpObject *key, int reverse);
/* CPython's PyObject_LengthHint: len(o), else o.__length_hint__(), else dflt; -1 on error. */
intptr_t list_length_hint(GpObject *o, intptr_t dflt);
/* CPython's PySequence_Fast: v itself if it is an exact list or tuple, else a new list of
 * its items (TypeError with msg if it is not iterable). New reference. */
GpObject *list_seq_fast(GpObject *v, const char *msg);
/* Resizes the item array with CPython 3.11's over-allocation (list_resize); 0 or -1. */
int list_resize(GpObject *list, intptr_t newsize);
/* The trashcan (CPython's Py_TRASHCAN_BEGIN/END), for any container's dealloc:
 *     if (list_trashcan_begin(o)) return;   ...release references, free...   list_trashcan_end();
 * Past a nesting depth of 50 the object is queued instead and freed (LIFO) when the outermost
 * dealloc finishes, so freeing a long chain (l = [l] a million times) runs in bounded C stack. */
int list_trashcan_begin(GpObject *o);
void list_trashcan_end(void);

#endif
