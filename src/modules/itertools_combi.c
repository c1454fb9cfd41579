/* itertools_combi.c — the combinatoric iterators of the itertools module: product,
 * combinations, combinations_with_replacement and permutations (CPython 3.11's algorithms,
 * order of results and messages).
 *
 * Invariants:
 * - The pools are tuples made when the iterator is (product: one per argument, shared by
 *   the repeats); the index arrays are mem_alloc'd and freed by the dealloc.
 * - The result tuple is updated in place while the iterator holds its only reference
 *   (CPython does the same); otherwise a copy is made and kept. The items replaced are
 *   still held by the pool, so no Python code runs while a result is being updated.
 * - clear (the cycle collector) stops the iterator: next() then reports exhaustion.
 */
#include <string.h>
#include <unistd.h>

#include "modules/itertools.h"

#include "errors.h"
#include "mem/alloc.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

/* An index array of n entries (mem_alloc'd), or NULL with MemoryError: more than the
 * machine's memory is refused before asking (sanitizer builds abort on such requests). */
static intptr_t *alloc_indices(intptr_t n) {
    static size_t limit;
    if (!limit) {
        long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
        limit = pages > 0 && page > 0 ? (size_t)pages * (size_t)page : (size_t)1 << 40;
    }
    if (n < 0 || (size_t)n > limit / sizeof(intptr_t)) {
        err_no_memory();
        return NULL;
    }
    intptr_t *p = mem_alloc(n ? sizeof(intptr_t) * (size_t)n : 1);
    if (!p) err_no_memory();
    return p;
}

/* ---- Combinatoric iterators: shared result-tuple handling ---- */

/* The result tuple to update in place: *slot itself when only the iterator holds it, else
 * a copy stored in *slot. Borrowed, or NULL with an exception. */
static GpObject *result_for_update(GpObject **slot) {
    GpObject *r = *slot;
    if (GP_REFCNT(r) == 1) return r;
    GpObject *copy = tuple_from_array(((GpTuple *)r)->items, TUPLE_SIZE(r));
    if (!copy) return NULL;
    GP_SETREF(*slot, copy);
    return copy;
}

/* Stores pool[index] in result[i], dropping the old item. */
static inline void result_set(GpObject *result, intptr_t i, GpObject *pool, intptr_t index) {
    GpObject *old = TUPLE_ITEM(result, i);
    TUPLE_SET_ITEM(result, i, gp_newref(TUPLE_ITEM(pool, index)));
    gp_decref(old);
}

/* ---- product(*iterables, repeat=1) ---- */

typedef struct Product {
    GP_HEAD;
    GpObject *pools;         /* tuple of tuples */
    intptr_t *indices;
    GpObject *result;        /* NULL before the first */
    int stopped;
} Product;

static GpObject *product_new(GpType *type, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    intptr_t repeat = 1, nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (nkw > 1)
        return err_format(&gp_exc_TypeError,
                          "product() takes at most 1 keyword argument (%zd given)", nkw);
    if (nkw == 1) {
        if (!str_eq_cstr(TUPLE_ITEM(kwnames, 0), "repeat"))
            return err_format(&gp_exc_TypeError,
                              "'%U' is an invalid keyword argument for product()",
                              TUPLE_ITEM(kwnames, 0));
        repeat = obj_as_ssize(args[nargs]);
        if (repeat == -1 && err_occurred()) return NULL;
        if (repeat < 0)
            return err_set_str(&gp_exc_ValueError, "repeat argument cannot be negative");
    }
    if (repeat == 0) {
        nargs = 0;
    } else if ((size_t)nargs > (size_t)INTPTR_MAX / sizeof(intptr_t) / (size_t)repeat) {
        return err_set_str(&gp_exc_OverflowError, "repeat argument too large");
    }
    intptr_t npools = nargs * repeat;
    Product *p = (Product *)obj_new(type, sizeof(Product));
    if (!p) return NULL;
    if (!(p->indices = alloc_indices(npools))) goto error;
    if (!(p->pools = tuple_new(npools))) goto error;
    for (intptr_t i = 0; i < npools; i++) TUPLE_SET_ITEM(p->pools, i, gp_none());
    for (intptr_t i = 0; i < npools; i++) {
        GpObject *pool = i < nargs ? tuple_from_iterable(args[i])
                                   : gp_newref(TUPLE_ITEM(p->pools, i - nargs));
        if (!pool) goto error;
        GP_SETREF(TUPLE_ITEM(p->pools, i), pool);
        p->indices[i] = 0;
    }
    return (GpObject *)p;
error:
    gp_decref((GpObject *)p);
    return NULL;
}

static GpObject *product_next(GpObject *self) {
    Product *p = (Product *)self;
    GpObject *pools = p->pools;
    if (p->stopped || !pools) return NULL;
    intptr_t npools = TUPLE_SIZE(pools);
    GpObject *result;
    if (!p->result) {
        for (intptr_t i = 0; i < npools; i++)
            if (TUPLE_SIZE(TUPLE_ITEM(pools, i)) == 0) goto empty;
        result = tuple_new(npools);
        if (!result) goto empty;
        for (intptr_t i = 0; i < npools; i++)
            TUPLE_SET_ITEM(result, i, gp_newref(TUPLE_ITEM(TUPLE_ITEM(pools, i), 0)));
        p->result = result;
    } else {
        result = result_for_update(&p->result);
        if (!result) goto empty;
        intptr_t *indices = p->indices, i;
        for (i = npools - 1; i >= 0; i--) {
            GpObject *pool = TUPLE_ITEM(pools, i);
            if (++indices[i] == TUPLE_SIZE(pool)) {
                indices[i] = 0;
                result_set(result, i, pool, 0);
            } else {
                result_set(result, i, pool, indices[i]);
                break;
            }
        }
        if (i < 0) goto empty;
    }
    return gp_newref(result);
empty:
    p->stopped = 1;
    return NULL;
}

static GpObject *product_clear(GpObject *self) {
    Product *p = (Product *)self;
    p->stopped = 1;
    GP_CLEAR(p->pools);
    GP_CLEAR(p->result);
    return NULL;
}

static void product_dealloc(GpObject *self) {
    if (list_trashcan_begin(self)) return;
    product_clear(self);
    mem_free(((Product *)self)->indices);
    obj_free(self);
    list_trashcan_end();
}

static int product_traverse(GpObject *self, VisitFn visit, void *arg) {
    Product *p = (Product *)self;
    GP_VISIT(p->pools);
    GP_VISIT(p->result);
    return 0;
}

static GpObject *product_sizeof(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    Product *p = (Product *)self;
    return int_from_i64((int64_t)(obj_alloc_size(self) + mem_size(p->indices)));
}

static GpMethodDef product_methods[] = {
    {"__sizeof__", product_sizeof, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType itertools_product_type = {
    GP_TYPE_HEAD,
    .name = "itertools.product",
    .basicsize = sizeof(Product),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .base = &gp_type_object,
    .dealloc = product_dealloc,
    .new_ = product_new,
    .iter = iter_self,
    .iternext = product_next,
    .traverse = product_traverse,
    .clear = product_clear,
    .methods = product_methods,
};

/* ---- combinations(iterable, r), combinations_with_replacement(iterable, r),
 *      permutations(iterable, r=None) ---- */

typedef struct Combi {
    GP_HEAD;
    GpObject *pool;          /* tuple */
    intptr_t *indices;
    intptr_t *cycles;        /* permutations only */
    GpObject *result;        /* NULL before the first */
    intptr_t r;
    int stopped;
} Combi;

/* Parses (iterable, r) for combinations and cwr: the pool, r and the index array. */
static GpObject *combi_make(GpType *type, const char *name, GpObject *const *args,
                            intptr_t nargs, GpObject *kwnames, int with_replacement) {
    static const char *const names[] = {"iterable", "r", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse(name, args, nargs, kwnames, names, 2, 2, a) < 0) return NULL;
    intptr_t r = obj_as_ssize(a[1]);
    if (r == -1 && err_occurred()) return NULL;
    GpObject *pool = tuple_from_iterable(a[0]);
    if (!pool) return NULL;
    intptr_t n = TUPLE_SIZE(pool);
    if (r < 0) {
        gp_decref(pool);
        return err_set_str(&gp_exc_ValueError, "r must be non-negative");
    }
    Combi *c = (Combi *)obj_new(type, sizeof(Combi));
    if (!c) {
        gp_decref(pool);
        return NULL;
    }
    c->pool = pool;
    c->r = r;
    if (!(c->indices = alloc_indices(r))) {
        gp_decref((GpObject *)c);
        return NULL;
    }
    for (intptr_t i = 0; i < r; i++) c->indices[i] = with_replacement ? 0 : i;
    c->stopped = with_replacement ? (n == 0 && r > 0) : r > n;
    return (GpObject *)c;
}

static GpObject *combinations_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    return combi_make(type, "combinations", args, nargs, kwnames, 0);
}

static GpObject *cwr_new(GpType *type, GpObject *const *args, intptr_t nargs,
                         GpObject *kwnames) {
    return combi_make(type, "combinations_with_replacement", args, nargs, kwnames, 1);
}

static GpObject *permutations_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    static const char *const names[] = {"iterable", "r", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("permutations", args, nargs, kwnames, names, 1, 2, a) < 0) return NULL;
    GpObject *pool = tuple_from_iterable(a[0]);
    if (!pool) return NULL;
    intptr_t n = TUPLE_SIZE(pool), r = n;
    if (a[1] && a[1] != GP_NONE) {
        if (!INT_CHECK(a[1])) {
            gp_decref(pool);
            return err_set_str(&gp_exc_TypeError, "Expected int as r");
        }
        r = obj_as_ssize(a[1]);
        if (r == -1 && err_occurred()) {
            gp_decref(pool);
            return NULL;
        }
    }
    if (r < 0) {
        gp_decref(pool);
        return err_set_str(&gp_exc_ValueError, "r must be non-negative");
    }
    Combi *c = (Combi *)obj_new(type, sizeof(Combi));
    if (!c) {
        gp_decref(pool);
        return NULL;
    }
    c->pool = pool;
    c->r = r;
    if (!(c->indices = alloc_indices(n)) || !(c->cycles = alloc_indices(r))) {
        gp_decref((GpObject *)c);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) c->indices[i] = i;
    for (intptr_t i = 0; i < r; i++) c->cycles[i] = n - i;
    c->stopped = r > n;
    return (GpObject *)c;
}

/* The first result: pool[indices[i]] for i < r (or pool[0] r times). */
static GpObject *combi_first(Combi *c, int all_first) {
    GpObject *result = tuple_new(c->r);
    if (!result) return NULL;
    for (intptr_t i = 0; i < c->r; i++)
        TUPLE_SET_ITEM(result, i,
                       gp_newref(TUPLE_ITEM(c->pool, all_first ? 0 : c->indices[i])));
    c->result = result;
    return result;
}

static GpObject *combinations_next(GpObject *self) {
    Combi *c = (Combi *)self;
    if (c->stopped || !c->pool) return NULL;
    intptr_t n = TUPLE_SIZE(c->pool), r = c->r, *indices = c->indices, i;
    GpObject *result;
    if (!c->result) {
        if (!(result = combi_first(c, 0))) goto empty;
    } else {
        if (!(result = result_for_update(&c->result))) goto empty;
        for (i = r - 1; i >= 0 && indices[i] == i + n - r; i--)
            ;
        if (i < 0) goto empty;
        indices[i]++;
        for (intptr_t j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        for (; i < r; i++) result_set(result, i, c->pool, indices[i]);
    }
    return gp_newref(result);
empty:
    c->stopped = 1;
    return NULL;
}

static GpObject *cwr_next(GpObject *self) {
    Combi *c = (Combi *)self;
    if (c->stopped || !c->pool) return NULL;
    intptr_t n = TUPLE_SIZE(c->pool), r = c->r, *indices = c->indices, i;
    GpObject *result;
    if (!c->result) {
        if (!(result = combi_first(c, 1))) goto empty;
    } else {
        if (!(result = result_for_update(&c->result))) goto empty;
        for (i = r - 1; i >= 0 && indices[i] == n - 1; i--)
            ;
        if (i < 0) goto empty;
        intptr_t index = indices[i] + 1;
        for (; i < r; i++) {
            indices[i] = index;
            result_set(result, i, c->pool, index);
        }
    }
    return gp_newref(result);
empty:
    c->stopped = 1;
    return NULL;
}

static GpObject *permutations_next(GpObject *self) {
    Combi *c = (Combi *)self;
    if (c->stopped || !c->pool) return NULL;
    intptr_t n = TUPLE_SIZE(c->pool), r = c->r, *indices = c->indices, *cycles = c->cycles, i;
    GpObject *result;
    if (!c->result) {
        if (!(result = combi_first(c, 0))) goto empty;
    } else {
        if (n == 0) goto empty;
        if (!(result = result_for_update(&c->result))) goto empty;
        for (i = r - 1; i >= 0; i--) {
            cycles[i] -= 1;
            if (cycles[i] == 0) {
                intptr_t index = indices[i];
                memmove(indices + i, indices + i + 1, sizeof(intptr_t) * (size_t)(n - 1 - i));
                indices[n - 1] = index;
                cycles[i] = n - i;
            } else {
                intptr_t j = cycles[i], index = indices[i];
                indices[i] = indices[n - j];
                indices[n - j] = index;
                for (intptr_t k = i; k < r; k++) result_set(result, k, c->pool, indices[k]);
                break;
            }
        }
        if (i < 0) goto empty;
    }
    return gp_newref(result);
empty:
    c->stopped = 1;
    return NULL;
}

static GpObject *combi_clear(GpObject *self) {
    Combi *c = (Combi *)self;
    c->stopped = 1;
    GP_CLEAR(c->pool);
    GP_CLEAR(c->result);
    return NULL;
}

static void combi_dealloc(GpObject *self) {
    if (list_trashcan_begin(self)) return;
    Combi *c = (Combi *)self;
    combi_clear(self);
    mem_free(c->indices);
    mem_free(c->cycles);
    obj_free(self);
    list_trashcan_end();
}

static int combi_traverse(GpObject *self, VisitFn visit, void *arg) {
    Combi *c = (Combi *)self;
    GP_VISIT(c->pool);
    GP_VISIT(c->result);
    return 0;
}

static GpObject *combi_sizeof(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    Combi *c = (Combi *)self;
    return int_from_i64(
        (int64_t)(obj_alloc_size(self) + mem_size(c->indices) + mem_size(c->cycles)));
}

static GpMethodDef combi_methods[] = {
    {"__sizeof__", combi_sizeof, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

#define COMBI_TYPE(var, tname, pfx)                                                          \
    GpType var = {                                                                    \
        GP_TYPE_HEAD,                                                                        \
        .name = "itertools." tname,                                                          \
        .basicsize = sizeof(Combi),                                                          \
        .flags = TPFLAG_GC | TPFLAG_BASETYPE,                                                \
        .base = &gp_type_object,                                                             \
        .dealloc = combi_dealloc,                                                            \
        .new_ = pfx##_new,                                                                   \
        .iter = iter_self,                                                                   \
        .iternext = pfx##_next,                                                              \
        .traverse = combi_traverse,                                                          \
        .clear = combi_clear,                                                                \
        .methods = combi_methods,                                                            \
    }

COMBI_TYPE(itertools_combinations_type, "combinations", combinations);
COMBI_TYPE(itertools_cwr_type, "combinations_with_replacement", cwr);
COMBI_TYPE(itertools_permutations_type, "permutations", permutations);
