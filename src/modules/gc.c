/* gc.c — the gc module: the interface to the cycle collector (src/mem/gc.c).
 *
 * gc.collect() returns the number of unreachable objects that CPython would have tracked
 * (DESIGN.md §2.2); every collection is a full one, whatever generation is asked for.
 */
#include "modules/gc.h"

#include "errors.h"
#include "mem/gc.h"
#include "modules/sys.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

/* Calls each of gc.callbacks (the live list, as CPython: a callback that empties it stops
 * the rest) with (phase, {"generation": g,
 * "collected": n, "uncollectable": 0}); a callback's exception is reported as CPython's
 * unraisable hook does and the others still run. -1 only if out of memory. */
static int run_callbacks(GpObject *cbs, const char *phase, int64_t generation, intptr_t found) {
    GpObject *ph = str_from_cstr(phase);
    GpObject *info = ph ? dict_new() : NULL;
    GpObject *g = info ? int_from_i64(generation) : NULL;
    GpObject *c = g ? int_from_i64(found) : NULL;
    GpObject *zero = c ? int_from_i64(0) : NULL;
    int r = zero && dict_setitem_cstr(info, "generation", g) == 0 &&
                    dict_setitem_cstr(info, "collected", c) == 0 &&
                    dict_setitem_cstr(info, "uncollectable", zero) == 0
                ? 0
                : -1;
    for (intptr_t i = 0; r == 0 && i < LIST_SIZE(cbs); i++) {
        GpObject *cb = gp_newref(LIST_ITEM(cbs, i));
        GpObject *args[2] = {ph, info};
        GpObject *res = obj_call(cb, args, 2, NULL);
        if (res) {
            gp_decref(cb);
            gp_decref(res);
            continue;
        }
        GpObject *exc = err_fetch();
        err_write_unraisable(exc, cb);
        gp_xdecref(exc);
        gp_decref(cb);
    }
    gp_xdecref(ph);
    gp_xdecref(info);
    gp_xdecref(g);
    gp_xdecref(c);
    gp_xdecref(zero);
    return r;
}

static GpObject *g_collect(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self;
    intptr_t nkw = kw ? TUPLE_SIZE(kw) : 0;
    GpObject *gen = NULL;
    if (n + nkw > 1)
        return err_format(&gp_exc_TypeError, "collect() takes at most 1 argument (%d given)",
                          (int)(n + nkw));
    if (n == 1)
        gen = a[0];
    else if (nkw == 1) {
        if (!str_eq_cstr(TUPLE_ITEM(kw, 0), "generation"))
            return err_format(&gp_exc_TypeError,
                              "collect() got an unexpected keyword argument '%U'",
                              TUPLE_ITEM(kw, 0));
        gen = a[0];
    }
    if (gen) {
        int64_t g;
        if (!INT_CHECK(gen))
            return err_format(&gp_exc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              obj_type_name(gen));
        if (int_to_i64(gen, &g) < 0)
            return NULL;
        if (g < 0 || g > 2)
            return err_set_str(&gp_exc_ValueError, "invalid generation");
    }
    int64_t generation = 2;
    if (gen && int_to_i64(gen, &generation) < 0)
        return NULL;
    /* A collection already running (gc.collect() from a callback or a __del__): 0, as
     * CPython answers, without callbacks (they would recurse without end). */
    GcState *gs = gc_state();
    if (gs && gs->collecting)
        return int_from_i64(0);
    /* gc.callbacks: called with ("start", info) and ("stop", info) around the collection,
     * while it counts as running. */
    GpObject *cbs = MODULE_CHECK(self) ? dict_getitem_cstr(MODULE_DICT(self), "callbacks") : NULL;
    int have_cbs = cbs && LIST_CHECK(cbs) && LIST_SIZE(cbs) > 0;
    if (have_cbs) {
        gp_incref(cbs);
        if (gs)
            gs->collecting = 1;
        int r = run_callbacks(cbs, "start", generation, 0);
        if (gs)
            gs->collecting = 0;
        if (r < 0) {
            gp_decref(cbs);
            return NULL;
        }
    }
    intptr_t found = gc_collect();
    if (have_cbs) {
        if (gs)
            gs->collecting = 1;
        int r = run_callbacks(cbs, "stop", generation, found);
        if (gs)
            gs->collecting = 0;
        gp_decref(cbs);
        if (r < 0)
            return NULL;
    }
    return int_from_i64(found);
}

static GpObject *g_enable(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    GcState *g = gc_state();
    if (!g)
        return err_no_memory();
    (void)self, (void)a, (void)n, (void)kw;
    g->enabled = 1;
    return gp_none();
}

static GpObject *g_disable(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    GcState *g = gc_state();
    if (!g)
        return err_no_memory();
    (void)self, (void)a, (void)n, (void)kw;
    g->enabled = 0;
    return gp_none();
}

static GpObject *g_isenabled(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    GcState *g = gc_state();
    if (!g)
        return err_no_memory();
    (void)self, (void)a, (void)n, (void)kw;
    return gp_bool(g->enabled);
}

static GpObject *triple(intptr_t x, intptr_t y, intptr_t z) {
    GpObject *a = int_from_i64(x), *b = int_from_i64(y), *c = int_from_i64(z);
    GpObject *t = a && b && c ? tuple_pack(3, a, b, c) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    gp_xdecref(c);
    return t;
}

static GpObject *g_get_count(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    GcState *g = gc_state();
    if (!g)
        return err_no_memory();
    (void)self, (void)a, (void)n, (void)kw;
    return triple(g->count[0], g->count[1], g->count[2]);
}

static GpObject *g_get_threshold(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    GcState *g = gc_state();
    if (!g)
        return err_no_memory();
    (void)self, (void)a, (void)n, (void)kw;
    return triple(g->threshold[0], g->threshold[1], g->threshold[2]);
}

static GpObject *g_set_threshold(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    GcState *g = gc_state();
    if (!g)
        return err_no_memory();
    (void)self, (void)kw;
    if (n < 1 || n > 3)
        return err_format(&gp_exc_TypeError, "set_threshold() takes at %s %d argument%s (%d given)",
                          n < 1 ? "least" : "most", n < 1 ? 1 : 3, n < 1 ? "" : "s", (int)n);
    int v[3] = {g->threshold[0], g->threshold[1], g->threshold[2]};
    for (intptr_t i = 0; i < n; i++) {
        int64_t x;
        if (!INT_CHECK(a[i]))
            return err_format(&gp_exc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              obj_type_name(a[i]));
        if (int_to_i64(a[i], &x) < 0)
            return NULL;
        if (x > 2147483647 || x < -2147483647 - 1)
            return err_set_str(&gp_exc_OverflowError,
                               x > 0 ? "signed integer is greater than maximum"
                                     : "signed integer is less than minimum");
        v[i] = (int)x;
    }
    for (int i = 0; i < 3; i++)
        g->threshold[i] = v[i];
    return gp_none();
}

static GpObject *g_is_tracked(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)n, (void)kw;
    return gp_bool(gc_is_tracked(a[0]));
}

static GpObject *g_get_referents(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)kw;
    return gc_get_referents(a, n);
}

static GpObject *g_get_referrers(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)kw;
    return gc_get_referrers(a, n);
}

static GpObject *g_get_objects(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self;
    intptr_t nkw = kw ? TUPLE_SIZE(kw) : 0;
    if (n + nkw > 1)
        return err_format(&gp_exc_TypeError,
                          "get_objects() takes at most 1 argument (%d given)", (int)(n + nkw));
    if (nkw == 1 && !str_eq_cstr(TUPLE_ITEM(kw, 0), "generation"))
        return err_format(&gp_exc_TypeError,
                          "get_objects() got an unexpected keyword argument '%U'",
                          TUPLE_ITEM(kw, 0));
    if (n + nkw == 1 && a[0] != GP_NONE) {
        int64_t g;
        if (!INT_CHECK(a[0]))
            return err_format(&gp_exc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              obj_type_name(a[0]));
        if (int_to_i64(a[0], &g) < 0)
            return NULL;
        if (g >= 3)
            return err_set_str(&gp_exc_ValueError, "generation parameter must be less than the "
                                                   "number of available generations (3)");
        if (g < -1)
            return err_set_str(&gp_exc_ValueError, "generation parameter cannot be negative");
    }
    return gc_get_objects();
}

/* gc.set_debug / get_debug: the flags are kept (glasspy's collector prints nothing). */
static int debug_flags;

static GpObject *g_set_debug(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)n, (void)kw;
    if (!INT_CHECK(a[0]))
        return err_format(&gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(a[0]));
    int64_t v;
    if (int_to_i64(a[0], &v) < 0) {
        if (!err_matches(&gp_exc_OverflowError))
            return NULL;
        v = INT64_MAX;
    }
    if (v > 2147483647 || v < -2147483647 - 1)
        return err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C int");
    debug_flags = (int)v;
    return gp_none();
}

static GpObject *g_get_debug(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return int_from_i64(debug_flags);
}

/* gc.freeze / unfreeze: every collection is a full one here, so nothing is ever frozen. */
static GpObject *g_noop(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return gp_none();
}

static GpObject *g_get_freeze_count(GpObject *self, GpObject *const *a, intptr_t n,
                                    GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return int_from_i64(0);
}

static GpObject *g_is_finalized(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)n, (void)kw;
    return gp_bool(gc_is_finalized(a[0]));
}

static GpMethodDef gc_functions[] = {
    {"set_debug", g_set_debug, METH_O, "Set the garbage collection debugging flags."},
    {"get_debug", g_get_debug, METH_NOARGS, "Get the garbage collection debugging flags."},
    {"freeze", g_noop, METH_NOARGS, "Freeze all current tracked objects."},
    {"unfreeze", g_noop, METH_NOARGS, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", g_get_freeze_count, METH_NOARGS,
     "Return the number of objects in the permanent generation."},
    {"is_finalized", g_is_finalized, METH_O,
     "Returns true if the object has been already finalized by the GC."},
    {"collect", g_collect, METH_KEYWORDS,
     "Run the garbage collector.\n\nReturns the number of unreachable objects found."},
    {"enable", g_enable, METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", g_disable, METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", g_isenabled, METH_NOARGS, "Returns true if automatic garbage collection is enabled."},
    {"get_count", g_get_count, METH_NOARGS, "Return a three-tuple of the current collection counts."},
    {"get_threshold", g_get_threshold, METH_NOARGS, "Return the current collection thresholds."},
    {"set_threshold", g_set_threshold, METH_VARARGS, "Set the collection thresholds."},
    {"is_tracked", g_is_tracked, METH_O,
     "Returns true if the object is tracked by the garbage collector."},
    {"get_referents", g_get_referents, METH_VARARGS,
     "Return the list of objects that are directly referred to by the arguments."},
    {"get_referrers", g_get_referrers, METH_VARARGS,
     "Return the list of objects that directly refer to any of the arguments."},
    {"get_objects", g_get_objects, METH_KEYWORDS,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {NULL, NULL, 0, NULL},
};

GpObject *gc_module_create(void) {
    GpObject *m = module_new("gc");
    if (!m)
        return NULL;
    GpObject *garbage = list_new(0), *callbacks = list_new(0);
    int r = garbage && callbacks ? 0 : -1;
    if (r == 0)
        r = module_add_functions(m, gc_functions);
    if (r == 0)
        r = module_add_object(m, "garbage", garbage);
    if (r == 0)
        r = module_add_object(m, "callbacks", callbacks);
    static const struct {
        const char *name;
        int value;
    } flags[] = {{"DEBUG_STATS", 1},          {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
                 {"DEBUG_SAVEALL", 32},       {"DEBUG_LEAK", 38}};
    for (size_t i = 0; r == 0 && i < sizeof flags / sizeof flags[0]; i++) {
        GpObject *v = int_from_i64(flags[i].value);
        r = v ? module_add_object(m, flags[i].name, v) : -1;
        gp_xdecref(v);
    }
    gp_xdecref(garbage);
    gp_xdecref(callbacks);
    if (r < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
