/* vm_cache.h — LOAD_GLOBAL's lookup cache: the inline hit path (the eval loop) and the
 * refill (vm_ops.c). Internal to the VM.
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

#endif
