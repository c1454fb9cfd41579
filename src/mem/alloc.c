/* alloc.c — the one entry point for memory: raw buffers (mem_*) and objects (obj_new/obj_free).
 *
 * Invariants:
 * - Every buffer and every object other than ints and floats is allocated here, so
 *   statistics (gp_interp->mem), failure injection (MemStats.fail_after) and, next issue,
 *   the size-class pools and --fixed-heap change only this file.
 * - This version forwards to malloc; sizes come from malloc_usable_size.
 * - mem_* work before the interpreter exists (gp_interp NULL): then nothing is counted.
 * - obj_new takes a reference to a heap type (TPFLAG_HEAPTYPE) for each instance and
 *   obj_free drops it, so a class outlives its instances; static types are not counted.
 */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"

/* Failure injection: true when this allocation must fail (counts down fail_after). */
int alloc_inject_failure(void) {
    if (!gp_interp || gp_interp->mem.fail_after <= 0)
        return 0;
    return --gp_interp->mem.fail_after == 0;
}

void *mem_alloc(size_t n) {
    if (alloc_inject_failure())
        return NULL;
    void *p = malloc(n ? n : 1);
    if (p && gp_interp) {
        gp_interp->mem.live_buffers++;
        gp_interp->mem.live_buffer_bytes += (intptr_t)malloc_usable_size(p);
    }
    return p;
}

void *mem_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size)
        return NULL;
    if (alloc_inject_failure())
        return NULL;
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (p && gp_interp) {
        gp_interp->mem.live_buffers++;
        gp_interp->mem.live_buffer_bytes += (intptr_t)malloc_usable_size(p);
    }
    return p;
}

void *mem_realloc(void *p, size_t n) {
    if (!p)
        return mem_alloc(n);
    if (alloc_inject_failure())
        return NULL;
    size_t old = malloc_usable_size(p);
    void *q = realloc(p, n ? n : 1);
    if (q && gp_interp)
        gp_interp->mem.live_buffer_bytes += (intptr_t)malloc_usable_size(q) - (intptr_t)old;
    return q;
}

void mem_free(void *p) {
    if (!p)
        return;
    if (gp_interp) {
        gp_interp->mem.live_buffers--;
        gp_interp->mem.live_buffer_bytes -= (intptr_t)malloc_usable_size(p);
    }
    free(p);
}

size_t mem_size(const void *p) { return p ? malloc_usable_size((void *)p) : 0; }

/* Returns a new reference: a zeroed object of size bytes with refcnt 1, or NULL with
 * MemoryError set. */
GpObject *obj_new(GpType *type, size_t size) {
    if (size < sizeof(GpObject))
        size = sizeof(GpObject);
    GpObject *o = alloc_inject_failure() ? NULL : calloc(1, size);
    if (!o)
        return err_no_memory();
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TPFLAG_HEAPTYPE)
        gp_incref((GpObject *)type);
    if (gp_interp) {
        gp_interp->mem.live_objects++;
        gp_interp->mem.live_object_bytes += (intptr_t)malloc_usable_size(o);
    }
    return o;
}

void obj_free(GpObject *o) {
    GpType *type = o->type;
    if (gp_interp) {
        gp_interp->mem.live_objects--;
        gp_interp->mem.live_object_bytes -= (intptr_t)malloc_usable_size(o);
    }
    free(o);
    if (type && (type->flags & TPFLAG_HEAPTYPE))
        gp_decref((GpObject *)type);
}
