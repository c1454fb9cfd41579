/* mappingproxy.c — the read-only view of a mapping (CPython's types.MappingProxyType):
 * what `C.__dict__` gives for a class, and what type(C.__dict__)(mapping) makes.
 *
 * Invariants:
 * - A proxy holds one reference to its mapping and never changes it; every read goes to the
 *   mapping (a dict fast, anything else through its own methods), every write is refused
 *   ("'mappingproxy' object does not support item assignment").
 * - Proxies are not hashable; they compare as their mapping does.
 */
#include "errors.h"
#include "interp.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

typedef struct GpMappingProxy {
    GP_HEAD;
    GpObject *mapping;
} GpMappingProxy;

#define PROXY_CHECK(o) (GP_TYPE(o) == &gp_type_mappingproxy)
#define MAPPING(o) (((GpMappingProxy *)(o))->mapping)

/* 0 if mapping may be wrapped (a mapping but not a list or tuple), else -1 with
 * CPython's TypeError. */
static int check_mapping(GpObject *mapping) {
    GpType *t = GP_TYPE(mapping);
    if (!t->getitem || LIST_CHECK(mapping) || TUPLE_CHECK(mapping)) {
        err_format(&gp_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                   t->name);
        return -1;
    }
    return 0;
}

GpObject *mappingproxy_new(GpObject *mapping) {
    GpMappingProxy *p = (GpMappingProxy *)obj_new(&gp_type_mappingproxy,
                                                  sizeof(GpMappingProxy));
    if (!p)
        return NULL;
    p->mapping = gp_newref(mapping);
    return (GpObject *)p;
}

static GpObject *proxy_new(GpType *type, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    (void)type;
    static const char *const names[] = {"mapping", NULL};
    GpObject *mapping = NULL;
    if (args_parse("mappingproxy", args, nargs, kwnames, names, 1, 1, &mapping) < 0)
        return NULL;
    if (check_mapping(mapping) < 0)
        return NULL;
    return mappingproxy_new(mapping);
}

static void proxy_dealloc(GpObject *o) {
    GP_CLEAR(MAPPING(o));
    obj_free(o);
}

static int proxy_traverse(GpObject *o, VisitFn visit, void *arg) {
    return MAPPING(o) ? visit(MAPPING(o), arg) : 0;
}

static GpObject *proxy_repr(GpObject *o) {
    return str_from_format("mappingproxy(%R)", MAPPING(o));
}

static GpObject *proxy_str(GpObject *o) { return obj_str(MAPPING(o)); }

static GpObject *proxy_getitem(GpObject *o, GpObject *key) {
    return obj_getitem(MAPPING(o), key);
}

static int proxy_contains(GpObject *o, GpObject *key) {
    GpObject *m = MAPPING(o);
    if (DICT_CHECK_EXACT(m))
        return dict_contains(m, key);
    return obj_contains(m, key);
}

static intptr_t proxy_len(GpObject *o) { return obj_len(MAPPING(o)); }

static GpObject *proxy_iter(GpObject *o) { return obj_iter(MAPPING(o)); }

static GpObject *proxy_richcompare(GpObject *a, GpObject *b, int op) {
    if (!PROXY_CHECK(a))
        return gp_newref(GP_NOTIMPL);
    return obj_richcompare(MAPPING(a), b, op);
}

static GpObject *proxy_or(GpObject *a, GpObject *b) {
    if (PROXY_CHECK(a))
        a = MAPPING(a);
    if (PROXY_CHECK(b))
        b = MAPPING(b);
    return obj_binop(a, b, NB_OR);
}

static GpObject *proxy_ior(GpObject *a, GpObject *b) {
    (void)a; (void)b;
    return err_set_str(&gp_exc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

static GpObject *proxy_call0(GpObject *self, const char *name) {
    return obj_call_method(MAPPING(self), name, NULL, 0);
}

static GpObject *proxy_keys(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return proxy_call0(self, "keys");
}

static GpObject *proxy_values(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return proxy_call0(self, "values");
}

static GpObject *proxy_items(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return proxy_call0(self, "items");
}

static GpObject *proxy_copy(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return proxy_call0(self, "copy");
}

static GpObject *proxy_reversed(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return proxy_call0(self, "__reversed__");
}

static GpObject *proxy_get(GpObject *self, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    (void)kwnames;
    if (args_check_count("get", nargs, 1, 2) < 0)
        return NULL;
    GpObject *m = MAPPING(self);
    if (DICT_CHECK_EXACT(m)) {
        GpObject *v = dict_getitem(m, args[0]);
        if (v)
            return gp_newref(v);
        if (err_occurred())
            return NULL;
        return gp_newref(nargs > 1 ? args[1] : GP_NONE);
    }
    return obj_call_method(m, "get", args, nargs);
}

static GpMethodDef proxy_methods[] = {
    {"get", proxy_get, METH_VARARGS, NULL},
    {"keys", proxy_keys, METH_NOARGS, NULL},
    {"values", proxy_values, METH_NOARGS, NULL},
    {"items", proxy_items, METH_NOARGS, NULL},
    {"copy", proxy_copy, METH_NOARGS, NULL},
    {"__reversed__", proxy_reversed, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_mappingproxy = {
    GP_TYPE_HEAD,
    .name = "mappingproxy",
    .basicsize = sizeof(GpMappingProxy),
    .flags = TPFLAG_GC,
    .dealloc = proxy_dealloc,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcompare = proxy_richcompare,
    .getattr = obj_generic_getattr,
    .new_ = proxy_new,
    .iter = proxy_iter,
    .binop[NB_OR] = proxy_or,
    .inplace[NB_OR] = proxy_ior,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
    .methods = proxy_methods,
    .traverse = proxy_traverse,
};
