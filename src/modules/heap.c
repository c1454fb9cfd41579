/* heap.c — the heap module, glasspy's own window on the object model (DESIGN.md §2.5):
 *
 *   heap.where(obj)  one line saying where obj lives and why
 *   heap.stats()     live objects and bytes per type and per allocator
 *
 * Invariants:
 * - Neither function changes what it reports on: where() holds no reference beyond the
 *   call, stats() counts everything before it allocates its result (so the result dict is
 *   not in the numbers, while the call's own arguments and frames are).
 * - The wording of where() is documented in the README and tested in tests/seed/heap_*.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "modules/heap.h"

#include "code.h"
#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "mem/alloc.h"
#include "mem/intblock.h"
#include "mem/sanitize.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

/* ---- heap.where ---- */

/* The code object among co and the code objects nested in its constants that has o as a
 * constant, or NULL. */
static GpCode *const_owner(GpCode *co, GpObject *o, int depth) {
    GpObject *consts = co->consts;
    if (!consts || depth > 50)
        return NULL;
    intptr_t n = TUPLE_SIZE(consts);
    for (intptr_t i = 0; i < n; i++)
        if (TUPLE_ITEM(consts, i) == o)
            return co;
    for (intptr_t i = 0; i < n; i++) {
        GpObject *c = TUPLE_ITEM(consts, i);
        if (CODE_CHECK(c)) {
            GpCode *r = const_owner((GpCode *)c, o, depth + 1);
            if (r)
                return r;
        }
    }
    return NULL;
}

/* The running code (or the code it defines) that has o as a constant, innermost frame
 * first; NULL if none. */
static GpCode *running_const_owner(GpObject *o) {
    for (GpFrame *f = gp_interp->frame; f; f = f->previous) {
        GpCode *co = const_owner(f->code, o, 0);
        if (co)
            return co;
    }
    return NULL;
}

static int is_small_int(GpObject *o) {
    for (int i = 0; i < SMALL_INT_COUNT; i++)
        if (gp_interp->small_ints[i] == o)
            return 1;
    return 0;
}

static GpObject *heap_where(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    (void)self, (void)nargs, (void)kwnames;
    GpObject *o = args[0];
    AllocPlace pl;
    alloc_locate(o, &pl);
    char buf[300];
    switch (pl.kind) {
    case PLACE_INT:
        if (is_small_int(o))
            snprintf(buf, sizeof buf, "small-int cache: block %ld, slot %d of %d", pl.block,
                     pl.slot, INTBLOCK_SLOTS);
        else
            snprintf(buf, sizeof buf, "int block %ld, slot %d", pl.block, pl.slot);
        break;
    case PLACE_FLOAT:
        snprintf(buf, sizeof buf, "float block %ld, slot %d", pl.block, pl.slot);
        break;
    case PLACE_POOL:
        snprintf(buf, sizeof buf, "pool of %zu-byte blocks in arena %ld", pl.size, pl.block);
        break;
    case PLACE_LARGE:
        snprintf(buf, sizeof buf, "large object (%zu bytes)", pl.size);
        break;
    case PLACE_OUTSIDE:
        snprintf(buf, sizeof buf,
                 "outside the heap (%zu bytes): made from the environment, kept out of the "
                 "heap's layout",
                 pl.size);
        break;
    case PLACE_STATIC: {
        GpObject *r = obj_repr(o);
        if (!r)
            return NULL;
        const char *s = str_cstr(r);
        size_t len = strlen(s);
        if (len > 60)
            snprintf(buf, sizeof buf, "static object in the binary (%.57s...)", s);
        else
            snprintf(buf, sizeof buf, "static object in the binary (%s)", s);
        gp_decref(r);
        break;
    }
    }
    GpCode *owner = running_const_owner(o);
    if (owner) {
        size_t len = strlen(buf);
        snprintf(buf + len, sizeof buf - len, " (constant of %s code)", str_cstr(owner->name));
    }
    return str_from_cstr(buf);
}

/* ---- heap.stats ---- */

typedef struct TypeCount {
    GpType *type;
    intptr_t objects, bytes;
} TypeCount;

typedef struct TypeTable {
    TypeCount *slots;
    size_t cap, used;
    int failed;
} TypeTable;

static TypeCount *type_slot(TypeTable *t, GpType *type) {
    if (t->used * 2 >= t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        TypeCount *n = calloc(cap, sizeof *n);
        if (!n) {
            t->failed = 1;
            return NULL;
        }
        for (size_t i = 0; i < t->cap; i++) {
            if (!t->slots[i].type)
                continue;
            size_t j = ((uintptr_t)t->slots[i].type >> 4) & (cap - 1);
            while (n[j].type)
                j = (j + 1) & (cap - 1);
            n[j] = t->slots[i];
        }
        free(t->slots);
        t->slots = n;
        t->cap = cap;
    }
    size_t j = ((uintptr_t)type >> 4) & (t->cap - 1);
    while (t->slots[j].type && t->slots[j].type != type)
        j = (j + 1) & (t->cap - 1);
    if (!t->slots[j].type) {
        t->slots[j].type = type;
        t->used++;
    }
    return &t->slots[j];
}

static void count_object(GpObject *o, size_t size, void *arg) {
    TypeCount *c = type_slot(arg, GP_TYPE(o));
    if (c) {
        c->objects++;
        c->bytes += (intptr_t)size;
    }
}

static int cmp_type_names(const void *a, const void *b) {
    const TypeCount *x = a, *y = b;
    return strcmp(x->type->name, y->type->name);
}

/* d[key] = (objects, bytes). 0 or -1. */
static int set_pair(GpObject *d, const char *key, intptr_t objects, intptr_t bytes) {
    GpObject *a = int_from_i64(objects), *b = a ? int_from_i64(bytes) : NULL;
    GpObject *t = b ? tuple_pack(2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    if (!t)
        return -1;
    int r = dict_setitem_cstr(d, key, t);
    gp_decref(t);
    return r;
}

static int set_int(GpObject *d, const char *key, intptr_t v) {
    GpObject *x = int_from_i64(v);
    if (!x)
        return -1;
    int r = dict_setitem_cstr(d, key, x);
    gp_decref(x);
    return r;
}

/* d[key] = value, stealing value. */
static int set_steal(GpObject *d, const char *key, GpObject *value) {
    if (!value)
        return -1;
    int r = dict_setitem_cstr(d, key, value);
    gp_decref(value);
    return r;
}

static GpObject *heap_stats(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    /* Count first, allocate the result after. */
    TypeTable tt = {0};
    alloc_walk_objects(count_object, &tt);
    intptr_t nints = intblock_live_ints(), nfloats = intblock_live_floats();
    if (nints) {
        TypeCount *c = type_slot(&tt, &gp_type_int);
        if (c)
            c->objects += nints, c->bytes += nints * INTBLOCK_SLOT;
    }
    if (nfloats) {
        TypeCount *c = type_slot(&tt, &gp_type_float);
        if (c)
            c->objects += nfloats, c->bytes += nfloats * INTBLOCK_SLOT;
    }
    AllocCounts ac;
    alloc_counts(&ac);
    long int_blocks, float_blocks;
    intblock_blocks(&int_blocks, &float_blocks);
    if (tt.failed) {
        free(tt.slots);
        return err_no_memory();
    }
    /* Compact and sort by type name. */
    size_t n = 0;
    for (size_t i = 0; i < tt.cap; i++)
        if (tt.slots[i].type)
            tt.slots[n++] = tt.slots[i];
    if (n)
        qsort(tt.slots, n, sizeof *tt.slots, cmp_type_names);

    GpObject *result = dict_new(), *by_type = NULL, *by_alloc = NULL;
    if (!result)
        goto error;
    intptr_t total_objects = 0, total_bytes = 0;
    by_type = dict_new();
    if (!by_type)
        goto error;
    for (size_t i = 0; i < n; i++) {
        total_objects += tt.slots[i].objects;
        total_bytes += tt.slots[i].bytes;
        if (set_pair(by_type, tt.slots[i].type->name, tt.slots[i].objects, tt.slots[i].bytes) < 0)
            goto error;
    }
    by_alloc = dict_new();
    if (!by_alloc || set_pair(by_alloc, "int blocks", nints, nints * INTBLOCK_SLOT) < 0 ||
        set_pair(by_alloc, "float blocks", nfloats, nfloats * INTBLOCK_SLOT) < 0)
        goto error;
    for (int i = 0; i < 64; i++) {
        if (!ac.pool_objects[i])
            continue;
        char key[32];
        snprintf(key, sizeof key, "pool %d", (i + 1) * 8);
        if (set_pair(by_alloc, key, ac.pool_objects[i], ac.pool_object_bytes[i]) < 0)
            goto error;
    }
    if (set_pair(by_alloc, "large", ac.large_objects, ac.large_object_bytes) < 0 ||
        set_pair(by_alloc, "outside", ac.outside_objects, ac.outside_object_bytes) < 0)
        goto error;
    if (set_int(result, "objects", total_objects) < 0 || set_int(result, "bytes", total_bytes) < 0)
        goto error;
    if (dict_setitem_cstr(result, "by_type", by_type) < 0 ||
        dict_setitem_cstr(result, "by_allocator", by_alloc) < 0)
        goto error;
    intptr_t nbuf = ac.pool_buffers + ac.large_buffers + ac.outside_buffers;
    intptr_t bbuf = ac.pool_buffer_bytes + ac.large_buffer_bytes + ac.outside_buffer_bytes;
    if (set_pair(result, "buffers", nbuf, bbuf) < 0 ||
        set_int(result, "int_blocks", int_blocks) < 0 ||
        set_int(result, "float_blocks", float_blocks) < 0 ||
        set_int(result, "arenas", ac.arenas) < 0 || set_int(result, "pools", ac.pools) < 0 ||
        set_steal(result, "fixed_heap", gp_bool(ac.fixed)) < 0)
        goto error;
    free(tt.slots);
    gp_decref(by_type);
    gp_decref(by_alloc);
    return result;
error:
    free(tt.slots);
    gp_xdecref(by_type);
    gp_xdecref(by_alloc);
    gp_xdecref(result);
    return NULL;
}

/* heap._leak(obj): takes a reference that is never dropped, so obj outlives tear-down —
 * for the test of the leak check (tests/cli/leak_check.sh). */
static GpObject *heap_leak(GpObject *self, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    (void)self, (void)nargs, (void)kwnames;
    gp_incref(args[0]);
    return gp_none();
}

#ifdef GP_ASAN
/* heap._touch_freed(kind): frees a fresh int, float, pool object, pool buffer or large
 * buffer and reads it — sanitizer builds only, where the read must be reported
 * (tests/cli/poison.sh). */
static GpObject *heap_touch_freed(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    (void)self, (void)nargs, (void)kwnames;
    const char *kind = STR_CHECK(args[0]) ? str_cstr(args[0]) : "";
    volatile char *p = NULL;
    if (strcmp(kind, "int") == 0) {
        GpObject *o = int_from_i64(1000000007);
        if (!o)
            return NULL;
        gp_decref(o);
        p = (volatile char *)o;
    } else if (strcmp(kind, "float") == 0) {
        GpObject *o = float_from_double(0.5);
        if (!o)
            return NULL;
        gp_decref(o);
        p = (volatile char *)o;
    } else if (strcmp(kind, "object") == 0) {
        GpObject *o = obj_new(&gp_type_object, sizeof(GpObject));
        if (!o)
            return NULL;
        gp_decref(o);
        p = (volatile char *)o;
    } else if (strcmp(kind, "buffer") == 0 || strcmp(kind, "large") == 0) {
        p = mem_alloc(kind[0] == 'b' ? 100 : 5000);
        if (!p)
            return err_no_memory();
        mem_free((void *)p);
    } else {
        return err_set_str(&gp_exc_ValueError, "kind: int, float, object, buffer or large");
    }
    return int_from_i64(p[8]);
}
#endif

static GpMethodDef heap_methods[] = {
    {"where", heap_where, METH_O,
     "where(obj) -> str\n\nWhere obj lives in memory and why: the small-int cache, an int or "
     "float block and slot, a pool of one size class in an arena, a large allocation, or a "
     "static object in the binary; and whether it is a constant of the running code."},
    {"stats", heap_stats, METH_NOARGS,
     "stats() -> dict\n\nLive objects and bytes per type and per allocator."},
    {"_leak", heap_leak, METH_O, "_leak(obj): never drop a reference to obj (for tests)."},
#ifdef GP_ASAN
    {"_touch_freed", heap_touch_freed, METH_O,
     "_touch_freed(kind): read freed memory (sanitizer builds, for tests)."},
#endif
    {NULL, NULL, 0, NULL},
};

GpObject *heap_module_create(void) {
    GpObject *m = module_new("heap");
    if (!m)
        return NULL;
    if (module_add_functions(m, heap_methods) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
