/* dict.h — Python's dict: insertion-ordered, compact (an index table into a dense entry
 * array, as CPython 3.6+), open addressing with CPython's perturbation probe, so int keys
 * iterate and collide as in CPython.
 * Mutating a dict while iterating it raises RuntimeError in iterators
 * ("dictionary changed size during iteration").
 */
#ifndef GP_DICT_H
#define GP_DICT_H

#include "object.h"

extern GpType gp_type_dict;
#define DICT_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_DICT_SUBCLASS) != 0)
#define DICT_CHECK_EXACT(o) (GP_TYPE(o) == &gp_type_dict)

GpObject *dict_new(void);                                  /* new reference */
/* Borrowed value, or NULL: with an exception set (unhashable key, failing __eq__) or with
 * none when the key is missing. */
GpObject *dict_getitem(GpObject *d, GpObject *key);
GpObject *dict_getitem_cstr(GpObject *d, const char *key);
/* d[key] = value; borrows both (increfs). 0 or -1. */
int dict_setitem(GpObject *d, GpObject *key, GpObject *value);
int dict_setitem_cstr(GpObject *d, const char *key, GpObject *value);
/* del d[key]: -1 with KeyError(key) if missing. */
int dict_delitem(GpObject *d, GpObject *key);
/* Iteration with borrowed key/value: `intptr_t pos = 0; while (dict_next(d, &pos, &k, &v))`. */
int dict_next(GpObject *d, intptr_t *pos, GpObject **key, GpObject **value);
intptr_t dict_size(GpObject *d);
void dict_clear(GpObject *d);
GpObject *dict_copy(GpObject *d);                           /* new reference */
/* d.update(other) for a dict or mapping or iterable of pairs; 0 or -1. */
int dict_update(GpObject *d, GpObject *other);
/* Like update for a mapping, but with override=0 a duplicate key raises
 * TypeError (for f(**a, **b): "f() got multiple values for keyword argument 'x'" is the
 * VM's message; this returns -2 with no exception set and *dup set to the key). */
int dict_merge(GpObject *d, GpObject *other, int override, GpObject **dup);
GpObject *dict_keys_list(GpObject *d);                      /* new list */

#endif
