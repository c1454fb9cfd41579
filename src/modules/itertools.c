/* itertools.c — the itertools module: CPython 3.11's iterator types, with its argument
 * checks, messages, reprs and order of calls into Python code.
 *
 * Invariants:
 * - Every type is a GC container with traverse and clear. clear may run while Python code
 *   still holds the object (the collector clears a whole cycle), so every iternext checks
 *   the fields it needs and treats a cleared object as exhausted.
 * - iternext slots return NULL without an exception at exhaustion; the iterators they
 *   wrap are driven through their iternext slot (obj_iter guarantees one).
 * - product, combinations, combinations_with_replacement and permutations reuse their
 *   result tuple while they hold its only reference (CPython does the same); the
 *   collector does not skip "untracked" tuples, so filling one with containers is safe.
 * - groupby's current _grouper is a borrowed pointer (currgrouper): a grouper that dies
 *   forgets itself there, and advancing the groupby invalidates the old grouper.
 * - The types are readied when the module is first made and finied at tear-down.
 */
#include <string.h>

#include "modules/itertools.h"

#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define NEXT(it) (GP_TYPE(it)->iternext(it))

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

/* CPython's _PyType_Name: the type's name after the last dot. Borrowed C string. */
static const char *short_name(GpObject *o) {
    const char *n = GP_TYPE(o)->name;
    const char *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

/* The common dealloc: trashcan (long chains of wrappers), clear, free. */
#define DEALLOC_BODY(self, clearfn)                                                          \
    do {                                                                                     \
        if (list_trashcan_begin(self)) return;                                               \
        clearfn(self);                                                                       \
        obj_free(self);                                                                      \
        list_trashcan_end();                                                                 \
    } while (0)


/* Declares a static type with the fields every itertools type shares. */
#define IT_TYPE(var, tname, st, pfx, ...)                                               \
    GpType var = {                                                                           \
        GP_TYPE_HEAD,                                                                        \
        .name = "itertools." tname,                                                          \
        .basicsize = sizeof(st),                                                             \
        .flags = TPFLAG_GC | TPFLAG_BASETYPE,                                                \
        .base = &gp_type_object,                                                             \
        .dealloc = pfx##_dealloc,                                                            \
        .new_ = pfx##_new,                                                                   \
        .iter = iter_self,                                                                   \
        .iternext = pfx##_next,                                                              \
        .traverse = pfx##_traverse,                                                          \
        .clear = pfx##_clear,                                                                \
        __VA_ARGS__                                                                          \
    }

/* ---- count(start=0, step=1) ---- */

typedef struct Count {
    GP_HEAD;
    intptr_t cnt;            /* INTPTR_MAX: slow mode (long_cnt, long_step) */
    GpObject *long_cnt;      /* NULL in fast mode (and on switching to slow mode) */
    GpObject *long_step;
} Count;

static GpType count_type;

/* PyNumber_Check. */
static int is_number(GpObject *o) {
    GpType *t = GP_TYPE(o);
    return t->index || t->to_int || t->to_float;
}

static GpObject *count_new(GpType *type, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    static const char *const names[] = {"start", "step", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("count", args, nargs, kwnames, names, 0, 2, a) < 0) return NULL;
    if ((a[0] && !is_number(a[0])) || (a[1] && !is_number(a[1])))
        return err_set_str(&gp_exc_TypeError, "a number is required");
    int fast = (!a[0] || INT_CHECK(a[0])) && (!a[1] || INT_CHECK(a[1]));
    intptr_t cnt = 0;
    if (a[0] && fast) {
        cnt = obj_as_ssize(a[0]);
        if (cnt == -1 && err_occurred()) {
            err_clear();
            fast = 0;
        }
    }
    if (a[1] && fast) {
        intptr_t step = obj_as_ssize(a[1]);
        if (step == -1 && err_occurred()) err_clear();
        if (step != 1) fast = 0;
    }
    Count *c = (Count *)obj_new(type, sizeof(Count));
    if (!c) return NULL;
    c->long_step = a[1] ? gp_newref(a[1]) : int_from_i64(1);
    if (!c->long_step) goto error;
    if (fast) {
        c->cnt = cnt;
    } else {
        c->cnt = INTPTR_MAX;
        c->long_cnt = a[0] ? gp_newref(a[0]) : int_from_i64(0);
        if (!c->long_cnt) goto error;
    }
    return (GpObject *)c;
error:
    gp_decref((GpObject *)c);
    return NULL;
}

static GpObject *count_next(GpObject *self) {
    Count *c = (Count *)self;
    if (c->cnt != INTPTR_MAX) return int_from_i64(c->cnt++);
    if (!c->long_step) return NULL;
    /* Own references across __add__: it may re-enter this count. */
    GpObject *cur = c->long_cnt ? gp_newref(c->long_cnt) : int_from_i64(INTPTR_MAX);
    if (!cur) return NULL;
    GpObject *step = gp_newref(c->long_step);
    GpObject *up = obj_binop(cur, step, NB_ADD);
    gp_decref(step);
    if (!up) {
        gp_decref(cur);
        return NULL;
    }
    GP_SETREF(c->long_cnt, up);
    return cur;
}

static GpObject *count_repr(GpObject *self) {
    Count *c = (Count *)self;
    if (c->cnt != INTPTR_MAX || !c->long_step) {
        return str_from_format("%s(%zd)", short_name(self), c->cnt);
    }
    GpObject *cur = c->long_cnt ? gp_newref(c->long_cnt) : int_from_i64(INTPTR_MAX);
    if (!cur) return NULL;
    GpObject *r;
    intptr_t step = 0;
    if (INT_CHECK(c->long_step)) {
        step = obj_as_ssize(c->long_step);
        if (step == -1 && err_occurred()) err_clear();
    }
    if (step == 1)
        r = str_from_format("%s(%R)", short_name(self), cur);
    else
        r = str_from_format("%s(%R, %R)", short_name(self), cur, c->long_step);
    gp_decref(cur);
    return r;
}

static GpObject *count_clear(GpObject *self) {
    Count *c = (Count *)self;
    GP_CLEAR(c->long_cnt);
    GP_CLEAR(c->long_step);
    return NULL;
}

static void count_dealloc(GpObject *self) { DEALLOC_BODY(self, count_clear); }

static int count_traverse(GpObject *self, VisitFn visit, void *arg) {
    Count *c = (Count *)self;
    GP_VISIT(c->long_cnt);
    GP_VISIT(c->long_step);
    return 0;
}

static IT_TYPE(count_type, "count", Count, count, .repr = count_repr);

/* ---- cycle(iterable) ---- */

typedef struct Cycle {
    GP_HEAD;
    GpObject *it;            /* NULL once exhausted */
    GpObject *saved;         /* list */
    intptr_t index;
} Cycle;

static GpType cycle_type;

static GpObject *cycle_new(GpType *type, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    if (type == &cycle_type && args_no_kw("cycle", kwnames) < 0) return NULL;
    if (args_check_count("cycle", nargs, 1, 1) < 0) return NULL;
    GpObject *it = obj_iter(args[0]);
    if (!it) return NULL;
    Cycle *c = (Cycle *)obj_new(type, sizeof(Cycle));
    if (!c) {
        gp_decref(it);
        return NULL;
    }
    c->it = it;
    if (!(c->saved = list_new(0))) {
        gp_decref((GpObject *)c);
        return NULL;
    }
    return (GpObject *)c;
}

static GpObject *cycle_next(GpObject *self) {
    Cycle *c = (Cycle *)self;
    if (c->it) {
        if (frame_check_c_stack() < 0) return NULL;
        GpObject *it = gp_newref(c->it);   /* a re-entrant call may drop c->it */
        GpObject *item = NEXT(it);
        gp_decref(it);
        if (item) {
            if (!c->saved || list_append(c->saved, item) < 0) {
                gp_decref(item);
                return NULL;
            }
            return item;
        }
        if (err_occurred()) return NULL;
        GP_CLEAR(c->it);
    }
    if (!c->saved || LIST_SIZE(c->saved) == 0) return NULL;
    if (c->index >= LIST_SIZE(c->saved)) c->index = 0;
    GpObject *item = LIST_ITEM(c->saved, c->index);
    c->index++;
    if (c->index >= LIST_SIZE(c->saved)) c->index = 0;
    return gp_newref(item);
}

static GpObject *cycle_clear(GpObject *self) {
    Cycle *c = (Cycle *)self;
    GP_CLEAR(c->it);
    GP_CLEAR(c->saved);
    return NULL;
}

static void cycle_dealloc(GpObject *self) { DEALLOC_BODY(self, cycle_clear); }

static int cycle_traverse(GpObject *self, VisitFn visit, void *arg) {
    Cycle *c = (Cycle *)self;
    GP_VISIT(c->it);
    GP_VISIT(c->saved);
    return 0;
}

static IT_TYPE(cycle_type, "cycle", Cycle, cycle);

/* ---- repeat(object[, times]) ---- */

typedef struct Repeat {
    GP_HEAD;
    GpObject *element;
    intptr_t cnt;            /* -1: forever */
} Repeat;

static GpObject *repeat_new(GpType *type, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    static const char *const names[] = {"object", "times", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("repeat", args, nargs, kwnames, names, 1, 2, a) < 0) return NULL;
    intptr_t cnt = -1;
    if (a[1]) {
        cnt = obj_as_ssize(a[1]);
        if (cnt == -1 && err_occurred()) return NULL;
        if (cnt < 0) cnt = 0;
    }
    Repeat *r = (Repeat *)obj_new(type, sizeof(Repeat));
    if (!r) return NULL;
    r->element = gp_newref(a[0]);
    r->cnt = cnt;
    return (GpObject *)r;
}

static GpObject *repeat_next(GpObject *self) {
    Repeat *r = (Repeat *)self;
    if (!r->element || r->cnt == 0) return NULL;
    if (r->cnt > 0) r->cnt--;
    return gp_newref(r->element);
}

static GpObject *repeat_repr(GpObject *self) {
    Repeat *r = (Repeat *)self;
    if (!r->element) return str_from_format("%s()", short_name(self));
    if (r->cnt == -1) return str_from_format("%s(%R)", short_name(self), r->element);
    return str_from_format("%s(%R, %zd)", short_name(self), r->element, r->cnt);
}

static GpObject *repeat_length_hint(GpObject *self, GpObject *const *a, intptr_t n,
                                    GpObject *kw) {
    (void)a, (void)n, (void)kw;
    Repeat *r = (Repeat *)self;
    if (r->cnt == -1) return err_set_str(&gp_exc_TypeError, "len() of unsized object");
    return int_from_i64(r->cnt);
}

static GpMethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpObject *repeat_clear(GpObject *self) {
    GP_CLEAR(((Repeat *)self)->element);
    return NULL;
}

static void repeat_dealloc(GpObject *self) { DEALLOC_BODY(self, repeat_clear); }

static int repeat_traverse(GpObject *self, VisitFn visit, void *arg) {
    GP_VISIT(((Repeat *)self)->element);
    return 0;
}

static IT_TYPE(repeat_type, "repeat", Repeat, repeat, .repr = repeat_repr,
               .methods = repeat_methods);

/* ---- accumulate(iterable, func=None, *, initial=None) ---- */

typedef struct Accumulate {
    GP_HEAD;
    GpObject *it;
    GpObject *binop;         /* NULL: + */
    GpObject *total;         /* NULL before the first item */
    GpObject *initial;       /* NULL once produced (or never given) */
} Accumulate;

static GpObject *accumulate_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    static const char *const names[] = {"iterable", "func", "initial", NULL};
    GpObject *a[3] = {NULL, NULL, NULL};
    if (args_parse("accumulate", args, nargs, kwnames, names, 1, 2, a) < 0) return NULL;
    GpObject *it = obj_iter(a[0]);
    if (!it) return NULL;
    Accumulate *acc = (Accumulate *)obj_new(type, sizeof(Accumulate));
    if (!acc) {
        gp_decref(it);
        return NULL;
    }
    acc->it = it;
    if (a[1] && a[1] != GP_NONE) acc->binop = gp_newref(a[1]);
    if (a[2] && a[2] != GP_NONE) acc->initial = gp_newref(a[2]);
    return (GpObject *)acc;
}

static GpObject *accumulate_next(GpObject *self) {
    Accumulate *acc = (Accumulate *)self;
    if (acc->initial) {
        GpObject *v = acc->initial;
        acc->initial = NULL;
        GP_SETREF(acc->total, v);
        return gp_newref(v);
    }
    if (!acc->it) return NULL;
    if (frame_check_c_stack() < 0) return NULL;
    GpObject *val = NEXT(acc->it);
    if (!val) return NULL;
    if (!acc->total) {
        acc->total = val;
        return gp_newref(val);
    }
    GpObject *nt, *callargs[2] = {gp_newref(acc->total), val};
    if (!acc->binop) {
        nt = obj_binop(callargs[0], val, NB_ADD);
    } else {
        GpObject *f = gp_newref(acc->binop);
        nt = obj_call(f, callargs, 2, NULL);
        gp_decref(f);
    }
    gp_decref(callargs[0]);
    gp_decref(val);
    if (!nt) return NULL;
    GP_SETREF(acc->total, nt);
    return gp_newref(nt);
}

static GpObject *accumulate_clear(GpObject *self) {
    Accumulate *acc = (Accumulate *)self;
    GP_CLEAR(acc->it);
    GP_CLEAR(acc->binop);
    GP_CLEAR(acc->total);
    GP_CLEAR(acc->initial);
    return NULL;
}

static void accumulate_dealloc(GpObject *self) { DEALLOC_BODY(self, accumulate_clear); }

static int accumulate_traverse(GpObject *self, VisitFn visit, void *arg) {
    Accumulate *acc = (Accumulate *)self;
    GP_VISIT(acc->it);
    GP_VISIT(acc->binop);
    GP_VISIT(acc->total);
    GP_VISIT(acc->initial);
    return 0;
}

static IT_TYPE(accumulate_type, "accumulate", Accumulate, accumulate);

/* ---- chain(*iterables), chain.from_iterable(iterable) ---- */

typedef struct Chain {
    GP_HEAD;
    GpObject *source;        /* iterator of iterables; NULL once done */
    GpObject *active;        /* the current iterable's iterator, or NULL */
} Chain;

static GpType chain_type;

static GpObject *chain_new(GpType *type, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    if (type == &chain_type && args_no_kw("chain", kwnames) < 0) return NULL;
    GpObject *t = tuple_from_array(args, nargs);
    if (!t) return NULL;
    GpObject *source = obj_iter(t);
    gp_decref(t);
    if (!source) return NULL;
    Chain *c = (Chain *)obj_new(type, sizeof(Chain));
    if (!c) {
        gp_decref(source);
        return NULL;
    }
    c->source = source;
    return (GpObject *)c;
}

/* chain.from_iterable(iterable): a class method (self is the class). */
static GpObject *chain_from_iterable(GpObject *cls, GpObject *const *args, intptr_t nargs,
                                     GpObject *kwnames) {
    if (kwnames && TUPLE_SIZE(kwnames))
        return err_set_str(&gp_exc_TypeError, "chain.from_iterable() takes no keyword arguments");
    if (nargs != 1)
        return err_format(&gp_exc_TypeError,
                          "chain.from_iterable() takes exactly one argument (%zd given)", nargs);
    if (!cls || !TYPE_CHECK(cls)) return err_bad_internal_call();
    GpObject *source = obj_iter(args[0]);
    if (!source) return NULL;
    Chain *c = (Chain *)obj_new((GpType *)cls, sizeof(Chain));
    if (!c) {
        gp_decref(source);
        return NULL;
    }
    c->source = source;
    return (GpObject *)c;
}

static GpMethodDef chain_from_iterable_def = {
    "from_iterable", chain_from_iterable, METH_KEYWORDS,
    "Alternative chain() constructor taking a single iterable argument that evaluates "
    "lazily."};

static GpObject *chain_next(GpObject *self) {
    Chain *c = (Chain *)self;
    if (c->source && frame_check_c_stack() < 0) return NULL;
    while (c->source) {
        if (!c->active) {
            GpObject *source = gp_newref(c->source);
            GpObject *iterable = NEXT(source);
            gp_decref(source);
            if (!iterable) {
                GP_CLEAR(c->source);
                return NULL;
            }
            GpObject *active = obj_iter(iterable);
            gp_decref(iterable);
            if (!active) {
                GP_CLEAR(c->source);
                return NULL;
            }
            GP_SETREF(c->active, active);
            if (!c->source) return NULL;   /* cleared meanwhile */
        }
        GpObject *active = gp_newref(c->active);   /* a re-entrant call may drop it */
        GpObject *item = NEXT(active);
        gp_decref(active);
        if (item) return item;
        if (err_occurred()) return NULL;
        if (c->active == active) GP_CLEAR(c->active);
    }
    return NULL;
}

static GpObject *chain_clear(GpObject *self) {
    Chain *c = (Chain *)self;
    GP_CLEAR(c->source);
    GP_CLEAR(c->active);
    return NULL;
}

static void chain_dealloc(GpObject *self) { DEALLOC_BODY(self, chain_clear); }

static int chain_traverse(GpObject *self, VisitFn visit, void *arg) {
    Chain *c = (Chain *)self;
    GP_VISIT(c->source);
    GP_VISIT(c->active);
    return 0;
}

static IT_TYPE(chain_type, "chain", Chain, chain);

/* ---- compress(data, selectors) ---- */

typedef struct Compress {
    GP_HEAD;
    GpObject *data, *selectors;
} Compress;

static GpObject *compress_new(GpType *type, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    static const char *const names[] = {"data", "selectors", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("compress", args, nargs, kwnames, names, 2, 2, a) < 0) return NULL;
    GpObject *data = obj_iter(a[0]);
    if (!data) return NULL;
    GpObject *sel = obj_iter(a[1]);
    if (!sel) {
        gp_decref(data);
        return NULL;
    }
    Compress *c = (Compress *)obj_new(type, sizeof(Compress));
    if (!c) {
        gp_decref(data);
        gp_decref(sel);
        return NULL;
    }
    c->data = data;
    c->selectors = sel;
    return (GpObject *)c;
}

static GpObject *compress_next(GpObject *self) {
    Compress *c = (Compress *)self;
    if (frame_check_c_stack() < 0) return NULL;
    for (;;) {
        if (!c->data || !c->selectors) return NULL;
        GpObject *datum = NEXT(c->data);
        if (!datum) return NULL;
        if (!c->selectors) {
            gp_decref(datum);
            return NULL;
        }
        GpObject *s = NEXT(c->selectors);
        if (!s) {
            gp_decref(datum);
            return NULL;
        }
        int ok = obj_is_true(s);
        gp_decref(s);
        if (ok > 0) return datum;
        gp_decref(datum);
        if (ok < 0) return NULL;
    }
}

static GpObject *compress_clear(GpObject *self) {
    Compress *c = (Compress *)self;
    GP_CLEAR(c->data);
    GP_CLEAR(c->selectors);
    return NULL;
}

static void compress_dealloc(GpObject *self) { DEALLOC_BODY(self, compress_clear); }

static int compress_traverse(GpObject *self, VisitFn visit, void *arg) {
    Compress *c = (Compress *)self;
    GP_VISIT(c->data);
    GP_VISIT(c->selectors);
    return 0;
}

static IT_TYPE(compress_type, "compress", Compress, compress);

/* ---- dropwhile, takewhile, filterfalse, starmap: (function, iterable) ---- */

typedef struct FuncIter {
    GP_HEAD;
    GpObject *func;
    GpObject *it;
    int flag;                /* dropwhile: started yielding; takewhile: stopped */
} FuncIter;

static GpType dropwhile_type, takewhile_type, filterfalse_type, starmap_type;

static GpObject *funciter_make(GpType *type, GpType *base, const char *name,
                               GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    if (type == base && args_no_kw(name, kwnames) < 0) return NULL;
    if (args_check_count(name, nargs, 2, 2) < 0) return NULL;
    GpObject *it = obj_iter(args[1]);
    if (!it) return NULL;
    FuncIter *f = (FuncIter *)obj_new(type, sizeof(FuncIter));
    if (!f) {
        gp_decref(it);
        return NULL;
    }
    f->func = gp_newref(args[0]);
    f->it = it;
    return (GpObject *)f;
}

static GpObject *dropwhile_new(GpType *type, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    return funciter_make(type, &dropwhile_type, "dropwhile", args, nargs, kwnames);
}
static GpObject *takewhile_new(GpType *type, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    return funciter_make(type, &takewhile_type, "takewhile", args, nargs, kwnames);
}
static GpObject *filterfalse_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    return funciter_make(type, &filterfalse_type, "filterfalse", args, nargs, kwnames);
}
static GpObject *starmap_new(GpType *type, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    return funciter_make(type, &starmap_type, "starmap", args, nargs, kwnames);
}

/* The truth of func(item): 1, 0 or -1. */
static int call_truth(GpObject *func, GpObject *item) {
    GpObject *good = obj_call1(func, item);
    if (!good) return -1;
    int ok = obj_is_true(good);
    gp_decref(good);
    return ok;
}

static GpObject *dropwhile_next(GpObject *self) {
    FuncIter *f = (FuncIter *)self;
    if (frame_check_c_stack() < 0) return NULL;
    for (;;) {
        if (!f->it || !f->func) return NULL;
        GpObject *item = NEXT(f->it);
        if (!item) return NULL;
        if (f->flag) return item;
        if (!f->func) {
            gp_decref(item);
            return NULL;
        }
        int ok = call_truth(f->func, item);
        if (ok == 0) {
            f->flag = 1;
            return item;
        }
        gp_decref(item);
        if (ok < 0) return NULL;
    }
}

static GpObject *takewhile_next(GpObject *self) {
    FuncIter *f = (FuncIter *)self;
    if (f->flag || !f->it || !f->func) return NULL;
    if (frame_check_c_stack() < 0) return NULL;
    GpObject *item = NEXT(f->it);
    if (!item) return NULL;
    if (!f->func) {
        gp_decref(item);
        return NULL;
    }
    int ok = call_truth(f->func, item);
    if (ok > 0) return item;
    gp_decref(item);
    if (ok == 0) f->flag = 1;
    return NULL;
}

static GpObject *filterfalse_next(GpObject *self) {
    FuncIter *f = (FuncIter *)self;
    if (frame_check_c_stack() < 0) return NULL;
    for (;;) {
        if (!f->it || !f->func) return NULL;
        GpObject *item = NEXT(f->it);
        if (!item) return NULL;
        if (!f->func) {
            gp_decref(item);
            return NULL;
        }
        int ok;
        if (f->func == GP_NONE || f->func == (GpObject *)&gp_type_bool)
            ok = obj_is_true(item);
        else
            ok = call_truth(f->func, item);
        if (ok == 0) return item;
        gp_decref(item);
        if (ok < 0) return NULL;
    }
}

static GpObject *starmap_next(GpObject *self) {
    FuncIter *f = (FuncIter *)self;
    if (!f->it || !f->func) return NULL;
    if (frame_check_c_stack() < 0) return NULL;
    GpObject *args = NEXT(f->it);
    if (!args) return NULL;
    if (!TUPLE_CHECK_EXACT(args)) {
        GpObject *t = tuple_from_iterable(args);
        gp_decref(args);
        if (!t) return NULL;
        args = t;
    }
    GpObject *r = NULL;
    if (f->func) {
        GpObject *func = gp_newref(f->func);
        r = obj_call(func, ((GpTuple *)args)->items, TUPLE_SIZE(args), NULL);
        gp_decref(func);
    }
    gp_decref(args);
    return r;
}

static GpObject *funciter_clear(GpObject *self) {
    FuncIter *f = (FuncIter *)self;
    GP_CLEAR(f->func);
    GP_CLEAR(f->it);
    return NULL;
}

static void funciter_dealloc(GpObject *self) { DEALLOC_BODY(self, funciter_clear); }

static int funciter_traverse(GpObject *self, VisitFn visit, void *arg) {
    FuncIter *f = (FuncIter *)self;
    GP_VISIT(f->func);
    GP_VISIT(f->it);
    return 0;
}

#define FUNCITER_TYPE(var, tname, pfx)                                                       \
    static GpType var = {                                                                    \
        GP_TYPE_HEAD,                                                                        \
        .name = "itertools." tname,                                                          \
        .basicsize = sizeof(FuncIter),                                                       \
        .flags = TPFLAG_GC | TPFLAG_BASETYPE,                                                \
        .base = &gp_type_object,                                                             \
        .dealloc = funciter_dealloc,                                                         \
        .new_ = pfx##_new,                                                                   \
        .iter = iter_self,                                                                   \
        .iternext = pfx##_next,                                                              \
        .traverse = funciter_traverse,                                                       \
        .clear = funciter_clear,                                                             \
    }

FUNCITER_TYPE(dropwhile_type, "dropwhile", dropwhile);
FUNCITER_TYPE(takewhile_type, "takewhile", takewhile);
FUNCITER_TYPE(filterfalse_type, "filterfalse", filterfalse);
FUNCITER_TYPE(starmap_type, "starmap", starmap);

/* ---- groupby(iterable, key=None) and _grouper ---- */

typedef struct GroupBy {
    GP_HEAD;
    GpObject *it;
    GpObject *keyfunc;       /* None: the identity */
    GpObject *tgtkey, *currkey, *currvalue;
    GpObject *currgrouper;   /* borrowed: the live _grouper of the current group, or NULL */
} GroupBy;

typedef struct Grouper {
    GP_HEAD;
    GpObject *parent;        /* the groupby */
    GpObject *tgtkey;
} Grouper;

static GpType groupby_type, grouper_type;

static GpObject *groupby_new(GpType *type, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    static const char *const names[] = {"iterable", "key", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("groupby", args, nargs, kwnames, names, 1, 2, a) < 0) return NULL;
    GpObject *it = obj_iter(a[0]);
    if (!it) return NULL;
    GroupBy *g = (GroupBy *)obj_new(type, sizeof(GroupBy));
    if (!g) {
        gp_decref(it);
        return NULL;
    }
    g->it = it;
    g->keyfunc = gp_newref(a[1] ? a[1] : GP_NONE);
    return (GpObject *)g;
}

/* Advances to the next item: currvalue and currkey. 0, or -1 at the end (no exception) or
 * on error. */
static int groupby_step(GroupBy *g) {
    if (!g->it || !g->keyfunc) return -1;
    GpObject *v = NEXT(g->it);
    if (!v) return -1;
    GpObject *k;
    if (g->keyfunc == GP_NONE) {
        k = gp_newref(v);
    } else {
        k = obj_call1(g->keyfunc, v);
        if (!k) {
            gp_decref(v);
            return -1;
        }
    }
    GpObject *old = g->currvalue;
    g->currvalue = v;
    GP_SETREF(g->currkey, k);
    gp_xdecref(old);
    return 0;
}

/* tgtkey == currkey, holding both across the comparison (it may re-enter the groupby and
 * replace them): 1, 0 or -1. */
static int compare_keys(GpObject *a, GpObject *b) {
    gp_incref(a);
    gp_incref(b);
    int eq = obj_richcompare_bool(a, b, CMP_OP_EQ);
    gp_decref(a);
    gp_decref(b);
    return eq;
}

static GpObject *groupby_next(GpObject *self) {
    GroupBy *g = (GroupBy *)self;
    g->currgrouper = NULL;
    if (frame_check_c_stack() < 0) return NULL;
    for (;;) {
        if (!g->currkey) {
            /* fetch */
        } else if (!g->tgtkey) {
            break;
        } else {
            int eq = compare_keys(g->tgtkey, g->currkey);
            if (eq < 0) return NULL;
            if (eq == 0) break;
        }
        if (groupby_step(g) < 0) return NULL;
    }
    GP_SETREF(g->tgtkey, gp_newref(g->currkey));
    Grouper *gr = (Grouper *)obj_new(&grouper_type, sizeof(Grouper));
    if (!gr) return NULL;
    gr->parent = gp_newref(self);
    gr->tgtkey = gp_newref(g->tgtkey);
    g->currgrouper = (GpObject *)gr;
    GpObject *r = g->currkey ? tuple_pack(2, g->currkey, (GpObject *)gr) : NULL;
    if (!r && !err_occurred()) err_bad_internal_call();
    gp_decref((GpObject *)gr);
    return r;
}

static GpObject *groupby_clear(GpObject *self) {
    GroupBy *g = (GroupBy *)self;
    g->currgrouper = NULL;
    GP_CLEAR(g->it);
    GP_CLEAR(g->keyfunc);
    GP_CLEAR(g->tgtkey);
    GP_CLEAR(g->currkey);
    GP_CLEAR(g->currvalue);
    return NULL;
}

static void groupby_dealloc(GpObject *self) { DEALLOC_BODY(self, groupby_clear); }

static int groupby_traverse(GpObject *self, VisitFn visit, void *arg) {
    GroupBy *g = (GroupBy *)self;
    GP_VISIT(g->it);
    GP_VISIT(g->keyfunc);
    GP_VISIT(g->tgtkey);
    GP_VISIT(g->currkey);
    GP_VISIT(g->currvalue);
    return 0;
}

static IT_TYPE(groupby_type, "groupby", GroupBy, groupby);

static GpObject *grouper_next(GpObject *self) {
    Grouper *gr = (Grouper *)self;
    GroupBy *g = (GroupBy *)gr->parent;
    if (!g || g->currgrouper != self) return NULL;
    if (!g->currvalue && groupby_step(g) < 0) return NULL;
    if (!gr->tgtkey || !g->currkey) return NULL;
    int eq = compare_keys(gr->tgtkey, g->currkey);
    if (eq <= 0) return NULL;
    GpObject *r = g->currvalue;
    if (!r) return NULL;
    g->currvalue = NULL;
    GP_CLEAR(g->currkey);
    return r;
}

static GpObject *grouper_clear(GpObject *self) {
    Grouper *gr = (Grouper *)self;
    if (gr->parent && ((GroupBy *)gr->parent)->currgrouper == self)
        ((GroupBy *)gr->parent)->currgrouper = NULL;
    GP_CLEAR(gr->parent);
    GP_CLEAR(gr->tgtkey);
    return NULL;
}

static void grouper_dealloc(GpObject *self) { DEALLOC_BODY(self, grouper_clear); }

static int grouper_traverse(GpObject *self, VisitFn visit, void *arg) {
    Grouper *gr = (Grouper *)self;
    GP_VISIT(gr->parent);
    GP_VISIT(gr->tgtkey);
    return 0;
}

static GpType grouper_type = {
    GP_TYPE_HEAD,
    .name = "itertools._grouper",
    .basicsize = sizeof(Grouper),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = grouper_dealloc,
    .iter = iter_self,
    .iternext = grouper_next,
    .traverse = grouper_traverse,
    .clear = grouper_clear,
};

/* ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ---- */

typedef struct ISlice {
    GP_HEAD;
    GpObject *it;            /* NULL once done */
    intptr_t next, stop, step, cnt;   /* stop -1: none */
} ISlice;

static GpType islice_type;

/* An islice() argument as a C index; -1 with no exception for anything unusable. */
static intptr_t islice_index(GpObject *o) {
    intptr_t v = obj_as_ssize(o);
    if (v == -1 && err_occurred()) err_clear();
    return v;
}

static GpObject *islice_new(GpType *type, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    static const char stop_msg[] =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (type == &islice_type && args_no_kw("islice", kwnames) < 0) return NULL;
    if (args_check_count("islice", nargs, 2, 4) < 0) return NULL;
    intptr_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (args[1] != GP_NONE) {
            stop = islice_index(args[1]);
            if (stop == -1) return err_set_str(&gp_exc_ValueError, stop_msg);
        }
    } else {
        if (args[1] != GP_NONE) start = islice_index(args[1]);
        if (args[2] != GP_NONE) {
            stop = islice_index(args[2]);
            if (stop == -1) return err_set_str(&gp_exc_ValueError, stop_msg);
        }
    }
    if (start < 0 || stop < -1)
        return err_set_str(&gp_exc_ValueError, "Indices for islice() must be None or an "
                                               "integer: 0 <= x <= sys.maxsize.");
    if (nargs == 4 && args[3] != GP_NONE) step = islice_index(args[3]);
    if (step < 1)
        return err_set_str(&gp_exc_ValueError,
                           "Step for islice() must be a positive integer or None.");
    GpObject *it = obj_iter(args[0]);
    if (!it) return NULL;
    ISlice *s = (ISlice *)obj_new(type, sizeof(ISlice));
    if (!s) {
        gp_decref(it);
        return NULL;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return (GpObject *)s;
}

static GpObject *islice_next(GpObject *self) {
    ISlice *s = (ISlice *)self;
    GpObject *it = s->it;
    if (!it) return NULL;
    if (frame_check_c_stack() < 0) return NULL;
    intptr_t stop = s->stop;
    GpObject *item;
    while (s->cnt < s->next) {
        if (!(it = s->it)) return NULL;
        gp_incref(it);   /* a re-entrant call may drop s->it */
        item = NEXT(it);
        gp_decref(it);
        if (!item) goto empty;
        gp_decref(item);
        s->cnt++;
    }
    if (stop != -1 && s->cnt >= stop) goto empty;
    if (!(it = s->it)) return NULL;
    gp_incref(it);
    item = NEXT(it);
    gp_decref(it);
    if (!item) goto empty;
    s->cnt++;
    intptr_t oldnext = s->next;
    s->next = (intptr_t)((size_t)s->next + (size_t)s->step);
    if (s->next < oldnext || (stop != -1 && s->next > stop)) s->next = stop;
    return item;
empty:
    GP_CLEAR(s->it);
    return NULL;
}

static GpObject *islice_clear(GpObject *self) {
    GP_CLEAR(((ISlice *)self)->it);
    return NULL;
}

static void islice_dealloc(GpObject *self) { DEALLOC_BODY(self, islice_clear); }

static int islice_traverse(GpObject *self, VisitFn visit, void *arg) {
    GP_VISIT(((ISlice *)self)->it);
    return 0;
}

static IT_TYPE(islice_type, "islice", ISlice, islice);

/* ---- tee(iterable, n=2): _tee objects sharing a chain of _tee_dataobject blocks ---- */

#define LINKCELLS 57

typedef struct TeeData {
    GP_HEAD;
    GpObject *it;
    int numread;             /* values[0..numread) are filled */
    int running;             /* fetching from it (re-entry is an error) */
    GpObject *nextlink;      /* the next block, or NULL */
    GpObject *values[LINKCELLS];
} TeeData;

typedef struct Tee {
    GP_HEAD;
    GpObject *dataobj;       /* TeeData */
    int index;               /* next value's index in dataobj */
} Tee;

static GpType teedata_type, tee_type;

static GpObject *teedata_new_internal(GpObject *it) {
    TeeData *d = (TeeData *)obj_new(&teedata_type, sizeof(TeeData));
    if (!d) return NULL;
    d->it = gp_newref(it);
    return (GpObject *)d;
}

/* Drops a reference to a block, freeing a run of blocks held only by their predecessor
 * iteratively (a long tee buffer must not recurse). */
static void teedata_safe_decref(GpObject *o) {
    while (o && GP_TYPE(o) == &teedata_type && GP_REFCNT(o) == 1) {
        GpObject *next = ((TeeData *)o)->nextlink;
        ((TeeData *)o)->nextlink = NULL;
        gp_decref(o);
        o = next;
    }
    gp_xdecref(o);
}

static GpObject *teedata_clear(GpObject *self) {
    TeeData *d = (TeeData *)self;
    GP_CLEAR(d->it);
    int n = d->numread;
    d->numread = 0;
    for (int i = 0; i < n; i++) GP_CLEAR(d->values[i]);
    GpObject *next = d->nextlink;
    d->nextlink = NULL;
    teedata_safe_decref(next);
    return NULL;
}

static void teedata_dealloc(GpObject *self) {
    teedata_clear(self);
    obj_free(self);
}

static int teedata_traverse(GpObject *self, VisitFn visit, void *arg) {
    TeeData *d = (TeeData *)self;
    GP_VISIT(d->it);
    for (int i = 0; i < d->numread; i++) GP_VISIT(d->values[i]);
    GP_VISIT(d->nextlink);
    return 0;
}

static GpType teedata_type = {
    GP_TYPE_HEAD,
    .name = "itertools._tee_dataobject",
    .basicsize = sizeof(TeeData),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = teedata_dealloc,
    .traverse = teedata_traverse,
    .clear = teedata_clear,
};

/* Value i of block d (fetching it if d's reader is the lead). New reference. */
static GpObject *teedata_getitem(TeeData *d, int i) {
    GpObject *v;
    if (i < d->numread) {
        v = d->values[i];
    } else {
        if (d->running)
            return err_set_str(&gp_exc_RuntimeError, "cannot re-enter the tee iterator");
        if (!d->it) return NULL;
        if (frame_check_c_stack() < 0) return NULL;
        GpObject *it = gp_newref(d->it);
        d->running = 1;
        v = NEXT(it);
        d->running = 0;
        gp_decref(it);
        if (!v) return NULL;
        if (d->numread != i || i >= LINKCELLS) {   /* cleared meanwhile */
            gp_decref(v);
            return NULL;
        }
        d->values[d->numread++] = v;
    }
    return gp_newref(v);
}

static GpObject *tee_next(GpObject *self) {
    Tee *t = (Tee *)self;
    if (!t->dataobj) return NULL;
    if (t->index >= LINKCELLS) {
        TeeData *d = (TeeData *)t->dataobj;
        if (!d->nextlink) {
            if (!d->it) return NULL;
            if (!(d->nextlink = teedata_new_internal(d->it))) return NULL;
        }
        GpObject *link = gp_newref(d->nextlink);
        GpObject *old = t->dataobj;
        t->dataobj = link;
        t->index = 0;
        teedata_safe_decref(old);
    }
    GpObject *v = teedata_getitem((TeeData *)t->dataobj, t->index);
    if (!v) return NULL;
    t->index++;
    return v;
}

static GpObject *tee_copy_of(Tee *t, GpType *type) {
    Tee *n = (Tee *)obj_new(type, sizeof(Tee));
    if (!n) return NULL;
    n->dataobj = t->dataobj ? gp_newref(t->dataobj) : NULL;
    n->index = t->index;
    return (GpObject *)n;
}

static GpObject *tee_copy(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return tee_copy_of((Tee *)self, &tee_type);
}

/* A _tee over iterable (a copy if its iterator is a _tee). New reference. */
static GpObject *tee_fromiterable(GpObject *iterable) {
    GpObject *it = obj_iter(iterable);
    if (!it) return NULL;
    GpObject *r;
    if (GP_TYPE(it) == &tee_type) {
        r = tee_copy_of((Tee *)it, &tee_type);
    } else {
        r = obj_new(&tee_type, sizeof(Tee));
        if (r && !(((Tee *)r)->dataobj = teedata_new_internal(it))) GP_CLEAR(r);
    }
    gp_decref(it);
    return r;
}

static GpObject *tee_new(GpType *type, GpObject *const *args, intptr_t nargs,
                         GpObject *kwnames) {
    (void)type;
    if (args_no_kw("_tee", kwnames) < 0 || args_check_count("_tee", nargs, 1, 1) < 0)
        return NULL;
    return tee_fromiterable(args[0]);
}

static GpObject *tee_clear(GpObject *self) {
    Tee *t = (Tee *)self;
    GpObject *d = t->dataobj;
    t->dataobj = NULL;
    teedata_safe_decref(d);
    return NULL;
}

static void tee_dealloc(GpObject *self) {
    tee_clear(self);
    obj_free(self);
}

static int tee_traverse(GpObject *self, VisitFn visit, void *arg) {
    GP_VISIT(((Tee *)self)->dataobj);
    return 0;
}

static GpMethodDef tee_methods[] = {
    {"__copy__", tee_copy, METH_NOARGS, "Returns an independent iterator."},
    {NULL, NULL, 0, NULL},
};

static GpType tee_type = {
    GP_TYPE_HEAD,
    .name = "itertools._tee",
    .basicsize = sizeof(Tee),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = tee_dealloc,
    .new_ = tee_new,
    .iter = iter_self,
    .iternext = tee_next,
    .traverse = tee_traverse,
    .clear = tee_clear,
    .methods = tee_methods,
};

/* itertools.tee(iterable, n=2, /) */
static GpObject *it_tee(GpObject *self, GpObject *const *args, intptr_t nargs,
                        GpObject *kwnames) {
    (void)self;
    if (kwnames && TUPLE_SIZE(kwnames))
        return err_set_str(&gp_exc_TypeError, "itertools.tee() takes no keyword arguments");
    if (args_check_count("tee", nargs, 1, 2) < 0) return NULL;
    intptr_t n = 2;
    if (nargs == 2) {
        n = obj_as_ssize(args[1]);
        if (n == -1 && err_occurred()) return NULL;
    }
    if (n < 0) return err_set_str(&gp_exc_ValueError, "n must be >= 0");
    GpObject *result = tuple_new(n);
    if (!result || n == 0) return result;
    for (intptr_t i = 0; i < n; i++) TUPLE_SET_ITEM(result, i, gp_none());
    GpObject *it = obj_iter(args[0]);
    GpObject *copyname = NULL, *copyfunc = NULL, *to = NULL;
    if (!it) goto error;
    if (!(copyname = str_intern_cstr("__copy__"))) goto error;
    copyfunc = obj_lookup_attr(it, copyname);
    if (!copyfunc && err_occurred()) goto error;
    if (copyfunc) {
        to = gp_newref(it);
    } else {
        if (!(to = tee_fromiterable(it))) goto error;
        if (!(copyfunc = obj_getattr(to, copyname))) goto error;
    }
    GP_SETREF(TUPLE_ITEM(result, 0), to);
    to = NULL;
    for (intptr_t i = 1; i < n; i++) {
        GpObject *c = obj_call0(copyfunc);
        if (!c) goto error;
        GP_SETREF(TUPLE_ITEM(result, i), c);
    }
    gp_decref(it);
    gp_decref(copyname);
    gp_decref(copyfunc);
    return result;
error:
    gp_xdecref(to);
    gp_xdecref(copyfunc);
    gp_xdecref(copyname);
    gp_xdecref(it);
    gp_decref(result);
    return NULL;
}

/* ---- zip_longest(*iterables, fillvalue=None) ---- */

typedef struct ZipLongest {
    GP_HEAD;
    intptr_t n, numactive;
    GpObject **iters;        /* n iterators; NULL once exhausted */
    GpObject *result;        /* the reusable n-tuple */
    GpObject *fillvalue;
} ZipLongest;

static GpObject *zip_longest_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    GpObject *fill = GP_NONE;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (nkw) {
        if (nkw != 1 || !str_eq_cstr(TUPLE_ITEM(kwnames, 0), "fillvalue"))
            return err_set_str(&gp_exc_TypeError,
                               "zip_longest() got an unexpected keyword argument");
        fill = args[nargs];
    }
    ZipLongest *z = (ZipLongest *)obj_new(type, sizeof(ZipLongest));
    if (!z) return NULL;
    z->fillvalue = gp_newref(fill);
    if (nargs && !(z->iters = mem_calloc((size_t)nargs, sizeof(GpObject *)))) {
        err_no_memory();
        goto error;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        if (!(z->iters[i] = obj_iter(args[i]))) goto error;
        z->n = i + 1;
    }
    z->n = z->numactive = nargs;
    if (!(z->result = tuple_new(nargs))) goto error;
    for (intptr_t i = 0; i < nargs; i++) TUPLE_SET_ITEM(z->result, i, gp_none());
    return (GpObject *)z;
error:
    gp_decref((GpObject *)z);
    return NULL;
}

/* The next item of iterator i, or the fill value for an exhausted one. New reference, or
 * NULL when the whole zip ends (with or without an exception). */
static GpObject *zip_longest_item(ZipLongest *z, intptr_t i) {
    GpObject *it = z->iters ? z->iters[i] : NULL;
    if (it) {
        gp_incref(it);   /* a re-entrant call may drop z->iters[i] */
        GpObject *item = NEXT(it);
        gp_decref(it);
        if (item) return item;
        z->numactive--;
        if (z->numactive <= 0 || err_occurred()) {
            z->numactive = 0;
            return NULL;
        }
        if (z->iters && z->iters[i] == it) {
            z->iters[i] = NULL;
            gp_decref(it);
        }
    }
    return z->fillvalue ? gp_newref(z->fillvalue) : NULL;
}

static GpObject *zip_longest_next(GpObject *self) {
    ZipLongest *z = (ZipLongest *)self;
    intptr_t n = z->n;
    if (n == 0 || z->numactive == 0 || !z->result) return NULL;
    if (frame_check_c_stack() < 0) return NULL;
    GpObject *r = z->result;
    if (GP_REFCNT(r) == 1) {
        gp_incref(r);
        for (intptr_t i = 0; i < n; i++) {
            GpObject *item = zip_longest_item(z, i);
            if (!item) {
                gp_decref(r);
                return NULL;
            }
            GpObject *old = TUPLE_ITEM(r, i);
            TUPLE_SET_ITEM(r, i, item);
            gp_decref(old);
        }
        return r;
    }
    r = tuple_new(n);
    if (!r) return NULL;
    for (intptr_t i = 0; i < n; i++) TUPLE_SET_ITEM(r, i, gp_none());
    for (intptr_t i = 0; i < n; i++) {
        GpObject *item = zip_longest_item(z, i);
        if (!item) {
            gp_decref(r);
            return NULL;
        }
        GP_SETREF(TUPLE_ITEM(r, i), item);
    }
    return r;
}

static GpObject *zip_longest_clear(GpObject *self) {
    ZipLongest *z = (ZipLongest *)self;
    GpObject **iters = z->iters;
    intptr_t n = z->n;
    z->iters = NULL;
    z->numactive = 0;
    if (iters) {
        for (intptr_t i = 0; i < n; i++) GP_CLEAR(iters[i]);
        mem_free(iters);
    }
    GP_CLEAR(z->result);
    GP_CLEAR(z->fillvalue);
    return NULL;
}

static void zip_longest_dealloc(GpObject *self) { DEALLOC_BODY(self, zip_longest_clear); }

static int zip_longest_traverse(GpObject *self, VisitFn visit, void *arg) {
    ZipLongest *z = (ZipLongest *)self;
    if (z->iters)
        for (intptr_t i = 0; i < z->n; i++) GP_VISIT(z->iters[i]);
    GP_VISIT(z->result);
    GP_VISIT(z->fillvalue);
    return 0;
}

static IT_TYPE(zip_longest_type, "zip_longest", ZipLongest, zip_longest);

/* ---- pairwise(iterable) ---- */

typedef struct Pairwise {
    GP_HEAD;
    GpObject *it;            /* NULL once done */
    GpObject *old;
} Pairwise;

static GpType pairwise_type;

static GpObject *pairwise_new(GpType *type, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    if (type == &pairwise_type && args_no_kw("pairwise", kwnames) < 0) return NULL;
    if (args_check_count("pairwise", nargs, 1, 1) < 0) return NULL;
    GpObject *it = obj_iter(args[0]);
    if (!it) return NULL;
    Pairwise *p = (Pairwise *)obj_new(type, sizeof(Pairwise));
    if (!p) {
        gp_decref(it);
        return NULL;
    }
    p->it = it;
    return (GpObject *)p;
}

static GpObject *pairwise_step(Pairwise *p, GpObject *it);

static GpObject *pairwise_next(GpObject *self) {
    Pairwise *p = (Pairwise *)self;
    GpObject *it = p->it;
    if (!it) return NULL;
    if (frame_check_c_stack() < 0) return NULL;
    gp_incref(it);   /* a re-entrant call may drop p->it */
    GpObject *new = pairwise_step(p, it);
    gp_decref(it);
    return new;
}

/* pairwise_next with the iterator held. */
static GpObject *pairwise_step(Pairwise *p, GpObject *it) {
    if (!p->old) {
        GpObject *old = NEXT(it);
        if (!old) {
            GP_CLEAR(p->it);
            return NULL;
        }
        GP_SETREF(p->old, old);
        if (!(it = p->it)) return NULL;
    }
    GpObject *new = NEXT(it);
    if (!new) {
        GP_CLEAR(p->it);
        GP_CLEAR(p->old);
        return NULL;
    }
    if (!p->old) {
        gp_decref(new);
        return NULL;
    }
    GpObject *r = tuple_pack(2, p->old, new);
    GP_SETREF(p->old, new);
    return r;
}

static GpObject *pairwise_clear(GpObject *self) {
    Pairwise *p = (Pairwise *)self;
    GP_CLEAR(p->it);
    GP_CLEAR(p->old);
    return NULL;
}

static void pairwise_dealloc(GpObject *self) { DEALLOC_BODY(self, pairwise_clear); }

static int pairwise_traverse(GpObject *self, VisitFn visit, void *arg) {
    Pairwise *p = (Pairwise *)self;
    GP_VISIT(p->it);
    GP_VISIT(p->old);
    return 0;
}

static IT_TYPE(pairwise_type, "pairwise", Pairwise, pairwise);

/* ---- The module ---- */

/* The module's types, in CPython's module order; the last ones are not module attributes. */
static GpType *const itertools_types[] = {
    &accumulate_type, &chain_type, &itertools_combinations_type, &itertools_cwr_type, &compress_type,
    &count_type, &cycle_type, &dropwhile_type, &filterfalse_type, &groupby_type,
    &islice_type, &pairwise_type, &itertools_permutations_type, &itertools_product_type, &repeat_type,
    &starmap_type, &takewhile_type, &zip_longest_type, &grouper_type, &tee_type,
    &teedata_type, NULL,
};
#define N_EXPORTED 18

static GpMethodDef itertools_functions[] = {
    {"tee", it_tee, METH_KEYWORDS, "Returns a tuple of n independent iterators."},
    {NULL, NULL, 0, NULL},
};

GpObject *itertools_module_create(void) {
    int first = !(chain_type.flags & TPFLAG_READY);
    if (type_ready_all(itertools_types) < 0 ||
        (first && type_dict_add_cfunction(&chain_type, &chain_from_iterable_def, 1) < 0))
        return NULL;
    GpObject *m = module_new("itertools");
    if (!m) return NULL;
    if (module_add_functions(m, itertools_functions) < 0) goto error;
    for (int i = 0; i < N_EXPORTED; i++) {
        const char *dot = strrchr(itertools_types[i]->name, '.');
        if (module_add_object(m, dot + 1, (GpObject *)itertools_types[i]) < 0) goto error;
    }
    if (module_add_object(m, "_grouper", (GpObject *)&grouper_type) < 0 ||
        module_add_object(m, "_tee", (GpObject *)&tee_type) < 0 ||
        module_add_object(m, "_tee_dataobject", (GpObject *)&teedata_type) < 0)
        goto error;
    return m;
error:
    gp_decref(m);
    return NULL;
}

void itertools_fini(void) { type_fini_all(itertools_types); }
