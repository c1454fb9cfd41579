/* vm_cache.h — the eval loop's lookup caches: LOAD_GLOBAL's, and LOAD_ATTR/STORE_ATTR's
 * hints for instance attributes; the inline hit paths (vm.c) and the refills (vm_ops.c).
 * Internal to the VM.
 *
 * Invariants: a direct-mapped table (gp_interp->global_cache, GCACHE_SIZE entries, keyed
 * by the instruction's address) remembers where a name was found: the dict's key table
 * and the entry index (dict.h's published layout). A hit is re-validated against the live
 * table (same table, index in range, the entry's key is the very name object and still
 * holds a value), so the cache holds no references and can never produce a stale value;
 * a miss is an ordinary lookup. Without a dict version, a name found in builtins still
 * costs a lookup in globals to prove it is absent there.
 */
#ifndef GP_VM_CACHE_H
#define GP_VM_CACHE_H

#include "code.h"
#include "interp.h"
#include "objects/dict.h"

#define GCACHE_SIZE 1024

typedef struct GCacheEntry {
    const GpCodeUnit *ip;    /* the instruction (its next unit) the entry belongs to */
    const DictKeys *keys;    /* compared by address only, never dereferenced */
    intptr_t index;
    int in_builtins;
} GCacheEntry;

/* Allocates the table (NULL if that fails: then nothing is cached). */
GCacheEntry *gcache_alloc(void);

/* The entry for the instruction before ip, or NULL. */
static inline GCacheEntry *gcache_slot(const GpCodeUnit *ip) {
    GCacheEntry *t = (GCacheEntry *)gp_interp->global_cache;
    if (!t && !(t = gcache_alloc()))
        return NULL;
    return &t[((uintptr_t)ip >> 1) & (GCACHE_SIZE - 1)];
}

/* The value e points at if it is still the live mapping of name in the exact dict d,
 * else NULL. Borrowed. */
static inline GpObject *gcache_get(const GCacheEntry *e, GpObject *d, GpObject *name) {
    DictKeys *k = ((GpDict *)d)->keys;
    if (e->keys != k || !k || e->index >= k->nentries)
        return NULL;
    const DictEntry *ep = &DICT_KEYS_ENTRIES(k)[e->index];
    return ep->key == name ? ep->value : NULL;
}

/* Records where name (just found in the exact dict d) lives, if it is there as the very
 * same object. */
void gcache_set(GCacheEntry *e, const GpCodeUnit *ip, GpObject *d, GpObject *name,
                int in_builtins);

/* ---- Instance attributes ----
 * A direct-mapped table (gp_interp->attr_cache, keyed by the instruction's address)
 * remembers, for an attribute of instances of one class version, the entry index the name
 * had in the last instance's dict. Instances built by the same __init__ put their
 * attributes in the same order, so the index fits the next instance too. A hit needs:
 * the class still has that version (so it still has no data descriptor for the name and
 * the same getattr/setattr), and the instance's dict has the very name object at that
 * index with a value. Anything else takes the ordinary path, which refills the entry. */

#define ACACHE_SIZE 1024

typedef struct ACacheEntry {
    const GpCodeUnit *ip;    /* the instruction (its next unit) the entry belongs to */
    uint64_t version;        /* the class's attribute-cache version (type.c) */
    intptr_t index;          /* the name's entry index in the instances' dicts */
} ACacheEntry;

/* Allocates the table (NULL if that fails: then nothing is cached). */
ACacheEntry *acache_alloc(void);

/* The entry for the instruction before ip and a class version, or NULL. (Keyed by both,
 * so one instruction used on instances of several classes keeps an entry per class.) */
static inline ACacheEntry *acache_slot(const GpCodeUnit *ip, uint64_t version) {
    ACacheEntry *t = (ACacheEntry *)gp_interp->attr_cache;
    if (!t && !(t = acache_alloc()))
        return NULL;
    uintptr_t h = ((uintptr_t)ip >> 1) ^ (uintptr_t)(version * 0x9E3779B97F4A7C15u >> 50);
    return &t[h & (ACACHE_SIZE - 1)];
}

/* The instance dict of o (or NULL), for a class that keeps it at a fixed offset
 * (tp->dictoffset > 0). Borrowed. */
static inline GpObject *acache_inst_dict(GpObject *o, GpType *tp) {
    return *(GpObject **)((char *)o + tp->dictoffset);
}

/* The live value slot for name at e's index in the dict d, or NULL. */
static inline __attribute__((always_inline)) GpObject **acache_value_slot(const ACacheEntry *e, GpObject *d, GpObject *name) {
    DictKeys *k = ((GpDict *)d)->keys;
    if (!k || e->index >= k->nentries)
        return NULL;
    DictEntry *ep = &DICT_KEYS_ENTRIES(k)[e->index];
    return ep->key == name && ep->value ? &ep->value : NULL;
}

/* The entry for this instruction and tp's version, or NULL when tp's instances are not
 * cached (no dict at a fixed offset, no version yet). */
static inline ACacheEntry *acache_entry(GpType *tp, const GpCodeUnit *ip) {
    return tp->dictoffset > 0 && tp->version ? acache_slot(ip, tp->version) : NULL;
}

/* The value slot of name in the dict of o (an instance of tp) if e says where it is and it
 * is still there, else NULL (then the ordinary path runs and refills e). */
static inline __attribute__((always_inline)) GpObject **acache_hit(
    const ACacheEntry *e, GpObject *o, GpType *tp, const GpCodeUnit *ip, GpObject *name) {
    GpObject *d = acache_inst_dict(o, tp);
    if (!d || e->ip != ip || e->version != tp->version)
        return NULL;
    return acache_value_slot(e, d, name);
}

/* After an ordinary attribute access on o (an instance of tp) succeeded: if tp has no data
 * descriptor for name and o's exact dict holds name, remembers where. An entry that
 * already belongs to this instruction and class is left alone: the miss was an instance
 * without the name at the usual index (a new one, in __init__). */
void acache_fill(ACacheEntry *e, const GpCodeUnit *ip, GpObject *o, GpType *tp,
                 GpObject *name);

#endif
