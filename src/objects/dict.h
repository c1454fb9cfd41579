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

/* ---- containers: additions ---- */

/* The layout (CPython 3.11's combined table): `indices` holds 2**log2_size slots of
 * 1, 2, 4 or 8 bytes each (by table size), each DKIX_EMPTY, DKIX_DUMMY (deleted) or an index
 * into the dense entries[] that follow it in the same block; entries are in insertion
 * order, a deleted one has key and value NULL. usable counts the entries still free before
 * a resize; nentries the entries used so far (live or deleted). */
#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
typedef struct DictEntry {
    int64_t hash;
    GpObject *key;
    GpObject *value;         /* NULL: deleted */
} DictEntry;
typedef struct DictKeys {
    uint8_t log2_size;
    uint8_t log2_index_bytes;
    uint8_t unicode;         /* every key is an exact str (CPython's DICT_KEYS_UNICODE) */
    intptr_t usable;
    intptr_t nentries;
    char indices[];
} DictKeys;
#define DICT_KEYS_ENTRIES(k) ((DictEntry *)((k)->indices + ((size_t)1 << (k)->log2_index_bytes)))

typedef struct GpDict {
    GP_HEAD;
    intptr_t used;           /* live entries */
    DictKeys *keys;          /* NULL: empty, no table yet (CPython's Py_EMPTY_KEYS) */
} GpDict;

extern GpType gp_type_dict_keys, gp_type_dict_values, gp_type_dict_items;
extern GpType gp_type_dict_keyiterator, gp_type_dict_valueiterator, gp_type_dict_itemiterator;
extern GpType gp_type_dict_reversekeyiterator, gp_type_dict_reversevalueiterator,
    gp_type_dict_reverseitemiterator;

/* Installs dict.fromkeys (a function bound to the dict type: CPython's classmethod of a
 * built-in type) and str.maketrans (a static method) in their types' dicts, once both
 * types are readied (interp.c should call it after readying the built-in types; the
 * first dict_new after that does it otherwise). 0 or -1. */
int dict_init(void);
/* Puts a built-in function for def in a readied type's dict under def->name: a static
 * method, or with classmethod set a class method (it receives the class it is looked up
 * on as self, so D.fromkeys on a dict subclass D can make a D). 0 or -1. */
int type_dict_add_cfunction(GpType *type, GpMethodDef *def, int classmethod);
/* A dict sized for n items as CPython's BUILD_MAP presizes (_PyDict_FromItems): new ref. */
GpObject *dict_new_presized(intptr_t n);
/* d.get(key) for a str key known to be exact: borrowed or NULL (no exception unless a key
 * comparison failed). */
GpObject *dict_getitem_str(GpObject *d, GpObject *key);
/* d.pop(key, dflt): new reference; dflt NULL raises KeyError(key) when missing. */
GpObject *dict_pop(GpObject *d, GpObject *key, GpObject *dflt);
/* d.setdefault(key, dflt): borrowed reference to the value now stored, or NULL. */
GpObject *dict_setdefault(GpObject *d, GpObject *key, GpObject *dflt);
/* key in d: 1, 0, -1. */
int dict_contains(GpObject *d, GpObject *key);
/* Raises KeyError(key) (key wrapped in a tuple, so tuple keys show as themselves). */
void dict_set_key_error(GpObject *key);
/* A new iterator of the given dict iterator type (dict_views.c). */
GpObject *dict_iter_new(GpObject *d, GpType *type);
/* The view types' constructor: new reference to type(d) view. */
GpObject *dict_view_new(GpObject *d, GpType *type);

#endif
