/* compiler_map.c — the compiler's small hash maps: C string → int and pointer → int.
 *
 * Invariants: open addressing with linear probing, capacity a power of two, at most half
 * full; keys are borrowed (they must outlive the map); entries are never removed (a set
 * "discards" a name by storing 0). Memory comes from mem_alloc; *_free releases it.
 */
#include <string.h>

#include "compile_internal.h"
#include "errors.h"
#include "mem/alloc.h"

static uint64_t hash_cstr(const char *s) {
    uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

static uint64_t hash_ptr(const void *p) {
    uint64_t h = (uint64_t)(uintptr_t)p;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

int smap_get(const StrMap *m, const char *key) {
    if (m->cap == 0)
        return -1;
    size_t mask = (size_t)m->cap - 1;
    for (size_t i = hash_cstr(key) & mask;; i = (i + 1) & mask) {
        if (!m->keys[i])
            return -1;
        if (m->keys[i] == key || strcmp(m->keys[i], key) == 0)
            return m->vals[i];
    }
}

static int smap_grow(StrMap *m) {
    int ncap = m->cap ? m->cap * 2 : 16;
    const char **keys = mem_calloc((size_t)ncap, sizeof *keys);
    int *vals = mem_alloc((size_t)ncap * sizeof *vals);
    if (!keys || !vals) {
        mem_free(keys);
        mem_free(vals);
        err_no_memory();
        return -1;
    }
    size_t mask = (size_t)ncap - 1;
    for (int j = 0; j < m->cap; j++) {
        if (!m->keys[j])
            continue;
        size_t i = hash_cstr(m->keys[j]) & mask;
        while (keys[i])
            i = (i + 1) & mask;
        keys[i] = m->keys[j];
        vals[i] = m->vals[j];
    }
    mem_free(m->keys);
    mem_free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = ncap;
    return 0;
}

int smap_put(StrMap *m, const char *key, int val) {
    if ((m->n + 1) * 2 > m->cap && smap_grow(m) < 0)
        return -1;
    size_t mask = (size_t)m->cap - 1;
    size_t i = hash_cstr(key) & mask;
    for (; m->keys[i]; i = (i + 1) & mask) {
        if (m->keys[i] == key || strcmp(m->keys[i], key) == 0) {
            m->vals[i] = val;
            return 0;
        }
    }
    m->keys[i] = key;
    m->vals[i] = val;
    m->n++;
    return 0;
}

void smap_free(StrMap *m) {
    mem_free(m->keys);
    mem_free(m->vals);
    m->keys = NULL;
    m->vals = NULL;
    m->cap = m->n = 0;
}

int pmap_get(const PtrMap *m, const void *key) {
    if (m->cap == 0)
        return -1;
    size_t mask = (size_t)m->cap - 1;
    for (size_t i = hash_ptr(key) & mask;; i = (i + 1) & mask) {
        if (!m->keys[i])
            return -1;
        if (m->keys[i] == key)
            return m->vals[i];
    }
}

static int pmap_grow(PtrMap *m) {
    int ncap = m->cap ? m->cap * 2 : 16;
    const void **keys = mem_calloc((size_t)ncap, sizeof *keys);
    int *vals = mem_alloc((size_t)ncap * sizeof *vals);
    if (!keys || !vals) {
        mem_free(keys);
        mem_free(vals);
        err_no_memory();
        return -1;
    }
    size_t mask = (size_t)ncap - 1;
    for (int j = 0; j < m->cap; j++) {
        if (!m->keys[j])
            continue;
        size_t i = hash_ptr(m->keys[j]) & mask;
        while (keys[i])
            i = (i + 1) & mask;
        keys[i] = m->keys[j];
        vals[i] = m->vals[j];
    }
    mem_free(m->keys);
    mem_free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = ncap;
    return 0;
}

int pmap_put(PtrMap *m, const void *key, int val) {
    if ((m->n + 1) * 2 > m->cap && pmap_grow(m) < 0)
        return -1;
    size_t mask = (size_t)m->cap - 1;
    size_t i = hash_ptr(key) & mask;
    for (; m->keys[i]; i = (i + 1) & mask) {
        if (m->keys[i] == key) {
            m->vals[i] = val;
            return 0;
        }
    }
    m->keys[i] = key;
    m->vals[i] = val;
    m->n++;
    return 0;
}

void pmap_free(PtrMap *m) {
    mem_free(m->keys);
    mem_free(m->vals);
    m->keys = NULL;
    m->vals = NULL;
    m->cap = m->n = 0;
}
