/* set.c — set and frozenset (set.h): CPython 3.11's setobject.c table and algorithms.
 *
 * Invariants:
 * - The table layout, probing (LINEAR_PROBES slots after the home slot, then the
 *   perturbation recurrence), resizing (at fill * 5 >= mask * 3, to the smallest power of
 *   two > used * 4, or used * 2 past 50000) and the order in which every operation inserts
 *   follow CPython, so iteration order matches it for equal hashes.
 * - Every active slot owns a reference to its key; dummies point at the static marker.
 * - A lookup that calls __eq__ restarts if the table changed under it (CPython's rule).
 * - A frozenset's hash is CPython's (shuffled entry hashes xor'd together).
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

#define S(o) ((GpSet *)(o))
#define UNUSED_ARGS (void)args, (void)nargs, (void)kw

/* The marker of deleted slots (CPython's `dummy`): static, never freed. */
static GpObject dummy_obj = {1, &gp_type_object};
#define DUMMY (&dummy_obj)

static int set_table_resize(GpSet *so, intptr_t minused);

/* ---- Construction ---- */

/* An empty set of the given type. New reference. */
static GpObject *make_empty(GpType *type) {
    GpSet *so = (GpSet *)obj_new(type, type->basicsize > sizeof(GpSet) ? type->basicsize
                                                                         : sizeof(GpSet));
    if (!so) return NULL;
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    memset(so->smalltable, 0, sizeof so->smalltable);
    return (GpObject *)so;
}

static int64_t key_hash(GpObject *key) {
    if (STR_CHECK_EXACT(key)) {
        int64_t h = ((GpStr *)key)->hash;
        if (h != -1) return h;
    }
    return obj_hash(key);
}

/* ---- The table ---- */

/* Finds key: the active slot holding it, or the unused slot ending its probe; NULL on
 * error. */
static SetEntry *set_lookkey(GpSet *so, GpObject *key, int64_t hash) {
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) return entry;
            if (entry->hash == hash) {
                GpObject *startkey = entry->key;
                if (startkey == key) return entry;
                if (STR_CHECK_EXACT(startkey) && STR_CHECK_EXACT(key) && str_eq(startkey, key))
                    return entry;
                SetEntry *table = so->table;
                gp_incref(startkey);
                int cmp = obj_richcompare_bool(startkey, key, CMP_OP_EQ);
                gp_decref(startkey);
                if (cmp < 0) return NULL;
                if (table != so->table || entry->key != startkey) goto restart;
                if (cmp > 0) return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Adds key (borrowed) with its hash. 0 or -1. */
static int set_add_entry(GpSet *so, GpObject *key, int64_t hash) {
    gp_incref(key);
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                GpObject *startkey = entry->key;
                if (startkey == key) goto found_active;
                if (STR_CHECK_EXACT(startkey) && STR_CHECK_EXACT(key) && str_eq(startkey, key))
                    goto found_active;
                SetEntry *table = so->table;
                gp_incref(startkey);
                int cmp = obj_richcompare_bool(startkey, key, CMP_OP_EQ);
                gp_decref(startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) goto error;
                if (table != so->table || entry->key != startkey) goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1 && freeslot == NULL) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    gp_decref(key);
    return 0;
error:
    gp_decref(key);
    return -1;
}

/* Inserts into a table known to hold no dummies and not the key. Steals nothing: the
 * caller has already counted the reference. */
static void set_insert_clean(SetEntry *table, size_t mask, GpObject *key, int64_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL) goto found;
        if (i + LINEAR_PROBES <= mask)
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) goto found;
            }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

static int set_table_resize(GpSet *so, intptr_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    SetEntry *oldtable = so->table;
    size_t oldmask = (size_t)so->mask;
    int old_malloced = oldtable != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;   /* no dummies to drop */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        if (newsize > SIZE_MAX / sizeof(SetEntry) / 2) {
            err_no_memory();
            return -1;
        }
        newtable = mem_alloc(newsize * sizeof(SetEntry));
        if (!newtable) {
            err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = (intptr_t)newsize - 1;
    so->table = newtable;
    size_t newmask = newsize - 1;
    if (so->fill == so->used) {
        for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
            if (e->key) set_insert_clean(newtable, newmask, e->key, e->hash);
    } else {
        so->fill = so->used;
        for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
            if (e->key && e->key != DUMMY) set_insert_clean(newtable, newmask, e->key, e->hash);
    }
    if (old_malloced) mem_free(oldtable);
    return 0;
}

static int set_contains_entry(GpSet *so, GpObject *key, int64_t hash) {
    SetEntry *e = set_lookkey(so, key, hash);
    if (!e) return -1;
    return e->key != NULL;
}

#define DISCARD_NOTFOUND 0
#define DISCARD_FOUND 1

static int set_discard_entry(GpSet *so, GpObject *key, int64_t hash) {
    SetEntry *e = set_lookkey(so, key, hash);
    if (!e) return -1;
    if (e->key == NULL) return DISCARD_NOTFOUND;
    GpObject *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    gp_decref(old);
    return DISCARD_FOUND;
}

static int set_add_key(GpSet *so, GpObject *key) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return set_add_entry(so, key, h);
}

static int set_contains_key(GpSet *so, GpObject *key) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return set_contains_entry(so, key, h);
}

static int set_discard_key(GpSet *so, GpObject *key) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return set_discard_entry(so, key, h);
}

/* Empties the set, releasing the keys after the table is reset (a key's destructor may
 * look at the set). */
static void set_clear_internal(GpSet *so) {
    SetEntry *table = so->table;
    intptr_t fill = so->fill, n = so->mask + 1;
    int malloced = table != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (!malloced) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    for (intptr_t i = 0; i < n && fill > 0; i++)
        if (table[i].key) {
            fill--;
            if (table[i].key != DUMMY) gp_decref(table[i].key);
        }
    if (malloced) mem_free(table);
}

/* Next active slot at or after *pos. */
static int next_entry(GpSet *so, intptr_t *pos, SetEntry **out) {
    intptr_t i = *pos;
    SetEntry *e = &so->table[i];
    while (i <= so->mask && (e->key == NULL || e->key == DUMMY)) i++, e++;
    *pos = i + 1;
    if (i > so->mask) return 0;
    *out = e;
    return 1;
}

int set_next(GpObject *s, intptr_t *pos, GpObject **key) {
    SetEntry *e;
    if (!next_entry(S(s), pos, &e)) return 0;
    *key = e->key;
    return 1;
}

static int set_merge(GpSet *so, GpSet *other) {
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (set_table_resize(so, (so->used + other->used) * 2) < 0) return -1;
    SetEntry *se = so->table, *oe = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (intptr_t i = 0; i <= other->mask; i++, se++, oe++)
            if (oe->key) {
                se->key = gp_newref(oe->key);
                se->hash = oe->hash;
            }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (intptr_t i = other->mask + 1; i > 0; i--, oe++)
            if (oe->key && oe->key != DUMMY)
                set_insert_clean(so->table, (size_t)so->mask, gp_newref(oe->key), oe->hash);
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        oe = &other->table[i];
        if (oe->key && oe->key != DUMMY && set_add_entry(so, oe->key, oe->hash) < 0) return -1;
    }
    return 0;
}

static int set_update_internal(GpSet *so, GpObject *other) {
    if (ANYSET_CHECK(other)) return set_merge(so, S(other));
    if (DICT_CHECK_EXACT(other)) {
        intptr_t n = dict_size(other);
        if ((so->fill + n) * 5 >= so->mask * 3)
            if (set_table_resize(so, (so->used + n) * 2) < 0) return -1;
        intptr_t pos = 0;
        GpObject *k, *v;
        while (dict_next(other, &pos, &k, &v)) {
            int64_t h = key_hash(k);
            if (h == -1 || set_add_entry(so, k, h) < 0) return -1;
        }
        return 0;
    }
    GpObject *it = obj_iter(other);
    if (!it) return -1;
    GpObject *key;
    while ((key = obj_iternext(it))) {
        int r = set_add_key(so, key);
        gp_decref(key);
        if (r < 0) {
            gp_decref(it);
            return -1;
        }
    }
    gp_decref(it);
    return err_occurred() ? -1 : 0;
}

/* A new set of type (set or frozenset, as CPython's make_new_set) from iterable. */
static GpObject *make_new_set(GpType *type, GpObject *iterable) {
    GpObject *so = make_empty(type);
    if (!so) return NULL;
    if (iterable && set_update_internal(S(so), iterable) < 0) {
        gp_decref(so);
        return NULL;
    }
    return so;
}

/* The plain base type of o's type (subclasses produce plain sets, as CPython). */
static GpObject *make_new_set_basetype(GpType *type, GpObject *iterable) {
    if (type != &gp_type_set && type != &gp_type_frozenset)
        type = type_is_subtype(type, &gp_type_set) ? &gp_type_set : &gp_type_frozenset;
    return make_new_set(type, iterable);
}

GpObject *set_new(GpObject *iterable) { return make_new_set(&gp_type_set, iterable); }
GpObject *frozenset_new(GpObject *iterable) { return make_new_set(&gp_type_frozenset, iterable); }

int set_add(GpObject *s, GpObject *key) { return set_add_key(S(s), key); }
int set_update(GpObject *s, GpObject *iterable) { return set_update_internal(S(s), iterable); }

/* `key in s`: an unhashable set key is looked up as a frozenset (CPython). */
int set_contains(GpObject *s, GpObject *key) {
    int rv = set_contains_key(S(s), key);
    if (rv < 0 && SET_CHECK(key) && err_matches(&gp_exc_TypeError)) {
        err_clear();
        GpObject *tmp = make_new_set(&gp_type_frozenset, key);
        if (!tmp) return -1;
        rv = set_contains_key(S(s), tmp);
        gp_decref(tmp);
    }
    return rv;
}

/* ---- Algebra (each as CPython's function of the same name) ---- */

static GpObject *set_copy_obj(GpObject *so) {
    return make_new_set_basetype(GP_TYPE(so), so);
}

static GpObject *set_intersection(GpObject *so, GpObject *other) {
    if (so == other) return set_copy_obj(so);
    GpObject *result = make_new_set_basetype(GP_TYPE(so), NULL);
    if (!result) return NULL;
    if (ANYSET_CHECK(other)) {
        GpObject *a = so, *b = other;
        if (SET_SIZE(b) > SET_SIZE(a)) a = other, b = so;
        intptr_t pos = 0;
        SetEntry *e;
        while (next_entry(S(b), &pos, &e)) {
            GpObject *key = gp_newref(e->key);
            int64_t hash = e->hash;
            int rv = set_contains_entry(S(a), key, hash);
            if (rv > 0) rv = set_add_entry(S(result), key, hash);
            gp_decref(key);
            if (rv < 0) goto error;
        }
        return result;
    }
    GpObject *it = obj_iter(other);
    if (!it) goto error;
    GpObject *key;
    while ((key = obj_iternext(it))) {
        int64_t hash = key_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(S(so), key, hash);
        if (rv > 0) rv = set_add_entry(S(result), key, hash);
        gp_decref(key);
        if (rv < 0) {
            gp_decref(it);
            goto error;
        }
    }
    gp_decref(it);
    if (err_occurred()) goto error;
    return result;
error:
    gp_decref(result);
    return NULL;
}

static GpObject *set_intersection_multi(GpObject *so, GpObject *const *args, intptr_t n) {
    if (n == 0) return set_copy_obj(so);
    GpObject *result = gp_newref(so);
    for (intptr_t i = 0; i < n; i++) {
        GpObject *nr = set_intersection(result, args[i]);
        gp_decref(result);
        if (!nr) return NULL;
        result = nr;
    }
    return result;
}

/* Swaps the tables of a and b (intersection_update). */
static void set_swap_bodies(GpSet *a, GpSet *b) {
    intptr_t t;
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->used, a->used = b->used, b->used = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    SetEntry *ta = a->table, *tb = b->table;
    SetEntry tab[SET_MINSIZE];
    memcpy(tab, a->smalltable, sizeof tab);
    memcpy(a->smalltable, b->smalltable, sizeof tab);
    memcpy(b->smalltable, tab, sizeof tab);
    a->table = tb == b->smalltable ? a->smalltable : tb;
    b->table = ta == a->smalltable ? b->smalltable : ta;
    int64_t h = a->hash;
    a->hash = b->hash, b->hash = h;
}

static int set_difference_update_internal(GpSet *so, GpObject *other) {
    if ((GpObject *)so == other) {
        set_clear_internal(so);
        return 0;
    }
    if (ANYSET_CHECK(other)) {
        if ((SET_SIZE(other) >> 3) > so->used) {
            other = set_intersection((GpObject *)so, other);
            if (!other) return -1;
        } else {
            gp_incref(other);
        }
        intptr_t pos = 0;
        SetEntry *e;
        while (next_entry(S(other), &pos, &e)) {
            GpObject *key = gp_newref(e->key);
            int rv = set_discard_entry(so, key, e->hash);
            gp_decref(key);
            if (rv < 0) {
                gp_decref(other);
                return -1;
            }
        }
        gp_decref(other);
    } else {
        GpObject *it = obj_iter(other);
        if (!it) return -1;
        GpObject *key;
        while ((key = obj_iternext(it))) {
            int rv = set_discard_key(so, key);
            gp_decref(key);
            if (rv < 0) {
                gp_decref(it);
                return -1;
            }
        }
        gp_decref(it);
        if (err_occurred()) return -1;
    }
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static GpObject *set_copy_and_difference(GpObject *so, GpObject *other) {
    GpObject *result = set_copy_obj(so);
    if (!result) return NULL;
    if (set_difference_update_internal(S(result), other) < 0) {
        gp_decref(result);
        return NULL;
    }
    return result;
}

static GpObject *set_difference(GpObject *so, GpObject *other) {
    intptr_t other_size;
    if (ANYSET_CHECK(other)) other_size = SET_SIZE(other);
    else if (DICT_CHECK_EXACT(other)) other_size = dict_size(other);
    else return set_copy_and_difference(so, other);
    if ((SET_SIZE(so) >> 2) > other_size) return set_copy_and_difference(so, other);
    GpObject *result = make_new_set_basetype(GP_TYPE(so), NULL);
    if (!result) return NULL;
    intptr_t pos = 0;
    SetEntry *e;
    int is_dict = DICT_CHECK_EXACT(other);
    while (next_entry(S(so), &pos, &e)) {
        GpObject *key = gp_newref(e->key);
        int64_t hash = e->hash;
        int rv = is_dict ? dict_contains(other, key) : set_contains_entry(S(other), key, hash);
        if (rv == 0) rv = set_add_entry(S(result), key, hash);
        gp_decref(key);
        if (rv < 0) {
            gp_decref(result);
            return NULL;
        }
    }
    return result;
}

static GpObject *set_difference_multi(GpObject *so, GpObject *const *args, intptr_t n) {
    if (n == 0) return set_copy_obj(so);
    GpObject *result = set_difference(so, args[0]);
    if (!result) return NULL;
    for (intptr_t i = 1; i < n; i++)
        if (set_difference_update_internal(S(result), args[i]) < 0) {
            gp_decref(result);
            return NULL;
        }
    return result;
}

static int set_symmetric_difference_update(GpSet *so, GpObject *other) {
    if ((GpObject *)so == other) {
        set_clear_internal(so);
        return 0;
    }
    GpObject *otherset;
    if (DICT_CHECK_EXACT(other)) {
        intptr_t pos = 0;
        GpObject *k, *v;
        while (dict_next(other, &pos, &k, &v)) {
            gp_incref(k);
            int64_t hash = key_hash(k);
            int rv = hash == -1 ? -1 : set_discard_entry(so, k, hash);
            if (rv == DISCARD_NOTFOUND) rv = set_add_entry(so, k, hash);
            gp_decref(k);
            if (rv < 0) return -1;
        }
        return 0;
    }
    if (ANYSET_CHECK(other)) otherset = gp_newref(other);
    else if (!(otherset = make_new_set_basetype(GP_TYPE(so), other))) return -1;
    intptr_t pos = 0;
    SetEntry *e;
    while (next_entry(S(otherset), &pos, &e)) {
        GpObject *key = gp_newref(e->key);
        int64_t hash = e->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv == DISCARD_NOTFOUND) rv = set_add_entry(so, key, hash);
        gp_decref(key);
        if (rv < 0) {
            gp_decref(otherset);
            return -1;
        }
    }
    gp_decref(otherset);
    return 0;
}

static GpObject *set_symmetric_difference(GpObject *so, GpObject *other) {
    GpObject *otherset = make_new_set_basetype(GP_TYPE(so), other);
    if (!otherset) return NULL;
    if (set_symmetric_difference_update(S(otherset), so) < 0) {
        gp_decref(otherset);
        return NULL;
    }
    return otherset;
}

/* 1, 0, -1 */
static int set_issubset(GpObject *so, GpObject *other) {
    if (!ANYSET_CHECK(other)) {
        GpObject *tmp = make_new_set(&gp_type_set, other);
        if (!tmp) return -1;
        int r = set_issubset(so, tmp);
        gp_decref(tmp);
        return r;
    }
    if (SET_SIZE(so) > SET_SIZE(other)) return 0;
    intptr_t pos = 0;
    SetEntry *e;
    while (next_entry(S(so), &pos, &e)) {
        GpObject *key = gp_newref(e->key);
        int rv = set_contains_entry(S(other), key, e->hash);
        gp_decref(key);
        if (rv <= 0) return rv;
    }
    return 1;
}

static int set_issuperset(GpObject *so, GpObject *other) {
    if (ANYSET_CHECK(other)) return set_issubset(other, so);
    GpObject *it = obj_iter(other);
    if (!it) return -1;
    GpObject *key;
    while ((key = obj_iternext(it))) {
        int rv = set_contains_key(S(so), key);
        gp_decref(key);
        if (rv <= 0) {
            gp_decref(it);
            return rv;
        }
    }
    gp_decref(it);
    return err_occurred() ? -1 : 1;
}

static int set_isdisjoint(GpObject *so, GpObject *other) {
    if (so == other) return SET_SIZE(so) == 0;
    if (GP_TYPE(other) == &gp_type_set || GP_TYPE(other) == &gp_type_frozenset) {
        GpObject *a = so, *b = other;
        if (SET_SIZE(b) > SET_SIZE(a)) a = other, b = so;
        intptr_t pos = 0;
        SetEntry *e;
        while (next_entry(S(b), &pos, &e)) {
            GpObject *key = gp_newref(e->key);
            int rv = set_contains_entry(S(a), key, e->hash);
            gp_decref(key);
            if (rv != 0) return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    GpObject *it = obj_iter(other);
    if (!it) return -1;
    GpObject *key;
    while ((key = obj_iternext(it))) {
        int rv = set_contains_key(S(so), key);
        gp_decref(key);
        if (rv != 0) {
            gp_decref(it);
            return rv < 0 ? -1 : 0;
        }
    }
    gp_decref(it);
    return err_occurred() ? -1 : 1;
}

static GpObject *bool_result(int r) { return r < 0 ? NULL : gp_bool(r); }

/* ---- Slots ---- */

static void set_dealloc(GpObject *o) {
    if (list_trashcan_begin(o)) return;
    GpSet *so = S(o);
    intptr_t used = so->table ? so->fill : 0;
    for (SetEntry *e = so->table; used > 0; e++)
        if (e->key) {
            used--;
            if (e->key != DUMMY) gp_decref(e->key);
        }
    if (so->table != so->smalltable) mem_free(so->table);
    obj_free(o);
    list_trashcan_end();
}

static int set_traverse(GpObject *o, VisitFn visit, void *arg) {
    if (!S(o)->table) return 0;   /* just allocated (obj_new may run the collector) */
    intptr_t pos = 0;
    SetEntry *e;
    while (next_entry(S(o), &pos, &e)) {
        int r = visit(e->key, arg);
        if (r) return r;
    }
    return 0;
}

static GpObject *set_clear_slot(GpObject *o) {
    if (S(o)->table) set_clear_internal(S(o));
    return NULL;
}

static GpObject *set_repr(GpObject *o) {
    const char *tn = GP_TYPE(o)->name;
    int r = obj_repr_enter(o);
    if (r != 0) return r > 0 ? str_from_format("%s(...)", tn) : NULL;
    GpObject *res = NULL;
    if (S(o)->used == 0) {
        res = str_from_format("%s()", tn);
        goto done;
    }
    GpObject *keys = list_from_iterable(o);
    if (!keys) goto done;
    GpObject *lr = obj_repr(keys);
    gp_decref(keys);
    if (!lr) goto done;
    StrBuf sb = STRBUF_INIT;
    int plain = GP_TYPE(o) == &gp_type_set;
    if (!plain) {
        sb_append_cstr(&sb, tn);
        sb_append_char(&sb, '(');
    }
    sb_append_char(&sb, '{');
    sb_append(&sb, STR_DATA(lr) + 1, STR_NBYTES(lr) - 2);
    sb_append_char(&sb, '}');
    if (!plain) sb_append_char(&sb, ')');
    gp_decref(lr);
    res = sb_finish(&sb);
done:
    obj_repr_leave(o);
    return res;
}

static intptr_t set_len(GpObject *o) { return S(o)->used; }

static int set_contains_slot(GpObject *o, GpObject *key) { return set_contains(o, key); }

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

static int64_t frozenset_hash(GpObject *o) {
    GpSet *so = S(o);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    for (SetEntry *e = so->table; e <= &so->table[so->mask]; e++)
        hash ^= shuffle_bits((uint64_t)e->hash);
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    so->hash = (int64_t)hash;
    return so->hash;
}

static GpObject *set_richcompare(GpObject *v, GpObject *w, int op) {
    if (!ANYSET_CHECK(w)) return gp_newref(GP_NOTIMPL);
    switch (op) {
    case CMP_OP_EQ:
    case CMP_OP_NE: {
        int r;
        if (SET_SIZE(v) != SET_SIZE(w)) r = 0;
        else if (S(v)->hash != -1 && S(w)->hash != -1 && S(v)->hash != S(w)->hash) r = 0;
        else if ((r = set_issubset(v, w)) < 0) return NULL;
        return gp_bool(op == CMP_OP_EQ ? r : !r);
    }
    case CMP_OP_LE: return bool_result(set_issubset(v, w));
    case CMP_OP_GE: return bool_result(set_issuperset(v, w));
    case CMP_OP_LT:
        if (SET_SIZE(v) >= SET_SIZE(w)) return gp_bool(0);
        return bool_result(set_issubset(v, w));
    case CMP_OP_GT:
        if (SET_SIZE(v) <= SET_SIZE(w)) return gp_bool(0);
        return bool_result(set_issuperset(v, w));
    }
    return gp_newref(GP_NOTIMPL);
}

/* Binary operators: both operands must be sets or frozensets. */
static GpObject *set_or(GpObject *a, GpObject *b) {
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b)) return gp_newref(GP_NOTIMPL);
    GpObject *result = set_copy_obj(a);
    if (!result || a == b) return result;
    if (set_update_internal(S(result), b) < 0) {
        gp_decref(result);
        return NULL;
    }
    return result;
}

static GpObject *set_and(GpObject *a, GpObject *b) {
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b)) return gp_newref(GP_NOTIMPL);
    return set_intersection(a, b);
}

static GpObject *set_sub(GpObject *a, GpObject *b) {
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b)) return gp_newref(GP_NOTIMPL);
    return set_difference(a, b);
}

static GpObject *set_xor(GpObject *a, GpObject *b) {
    if (!ANYSET_CHECK(a) || !ANYSET_CHECK(b)) return gp_newref(GP_NOTIMPL);
    return set_symmetric_difference(a, b);
}

static GpObject *set_ior(GpObject *a, GpObject *b) {
    if (!ANYSET_CHECK(b)) return gp_newref(GP_NOTIMPL);
    if (set_update_internal(S(a), b) < 0) return NULL;
    return gp_newref(a);
}

static GpObject *set_iand(GpObject *a, GpObject *b) {
    if (!ANYSET_CHECK(b)) return gp_newref(GP_NOTIMPL);
    GpObject *tmp = set_intersection(a, b);
    if (!tmp) return NULL;
    set_swap_bodies(S(a), S(tmp));
    gp_decref(tmp);
    return gp_newref(a);
}

static GpObject *set_isub(GpObject *a, GpObject *b) {
    if (!ANYSET_CHECK(b)) return gp_newref(GP_NOTIMPL);
    if (set_difference_update_internal(S(a), b) < 0) return NULL;
    return gp_newref(a);
}

static GpObject *set_ixor(GpObject *a, GpObject *b) {
    if (!ANYSET_CHECK(b)) return gp_newref(GP_NOTIMPL);
    if (set_symmetric_difference_update(S(a), b) < 0) return NULL;
    return gp_newref(a);
}

/* ---- Constructors ---- */

static GpObject *set_type_new(GpType *type, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    if (kwnames && TUPLE_SIZE(kwnames) && type == &gp_type_set)
        return err_format(&gp_exc_TypeError, "set() takes no keyword arguments");
    if (args_check_count("set", nargs, 0, 1) < 0) return NULL;
    return make_new_set(type, nargs ? args[0] : NULL);
}

static GpObject *frozenset_type_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    if (kwnames && TUPLE_SIZE(kwnames) && type == &gp_type_frozenset)
        return err_format(&gp_exc_TypeError, "frozenset() takes no keyword arguments");
    if (args_check_count("frozenset", nargs, 0, 1) < 0) return NULL;
    if (type == &gp_type_frozenset && nargs && GP_TYPE(args[0]) == &gp_type_frozenset)
        return gp_newref(args[0]);
    return make_new_set(type, nargs ? args[0] : NULL);
}

/* ---- Iterator ---- */

typedef struct SetIter {
    GP_HEAD;
    GpObject *set;           /* NULL once exhausted */
    intptr_t used;           /* the set's size when the iterator was made */
    intptr_t pos;
    intptr_t len;
} SetIter;

static GpObject *set_iter(GpObject *o) {
    SetIter *it = (SetIter *)obj_new(&gp_type_set_iterator, sizeof(SetIter));
    if (!it) return NULL;
    it->set = gp_newref(o);
    it->used = S(o)->used;
    it->pos = 0;
    it->len = S(o)->used;
    return (GpObject *)it;
}

static GpObject *setiter_next(GpObject *self) {
    SetIter *it = (SetIter *)self;
    if (!it->set) return NULL;
    GpSet *so = S(it->set);
    if (it->used != so->used) {
        it->used = -1;   /* make this state sticky */
        return err_set_str(&gp_exc_RuntimeError, "Set changed size during iteration");
    }
    SetEntry *e;
    if (!next_entry(so, &it->pos, &e)) {
        GP_CLEAR(it->set);
        return NULL;
    }
    it->len--;
    return gp_newref(e->key);
}

static void setiter_dealloc(GpObject *self) {
    GP_CLEAR(((SetIter *)self)->set);
    obj_free(self);
}

static int setiter_traverse(GpObject *self, VisitFn visit, void *arg) {
    SetIter *it = (SetIter *)self;
    return it->set ? visit(it->set, arg) : 0;
}

static GpObject *setiter_length_hint(GpObject *self, GpObject *const *args, intptr_t nargs,
                                     GpObject *kw) {
    UNUSED_ARGS;
    SetIter *it = (SetIter *)self;
    return int_from_i64(it->set && it->used == S(it->set)->used ? it->len : 0);
}

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

static GpMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_set_iterator = {
    GP_TYPE_HEAD,
    .name = "set_iterator",
    .basicsize = sizeof(SetIter),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = setiter_dealloc,
    .iter = iter_self,
    .iternext = setiter_next,
    .traverse = setiter_traverse,
    .methods = setiter_methods,
};

/* ---- Methods ---- */

static GpObject *m_add(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    if (set_add_key(S(self), args[0]) < 0) return NULL;
    return gp_none();
}

/* The key for remove/discard: a set key is looked up as a frozenset (CPython). */
static int discard_key_maybe_frozen(GpObject *self, GpObject *key) {
    int rv = set_discard_key(S(self), key);
    if (rv < 0 && SET_CHECK(key) && err_matches(&gp_exc_TypeError)) {
        err_clear();
        GpObject *tmp = make_new_set(&gp_type_frozenset, key);
        if (!tmp) return -1;
        rv = set_discard_key(S(self), tmp);
        gp_decref(tmp);
    }
    return rv;
}

static GpObject *m_remove(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    int rv = discard_key_maybe_frozen(self, args[0]);
    if (rv < 0) return NULL;
    if (rv == DISCARD_NOTFOUND) {
        dict_set_key_error(args[0]);
        return NULL;
    }
    return gp_none();
}

static GpObject *m_discard(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    if (discard_key_maybe_frozen(self, args[0]) < 0) return NULL;
    return gp_none();
}

static GpObject *m_pop(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    GpSet *so = S(self);
    if (so->used == 0) return err_set_str(&gp_exc_KeyError, "pop from an empty set");
    SetEntry *e = so->table + (so->finger & so->mask);
    while (e->key == NULL || e->key == DUMMY) {
        e++;
        if (e > so->table + so->mask) e = so->table;
    }
    GpObject *key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = e - so->table + 1;
    return key;
}

static GpObject *m_clear(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    set_clear_internal(S(self));
    return gp_none();
}

static GpObject *m_copy(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return set_copy_obj(self);
}

static GpObject *m_frozenset_copy(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kw) {
    UNUSED_ARGS;
    if (GP_TYPE(self) == &gp_type_frozenset) return gp_newref(self);
    return set_copy_obj(self);
}

static GpObject *m_update(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    for (intptr_t i = 0; i < nargs; i++)
        if (set_update_internal(S(self), args[i]) < 0) return NULL;
    return gp_none();
}

static GpObject *m_union(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    GpObject *result = set_copy_obj(self);
    if (!result) return NULL;
    for (intptr_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (set_update_internal(S(result), args[i]) < 0) {
            gp_decref(result);
            return NULL;
        }
    }
    return result;
}

static GpObject *m_intersection(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kw) {
    (void)kw;
    return set_intersection_multi(self, args, nargs);
}

static GpObject *m_intersection_update(GpObject *self, GpObject *const *args, intptr_t nargs,
                                       GpObject *kw) {
    (void)kw;
    GpObject *tmp = set_intersection_multi(self, args, nargs);
    if (!tmp) return NULL;
    set_swap_bodies(S(self), S(tmp));
    gp_decref(tmp);
    return gp_none();
}

static GpObject *m_difference(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kw) {
    (void)kw;
    return set_difference_multi(self, args, nargs);
}

static GpObject *m_difference_update(GpObject *self, GpObject *const *args, intptr_t nargs,
                                     GpObject *kw) {
    (void)kw;
    for (intptr_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(S(self), args[i]) < 0) return NULL;
    return gp_none();
}

static GpObject *m_symmetric_difference(GpObject *self, GpObject *const *args, intptr_t nargs,
                                        GpObject *kw) {
    UNUSED_ARGS;
    return set_symmetric_difference(self, args[0]);
}

static GpObject *m_symmetric_difference_update(GpObject *self, GpObject *const *args,
                                               intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    if (set_symmetric_difference_update(S(self), args[0]) < 0) return NULL;
    return gp_none();
}

static GpObject *m_issubset(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return bool_result(set_issubset(self, args[0]));
}

static GpObject *m_issuperset(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kw) {
    UNUSED_ARGS;
    return bool_result(set_issuperset(self, args[0]));
}

static GpObject *m_isdisjoint(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kw) {
    UNUSED_ARGS;
    return bool_result(set_isdisjoint(self, args[0]));
}

static GpObject *m_contains(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return bool_result(set_contains(self, args[0]));
}

static GpObject *m_sizeof(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    GpSet *so = S(self);
    /* Honest sizes (DESIGN.md §2.4): the object's block and its table's block. */
    size_t n = obj_alloc_size(self);
    if (so->table != so->smalltable) n += mem_size(so->table);
    return int_from_i64((int64_t)n);
}

#define COMMON_METHODS                                                                        \
    {"__contains__", m_contains, METH_O, NULL},                                                \
    {"__sizeof__", m_sizeof, METH_NOARGS, NULL},                                              \
    {"difference", m_difference, METH_VARARGS, NULL},                                         \
    {"intersection", m_intersection, METH_VARARGS, NULL},                                     \
    {"isdisjoint", m_isdisjoint, METH_O, NULL},                                               \
    {"issubset", m_issubset, METH_O, NULL},                                                   \
    {"issuperset", m_issuperset, METH_O, NULL},                                               \
    {"symmetric_difference", m_symmetric_difference, METH_O, NULL},                           \
    {"union", m_union, METH_VARARGS, NULL}

static GpMethodDef set_methods[] = {
    {"add", m_add, METH_O, NULL},
    {"clear", m_clear, METH_NOARGS, NULL},
    {"copy", m_copy, METH_NOARGS, NULL},
    {"discard", m_discard, METH_O, NULL},
    {"difference_update", m_difference_update, METH_VARARGS, NULL},
    {"intersection_update", m_intersection_update, METH_VARARGS, NULL},
    {"pop", m_pop, METH_NOARGS, NULL},
    {"remove", m_remove, METH_O, NULL},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_O, NULL},
    {"update", m_update, METH_VARARGS, NULL},
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

static GpMethodDef frozenset_methods[] = {
    {"copy", m_frozenset_copy, METH_NOARGS, NULL},
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

GpType gp_type_set = {
    GP_TYPE_HEAD,
    .name = "set",
    .basicsize = sizeof(GpSet),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .new_ = set_type_new,
    .iter = set_iter,
    .binop = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor},
    .inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUBTRACT] = set_isub,
                [NB_XOR] = set_ixor},
    .len = set_len,
    .contains = set_contains_slot,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .methods = set_methods,
};

GpType gp_type_frozenset = {
    GP_TYPE_HEAD,
    .name = "frozenset",
    .basicsize = sizeof(GpSet),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .new_ = frozenset_type_new,
    .iter = set_iter,
    .binop = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUBTRACT] = set_sub, [NB_XOR] = set_xor},
    .len = set_len,
    .contains = set_contains_slot,
    .traverse = set_traverse,
    .methods = frozenset_methods,
};
