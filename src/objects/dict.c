/* dict.c — the dict object: CPython 3.11's compact, insertion-ordered hash table, its
 * methods and operators (views and iterators are dict_views.c).
 *
 * Invariants (the layout is in dict.h):
 * - A table has 2**log2_size index slots (8 at least) and room for usable_fraction =
 *   2/3 of that many entries. Probing is CPython's: i = hash & mask, then
 *   perturb >>= 5; i = (i*5 + perturb + 1) & mask, with perturb starting as the unsigned
 *   hash. A new key takes the first EMPTY or DUMMY slot of its probe sequence.
 * - When no entry is free, the table is rebuilt for used*3 (GROWTH_RATE) rounded up to a
 *   power of two — so it can also shrink — compacting deleted entries, in order. A non-str
 *   key entering a table of only str keys forces the same rebuild (CPython converts its
 *   DICT_KEYS_UNICODE table). So iteration order, resizes and sys.getsizeof (header +
 *   table block) follow CPython's.
 * - Deletion leaves a DUMMY index and a NULL entry; popitem() also gives back the tail
 *   entry slot (nentries shrinks, usable does not), as CPython.
 * - Lookups compare the stored key first (stored == key, then equal hashes and
 *   stored.__eq__(key)); if a comparison mutates the table the lookup restarts.
 * - Release order (docs/internals.md): clearing or freeing a dict releases its entries in
 *   insertion order, each key before its value (CPython's free_keys_object); del d[k] and
 *   pop release the key, then the value.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/str_impl.h"

#define PERTURB_SHIFT 5
#define LOG_MINSIZE 3
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define DK_SIZE(k) ((intptr_t)1 << (k)->log2_size)
#define DK_MASK(k) ((size_t)DK_SIZE(k) - 1)
#define D(o) ((GpDict *)(o))

/* ---- The table ---- */

static inline intptr_t get_index(const DictKeys *k, size_t i) {
    uint8_t s = k->log2_size;
    if (s < 8) return ((const int8_t *)k->indices)[i];
    if (s < 16) return ((const int16_t *)k->indices)[i];
    if (s < 32) return ((const int32_t *)k->indices)[i];
    return (intptr_t)((const int64_t *)k->indices)[i];
}

static inline void set_index(DictKeys *k, size_t i, intptr_t ix) {
    uint8_t s = k->log2_size;
    if (s < 8) ((int8_t *)k->indices)[i] = (int8_t)ix;
    else if (s < 16) ((int16_t *)k->indices)[i] = (int16_t)ix;
    else if (s < 32) ((int32_t *)k->indices)[i] = (int32_t)ix;
    else ((int64_t *)k->indices)[i] = ix;
}

static size_t keys_block_size(uint8_t log2_size, uint8_t log2_bytes) {
    return sizeof(DictKeys) + ((size_t)1 << log2_bytes) +
           (size_t)USABLE_FRACTION((intptr_t)1 << log2_size) * sizeof(DictEntry);
}

static size_t keys_size(const DictKeys *k) { return keys_block_size(k->log2_size, k->log2_index_bytes); }

static DictKeys *new_keys(uint8_t log2_size, int unicode) {
    uint8_t log2_bytes;
    if (log2_size < 8) log2_bytes = log2_size;
    else if (log2_size < 16) log2_bytes = (uint8_t)(log2_size + 1);
    else if (log2_size >= 32) log2_bytes = (uint8_t)(log2_size + 3);
    else log2_bytes = (uint8_t)(log2_size + 2);
    if (log2_size >= 58) {
        err_no_memory();
        return NULL;
    }
    size_t n = keys_block_size(log2_size, log2_bytes);
    DictKeys *k = mem_alloc(n);
    if (!k) {
        err_no_memory();
        return NULL;
    }
    k->log2_size = log2_size;
    k->log2_index_bytes = log2_bytes;
    k->unicode = (uint8_t)unicode;
    k->usable = USABLE_FRACTION((intptr_t)1 << log2_size);
    k->nentries = 0;
    memset(k->indices, 0xff, (size_t)1 << log2_bytes);   /* all DKIX_EMPTY */
    memset(DICT_KEYS_ENTRIES(k), 0, sizeof(DictEntry) * (size_t)k->usable);
    return k;
}

/* Releases every entry in order (key, then value) and the block. */
static void free_keys(DictKeys *k) {
    DictEntry *ep = DICT_KEYS_ENTRIES(k);
    for (intptr_t i = 0, n = k->nentries; i < n; i++) {
        gp_xdecref(ep[i].key);
        gp_xdecref(ep[i].value);
    }
    mem_free(k);
}

/* The smallest table (log2) of at least minsize slots, 8 at least. */
static uint8_t log2_keysize(intptr_t minsize) {
    uint8_t l = LOG_MINSIZE;
    while (((intptr_t)1 << l) < minsize && l < 62) l++;
    return l;
}

/* A table big enough for n items without resizing (CPython's estimate_log2_keysize). */
static uint8_t estimate_log2_keysize(intptr_t n) { return log2_keysize((n * 3 + 1) / 2); }

static size_t find_empty_slot(const DictKeys *k, int64_t hash) {
    size_t mask = DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    while (get_index(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

static void build_indices(DictKeys *k, DictEntry *ep, intptr_t n) {
    size_t mask = DK_MASK(k);
    for (intptr_t ix = 0; ix < n; ix++, ep++) {
        size_t perturb = (size_t)ep->hash, i = (size_t)ep->hash & mask;
        while (get_index(k, i) != DKIX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        set_index(k, i, ix);
    }
}

/* Rebuilds d's table with 2**log2_newsize slots, keeping the live entries in order. */
static int dict_resize(GpDict *d, uint8_t log2_newsize, int unicode) {
    DictKeys *old = d->keys;
    if (old && !old->unicode) unicode = 0;
    DictKeys *k = new_keys(log2_newsize, unicode);
    if (!k) return -1;
    intptr_t n = d->used;
    DictEntry *dst = DICT_KEYS_ENTRIES(k);
    if (old) {
        DictEntry *src = DICT_KEYS_ENTRIES(old);
        if (old->nentries == n) {
            memcpy(dst, src, sizeof(DictEntry) * (size_t)n);
        } else {
            for (intptr_t i = 0; i < n; i++) {
                while (!src->value) src++;
                dst[i] = *src++;
            }
        }
        mem_free(old);   /* the entries moved: no decref */
    }
    build_indices(k, dst, n);
    k->usable -= n;
    k->nentries = n;
    d->keys = k;
    return 0;
}

static int insertion_resize(GpDict *d, int unicode) {
    return dict_resize(d, log2_keysize(d->used * 3), unicode);
}

static inline int64_t key_hash(GpObject *key) {
    if (STR_CHECK_EXACT(key)) {
        int64_t h = ((GpStr *)key)->hash;
        return h != -1 ? h : str_hash(key);
    }
    return obj_hash(key);
}

/* Finds key: its entry index (value in *value, borrowed), DKIX_EMPTY, or DKIX_ERROR. */
static intptr_t lookup(GpDict *d, GpObject *key, int64_t hash, GpObject **value) {
restart:;
    DictKeys *k = d->keys;
    *value = NULL;
    if (!k) return DKIX_EMPTY;
    DictEntry *ep0 = DICT_KEYS_ENTRIES(k);
    size_t mask = DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    int key_is_str = STR_CHECK_EXACT(key);
    for (;;) {
        intptr_t ix = get_index(k, i);
        if (ix == DKIX_EMPTY) return DKIX_EMPTY;
        if (ix >= 0) {
            DictEntry *ep = &ep0[ix];
            GpObject *sk = ep->key;
            if (sk == key) {
                *value = ep->value;
                return ix;
            }
            if (ep->hash == hash) {
                if (key_is_str && STR_CHECK_EXACT(sk)) {
                    if (str_eq(sk, key)) {
                        *value = ep->value;
                        return ix;
                    }
                } else {
                    gp_incref(sk);
                    int cmp = obj_richcompare_bool(sk, key, CMP_OP_EQ);
                    gp_decref(sk);
                    if (cmp < 0) return DKIX_ERROR;
                    if (k != d->keys || ep->key != sk) goto restart;   /* mutated */
                    if (cmp > 0) {
                        *value = ep->value;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The index slot that holds entry ix. */
static size_t lookup_slot(const DictKeys *k, int64_t hash, intptr_t ix) {
    size_t mask = DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        intptr_t x = get_index(k, i);
        if (x == ix || x == DKIX_EMPTY) return i;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static int insert_to_empty(GpDict *d, GpObject *key, int64_t hash, GpObject *value) {
    DictKeys *k = new_keys(LOG_MINSIZE, STR_CHECK_EXACT(key));
    if (!k) return -1;
    d->keys = k;
    set_index(k, (size_t)hash & DK_MASK(k), 0);
    DictEntry *ep = DICT_KEYS_ENTRIES(k);
    ep->hash = hash;
    ep->key = gp_newref(key);
    ep->value = gp_newref(value);
    d->used++;
    k->usable--;
    k->nentries++;
    return 0;
}

/* d[key] = value with a known hash; borrows both. */
static int insertdict(GpDict *d, GpObject *key, int64_t hash, GpObject *value) {
    if (!d->keys) return insert_to_empty(d, key, hash, value);
    GpObject *old;
    gp_incref(key);
    gp_incref(value);
    intptr_t ix = lookup(d, key, hash, &old);
    if (ix == DKIX_ERROR) goto fail;
    if (ix == DKIX_EMPTY) {
        if (!d->keys) {   /* a key's __eq__ cleared the dict during the lookup */
            int r = insert_to_empty(d, key, hash, value);
            gp_decref(value);
            gp_decref(key);
            return r;
        }
        if (d->keys->usable <= 0 && insertion_resize(d, 1) < 0) goto fail;
        if (d->keys->unicode && !STR_CHECK_EXACT(key) && insertion_resize(d, 0) < 0) goto fail;
        DictKeys *k = d->keys;
        set_index(k, find_empty_slot(k, hash), k->nentries);
        DictEntry *ep = &DICT_KEYS_ENTRIES(k)[k->nentries];
        ep->hash = hash;
        ep->key = key;     /* takes the reference */
        ep->value = value;
        d->used++;
        k->usable--;
        k->nentries++;
        return 0;
    }
    DICT_KEYS_ENTRIES(d->keys)[ix].value = value;
    gp_xdecref(old);   /* may run __del__, which may touch d: the table is consistent */
    gp_decref(key);
    return 0;
fail:
    gp_decref(value);
    gp_decref(key);
    return -1;
}

/* Removes entry ix (found for hash): the key is released before the value. */
static void delitem_at(GpDict *d, int64_t hash, intptr_t ix) {
    DictKeys *k = d->keys;
    set_index(k, lookup_slot(k, hash, ix), DKIX_DUMMY);
    DictEntry *ep = &DICT_KEYS_ENTRIES(k)[ix];
    GpObject *key = ep->key, *value = ep->value;
    ep->key = NULL;
    ep->value = NULL;
    d->used--;
    gp_decref(key);
    gp_decref(value);
}

/* ---- The C API ---- */

GpObject *dict_new(void) {
    /* The first dict made after the types are readied installs dict.fromkeys and
     * str.maketrans (interp.c may call dict_init itself). */
    if (!gp_interp->containers_fixed && gp_type_dict.dict && gp_type_str.dict &&
        gp_type_float.dict && dict_init() < 0)
        return NULL;
    return obj_new(&gp_type_dict, sizeof(GpDict));
}

GpObject *dict_new_presized(intptr_t n) {
    GpObject *d = dict_new();
    if (!d || n <= USABLE_FRACTION(1 << LOG_MINSIZE)) return d;
    uint8_t l = n > USABLE_FRACTION((intptr_t)1 << 17) ? 17 : estimate_log2_keysize(n);
    DictKeys *k = new_keys(l, 1);
    if (!k) {
        gp_decref(d);
        return NULL;
    }
    D(d)->keys = k;
    return d;
}

void dict_set_key_error(GpObject *key) {
    GpObject *t = tuple_pack(1, key);
    if (!t) return;
    err_set_object(&gp_exc_KeyError, t);
    gp_decref(t);
}

GpObject *dict_getitem(GpObject *d, GpObject *key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return NULL;
    GpObject *v;
    if (lookup(D(d), key, hash, &v) == DKIX_ERROR) return NULL;
    return v;
}

GpObject *dict_getitem_str(GpObject *d, GpObject *key) { return dict_getitem(d, key); }

GpObject *dict_getitem_cstr(GpObject *d, const char *key) {
    GpObject *k = str_from_cstr(key);
    if (!k) return NULL;
    GpObject *v = dict_getitem(d, k);
    gp_decref(k);
    return v;
}

int dict_setitem(GpObject *d, GpObject *key, GpObject *value) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return insertdict(D(d), key, hash, value);
}

int dict_setitem_cstr(GpObject *d, const char *key, GpObject *value) {
    GpObject *k = str_intern_cstr(key);
    if (!k) return -1;
    int r = dict_setitem(d, k, value);
    gp_decref(k);
    return r;
}

int dict_delitem(GpObject *d, GpObject *key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    GpObject *v;
    intptr_t ix = lookup(D(d), key, hash, &v);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY) {
        dict_set_key_error(key);
        return -1;
    }
    delitem_at(D(d), hash, ix);
    return 0;
}

int dict_contains(GpObject *d, GpObject *key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    GpObject *v;
    intptr_t ix = lookup(D(d), key, hash, &v);
    if (ix == DKIX_ERROR) return -1;
    return ix != DKIX_EMPTY && v != NULL;
}

int dict_next(GpObject *d, intptr_t *pos, GpObject **key, GpObject **value) {
    DictKeys *k = D(d)->keys;
    if (!k) return 0;
    intptr_t i = *pos;
    DictEntry *ep = DICT_KEYS_ENTRIES(k);
    while (i < k->nentries && !ep[i].value) i++;
    if (i >= k->nentries) return 0;
    *pos = i + 1;
    if (key) *key = ep[i].key;
    if (value) *value = ep[i].value;
    return 1;
}

intptr_t dict_size(GpObject *d) { return D(d)->used; }

void dict_clear(GpObject *d) {
    DictKeys *k = D(d)->keys;
    if (!k) return;
    D(d)->keys = NULL;
    D(d)->used = 0;
    free_keys(k);
}

/* A copy of k's block with new references to its keys and values. */
static DictKeys *clone_keys(const DictKeys *k) {
    size_t n = keys_size(k);
    DictKeys *c = mem_alloc(n);
    if (!c) {
        err_no_memory();
        return NULL;
    }
    memcpy(c, k, n);
    DictEntry *ep = DICT_KEYS_ENTRIES(c);
    for (intptr_t i = 0; i < c->nentries; i++)
        if (ep[i].value) {
            gp_incref(ep[i].key);
            gp_incref(ep[i].value);
        }
    return c;
}

int dict_merge(GpObject *a, GpObject *b, int override, GpObject **dup) {
    GpDict *d = D(a);
    if (DICT_CHECK(b) && GP_TYPE(b)->iter == gp_type_dict.iter) {
        GpDict *o = D(b);
        if (a == b || o->used == 0) return 0;
        if (d->used == 0) {
            override = 1;
            DictKeys *ok = o->keys;
            /* Freshly built and clean: clone the table. */
            if (o->used == ok->nentries &&
                (ok->log2_size == LOG_MINSIZE || USABLE_FRACTION(DK_SIZE(ok) / 2) < o->used)) {
                DictKeys *c = clone_keys(ok);
                if (!c) return -1;
                DictKeys *old = d->keys;
                d->keys = c;
                d->used = o->used;
                if (old) free_keys(old);
                return 0;
            }
        }
        /* One resize up front rather than several while inserting. */
        intptr_t cur = d->keys ? DK_SIZE(d->keys) : (1 << LOG_MINSIZE);
        if (USABLE_FRACTION(cur) < o->used &&
            dict_resize(d, estimate_log2_keysize(d->used + o->used), o->keys->unicode) < 0)
            return -1;
        DictKeys *ok = o->keys;
        intptr_t n = ok->nentries;
        for (intptr_t i = 0; i < n; i++) {
            DictEntry *ep = &DICT_KEYS_ENTRIES(ok)[i];
            if (!ep->value) continue;
            GpObject *key = gp_newref(ep->key), *value = gp_newref(ep->value);
            int64_t hash = ep->hash;
            int err = 0;
            if (override) {
                err = insertdict(d, key, hash, value);
            } else {
                GpObject *have;
                intptr_t ix = lookup(d, key, hash, &have);
                if (ix == DKIX_ERROR) err = -1;
                else if (ix == DKIX_EMPTY) err = insertdict(d, key, hash, value);
                else {
                    if (dup) *dup = DICT_KEYS_ENTRIES(d->keys)[ix].key;
                    gp_decref(key);
                    gp_decref(value);
                    return -2;
                }
            }
            gp_decref(key);
            gp_decref(value);
            if (err) return -1;
            if (o->keys != ok || ok->nentries != n) {
                err_set_str(&gp_exc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    /* A mapping: keys(), then b[key] for each. */
    GpObject *keys = obj_call_method(b, "keys", NULL, 0);
    if (!keys) return -1;
    GpObject *it = obj_iter(keys);
    gp_decref(keys);
    if (!it) return -1;
    for (;;) {
        GpObject *key = obj_iternext(it);
        if (!key) {
            gp_decref(it);
            return err_occurred() ? -1 : 0;
        }
        if (!override) {
            int64_t hash = key_hash(key);
            GpObject *have;
            intptr_t ix = hash == -1 ? DKIX_ERROR : lookup(d, key, hash, &have);
            if (ix == DKIX_ERROR) {
                gp_decref(key);
                gp_decref(it);
                return -1;
            }
            if (ix != DKIX_EMPTY) {
                if (dup) *dup = DICT_KEYS_ENTRIES(d->keys)[ix].key;
                gp_decref(key);
                gp_decref(it);
                return -2;
            }
        }
        GpObject *value = obj_getitem(b, key);
        int r = value ? dict_setitem(a, key, value) : -1;
        gp_xdecref(value);
        gp_decref(key);
        if (r < 0) {
            gp_decref(it);
            return -1;
        }
    }
}

/* d.update(seq) for an iterable of key/value pairs (CPython's PyDict_MergeFromSeq2). */
static int merge_from_seq2(GpObject *d, GpObject *seq) {
    GpObject *it = obj_iter(seq);
    if (!it) return -1;
    for (intptr_t i = 0;; i++) {
        GpObject *item = obj_iternext(it);
        if (!item) {
            gp_decref(it);
            return err_occurred() ? -1 : 0;
        }
        GpObject *fast = list_seq_fast(item, "");
        if (!fast) {
            if (err_matches(&gp_exc_TypeError))
                err_format(&gp_exc_TypeError,
                           "cannot convert dictionary update sequence element #%zd to a sequence", i);
            goto fail;
        }
        intptr_t n = LIST_CHECK(fast) ? LIST_SIZE(fast) : TUPLE_SIZE(fast);
        if (n != 2) {
            err_format(&gp_exc_ValueError,
                       "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
            gp_decref(fast);
            goto fail;
        }
        GpObject *key = LIST_CHECK(fast) ? LIST_ITEM(fast, 0) : TUPLE_ITEM(fast, 0);
        GpObject *value = LIST_CHECK(fast) ? LIST_ITEM(fast, 1) : TUPLE_ITEM(fast, 1);
        gp_incref(key);
        gp_incref(value);
        int r = dict_setitem(d, key, value);
        gp_decref(key);
        gp_decref(value);
        gp_decref(fast);
        if (r < 0) goto fail;
        gp_decref(item);
        continue;
    fail:
        gp_decref(item);
        gp_decref(it);
        return -1;
    }
}

/* CPython's dict_update_arg: a dict, anything with keys(), or pairs. */
static int update_arg(GpObject *d, GpObject *arg) {
    if (DICT_CHECK_EXACT(arg)) return dict_merge(d, arg, 1, NULL);
    GpObject *keys = obj_lookup_attr(arg, GP_ID(keys));
    if (keys) {
        gp_decref(keys);
        return dict_merge(d, arg, 1, NULL);
    }
    if (err_occurred()) return -1;
    return merge_from_seq2(d, arg);
}

int dict_update(GpObject *d, GpObject *other) { return update_arg(d, other); }

GpObject *dict_copy(GpObject *o) {
    GpDict *d = D(o);
    if (d->used == 0) return dict_new();
    if (GP_TYPE(o)->iter == gp_type_dict.iter && d->used >= (d->keys->nentries * 2) / 3) {
        DictKeys *c = clone_keys(d->keys);
        if (!c) return NULL;
        GpObject *r = dict_new();
        if (!r) {
            free_keys(c);
            return NULL;
        }
        D(r)->keys = c;
        D(r)->used = d->used;
        return r;
    }
    GpObject *r = dict_new();
    if (r && dict_merge(r, o, 1, NULL) < 0) GP_CLEAR(r);
    return r;
}

GpObject *dict_keys_list(GpObject *d) {
    GpObject *l = list_new(D(d)->used);
    if (!l) return NULL;
    intptr_t pos = 0, i = 0;
    GpObject *k;
    while (dict_next(d, &pos, &k, NULL)) LIST_SET_ITEM(l, i++, gp_newref(k));
    return l;
}

GpObject *dict_pop(GpObject *d, GpObject *key, GpObject *dflt) {
    if (D(d)->used == 0) {
        if (dflt) return gp_newref(dflt);
        dict_set_key_error(key);
        return NULL;
    }
    int64_t hash = key_hash(key);
    if (hash == -1) return NULL;
    GpObject *v;
    intptr_t ix = lookup(D(d), key, hash, &v);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY) {
        if (dflt) return gp_newref(dflt);
        dict_set_key_error(key);
        return NULL;
    }
    gp_incref(v);
    delitem_at(D(d), hash, ix);
    return v;
}

GpObject *dict_setdefault(GpObject *o, GpObject *key, GpObject *dflt) {
    GpDict *d = D(o);
    int64_t hash = key_hash(key);
    if (hash == -1) return NULL;
    if (!d->keys) {
        if (insert_to_empty(d, key, hash, dflt) < 0) return NULL;
        return dflt;
    }
    GpObject *v;
    intptr_t ix = lookup(d, key, hash, &v);
    if (ix == DKIX_ERROR) return NULL;
    if (ix != DKIX_EMPTY) return v;
    if (insertdict(d, key, hash, dflt) < 0) return NULL;
    return dflt;
}

/* ---- The type's slots ---- */

static void dict_dealloc(GpObject *o) {
    if (list_trashcan_begin(o)) return;
    DictKeys *k = D(o)->keys;
    D(o)->keys = NULL;
    if (k) free_keys(k);
    obj_free(o);
    list_trashcan_end();
}

static GpObject *dict_repr(GpObject *o) {
    int r = obj_repr_enter(o);
    if (r != 0) return r > 0 ? str_from_cstr("{...}") : NULL;
    if (D(o)->used == 0) {
        obj_repr_leave(o);
        return str_from_cstr("{}");
    }
    StrBuf sb = STRBUF_INIT;
    sb_append_char(&sb, '{');
    intptr_t pos = 0;
    GpObject *k, *v;
    int first = 1;
    while (dict_next(o, &pos, &k, &v)) {
        /* The reprs may change the dict: hold the pair. */
        gp_incref(k);
        gp_incref(v);
        if (!first) sb_append(&sb, ", ", 2);
        first = 0;
        GpObject *s = obj_repr(k);
        if (s) {
            sb_append_str(&sb, s);
            gp_decref(s);
            sb_append(&sb, ": ", 2);
            s = obj_repr(v);
            if (s) {
                sb_append_str(&sb, s);
                gp_decref(s);
            }
        }
        gp_decref(k);
        gp_decref(v);
        if (!s) {
            sb_discard(&sb);
            obj_repr_leave(o);
            return NULL;
        }
    }
    sb_append_char(&sb, '}');
    obj_repr_leave(o);
    return sb_finish(&sb);
}

static intptr_t dict_len(GpObject *o) { return D(o)->used; }

static GpObject *dict_subscript(GpObject *o, GpObject *key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return NULL;
    GpObject *v;
    intptr_t ix = lookup(D(o), key, hash, &v);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY || !v) {
        if (!DICT_CHECK_EXACT(o)) {   /* a subclass may define __missing__ */
            GpObject *missing = type_lookup(GP_TYPE(o), GP_ID(__missing__));
            if (missing) {
                GpObject *args[2] = {o, key};
                return obj_call(missing, args, 2, NULL);
            }
        }
        dict_set_key_error(key);
        return NULL;
    }
    return gp_newref(v);
}

static int dict_ass_sub(GpObject *o, GpObject *key, GpObject *value) {
    if (value) return dict_setitem(o, key, value);
    return dict_delitem(o, key);
}

/* The dicts are equal: 1, 0, -1. */
static int dict_equal(GpDict *a, GpDict *b) {
    if (a->used != b->used) return 0;
    for (intptr_t i = 0; a->keys && i < a->keys->nentries; i++) {
        DictEntry *ep = &DICT_KEYS_ENTRIES(a->keys)[i];
        GpObject *aval = ep->value;
        if (!aval) continue;
        GpObject *key = ep->key;
        gp_incref(aval);
        gp_incref(key);
        GpObject *bval;
        intptr_t ix = lookup(b, key, ep->hash, &bval);
        if (ix == DKIX_ERROR || !bval) {
            gp_decref(key);
            gp_decref(aval);
            return ix == DKIX_ERROR ? -1 : 0;
        }
        gp_incref(bval);
        int cmp = obj_richcompare_bool(aval, bval, CMP_OP_EQ);
        gp_decref(key);
        gp_decref(aval);
        gp_decref(bval);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

static GpObject *dict_richcompare(GpObject *a, GpObject *b, int op) {
    if (!DICT_CHECK(a) || !DICT_CHECK(b) || (op != CMP_OP_EQ && op != CMP_OP_NE))
        return gp_newref(GP_NOTIMPL);
    int r = dict_equal(D(a), D(b));
    if (r < 0) return NULL;
    return gp_bool(op == CMP_OP_EQ ? r : !r);
}

static int dict_contains_slot(GpObject *o, GpObject *key) { return dict_contains(o, key); }

static GpObject *dict_iter(GpObject *o) { return dict_iter_new(o, &gp_type_dict_keyiterator); }

static GpObject *dict_or(GpObject *a, GpObject *b) {
    if (!DICT_CHECK(a) || !DICT_CHECK(b)) return gp_newref(GP_NOTIMPL);
    GpObject *r = dict_copy(a);
    if (r && update_arg(r, b) < 0) GP_CLEAR(r);
    return r;
}

static GpObject *dict_ior(GpObject *a, GpObject *b) {
    if (update_arg(a, b) < 0) return NULL;
    return gp_newref(a);
}

static int dict_traverse(GpObject *o, VisitFn visit, void *arg) {
    DictKeys *k = D(o)->keys;
    if (!k) return 0;
    DictEntry *ep = DICT_KEYS_ENTRIES(k);
    for (intptr_t i = 0; i < k->nentries; i++) {
        if (!ep[i].value) continue;
        int r = visit(ep[i].key, arg);
        if (!r) r = visit(ep[i].value, arg);
        if (r) return r;
    }
    return 0;
}

static GpObject *dict_clear_slot(GpObject *o) {
    dict_clear(o);
    return NULL;
}

/* ---- Methods ---- */

#define UNUSED_ARGS (void)args, (void)nargs, (void)kw

static GpObject *m_get(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (args_check_count("get", nargs, 1, 2) < 0) return NULL;
    GpObject *v = dict_getitem(self, args[0]);
    if (v) return gp_newref(v);
    if (err_occurred()) return NULL;
    return gp_newref(nargs > 1 ? args[1] : GP_NONE);
}

static GpObject *m_setdefault(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (args_check_count("setdefault", nargs, 1, 2) < 0) return NULL;
    GpObject *v = dict_setdefault(self, args[0], nargs > 1 ? args[1] : GP_NONE);
    return v ? gp_newref(v) : NULL;
}

static GpObject *m_pop(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (args_check_count("pop", nargs, 1, 2) < 0) return NULL;
    return dict_pop(self, args[0], nargs > 1 ? args[1] : NULL);
}

static GpObject *m_popitem(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    GpDict *d = D(self);
    GpObject *res = tuple_new(2);   /* allocated first: no failure once the item is taken */
    if (!res) return NULL;
    if (d->used == 0) {
        gp_decref(res);
        err_set_str(&gp_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    DictKeys *k = d->keys;
    DictEntry *ep0 = DICT_KEYS_ENTRIES(k);
    intptr_t i = k->nentries - 1;
    while (i >= 0 && !ep0[i].value) i--;
    DictEntry *ep = &ep0[i];
    set_index(k, lookup_slot(k, ep->hash, i), DKIX_DUMMY);
    TUPLE_SET_ITEM(res, 0, ep->key);
    TUPLE_SET_ITEM(res, 1, ep->value);
    ep->key = ep->value = NULL;
    k->nentries = i;   /* usable is not given back: there is a DUMMY in the indices */
    d->used--;
    return res;
}

static GpObject *m_keys(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return dict_view_new(self, &gp_type_dict_keys);
}
static GpObject *m_values(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return dict_view_new(self, &gp_type_dict_values);
}
static GpObject *m_items(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return dict_view_new(self, &gp_type_dict_items);
}

/* update(*args, **kwargs) and dict(*args, **kwargs): CPython's dict_update_common. */
static int update_common(GpObject *self, GpObject *const *args, intptr_t nargs,
                         GpObject *kwnames, const char *name) {
    if (args_check_count(name, nargs, 0, 1) < 0) return -1;
    if (nargs && update_arg(self, args[0]) < 0) return -1;
    intptr_t nk = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (intptr_t i = 0; i < nk; i++)
        if (dict_setitem(self, TUPLE_ITEM(kwnames, i), args[nargs + i]) < 0) return -1;
    return 0;
}

static GpObject *m_update(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    if (update_common(self, args, nargs, kw, "update") < 0) return NULL;
    return gp_none();
}

static GpObject *m_clear(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    dict_clear(self);
    return gp_none();
}

static GpObject *m_copy(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return dict_copy(self);
}

static GpObject *m_contains(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)nargs, (void)kw;
    int r = dict_contains(self, args[0]);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *m_getitem(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)nargs, (void)kw;
    return dict_subscript(self, args[0]);
}

static GpObject *m_sizeof(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    DictKeys *k = D(self)->keys;
    /* Honest sizes (DESIGN.md §2.4): the object's block and its table's block. */
    return int_from_i64((int64_t)(obj_alloc_size(self) + (k ? mem_size(k) : 0)));
}

static GpObject *m_reversed(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    UNUSED_ARGS;
    return dict_iter_new(self, &gp_type_dict_reversekeyiterator);
}

/* dict.fromkeys(iterable, value=None): installed in the type's dict as a function bound to
 * the dict type (a class method of the built-in type); self is the type. */
static GpObject *m_fromkeys(GpObject *self, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)kw;
    if (args_check_count("fromkeys", nargs, 1, 2) < 0) return NULL;
    GpObject *iterable = args[0], *value = nargs > 1 ? args[1] : GP_NONE;
    GpObject *d = (self && GP_TYPE(self) == &gp_type_type && self != (GpObject *)&gp_type_dict)
                      ? obj_call0(self)
                      : dict_new();
    if (!d) return NULL;
    if (DICT_CHECK_EXACT(d) && D(d)->used == 0 && DICT_CHECK_EXACT(iterable)) {
        GpDict *src = D(iterable);
        if (dict_resize(D(d), estimate_log2_keysize(src->used), src->keys ? src->keys->unicode : 1) < 0)
            goto error;
        for (intptr_t i = 0; src->keys && i < src->keys->nentries; i++) {
            DictEntry *ep = &DICT_KEYS_ENTRIES(src->keys)[i];
            if (ep->value && insertdict(D(d), ep->key, ep->hash, value) < 0) goto error;
        }
        return d;
    }
    GpObject *it = obj_iter(iterable);
    if (!it) goto error;
    for (;;) {
        GpObject *key = obj_iternext(it);
        if (!key) {
            gp_decref(it);
            if (err_occurred()) goto error;
            return d;
        }
        int r = DICT_CHECK_EXACT(d) ? dict_setitem(d, key, value) : obj_setitem(d, key, value);
        gp_decref(key);
        if (r < 0) {
            gp_decref(it);
            goto error;
        }
    }
error:
    gp_decref(d);
    return NULL;
}

static GpMethodDef fromkeys_def = {"fromkeys", m_fromkeys, METH_VARARGS,
                                   "Create a new dictionary with keys from iterable and values set to value."};

static GpMethodDef dict_methods[] = {
    {"__contains__", m_contains, METH_O, NULL},
    {"__getitem__", m_getitem, METH_O, NULL},
    {"__sizeof__", m_sizeof, METH_NOARGS, NULL},
    {"get", m_get, METH_VARARGS, NULL},
    {"setdefault", m_setdefault, METH_VARARGS, NULL},
    {"pop", m_pop, METH_VARARGS, NULL},
    {"popitem", m_popitem, METH_NOARGS, NULL},
    {"keys", m_keys, METH_NOARGS, NULL},
    {"items", m_items, METH_NOARGS, NULL},
    {"values", m_values, METH_NOARGS, NULL},
    {"update", m_update, METH_KEYWORDS, NULL},
    {"clear", m_clear, METH_NOARGS, NULL},
    {"copy", m_copy, METH_NOARGS, NULL},
    {"__reversed__", m_reversed, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* str.maketrans is a static method: a plain function in str's dict. */
static GpMethodDef maketrans_def = {"maketrans", str_maketrans, METH_VARARGS,
                                    "Return a translation table usable for str.translate()."};

int type_dict_add_cfunction(GpType *type, GpMethodDef *def, int classmethod) {
    GpObject *f = cfunction_new(def, NULL, NULL);
    if (f && classmethod) GP_SETREF(f, classmethod_new(f));
    if (!f) return -1;
    int r = dict_setitem_cstr(type->dict, def->name, f);
    gp_decref(f);
    type_modified(type);   /* type_lookup's cache */
    return r;
}

static int install_function(GpType *type, GpMethodDef *def, int bind) {
    return type_dict_add_cfunction(type, def, bind);
}

int dict_init(void) {
    if (gp_interp->containers_fixed) return 0;
    if (!gp_type_dict.dict || !gp_type_str.dict || !gp_type_float.dict) return 0;   /* not readied yet */
    gp_interp->containers_fixed = 1;
    if (install_function(&gp_type_dict, &fromkeys_def, 1) < 0 ||
        install_function(&gp_type_str, &maketrans_def, 0) < 0 ||
        install_function(&gp_type_float, &float_fromhex_def, 1) < 0) {
        gp_interp->containers_fixed = 0;
        return -1;
    }
    return 0;
}

static GpObject *dict_type_new(GpType *type, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    GpObject *d = obj_new(type, type->basicsize ? type->basicsize : sizeof(GpDict));
    if (!d) return NULL;
    if (update_common(d, args, nargs, kwnames, "dict") < 0) {
        gp_decref(d);
        return NULL;
    }
    return d;
}

GpType gp_type_dict = {
    GP_TYPE_HEAD,
    .name = "dict",
    .basicsize = sizeof(GpDict),
    .flags = TPFLAG_BASETYPE | TPFLAG_DICT_SUBCLASS | TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .new_ = dict_type_new,
    .iter = dict_iter,
    .binop = {[NB_OR] = dict_or},
    .inplace = {[NB_OR] = dict_ior},
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_contains_slot,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .methods = dict_methods,
};
