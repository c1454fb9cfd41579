/* builtins_iter.c — the iteration builtins: iter (both forms), next, sorted, any, all.
 *
 * Invariants: next() calls the iternext slot directly; exhaustion without an exception
 * becomes StopIteration (or the default) here, never inside the slots.
 */
#include "builtins.h"
#include "errors.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"

#define UNUSED_ARGS                                                                                \
    (void)self;                                                                                    \
    (void)kwnames

/* ---- iter / next ---- */

static GpObject *builtin_iter(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return obj_iter(args[0]);
    if (!obj_is_callable(args[0]))
        return err_set_str(&gp_exc_TypeError, "iter(v, w): v must be callable");
    return calliter_new(args[0], args[1]);
}

static GpObject *builtin_next(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("next", nargs, 1, 2) < 0)
        return NULL;
    GpObject *it = args[0];
    IterNextFn next = GP_TYPE(it)->iternext;
    if (!next)
        return err_format(&gp_exc_TypeError, "'%s' object is not an iterator", obj_type_name(it));
    GpObject *r = GEN_CHECK(it) ? gen_next_stop(it) : next(it);
    if (r)
        return r;
    if (err_occurred()) {
        if (nargs < 2 || !err_matches(&gp_exc_StopIteration))
            return NULL;
        err_clear();
    }
    if (nargs == 2)
        return gp_newref(args[1]);
    return err_set_object(&gp_exc_StopIteration, NULL);
}

/* ---- sorted / any / all ---- */

static GpObject *builtin_sorted(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    (void)self;
    if (args_check_count("sorted", nargs, 1, 1) < 0)
        return NULL;
    GpObject *list = list_from_iterable(args[0]);
    if (!list)
        return NULL;
    GpObject *r;
    if (!kwnames || TUPLE_SIZE(kwnames) == 0) {
        if (list_sort(list) < 0)
            goto error;
        return list;
    }
    GpObject *sort = obj_getattr_cstr(list, "sort");
    if (!sort)
        goto error;
    r = obj_call(sort, args + nargs, 0, kwnames);
    gp_decref(sort);
    if (!r)
        goto error;
    gp_decref(r);
    return list;
error:
    gp_decref(list);
    return NULL;
}

/* any (want 1) / all (want 0): stops at the first item whose truth is `want`. */
static GpObject *any_all(GpObject *iterable, int want) {
    GpObject *it = obj_iter(iterable);
    if (!it)
        return NULL;
    for (;;) {
        GpObject *item = obj_iternext(it);
        if (!item) {
            gp_decref(it);
            return err_occurred() ? NULL : gp_bool(!want);
        }
        int t = obj_is_true(item);
        gp_decref(item);
        if (t < 0) {
            gp_decref(it);
            return NULL;
        }
        if (t == want) {
            gp_decref(it);
            return gp_bool(want);
        }
    }
}

static GpObject *builtin_any(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    return any_all(args[0], 1);
}

static GpObject *builtin_all(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    return any_all(args[0], 0);
}

GpMethodDef builtins_iter_methods[] = {
    {"iter", builtin_iter, METH_VARARGS, NULL},
    {"next", builtin_next, METH_VARARGS, NULL},
    {"sorted", builtin_sorted, METH_KEYWORDS, NULL},
    {"any", builtin_any, METH_O, NULL},
    {"all", builtin_all, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};
