/* iter.c — the generic iterators and the builtin iterator types: the sequence iterator
 * (old __getitem__ protocol), iter(callable, sentinel), enumerate, zip, map, filter and
 * reversed.
 *
 * Invariants:
 * - An exhausted iterator drops what it iterates (CPython's behaviour; lifetimes are
 *   observable through __del__ and id reuse).
 * - enumerate and zip reuse their result tuple when nobody else holds it, and make their
 *   objects in CPython's order (next item first, then the index), so ids match CPython's.
 * - iternext slots never raise StopIteration: NULL with no exception is exhaustion. An
 *   IndexError/StopIteration raised by __getitem__ ends the sequence iterators.
 */
#include <string.h>

#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

/* seq[i] for a C index (PySequence_GetItem). */
static GpObject *seq_item(GpObject *seq, intptr_t i) {
    GpObject *k = int_from_i64(i);
    if (!k) return NULL;
    GpObject *r = obj_getitem(seq, k);
    gp_decref(k);
    return r;
}

/* ---- Sequence iterator ("iterator") ---- */

typedef struct SeqIter {
    GP_HEAD;
    intptr_t index;
    GpObject *seq;           /* NULL once exhausted */
} SeqIter;

GpObject *seqiter_new(GpObject *seq) {
    SeqIter *it = (SeqIter *)obj_new(&gp_type_seqiter, sizeof(SeqIter));
    if (!it) return NULL;
    it->seq = gp_newref(seq);
    return (GpObject *)it;
}

static GpObject *seqiter_next(GpObject *self) {
    SeqIter *it = (SeqIter *)self;
    GpObject *seq = it->seq;
    if (!seq) return NULL;
    if (it->index == INTPTR_MAX) return err_set_str(&gp_exc_OverflowError, "iter index too large");
    GpObject *r = seq_item(seq, it->index);
    if (r) {
        it->index++;
        return r;
    }
    if (err_matches(&gp_exc_IndexError) || err_matches(&gp_exc_StopIteration)) {
        err_clear();
        it->seq = NULL;
        gp_decref(seq);
    }
    return NULL;
}

static void seqiter_dealloc(GpObject *self) {
    GP_CLEAR(((SeqIter *)self)->seq);
    obj_free(self);
}

static int seqiter_traverse(GpObject *self, VisitFn visit, void *arg) {
    SeqIter *it = (SeqIter *)self;
    return it->seq ? visit(it->seq, arg) : 0;
}

static GpObject *seqiter_length_hint(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    SeqIter *it = (SeqIter *)self;
    if (it->seq && GP_TYPE(it->seq)->len) {
        intptr_t len = obj_len(it->seq);
        if (len < 0) {
            if (!err_matches(&gp_exc_TypeError)) return NULL;
            err_clear();
            return gp_newref(GP_NOTIMPL);
        }
        return int_from_i64(len > it->index ? len - it->index : 0);
    }
    return it->seq ? gp_newref(GP_NOTIMPL) : int_from_i64(0);
}

static GpMethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_seqiter = {
    GP_TYPE_HEAD,
    .name = "iterator",
    .basicsize = sizeof(SeqIter),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = seqiter_dealloc,
    .iter = iter_self,
    .iternext = seqiter_next,
    .traverse = seqiter_traverse,
    .methods = seqiter_methods,
};

/* ---- iter(callable, sentinel) ---- */

typedef struct CallIter {
    GP_HEAD;
    GpObject *callable, *sentinel;   /* NULL once exhausted */
} CallIter;

GpObject *calliter_new(GpObject *callable, GpObject *sentinel) {
    CallIter *it = (CallIter *)obj_new(&gp_type_callable_iterator, sizeof(CallIter));
    if (!it) return NULL;
    it->callable = gp_newref(callable);
    it->sentinel = gp_newref(sentinel);
    return (GpObject *)it;
}

static GpObject *calliter_next(GpObject *self) {
    CallIter *it = (CallIter *)self;
    if (!it->callable) return NULL;
    GpObject *r = obj_call0(it->callable);
    if (r) {
        int ok = obj_richcompare_bool(it->sentinel, r, CMP_OP_EQ);
        if (ok == 0) return r;
        gp_decref(r);
        if (ok > 0) {
            GP_CLEAR(it->callable);
            GP_CLEAR(it->sentinel);
        }
    } else if (err_matches(&gp_exc_StopIteration)) {
        err_clear();
        GP_CLEAR(it->callable);
        GP_CLEAR(it->sentinel);
    }
    return NULL;
}

static void calliter_dealloc(GpObject *self) {
    GP_CLEAR(((CallIter *)self)->callable);
    GP_CLEAR(((CallIter *)self)->sentinel);
    obj_free(self);
}

static int calliter_traverse(GpObject *self, VisitFn visit, void *arg) {
    CallIter *it = (CallIter *)self;
    int r = it->callable ? visit(it->callable, arg) : 0;
    if (!r && it->sentinel) r = visit(it->sentinel, arg);
    return r;
}

GpType gp_type_callable_iterator = {
    GP_TYPE_HEAD,
    .name = "callable_iterator",
    .basicsize = sizeof(CallIter),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = calliter_dealloc,
    .iter = iter_self,
    .iternext = calliter_next,
    .traverse = calliter_traverse,
};

/* ---- enumerate ---- */

typedef struct Enumerate {
    GP_HEAD;
    intptr_t index;          /* INTPTR_MAX: counting with longindex */
    GpObject *it;
    GpObject *result;        /* the reusable (index, item) tuple */
    GpObject *longindex;     /* the index as an int once past INTPTR_MAX, or NULL */
} Enumerate;

static GpObject *enumerate_new(GpType *type, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    GpObject *a[2] = {NULL, NULL};
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    int have_iterable = nargs > 0;
    for (intptr_t k = 0; k < nkw && nargs + nkw <= 2; k++) {
        GpObject *kn = TUPLE_ITEM(kwnames, k);
        if (str_eq_cstr(kn, "iterable")) have_iterable = 1;
        else if (!str_eq_cstr(kn, "start"))
            return err_format(&gp_exc_TypeError, "'%U' is an invalid keyword argument for enumerate()", kn);
    }
    if (!have_iterable && nargs + nkw <= 2)
        return err_set_str(&gp_exc_TypeError, "enumerate() missing required argument 'iterable'");
    if (args_parse("enumerate", args, nargs, kwnames, names, 1, 2, a) < 0) return NULL;
    Enumerate *e = (Enumerate *)obj_new(type, sizeof(Enumerate));
    if (!e) return NULL;
    if (a[1]) {
        GpObject *start = obj_index(a[1]);
        if (!start) goto error;
        int64_t v;
        if (INT_IS_SMALL(start) && int_to_i64(start, &v) == 0) {
            e->index = (intptr_t)v;
            gp_decref(start);
        } else {
            err_clear();
            e->index = INTPTR_MAX;
            e->longindex = start;
        }
    }
    e->it = obj_iter(a[0]);
    if (!e->it) goto error;
    e->result = tuple_pack(2, GP_NONE, GP_NONE);
    if (!e->result) goto error;
    return (GpObject *)e;
error:
    gp_decref((GpObject *)e);
    return NULL;
}

static GpObject *enumerate_next(GpObject *self) {
    Enumerate *e = (Enumerate *)self;
    if (frame_check_c_stack() < 0) return NULL;   /* enumerate(enumerate(...)) chains */
    GpObject *item = GP_TYPE(e->it)->iternext(e->it);
    if (!item) return NULL;
    GpObject *idx;
    if (e->index == INTPTR_MAX) {
        if (!e->longindex) {
            e->longindex = int_from_i64(INTPTR_MAX);
            if (!e->longindex) {
                gp_decref(item);
                return NULL;
            }
        }
        GpObject *one = int_from_i64(1);
        GpObject *next = one ? obj_binop(e->longindex, one, NB_ADD) : NULL;
        gp_xdecref(one);
        if (!next) {
            gp_decref(item);
            return NULL;
        }
        idx = e->longindex;
        e->longindex = next;
    } else {
        idx = int_from_i64(e->index);
        if (!idx) {
            gp_decref(item);
            return NULL;
        }
        e->index++;
    }
    GpObject *r = e->result;
    if (GP_REFCNT(r) == 1) {
        gp_incref(r);
        GpObject *oi = TUPLE_ITEM(r, 0), *ov = TUPLE_ITEM(r, 1);
        TUPLE_SET_ITEM(r, 0, idx);
        TUPLE_SET_ITEM(r, 1, item);
        gp_decref(oi);
        gp_decref(ov);
        return r;
    }
    r = tuple_new(2);
    if (!r) {
        gp_decref(idx);
        gp_decref(item);
        return NULL;
    }
    TUPLE_SET_ITEM(r, 0, idx);
    TUPLE_SET_ITEM(r, 1, item);
    return r;
}

static void enumerate_dealloc(GpObject *self) {
    Enumerate *e = (Enumerate *)self;
    GP_CLEAR(e->it);
    GP_CLEAR(e->result);
    GP_CLEAR(e->longindex);
    obj_free(self);
}

static int enumerate_traverse(GpObject *self, VisitFn visit, void *arg) {
    Enumerate *e = (Enumerate *)self;
    int r = e->it ? visit(e->it, arg) : 0;
    if (!r && e->result) r = visit(e->result, arg);
    if (!r && e->longindex) r = visit(e->longindex, arg);
    return r;
}

GpType gp_type_enumerate = {
    GP_TYPE_HEAD,
    .name = "enumerate",
    .basicsize = sizeof(Enumerate),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .base = &gp_type_object,
    .dealloc = enumerate_dealloc,
    .new_ = enumerate_new,
    .iter = iter_self,
    .iternext = enumerate_next,
    .traverse = enumerate_traverse,
};

/* ---- zip ---- */

typedef struct Zip {
    GP_HEAD;
    intptr_t n;
    GpObject *iters;         /* tuple of iterators */
    GpObject *result;        /* reusable n-tuple */
    int strict;
} Zip;

static GpObject *zip_new(GpType *type, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    int strict = 0;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (intptr_t k = 0; k < nkw; k++) {
        GpObject *name = TUPLE_ITEM(kwnames, k);
        if (!str_eq_cstr(name, "strict") || nkw > 1) {
            if (nkw > 1) return err_set_str(&gp_exc_TypeError, "zip() takes at most 1 keyword argument");
            return err_format(&gp_exc_TypeError, "'%U' is an invalid keyword argument for zip()", name);
        }
        strict = obj_is_true(args[nargs + k]);
        if (strict < 0) return NULL;
    }
    GpObject *iters = tuple_new(nargs);
    if (!iters) return NULL;
    for (intptr_t i = 0; i < nargs; i++) {
        GpObject *it = obj_iter(args[i]);
        if (!it) {
            gp_decref(iters);
            return NULL;
        }
        TUPLE_SET_ITEM(iters, i, it);
    }
    GpObject *result = tuple_new(nargs);
    if (!result) {
        gp_decref(iters);
        return NULL;
    }
    for (intptr_t i = 0; i < nargs; i++) TUPLE_SET_ITEM(result, i, gp_none());
    Zip *z = (Zip *)obj_new(type, sizeof(Zip));
    if (!z) {
        gp_decref(iters);
        gp_decref(result);
        return NULL;
    }
    z->n = nargs;
    z->iters = iters;
    z->result = result;
    z->strict = strict;
    return (GpObject *)z;
}

/* zip(strict=True) found argument i exhausted first (or another one longer). */
static GpObject *zip_check(Zip *z, intptr_t i) {
    if (err_occurred()) return NULL;
    const char *plural = i == 1 ? " " : "s 1-";
    if (i)
        return err_format(&gp_exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                          i + 1, plural, i);
    for (i = 1; i < z->n; i++) {
        GpObject *it = TUPLE_ITEM(z->iters, i);
        GpObject *item = GP_TYPE(it)->iternext(it);
        if (item) {
            gp_decref(item);
            plural = i == 1 ? " " : "s 1-";
            return err_format(&gp_exc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                              i + 1, plural, i);
        }
        if (err_occurred()) return NULL;
    }
    return NULL;
}

static GpObject *zip_next(GpObject *self) {
    Zip *z = (Zip *)self;
    intptr_t n = z->n;
    if (n == 0) return NULL;
    if (frame_check_c_stack() < 0) return NULL;   /* zip(zip(...)) chains */
    GpObject *r = z->result;
    if (GP_REFCNT(r) == 1) {
        gp_incref(r);
        for (intptr_t i = 0; i < n; i++) {
            GpObject *it = TUPLE_ITEM(z->iters, i);
            GpObject *item = GP_TYPE(it)->iternext(it);
            if (!item) {
                gp_decref(r);
                return z->strict ? zip_check(z, i) : NULL;
            }
            GpObject *old = TUPLE_ITEM(r, i);
            TUPLE_SET_ITEM(r, i, item);
            gp_decref(old);
        }
        return r;
    }
    r = tuple_new(n);
    if (!r) return NULL;
    for (intptr_t i = 0; i < n; i++) {
        GpObject *it = TUPLE_ITEM(z->iters, i);
        GpObject *item = GP_TYPE(it)->iternext(it);
        if (!item) {
            for (intptr_t k = i; k < n; k++) TUPLE_SET_ITEM(r, k, gp_none());
            gp_decref(r);
            return z->strict ? zip_check(z, i) : NULL;
        }
        TUPLE_SET_ITEM(r, i, item);
    }
    return r;
}

static void zip_dealloc(GpObject *self) {
    Zip *z = (Zip *)self;
    GP_CLEAR(z->iters);
    GP_CLEAR(z->result);
    obj_free(self);
}

static int zip_traverse(GpObject *self, VisitFn visit, void *arg) {
    Zip *z = (Zip *)self;
    int r = z->iters ? visit(z->iters, arg) : 0;
    if (!r && z->result) r = visit(z->result, arg);
    return r;
}

GpType gp_type_zip = {
    GP_TYPE_HEAD,
    .name = "zip",
    .basicsize = sizeof(Zip),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .base = &gp_type_object,
    .dealloc = zip_dealloc,
    .new_ = zip_new,
    .iter = iter_self,
    .iternext = zip_next,
    .traverse = zip_traverse,
};

/* ---- map ---- */

typedef struct Map {
    GP_HEAD;
    GpObject *func;
    GpObject *iters;         /* tuple */
} Map;

static GpObject *map_new(GpType *type, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    if (args_no_kw("map", kwnames) < 0) return NULL;
    if (nargs < 2) return err_set_str(&gp_exc_TypeError, "map() must have at least two arguments.");
    GpObject *iters = tuple_new(nargs - 1);
    if (!iters) return NULL;
    for (intptr_t i = 1; i < nargs; i++) {
        GpObject *it = obj_iter(args[i]);
        if (!it) {
            gp_decref(iters);
            return NULL;
        }
        TUPLE_SET_ITEM(iters, i - 1, it);
    }
    Map *m = (Map *)obj_new(type, sizeof(Map));
    if (!m) {
        gp_decref(iters);
        return NULL;
    }
    m->func = gp_newref(args[0]);
    m->iters = iters;
    return (GpObject *)m;
}

static GpObject *map_next(GpObject *self) {
    Map *m = (Map *)self;
    intptr_t n = TUPLE_SIZE(m->iters), got = 0;
    GpObject *small[8], **stack = small, *r = NULL;
    if (frame_check_c_stack() < 0) return NULL;   /* map(f, map(f, ...)) chains */
    if (n > 8) {
        stack = mem_alloc(sizeof(GpObject *) * (size_t)n);
        if (!stack) return err_no_memory();
    }
    for (; got < n; got++) {
        GpObject *it = TUPLE_ITEM(m->iters, got);
        GpObject *v = GP_TYPE(it)->iternext(it);
        if (!v) goto done;
        stack[got] = v;
    }
    r = obj_call(m->func, stack, n, NULL);
done:
    for (intptr_t i = 0; i < got; i++) gp_decref(stack[i]);
    if (stack != small) mem_free(stack);
    return r;
}

static void map_dealloc(GpObject *self) {
    Map *m = (Map *)self;
    GP_CLEAR(m->iters);
    GP_CLEAR(m->func);
    obj_free(self);
}

static int map_traverse(GpObject *self, VisitFn visit, void *arg) {
    Map *m = (Map *)self;
    int r = m->iters ? visit(m->iters, arg) : 0;
    if (!r && m->func) r = visit(m->func, arg);
    return r;
}

GpType gp_type_map = {
    GP_TYPE_HEAD,
    .name = "map",
    .basicsize = sizeof(Map),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .base = &gp_type_object,
    .dealloc = map_dealloc,
    .new_ = map_new,
    .iter = iter_self,
    .iternext = map_next,
    .traverse = map_traverse,
};

/* ---- filter ---- */

typedef struct Filter {
    GP_HEAD;
    GpObject *func;          /* None or bool: test the items' truth */
    GpObject *it;
} Filter;

static GpObject *filter_new(GpType *type, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    if (args_no_kw("filter", kwnames) < 0) return NULL;
    if (args_check_count("filter", nargs, 2, 2) < 0) return NULL;
    GpObject *it = obj_iter(args[1]);
    if (!it) return NULL;
    Filter *f = (Filter *)obj_new(type, sizeof(Filter));
    if (!f) {
        gp_decref(it);
        return NULL;
    }
    f->func = gp_newref(args[0]);
    f->it = it;
    return (GpObject *)f;
}

static GpObject *filter_next(GpObject *self) {
    Filter *f = (Filter *)self;
    int checktrue = f->func == GP_NONE || f->func == (GpObject *)&gp_type_bool;
    IterNextFn next = GP_TYPE(f->it)->iternext;
    if (frame_check_c_stack() < 0) return NULL;   /* filter(f, filter(f, ...)) chains */
    for (;;) {
        GpObject *item = next(f->it);
        if (!item) return NULL;
        int ok;
        if (checktrue) {
            ok = obj_is_true(item);
        } else {
            GpObject *good = obj_call1(f->func, item);
            if (!good) {
                gp_decref(item);
                return NULL;
            }
            ok = obj_is_true(good);
            gp_decref(good);
        }
        if (ok > 0) return item;
        gp_decref(item);
        if (ok < 0) return NULL;
    }
}

static void filter_dealloc(GpObject *self) {
    Filter *f = (Filter *)self;
    GP_CLEAR(f->func);
    GP_CLEAR(f->it);
    obj_free(self);
}

static int filter_traverse(GpObject *self, VisitFn visit, void *arg) {
    Filter *f = (Filter *)self;
    int r = f->it ? visit(f->it, arg) : 0;
    if (!r && f->func) r = visit(f->func, arg);
    return r;
}

GpType gp_type_filter = {
    GP_TYPE_HEAD,
    .name = "filter",
    .basicsize = sizeof(Filter),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .base = &gp_type_object,
    .dealloc = filter_dealloc,
    .new_ = filter_new,
    .iter = iter_self,
    .iternext = filter_next,
    .traverse = filter_traverse,
};

/* ---- reversed ---- */

typedef struct Reversed {
    GP_HEAD;
    intptr_t index;
    GpObject *seq;           /* NULL once exhausted */
} Reversed;

static GpObject *reversed_new(GpType *type, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    if (args_no_kw("reversed", kwnames) < 0) return NULL;
    if (args_check_count("reversed", nargs, 1, 1) < 0) return NULL;
    GpObject *seq = args[0];
    GpObject *meth = type_lookup(GP_TYPE(seq), GP_ID(__reversed__));
    if (meth == GP_NONE)
        return err_format(&gp_exc_TypeError, "'%s' object is not reversible", obj_type_name(seq));
    if (meth) {
        gp_incref(meth);
        GpObject *r = obj_call(meth, &seq, 1, NULL);
        gp_decref(meth);
        return r;
    }
    if (!GP_TYPE(seq)->getitem || (GP_TYPE(seq)->flags & TPFLAG_DICT_SUBCLASS))
        return err_format(&gp_exc_TypeError, "'%s' object is not reversible", obj_type_name(seq));
    intptr_t n = obj_len(seq);
    if (n < 0) return NULL;
    Reversed *r = (Reversed *)obj_new(type, sizeof(Reversed));
    if (!r) return NULL;
    r->index = n - 1;
    r->seq = gp_newref(seq);
    return (GpObject *)r;
}

static GpObject *reversed_next(GpObject *self) {
    Reversed *r = (Reversed *)self;
    if (r->index >= 0 && r->seq) {
        GpObject *item = seq_item(r->seq, r->index);
        if (item) {
            r->index--;
            return item;
        }
        if (!err_matches(&gp_exc_IndexError) && !err_matches(&gp_exc_StopIteration)) return NULL;
        err_clear();
    }
    r->index = -1;
    GP_CLEAR(r->seq);
    return NULL;
}

static void reversed_dealloc(GpObject *self) {
    GP_CLEAR(((Reversed *)self)->seq);
    obj_free(self);
}

static int reversed_traverse(GpObject *self, VisitFn visit, void *arg) {
    Reversed *r = (Reversed *)self;
    return r->seq ? visit(r->seq, arg) : 0;
}

static GpObject *reversed_length_hint(GpObject *self, GpObject *const *a, intptr_t n,
                                      GpObject *kw) {
    (void)a, (void)n, (void)kw;
    Reversed *r = (Reversed *)self;
    if (!r->seq) return int_from_i64(0);
    intptr_t size = obj_len(r->seq);
    if (size < 0) return NULL;
    intptr_t pos = r->index + 1;
    return int_from_i64(size < pos ? 0 : pos);
}

static GpMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_reversed = {
    GP_TYPE_HEAD,
    .name = "reversed",
    .basicsize = sizeof(Reversed),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .base = &gp_type_object,
    .dealloc = reversed_dealloc,
    .new_ = reversed_new,
    .iter = iter_self,
    .iternext = reversed_next,
    .traverse = reversed_traverse,
    .methods = reversed_methods,
};
