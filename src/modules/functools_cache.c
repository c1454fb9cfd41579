/* functools_cache.c — functools' caching: lru_cache/cache (their wrapper type and the
 * CacheInfo named tuple) and cached_property. The rest of the module: functools.c.
 *
 * Invariants:
 * - The lru cache is a dict from keys (CPython's _make_key: the arguments, a marker and the
 *   keyword pairs, then the types if typed) to results; a bounded cache keeps the dict's
 *   insertion order as recency order (a hit re-inserts its entry at the end, a miss beyond
 *   maxsize evicts the first entry).
 * - The lru wrapper and cached_property are GC containers: traverse visits every reference
 *   they hold, clear drops them (a cleared object raises instead of crashing when used).
 */
#include <string.h>

#include "modules/functools.h"
#include "modules/functools_internal.h"

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/mappingproxy.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

/* ---- CacheInfo: a tuple (hits, misses, maxsize, currsize) with names ---- */

extern GpType gp_type_cacheinfo;

static GpObject *cacheinfo_make(int64_t hits, int64_t misses, intptr_t maxsize, intptr_t size) {
    GpObject *vals[4] = {int_from_i64(hits), int_from_i64(misses),
                         maxsize < 0 ? gp_none() : int_from_i64(maxsize), int_from_i64(size)};
    GpObject *t = NULL;
    if (vals[0] && vals[1] && vals[2] && vals[3])
        t = obj_new(&gp_type_cacheinfo, offsetof(GpTuple, items) + 4 * sizeof(GpObject *));
    if (t) {
        ((GpTuple *)t)->size = 4;
        for (int i = 0; i < 4; i++) {
            TUPLE_SET_ITEM(t, i, vals[i]);
            vals[i] = NULL;
        }
    }
    for (int i = 0; i < 4; i++)
        gp_xdecref(vals[i]);
    return t;
}

static const char *const cacheinfo_fields[5] = {"hits", "misses", "maxsize", "currsize", NULL};

static GpObject *cacheinfo_repr(GpObject *self) {
    if (TUPLE_SIZE(self) != 4)
        return str_from_cstr("CacheInfo(?)");
    GpObject *out = str_from_cstr("CacheInfo(");
    for (int i = 0; out && i < 4; i++)
        GP_SETREF(out, str_from_format("%U%s%s=%R", out, i ? ", " : "", cacheinfo_fields[i],
                                       TUPLE_ITEM(self, i)));
    if (out)
        GP_SETREF(out, str_from_format("%U)", out));
    return out;
}

static GpObject *cacheinfo_field(GpObject *self, int i) {
    if (TUPLE_SIZE(self) <= i)
        return err_set_str(&gp_exc_AttributeError, cacheinfo_fields[i]);
    return gp_newref(TUPLE_ITEM(self, i));
}
static GpObject *cacheinfo_hits(GpObject *self) { return cacheinfo_field(self, 0); }
static GpObject *cacheinfo_misses(GpObject *self) { return cacheinfo_field(self, 1); }
static GpObject *cacheinfo_maxsize(GpObject *self) { return cacheinfo_field(self, 2); }
static GpObject *cacheinfo_currsize(GpObject *self) { return cacheinfo_field(self, 3); }

static GpObject *cacheinfo_asdict(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    GpObject *d = dict_new();
    for (int i = 0; d && i < 4 && i < TUPLE_SIZE(self); i++)
        if (dict_setitem_cstr(d, cacheinfo_fields[i], TUPLE_ITEM(self, i)) < 0)
            GP_CLEAR(d);
    return d;
}

static GpObject *cacheinfo_new(GpType *type, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    GpObject *a[4];
    if (functools_check_missing("CacheInfo.__new__", args, nargs, kwnames, cacheinfo_fields, 4) < 0 ||
        args_parse("CacheInfo.__new__", args, nargs, kwnames, cacheinfo_fields, 4, 4, a) < 0)
        return NULL;
    GpObject *t = obj_new(type, offsetof(GpTuple, items) + 4 * sizeof(GpObject *));
    if (!t)
        return NULL;
    ((GpTuple *)t)->size = 4;
    for (int i = 0; i < 4; i++)
        TUPLE_SET_ITEM(t, i, gp_newref(a[i]));
    return t;
}

static GpGetSetDef cacheinfo_getset[] = {
    {"hits", cacheinfo_hits, NULL, NULL},
    {"misses", cacheinfo_misses, NULL, NULL},
    {"maxsize", cacheinfo_maxsize, NULL, NULL},
    {"currsize", cacheinfo_currsize, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static GpMethodDef cacheinfo_methods[] = {
    {"_asdict", cacheinfo_asdict, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_cacheinfo = {
    GP_TYPE_HEAD,
    .name = "functools.CacheInfo",
    .base = &gp_type_tuple,
    .flags = TPFLAG_TUPLE_SUBCLASS | TPFLAG_GC,
    .repr = cacheinfo_repr,
    .new_ = cacheinfo_new,
    .getset = cacheinfo_getset,
    .methods = cacheinfo_methods,
};

/* ---- lru_cache ---- */

typedef struct GpLruWrapper {
    GP_HEAD;
    GpObject *func;
    GpObject *cache;     /* dict: key → result */
    GpObject *dict;      /* __dict__ (update_wrapper fills it) or NULL */
    intptr_t maxsize;    /* -1: unbounded */
    int typed;
    /* Eviction hint: the cache's entries before this position are all deleted (a dict only
     * appends and deletion never moves entries; every insertion into the cache is made here
     * and resets the hint when it resized the table, as cache_clear does). */
    intptr_t evict_pos;
    int64_t hits, misses;
} GpLruWrapper;

extern GpType gp_type_lru_wrapper;

/* The marker between positional and keyword arguments in keys. */
#define KWD_MARK ((GpObject *)&gp_type_lru_wrapper)

/* CPython's _make_key. New reference. */
static GpObject *lru_make_key(GpObject *const *args, intptr_t nargs, GpObject *kwnames,
                              int typed) {
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (!nkw && !typed && nargs == 1 &&
        (GP_TYPE(args[0]) == &gp_type_int || GP_TYPE(args[0]) == &gp_type_str))
        return gp_newref(args[0]);
    intptr_t size = nargs + (nkw ? 1 + 2 * nkw : 0) + (typed ? nargs + nkw : 0);
    GpObject *key = tuple_new(size);
    if (!key)
        return NULL;
    intptr_t j = 0;
    for (intptr_t i = 0; i < nargs; i++)
        TUPLE_SET_ITEM(key, j++, gp_newref(args[i]));
    if (nkw) {
        TUPLE_SET_ITEM(key, j++, gp_newref(KWD_MARK));
        for (intptr_t i = 0; i < nkw; i++) {
            TUPLE_SET_ITEM(key, j++, gp_newref(TUPLE_ITEM(kwnames, i)));
            TUPLE_SET_ITEM(key, j++, gp_newref(args[nargs + i]));
        }
    }
    if (typed) {
        for (intptr_t i = 0; i < nargs + nkw; i++)
            TUPLE_SET_ITEM(key, j++, gp_newref((GpObject *)GP_TYPE(args[i])));
    }
    return key;
}

/* cache[key] = value, resetting the eviction hint if the table was resized. 0 or -1. */
static int lru_store(GpLruWrapper *w, GpObject *cache, GpObject *key, GpObject *value) {
    void *table = ((GpDict *)cache)->keys;
    int r = dict_setitem(cache, key, value);
    if (((GpDict *)cache)->keys != table)
        w->evict_pos = 0;
    return r;
}

static GpObject *lru_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                          GpObject *kwnames) {
    GpLruWrapper *w = (GpLruWrapper *)self;
    if (!w->func || !w->cache)
        return err_set_str(&gp_exc_TypeError, "lru_cache wrapper was cleared");
    if (w->maxsize == 0) {
        w->misses++;
        return obj_call(w->func, args, nargs, kwnames);
    }
    GpObject *key = lru_make_key(args, nargs, kwnames, w->typed);
    if (!key)
        return NULL;
    GpObject *cache = gp_newref(w->cache);
    GpObject *func = gp_newref(w->func);
    GpObject *r = dict_getitem(cache, key);
    if (r) {
        gp_incref(r);
        w->hits++;
        if (w->maxsize > 0 && (dict_delitem(cache, key) < 0 || lru_store(w, cache, key, r) < 0))
            GP_CLEAR(r);
        goto done;
    }
    if (err_occurred())
        goto done;
    w->misses++;
    r = obj_call(func, args, nargs, kwnames);
    if (!r)
        goto done;
    if (w->cache != cache)   /* cache_clear() or a GC clear during the call: do not store */
        goto done;
    if (w->maxsize > 0) {
        int has = dict_contains(cache, key);
        if (has < 0) {
            GP_CLEAR(r);
            goto done;
        }
        if (has)     /* a recursive call stored it already */
            goto done;
        while (dict_size(cache) >= w->maxsize) {
            intptr_t pos = w->cache == cache ? w->evict_pos : 0;
            GpObject *k, *v;
            if (!dict_next(cache, &pos, &k, &v))
                break;
            if (w->cache == cache)
                w->evict_pos = pos;
            gp_incref(k);
            int rr = dict_delitem(cache, k);
            gp_decref(k);
            if (rr < 0) {
                GP_CLEAR(r);
                goto done;
            }
        }
    }
    if (lru_store(w, cache, key, r) < 0)
        GP_CLEAR(r);
done:
    gp_decref(func);
    gp_decref(cache);
    gp_decref(key);
    return r;
}

static int lru_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpLruWrapper *w = (GpLruWrapper *)o;
    GP_VISIT(w->func);
    GP_VISIT(w->cache);
    GP_VISIT(w->dict);
    return 0;
}

static GpObject *lru_clear(GpObject *o) {
    GpLruWrapper *w = (GpLruWrapper *)o;
    GP_CLEAR(w->func);
    GP_CLEAR(w->cache);
    GP_CLEAR(w->dict);
    return NULL;
}

static void lru_dealloc(GpObject *o) {
    lru_clear(o);
    obj_free(o);
}

static GpObject *lru_cache_info(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    GpLruWrapper *w = (GpLruWrapper *)self;
    return cacheinfo_make(w->hits, w->misses, w->maxsize, w->cache ? dict_size(w->cache) : 0);
}

static GpObject *lru_cache_clear(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    GpLruWrapper *w = (GpLruWrapper *)self;
    w->hits = w->misses = 0;
    w->evict_pos = 0;
    if (w->cache) {
        /* A fresh dict: a call in progress notices and does not store into the new one. */
        GpObject *fresh = dict_new();
        if (!fresh)
            return NULL;
        GP_SETREF(w->cache, fresh);
    }
    return gp_none();
}

static GpObject *lru_cache_parameters(GpObject *self, GpObject *const *a, intptr_t n,
                                      GpObject *kw) {
    (void)a, (void)n, (void)kw;
    GpLruWrapper *w = (GpLruWrapper *)self;
    GpObject *d = dict_new();
    if (!d)
        return NULL;
    GpObject *m = w->maxsize < 0 ? gp_none() : int_from_i64(w->maxsize);
    GpObject *t = gp_bool(w->typed);
    if (!m || dict_setitem_cstr(d, "maxsize", m) < 0 || dict_setitem_cstr(d, "typed", t) < 0)
        GP_CLEAR(d);
    gp_xdecref(m);
    gp_decref(t);
    return d;
}

static GpObject *lru_get_dict(GpObject *self) {
    return obj_get_dict_at(&((GpLruWrapper *)self)->dict);
}
static int lru_set_dict(GpObject *self, GpObject *value) {
    return obj_set_dict_at(&((GpLruWrapper *)self)->dict, value);
}

static GpMethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, METH_NOARGS, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, METH_NOARGS, "Clear the cache and cache statistics"},
    {"cache_parameters", lru_cache_parameters, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpGetSetDef lru_getset[] = {
    {"__dict__", lru_get_dict, lru_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_lru_wrapper = {
    GP_TYPE_HEAD,
    .name = "functools._lru_cache_wrapper",
    .basicsize = sizeof(GpLruWrapper),
    .flags = TPFLAG_GC,
    .dealloc = lru_dealloc,
    .setattr = obj_generic_setattr,
    .call = lru_call,
    .descr_get = functools_bind,
    .traverse = lru_traverse,
    .clear = lru_clear,
    .methods = lru_methods,
    .getset = lru_getset,
    .dictoffset = offsetof(GpLruWrapper, dict),
};

/* A wrapper of func (update_wrapper applied). module: for update_wrapper. New reference. */
static GpObject *lru_wrap(GpObject *module, GpObject *func, intptr_t maxsize, int typed) {
    if (!obj_is_callable(func))
        return err_set_str(&gp_exc_TypeError, "the first argument must be callable");
    GpLruWrapper *w = (GpLruWrapper *)obj_new(&gp_type_lru_wrapper, sizeof(GpLruWrapper));
    if (!w)
        return NULL;
    w->func = gp_newref(func);
    w->maxsize = maxsize;
    w->typed = typed;
    if (!(w->cache = dict_new())) {
        gp_decref((GpObject *)w);
        return NULL;
    }
    GpObject *uargs[2] = {(GpObject *)w, func};
    GpObject *r = functools_update_wrapper(module, uargs, 2, NULL);
    gp_decref((GpObject *)w);
    return r;
}

/* The maxsize of lru_cache(maxsize, ...) as a C value (an int: negative means 0). */
static int lru_maxsize(GpObject *m, intptr_t *out) {
    if (m == GP_NONE) {
        *out = -1;
        return 0;
    }
    intptr_t v = obj_as_ssize(m);
    if (v == -1 && err_occurred()) {
        if (!err_matches(&gp_exc_OverflowError))
            return -1;
        err_clear();
        err_set_str(&gp_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = v < 0 ? 0 : v;
    return 0;
}

/* The decorator lru_cache(maxsize, typed) returns: a built-in bound to (module, maxsize,
 * typed). */
static GpObject *lru_decorating_function(GpObject *self, GpObject *const *args, intptr_t nargs,
                                         GpObject *kwnames) {
    (void)nargs, (void)kwnames;
    if (!TUPLE_CHECK(self) || TUPLE_SIZE(self) != 3)
        return err_bad_internal_call();
    intptr_t maxsize;
    if (lru_maxsize(TUPLE_ITEM(self, 1), &maxsize) < 0)
        return NULL;
    int typed = obj_is_true(TUPLE_ITEM(self, 2));
    if (typed < 0)
        return NULL;
    return lru_wrap(TUPLE_ITEM(self, 0), args[0], maxsize, typed);
}

static GpMethodDef lru_decorating_def = {
    "decorating_function", lru_decorating_function, METH_O, NULL,
};

GpObject *functools_lru_cache(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    static const char *const names[] = {"maxsize", "typed", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("lru_cache", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    GpObject *maxsize = a[0] ? a[0] : NULL, *typed = a[1] ? a[1] : GP_FALSE;
    if (maxsize && !INT_CHECK(maxsize) && maxsize != GP_NONE) {
        if (obj_is_callable(maxsize) && GP_TYPE(typed) == GP_TYPE(GP_FALSE))
            return lru_wrap(self, maxsize, 128, typed == GP_TRUE);
        return err_set_str(&gp_exc_TypeError,
                           "Expected first argument to be an integer, a callable, or None");
    }
    GpObject *m = maxsize ? gp_newref(maxsize) : int_from_i64(128);
    if (!m)
        return NULL;
    GpObject *params = tuple_pack(3, self, m, typed);
    gp_decref(m);
    if (!params)
        return NULL;
    GpObject *f = cfunction_new(&lru_decorating_def, params, NULL);
    gp_decref(params);
    return f;
}

GpObject *functools_cache(GpObject *self, GpObject *const *args, intptr_t nargs,
                          GpObject *kwnames) {
    (void)nargs, (void)kwnames;
    return lru_wrap(self, args[0], -1, 0);
}

/* ---- cached_property ---- */

typedef struct GpCachedProperty {
    GP_HEAD;
    GpObject *func;
    GpObject *attrname;  /* str or NULL until __set_name__ */
    GpObject *dict;      /* __dict__ (holds __doc__) */
} GpCachedProperty;

extern GpType gp_type_cached_property;

static GpObject *cprop_new(GpType *type, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    static const char *const names[] = {"func", NULL};
    GpObject *func;
    if (functools_check_missing("cached_property.__init__", args, nargs, kwnames, names, 1) < 0 ||
        args_parse("cached_property", args, nargs, kwnames, names, 1, 1, &func) < 0)
        return NULL;
    GpCachedProperty *p = (GpCachedProperty *)obj_new(type, type->basicsize);
    if (!p)
        return NULL;
    p->func = gp_newref(func);
    GpObject *doc = obj_lookup_attr(func, GP_ID(__doc__));
    if (!doc && err_occurred())
        goto error;
    if (!(p->dict = dict_new()) ||
        dict_setitem(p->dict, GP_ID(__doc__), doc ? doc : GP_NONE) < 0) {
        gp_xdecref(doc);
        goto error;
    }
    gp_xdecref(doc);
    return (GpObject *)p;
error:
    gp_decref((GpObject *)p);
    return NULL;
}

static GpObject *cprop_set_name(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    (void)kwnames;
    if (nargs != 2)
        return err_format(&gp_exc_TypeError,
                          "__set_name__() takes 3 positional arguments but %zd were given",
                          (ssize_t)nargs + 1);
    GpCachedProperty *p = (GpCachedProperty *)self;
    GpObject *name = args[1];
    if (!p->attrname) {
        p->attrname = gp_newref(name);
        return gp_none();
    }
    int eq = obj_richcompare_bool(name, p->attrname, CMP_OP_EQ);
    if (eq < 0)
        return NULL;
    if (!eq)
        return err_format(&gp_exc_TypeError,
                          "Cannot assign the same cached_property to two different names "
                          "(%R and %R).", p->attrname, name);
    return gp_none();
}

static GpObject *cprop_get(GpObject *self, GpObject *obj, GpObject *type) {
    (void)type;
    GpCachedProperty *p = (GpCachedProperty *)self;
    if (!obj || obj == GP_NONE)
        return gp_newref(self);
    if (!p->attrname)
        return err_set_str(&gp_exc_TypeError,
                           "Cannot use cached_property instance without calling __set_name__ on it.");
    if (!p->func)
        return err_set_str(&gp_exc_TypeError, "cached_property was cleared");
    GpObject *cache = obj_lookup_attr(obj, GP_ID(__dict__));
    if (!cache) {
        if (err_occurred())
            return NULL;
        GpObject *tn = str_from_cstr(GP_TYPE(obj)->name);
        if (tn) {
            err_format(&gp_exc_TypeError,
                       "No '__dict__' attribute on %R instance to cache %R property.", tn,
                       p->attrname);
            gp_decref(tn);
        }
        return NULL;
    }
    GpObject *name = gp_newref(p->attrname);
    GpObject *val = DICT_CHECK(cache) ? dict_getitem(cache, name) : NULL;
    if (val) {
        gp_incref(val);
        goto done;
    }
    if (err_occurred())
        goto done;
    GpObject *func = gp_newref(p->func);
    val = obj_call(func, &obj, 1, NULL);
    gp_decref(func);
    if (val && obj_setitem(cache, name, val) < 0) {
        if (err_matches(&gp_exc_TypeError)) {
            err_clear();
            GpObject *tn = str_from_cstr(GP_TYPE(obj)->name);
            if (tn) {
                err_format(&gp_exc_TypeError,
                           "The '__dict__' attribute on %R instance does not support item "
                           "assignment for caching %R property.", tn, name);
                gp_decref(tn);
            }
        }
        GP_CLEAR(val);
    }
done:
    gp_decref(name);
    gp_decref(cache);
    return val;
}

static int cprop_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpCachedProperty *p = (GpCachedProperty *)o;
    GP_VISIT(p->func);
    GP_VISIT(p->attrname);
    GP_VISIT(p->dict);
    return 0;
}

static GpObject *cprop_clear(GpObject *o) {
    GpCachedProperty *p = (GpCachedProperty *)o;
    GP_CLEAR(p->func);
    GP_CLEAR(p->attrname);
    GP_CLEAR(p->dict);
    return NULL;
}

static void cprop_dealloc(GpObject *o) {
    cprop_clear(o);
    obj_free(o);
}

static GpObject *cprop_get_func(GpObject *self) {
    GpObject *v = ((GpCachedProperty *)self)->func;
    return gp_newref(v ? v : GP_NONE);
}
static GpObject *cprop_get_attrname(GpObject *self) {
    GpObject *v = ((GpCachedProperty *)self)->attrname;
    return gp_newref(v ? v : GP_NONE);
}
static GpObject *cprop_get_dict(GpObject *self) {
    return obj_get_dict_at(&((GpCachedProperty *)self)->dict);
}
static int cprop_set_dict(GpObject *self, GpObject *value) {
    return obj_set_dict_at(&((GpCachedProperty *)self)->dict, value);
}

static GpMethodDef cprop_methods[] = {
    {"__set_name__", cprop_set_name, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpGetSetDef cprop_getset[] = {
    {"func", cprop_get_func, NULL, NULL},
    {"attrname", cprop_get_attrname, NULL, NULL},
    {"__dict__", cprop_get_dict, cprop_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_cached_property = {
    GP_TYPE_HEAD,
    .name = "functools.cached_property",
    .basicsize = sizeof(GpCachedProperty),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .dealloc = cprop_dealloc,
    .setattr = obj_generic_setattr,
    .new_ = cprop_new,
    .descr_get = cprop_get,
    .traverse = cprop_traverse,
    .clear = cprop_clear,
    .methods = cprop_methods,
    .getset = cprop_getset,
    .dictoffset = offsetof(GpCachedProperty, dict),
};

