/* dict_views.c — dict_keys / dict_values / dict_items views and the dict iterators
 * (forward and reversed, over keys, values and items).
 *
 * Invariants:
 * - A view holds a reference to its dict and reads it live (len, iteration, `in`).
 * - An iterator remembers the dict's size when created: a different size at any step is
 *   RuntimeError "dictionary changed size during iteration" (sticky); finding more entries
 *   than that size is "dictionary keys changed during iteration". Exhaustion or an error
 *   drops the dict reference, as CPython.
 * - Item iterators reuse their result tuple when nobody else holds it (CPython's
 *   di_result), so `for k, v in d.items()` allocates no tuple per step — and ids match.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

#define D(o) ((GpDict *)(o))

/* ---- Iterators ---- */

typedef struct DictIter {
    GP_HEAD;
    GpObject *dict;          /* NULL once exhausted */
    intptr_t used;           /* the dict's size at creation (-1: failed, sticky) */
    intptr_t pos;            /* next entry index (reversed: the one to look at) */
    intptr_t len;            /* items still expected */
    GpObject *result;        /* item iterators: the reusable (key, value) tuple */
} DictIter;

static int is_reversed(GpType *t) {
    return t == &gp_type_dict_reversekeyiterator || t == &gp_type_dict_reversevalueiterator ||
           t == &gp_type_dict_reverseitemiterator;
}

GpObject *dict_iter_new(GpObject *d, GpType *type) {
    DictIter *it = (DictIter *)obj_new(type, sizeof(DictIter));
    if (!it) return NULL;
    it->dict = gp_newref(d);
    it->used = D(d)->used;
    it->len = D(d)->used;
    it->pos = is_reversed(type) ? (D(d)->keys ? D(d)->keys->nentries - 1 : -1) : 0;
    if (type == &gp_type_dict_itemiterator || type == &gp_type_dict_reverseitemiterator) {
        it->result = tuple_pack(2, GP_NONE, GP_NONE);
        if (!it->result) {
            gp_decref((GpObject *)it);
            return NULL;
        }
    }
    return (GpObject *)it;
}

/* The next live entry, or NULL (exhausted: the dict is dropped; or an error is set). */
static DictEntry *next_entry(DictIter *it) {
    GpObject *d = it->dict;
    if (!d) return NULL;
    if (it->used != D(d)->used) {
        err_set_str(&gp_exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return NULL;
    }
    DictKeys *k = D(d)->keys;
    DictEntry *ep = NULL;
    intptr_t i = it->pos;
    if (k) {
        DictEntry *e0 = DICT_KEYS_ENTRIES(k);
        if (is_reversed(GP_TYPE(it))) {
            while (i >= 0 && !e0[i].value) i--;
            if (i >= 0) {
                ep = &e0[i];
                it->pos = i - 1;
            }
        } else {
            while (i < k->nentries && !e0[i].value) i++;
            if (i < k->nentries) {
                ep = &e0[i];
                it->pos = i + 1;
            }
        }
    }
    if (ep && it->len == 0) {
        err_set_str(&gp_exc_RuntimeError, "dictionary keys changed during iteration");
        ep = NULL;
    }
    if (!ep) {
        it->dict = NULL;
        gp_decref(d);
        return NULL;
    }
    it->len--;
    return ep;
}

static GpObject *iter_key(GpObject *self) {
    DictEntry *ep = next_entry((DictIter *)self);
    return ep ? gp_newref(ep->key) : NULL;
}

static GpObject *iter_value(GpObject *self) {
    DictEntry *ep = next_entry((DictIter *)self);
    return ep ? gp_newref(ep->value) : NULL;
}

static GpObject *iter_item(GpObject *self) {
    DictIter *it = (DictIter *)self;
    DictEntry *ep = next_entry(it);
    if (!ep) return NULL;
    GpObject *key = gp_newref(ep->key), *value = gp_newref(ep->value);
    GpObject *r = it->result;
    if (GP_REFCNT(r) == 1) {   /* only we hold it: refill it */
        GpObject *ok = TUPLE_ITEM(r, 0), *ov = TUPLE_ITEM(r, 1);
        gp_incref(r);
        TUPLE_SET_ITEM(r, 0, key);
        TUPLE_SET_ITEM(r, 1, value);
        gp_decref(ok);
        gp_decref(ov);
        return r;
    }
    r = tuple_new(2);
    if (!r) {
        gp_decref(key);
        gp_decref(value);
        return NULL;
    }
    TUPLE_SET_ITEM(r, 0, key);
    TUPLE_SET_ITEM(r, 1, value);
    return r;
}

static void dictiter_dealloc(GpObject *self) {
    DictIter *it = (DictIter *)self;
    GP_CLEAR(it->dict);
    GP_CLEAR(it->result);
    obj_free(self);
}

static int dictiter_traverse(GpObject *self, VisitFn visit, void *arg) {
    DictIter *it = (DictIter *)self;
    int r = it->dict ? visit(it->dict, arg) : 0;
    if (!r && it->result) r = visit(it->result, arg);
    return r;
}

static GpObject *dictiter_length_hint(GpObject *self, GpObject *const *args, intptr_t nargs,
                                      GpObject *kw) {
    (void)args, (void)nargs, (void)kw;
    DictIter *it = (DictIter *)self;
    intptr_t n = it->dict && it->used == D(it->dict)->used ? it->len : 0;
    return int_from_i64(n);
}

static GpObject *iter_self(GpObject *self) { return gp_newref(self); }

static GpMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(var, tname, next)                                                   \
    GpType var = {                                                                         \
        GP_TYPE_HEAD,                                                                      \
        .name = tname,                                                                     \
        .basicsize = sizeof(DictIter),                                                     \
        .flags = TPFLAG_GC,                                                                \
        .base = &gp_type_object,                                                           \
        .dealloc = dictiter_dealloc,                                                       \
        .iter = iter_self,                                                                 \
        .iternext = next,                                                                  \
        .traverse = dictiter_traverse,                                                     \
        .methods = dictiter_methods,                                                       \
    }

DICT_ITER_TYPE(gp_type_dict_keyiterator, "dict_keyiterator", iter_key);
DICT_ITER_TYPE(gp_type_dict_valueiterator, "dict_valueiterator", iter_value);
DICT_ITER_TYPE(gp_type_dict_itemiterator, "dict_itemiterator", iter_item);
DICT_ITER_TYPE(gp_type_dict_reversekeyiterator, "dict_reversekeyiterator", iter_key);
DICT_ITER_TYPE(gp_type_dict_reversevalueiterator, "dict_reversevalueiterator", iter_value);
DICT_ITER_TYPE(gp_type_dict_reverseitemiterator, "dict_reverseitemiterator", iter_item);

/* ---- Views ---- */

typedef struct DictView {
    GP_HEAD;
    GpObject *dict;
} DictView;

#define VIEW_DICT(o) (((DictView *)(o))->dict)

GpObject *dict_view_new(GpObject *d, GpType *type) {
    DictView *v = (DictView *)obj_new(type, sizeof(DictView));
    if (!v) return NULL;
    v->dict = gp_newref(d);
    return (GpObject *)v;
}

static void view_dealloc(GpObject *self) {
    GP_CLEAR(VIEW_DICT(self));
    obj_free(self);
}

static int view_traverse(GpObject *self, VisitFn visit, void *arg) {
    return visit(VIEW_DICT(self), arg);
}

static intptr_t view_len(GpObject *self) { return D(VIEW_DICT(self))->used; }

static GpObject *keys_iter(GpObject *self) {
    return dict_iter_new(VIEW_DICT(self), &gp_type_dict_keyiterator);
}
static GpObject *values_iter(GpObject *self) {
    return dict_iter_new(VIEW_DICT(self), &gp_type_dict_valueiterator);
}
static GpObject *items_iter(GpObject *self) {
    return dict_iter_new(VIEW_DICT(self), &gp_type_dict_itemiterator);
}

static int keys_contains(GpObject *self, GpObject *key) { return dict_contains(VIEW_DICT(self), key); }

static int items_contains(GpObject *self, GpObject *item) {
    if (!TUPLE_CHECK(item) || TUPLE_SIZE(item) != 2) return 0;
    GpObject *key = TUPLE_ITEM(item, 0), *value = TUPLE_ITEM(item, 1);
    GpObject *found = dict_getitem(VIEW_DICT(self), key);
    if (!found) return err_occurred() ? -1 : 0;
    gp_incref(found);
    int r = obj_richcompare_bool(found, value, CMP_OP_EQ);
    gp_decref(found);
    return r;
}

/* "dict_keys(['a', 'b'])"; "dict_keys(...)" when the view is already being repr'd. */
static GpObject *view_repr(GpObject *self) {
    int r = obj_repr_enter(self);
    if (r != 0) return r > 0 ? str_from_cstr("...") : NULL;
    GpObject *seq = list_from_iterable(self);
    GpObject *res = seq ? str_from_format("%s(%R)", obj_type_name(self), seq) : NULL;
    gp_xdecref(seq);
    obj_repr_leave(self);
    return res;
}

/* Every item of a is in b (both sized containers). */
static int all_contained_in(GpObject *a, GpObject *b) {
    GpObject *it = obj_iter(a);
    if (!it) return -1;
    int ok = 1;
    for (;;) {
        GpObject *x = obj_iternext(it);
        if (!x) {
            if (err_occurred()) ok = -1;
            break;
        }
        ok = obj_contains(b, x);
        gp_decref(x);
        if (ok <= 0) break;
    }
    gp_decref(it);
    return ok;
}

static int is_setlike_view(GpObject *o) {
    return GP_TYPE(o) == &gp_type_dict_keys || GP_TYPE(o) == &gp_type_dict_items;
}

/* Set-like comparisons between keys/items views (sets join when they exist). */
static GpObject *view_richcompare(GpObject *a, GpObject *b, int op) {
    if (!is_setlike_view(a) || (!is_setlike_view(b) && !ANYSET_CHECK(b)))
        return gp_newref(GP_NOTIMPL);
    intptr_t la = obj_len(a), lb = obj_len(b);
    int ok = 0;
    switch (op) {
    case CMP_OP_EQ: case CMP_OP_NE:
        ok = la == lb ? all_contained_in(a, b) : 0;
        if (ok >= 0 && op == CMP_OP_NE) ok = !ok;
        break;
    case CMP_OP_LT: ok = la < lb ? all_contained_in(a, b) : 0; break;
    case CMP_OP_LE: ok = la <= lb ? all_contained_in(a, b) : 0; break;
    case CMP_OP_GT: ok = la > lb ? all_contained_in(b, a) : 0; break;
    default: ok = la >= lb ? all_contained_in(b, a) : 0; break;
    }
    if (ok < 0) return NULL;
    return gp_bool(ok);
}

/* ---- Set operations on keys/items views (CPython's dictviews_and/or/sub/xor): the result
 * is always a new set. Either operand may be the view. ---- */

/* a & b: the elements of the other operand found in the view. */
static GpObject *view_and(GpObject *a, GpObject *b) {
    GpObject *self = a, *other = b;
    if (!is_setlike_view(self)) {
        self = b;
        other = a;
    }
    intptr_t len_self = obj_len(self);
    if (GP_TYPE(other) == &gp_type_set && len_self <= SET_SIZE(other))
        return obj_call_method(other, "intersection", &self, 1);
    if (is_setlike_view(other) && obj_len(other) > len_self) {
        GpObject *tmp = other;
        other = self;
        self = tmp;
    }
    GpObject *it = obj_iter(other);
    if (!it) return NULL;
    GpObject *result = set_new(NULL);
    if (!result) {
        gp_decref(it);
        return NULL;
    }
    for (;;) {
        GpObject *x = obj_iternext(it);
        if (!x) break;
        int r = obj_contains(self, x);
        if (r > 0) r = set_add(result, x);
        gp_decref(x);
        if (r < 0) break;
    }
    gp_decref(it);
    if (err_occurred()) {
        gp_decref(result);
        return NULL;
    }
    return result;
}

/* set(a) updated by b with `method` (NULL: update). */
static GpObject *view_setop(GpObject *a, GpObject *b, const char *method) {
    GpObject *result = set_new(a);
    if (!result) return NULL;
    int ok;
    if (!method) {
        ok = set_update(result, b);
    } else {
        GpObject *r = obj_call_method(result, method, &b, 1);
        ok = r ? 0 : -1;
        gp_xdecref(r);
    }
    if (ok < 0) {
        gp_decref(result);
        return NULL;
    }
    return result;
}

static GpObject *view_or(GpObject *a, GpObject *b) { return view_setop(a, b, NULL); }
static GpObject *view_sub(GpObject *a, GpObject *b) {
    return view_setop(a, b, "difference_update");
}
static GpObject *view_xor(GpObject *a, GpObject *b) {
    return view_setop(a, b, "symmetric_difference_update");
}

static GpObject *keys_reversed(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return dict_iter_new(VIEW_DICT(self), &gp_type_dict_reversekeyiterator);
}
static GpObject *values_reversed(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return dict_iter_new(VIEW_DICT(self), &gp_type_dict_reversevalueiterator);
}
static GpObject *items_reversed(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return dict_iter_new(VIEW_DICT(self), &gp_type_dict_reverseitemiterator);
}

static GpObject *keys_isdisjoint(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)n, (void)kw;
    GpObject *it = obj_iter(a[0]);
    if (!it) return NULL;
    for (;;) {
        GpObject *x = obj_iternext(it);
        if (!x) {
            gp_decref(it);
            return err_occurred() ? NULL : gp_bool(1);
        }
        int r = obj_contains(self, x);
        gp_decref(x);
        if (r != 0) {
            gp_decref(it);
            return r < 0 ? NULL : gp_bool(0);
        }
    }
}

static GpMethodDef keys_methods[] = {
    {"__reversed__", keys_reversed, METH_NOARGS, NULL},
    {"isdisjoint", keys_isdisjoint, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};
static GpMethodDef values_methods[] = {
    {"__reversed__", values_reversed, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
static GpMethodDef items_methods[] = {
    {"__reversed__", items_reversed, METH_NOARGS, NULL},
    {"isdisjoint", keys_isdisjoint, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

/* view.mapping: a read-only proxy of the dict. */
static GpObject *view_get_mapping(GpObject *self) { return mappingproxy_new(((DictView *)self)->dict); }

static GpGetSetDef view_getset[] = {
    {"mapping", view_get_mapping, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_dict_keys = {
    GP_TYPE_HEAD,
    .name = "dict_keys",
    .basicsize = sizeof(DictView),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .binop = {[NB_AND] = view_and, [NB_OR] = view_or, [NB_SUBTRACT] = view_sub,
              [NB_XOR] = view_xor},
    .iter = keys_iter,
    .len = view_len,
    .contains = keys_contains,
    .traverse = view_traverse,
    .methods = keys_methods,
    .getset = view_getset,
};

GpType gp_type_dict_values = {
    GP_TYPE_HEAD,
    .name = "dict_values",
    .basicsize = sizeof(DictView),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .traverse = view_traverse,
    .methods = values_methods,
    .getset = view_getset,
};

GpType gp_type_dict_items = {
    GP_TYPE_HEAD,
    .name = "dict_items",
    .basicsize = sizeof(DictView),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .binop = {[NB_AND] = view_and, [NB_OR] = view_or, [NB_SUBTRACT] = view_sub,
              [NB_XOR] = view_xor},
    .iter = items_iter,
    .len = view_len,
    .contains = items_contains,
    .traverse = view_traverse,
    .methods = items_methods,
    .getset = view_getset,
};
