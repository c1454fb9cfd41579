/* genericalias.c — types.GenericAlias and types.UnionType.
 *
 * Invariants:
 * - An alias owns origin (the class subscripted) and args (always a tuple). It compares and
 *   hashes as (origin, args); calling it calls origin (and then tries to set
 *   __orig_class__ on the result, ignoring AttributeError/TypeError, as CPython).
 * - Attribute reads of names other than the alias's own (CPython's attr_exceptions) are
 *   forwarded to origin: list[int].append is list.append.
 * - A union owns args: a tuple of two or more members, flattened (a union's members are
 *   spliced in) and deduplicated, with None stored as type(None). It compares and hashes as
 *   the frozenset of its members.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/genericalias.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

typedef struct {
    GP_HEAD;
    GpObject *origin;
    GpObject *args;   /* tuple */
} GpGenericAlias;

typedef struct {
    GP_HEAD;
    GpObject *args;   /* tuple of >= 2 members */
} GpUnion;

#define GA(o) ((GpGenericAlias *)(o))
#define UN(o) ((GpUnion *)(o))

GpObject *union_args(GpObject *u) { return UN(u)->args; }

/* ---- repr ---- */

/* Appends the annotation text of p: "..." for Ellipsis, repr for aliases, module.qualname
 * (just qualname for builtins) for classes and other objects that have both, repr else. */
static int repr_item(StrBuf *sb, GpObject *p) {
    if (p == GP_ELLIPSIS) return sb_append_cstr(sb, "...");
    if (p == (GpObject *)GP_TYPE(GP_NONE)) return sb_append_cstr(sb, "None");
    GpObject *r = NULL;
    if (!GENERIC_ALIAS_CHECK(p) && !UNION_CHECK(p)) {
        GpObject *q = obj_lookup_attr(p, GP_ID(__qualname__));
        if (!q && err_occurred()) return -1;
        GpObject *m = q ? obj_lookup_attr(p, GP_ID(__module__)) : NULL;
        if (q && !m && err_occurred()) {
            gp_decref(q);
            return -1;
        }
        if (q && m && STR_CHECK(q) && STR_CHECK(m))
            r = str_eq_cstr(m, "builtins") ? gp_newref(q) : str_from_format("%U.%U", m, q);
        gp_xdecref(q);
        gp_xdecref(m);
        if (!r && err_occurred()) return -1;
    }
    if (!r) r = obj_repr(p);
    if (!r) return -1;
    int rc = sb_append_str(sb, r);
    gp_decref(r);
    return rc;
}

static GpObject *ga_repr(GpObject *self) {
    StrBuf sb = STRBUF_INIT;
    GpObject *args = GA(self)->args;
    if (repr_item(&sb, GA(self)->origin) < 0 || sb_append_char(&sb, '[') < 0) goto error;
    if (TUPLE_SIZE(args) == 0 && sb_append_cstr(&sb, "()") < 0) goto error;
    for (intptr_t i = 0; i < TUPLE_SIZE(args); i++) {
        if (i && sb_append_cstr(&sb, ", ") < 0) goto error;
        GpObject *p = TUPLE_ITEM(args, i);
        if (LIST_CHECK_EXACT(p)) {   /* Callable[[int, str], ...]-style argument lists */
            if (sb_append_char(&sb, '[') < 0) goto error;
            for (intptr_t j = 0; j < LIST_SIZE(p); j++)
                if ((j && sb_append_cstr(&sb, ", ") < 0) || repr_item(&sb, LIST_ITEM(p, j)) < 0)
                    goto error;
            if (sb_append_char(&sb, ']') < 0) goto error;
        } else if (repr_item(&sb, p) < 0) {
            goto error;
        }
    }
    if (sb_append_char(&sb, ']') < 0) goto error;
    return sb_finish(&sb);
error:
    sb_discard(&sb);
    return NULL;
}

/* ---- GenericAlias ---- */

GpObject *generic_alias_new(GpObject *origin, GpObject *args) {
    GpObject *t = TUPLE_CHECK(args) ? gp_newref(args) : tuple_pack(1, args);
    if (!t) return NULL;
    GpGenericAlias *a = (GpGenericAlias *)obj_new(&gp_type_generic_alias, sizeof(GpGenericAlias));
    if (!a) {
        gp_decref(t);
        return NULL;
    }
    a->origin = gp_newref(origin);
    a->args = t;
    return (GpObject *)a;
}

static void ga_dealloc(GpObject *o) {
    GP_CLEAR(GA(o)->origin);
    GP_CLEAR(GA(o)->args);
    obj_free(o);
}

static int ga_traverse(GpObject *o, VisitFn visit, void *arg) {
    int r = GA(o)->origin ? visit(GA(o)->origin, arg) : 0;
    return r || !GA(o)->args ? r : visit(GA(o)->args, arg);
}

static GpObject *ga_clear(GpObject *o) {
    GP_CLEAR(GA(o)->origin);
    GP_CLEAR(GA(o)->args);
    return NULL;
}

static int64_t ga_hash(GpObject *o) {
    int64_t h0 = obj_hash(GA(o)->origin);
    if (h0 == -1) return -1;
    int64_t h1 = obj_hash(GA(o)->args);
    if (h1 == -1) return -1;
    int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static GpObject *ga_richcompare(GpObject *a, GpObject *b, int op) {
    if (!GENERIC_ALIAS_CHECK(a) || !GENERIC_ALIAS_CHECK(b) || (op != CMP_OP_EQ && op != CMP_OP_NE))
        return gp_newref(GP_NOTIMPL);
    int eq = obj_richcompare_bool(GA(a)->origin, GA(b)->origin, CMP_OP_EQ);
    if (eq > 0) eq = obj_richcompare_bool(GA(a)->args, GA(b)->args, CMP_OP_EQ);
    if (eq < 0) return NULL;
    return gp_bool(op == CMP_OP_EQ ? eq : !eq);
}

static GpObject *ga_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                         GpObject *kwnames) {
    GpObject *r = obj_call(GA(self)->origin, args, nargs, kwnames);
    if (!r) return NULL;
    GpObject *name = str_from_cstr("__orig_class__");
    if (!name || obj_setattr(r, name, self) < 0) {
        if (!err_matches(&gp_exc_AttributeError) && !err_matches(&gp_exc_TypeError)) {
            gp_xdecref(name);
            gp_decref(r);
            return NULL;
        }
        err_clear();
    }
    gp_decref(name);
    return r;
}

/* The names an alias answers itself; every other attribute comes from origin. */
static const char *const ga_own_names[] = {
    "__class__", "__origin__", "__args__", "__parameters__", "__mro_entries__",
    "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", "__unpacked__", NULL,
};

static GpObject *ga_getattr(GpObject *self, GpObject *name) {
    const char *s = str_cstr(name);
    for (const char *const *n = ga_own_names; *n; n++)
        if (strcmp(s, *n) == 0) return obj_generic_getattr(self, name);
    return obj_getattr(GA(self)->origin, name);
}

static GpObject *ga_get_origin(GpObject *o) { return gp_newref(GA(o)->origin); }
static GpObject *ga_get_args(GpObject *o) { return gp_newref(GA(o)->args); }
static GpObject *get_parameters(GpObject *o) { (void)o; return tuple_new(0); }
static GpObject *ga_get_unpacked(GpObject *o) { (void)o; return gp_newref(GP_FALSE); }

static GpObject *ga_mro_entries(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kw) {
    (void)args, (void)nargs, (void)kw;
    return tuple_pack(1, GA(self)->origin);
}

static GpObject *ga_reject_check(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kw) {
    (void)self, (void)args, (void)nargs, (void)kw;
    return err_set_str(&gp_exc_TypeError,
                       "isinstance() argument 2 cannot be a parameterized generic");
}

static GpObject *ga_new(GpType *type, GpObject *const *args, intptr_t nargs, GpObject *kw) {
    (void)type;
    if (args_no_kw("GenericAlias", kw) < 0) return NULL;
    if (args_check_count("GenericAlias", nargs, 2, 2) < 0) return NULL;
    return generic_alias_new(args[0], args[1]);
}

static GpGetSetDef ga_getset[] = {
    {"__origin__", ga_get_origin, NULL, NULL},
    {"__args__", ga_get_args, NULL, NULL},
    {"__parameters__", get_parameters, NULL, NULL},
    {"__unpacked__", ga_get_unpacked, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static GpMethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, METH_O, NULL},
    {"__instancecheck__", ga_reject_check, METH_O, NULL},
    {"__subclasscheck__", ga_reject_check, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_generic_alias = {
    GP_TYPE_HEAD,
    .name = "types.GenericAlias",
    .basicsize = sizeof(GpGenericAlias),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = ga_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .new_ = ga_new,
    .binop = {[NB_OR] = union_type_or},
    .traverse = ga_traverse,
    .clear = ga_clear,
    .getset = ga_getset,
    .methods = ga_methods,
};

/* ---- UnionType ---- */

static int unionable(GpObject *o) {
    return o == GP_NONE || TYPE_CHECK(o) || GENERIC_ALIAS_CHECK(o) || UNION_CHECK(o);
}

/* Appends o (or a union's members) to list unless already present. 0 or -1. */
static int union_collect(GpObject *list, GpObject *o) {
    if (UNION_CHECK(o)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(UN(o)->args); i++)
            if (union_collect(list, TUPLE_ITEM(UN(o)->args, i)) < 0) return -1;
        return 0;
    }
    if (o == GP_NONE) o = (GpObject *)GP_TYPE(GP_NONE);
    for (intptr_t i = 0; i < LIST_SIZE(list); i++) {
        GpObject *p = LIST_ITEM(list, i);
        if (p == o) return 0;
        if (GENERIC_ALIAS_CHECK(p) && GENERIC_ALIAS_CHECK(o)) {
            int eq = obj_richcompare_bool(p, o, CMP_OP_EQ);
            if (eq) return eq < 0 ? -1 : 0;
        }
    }
    return list_append(list, o);
}

GpObject *union_type_or(GpObject *a, GpObject *b) {
    if (!unionable(a) || !unionable(b)) return gp_newref(GP_NOTIMPL);
    GpObject *list = list_new(0);
    if (!list) return NULL;
    if (union_collect(list, a) < 0 || union_collect(list, b) < 0) {
        gp_decref(list);
        return NULL;
    }
    GpObject *r;
    if (LIST_SIZE(list) == 1) {
        r = gp_newref(LIST_ITEM(list, 0));
    } else {
        GpObject *t = list_as_tuple(list);
        r = t ? obj_new(&gp_type_union, sizeof(GpUnion)) : NULL;
        if (r)
            UN(r)->args = t;
        else
            gp_xdecref(t);
    }
    gp_decref(list);
    return r;
}

static void union_dealloc(GpObject *o) {
    GP_CLEAR(UN(o)->args);
    obj_free(o);
}

static int union_traverse(GpObject *o, VisitFn visit, void *arg) {
    return UN(o)->args ? visit(UN(o)->args, arg) : 0;
}

static GpObject *union_clear(GpObject *o) {
    GP_CLEAR(UN(o)->args);
    return NULL;
}

static GpObject *union_repr(GpObject *self) {
    StrBuf sb = STRBUF_INIT;
    for (intptr_t i = 0; i < TUPLE_SIZE(UN(self)->args); i++) {
        if ((i && sb_append_cstr(&sb, " | ") < 0) || repr_item(&sb, TUPLE_ITEM(UN(self)->args, i)) < 0) {
            sb_discard(&sb);
            return NULL;
        }
    }
    return sb_finish(&sb);
}

static int64_t union_hash(GpObject *o) {
    GpObject *fs = frozenset_new(UN(o)->args);
    if (!fs) return -1;
    int64_t h = obj_hash(fs);
    gp_decref(fs);
    return h;
}

static GpObject *union_richcompare(GpObject *a, GpObject *b, int op) {
    if (!UNION_CHECK(a) || !UNION_CHECK(b) || (op != CMP_OP_EQ && op != CMP_OP_NE))
        return gp_newref(GP_NOTIMPL);
    GpObject *fa = frozenset_new(UN(a)->args);
    GpObject *fb = fa ? frozenset_new(UN(b)->args) : NULL;
    GpObject *r = fb ? obj_richcompare(fa, fb, op) : NULL;
    gp_xdecref(fa);
    gp_xdecref(fb);
    return r;
}

static GpObject *union_get_args(GpObject *o) { return gp_newref(UN(o)->args); }

static GpGetSetDef union_getset[] = {
    {"__args__", union_get_args, NULL, NULL},
    {"__parameters__", get_parameters, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_union = {
    GP_TYPE_HEAD,
    .name = "types.UnionType",
    .basicsize = sizeof(GpUnion),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .binop = {[NB_OR] = union_type_or},
    .traverse = union_traverse,
    .clear = union_clear,
    .getset = union_getset,
};

/* ---- __class_getitem__ ---- */

static GpObject *class_getitem(GpObject *cls, GpObject *const *args, intptr_t nargs,
                               GpObject *kw) {
    (void)nargs, (void)kw;
    return generic_alias_new(cls, args[0]);
}

static GpMethodDef class_getitem_def = {"__class_getitem__", class_getitem, METH_O,
                                        "See PEP 585"};

int generic_alias_install(void) {
    GpType *types[] = {&gp_type_list, &gp_type_dict, &gp_type_tuple, &gp_type_set,
                       &gp_type_frozenset, &gp_type_type, &gp_type_enumerate, NULL};
    GpObject *f = cfunction_new(&class_getitem_def, NULL, NULL);
    GpObject *cm = f ? classmethod_new(f) : NULL;
    gp_xdecref(f);
    if (!cm) return -1;
    int r = 0;
    for (GpType **t = types; *t && r == 0; t++) {
        if (!(*t)->dict) continue;
        r = dict_setitem_cstr((*t)->dict, "__class_getitem__", cm);
        type_modified(*t);   /* type_lookup's cache */
    }
    gp_decref(cm);
    return r;
}
