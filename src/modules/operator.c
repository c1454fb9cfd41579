/* operator.c — the operator module: the function forms of Python's operators (add, lt,
 * getitem, iadd, ...) and the callable types itemgetter, attrgetter and methodcaller.
 *
 * Invariants:
 * - Every function calls the object protocol the VM uses for the same operator (obj_binop,
 *   obj_richcompare, obj_getitem, ...), so operator.add(a, b) behaves exactly as a + b.
 * - The dunder aliases (__add__, __lt__, ...) are the same function objects as their plain
 *   names (CPython: `__add__ = add`).
 * - itemgetter/attrgetter/methodcaller are GC containers (they hold arbitrary objects).
 */
#include <string.h>

#include "modules/operator.h"

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

/* ---- Plain operator functions ---- */

#define OP_BINARY(cname, pyname, expr)                                                             \
    static GpObject *cname(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {          \
        (void)self, (void)kw;                                                                      \
        if (args_check_count(pyname, n, 2, 2) < 0)                                                 \
            return NULL;                                                                           \
        return expr;                                                                               \
    }
#define OP_UNARY(cname, expr)                                                                      \
    static GpObject *cname(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {          \
        (void)self, (void)kw, (void)n;                                                             \
        return expr;                                                                               \
    }

OP_BINARY(op_add, "add", obj_binop(a[0], a[1], NB_ADD))
OP_BINARY(op_sub, "sub", obj_binop(a[0], a[1], NB_SUBTRACT))
OP_BINARY(op_mul, "mul", obj_binop(a[0], a[1], NB_MULTIPLY))
OP_BINARY(op_truediv, "truediv", obj_binop(a[0], a[1], NB_TRUE_DIVIDE))
OP_BINARY(op_floordiv, "floordiv", obj_binop(a[0], a[1], NB_FLOOR_DIVIDE))
OP_BINARY(op_mod, "mod", obj_binop(a[0], a[1], NB_REMAINDER))
OP_BINARY(op_pow, "pow", obj_binop(a[0], a[1], NB_POWER))
OP_BINARY(op_lshift, "lshift", obj_binop(a[0], a[1], NB_LSHIFT))
OP_BINARY(op_rshift, "rshift", obj_binop(a[0], a[1], NB_RSHIFT))
OP_BINARY(op_and, "and_", obj_binop(a[0], a[1], NB_AND))
OP_BINARY(op_or, "or_", obj_binop(a[0], a[1], NB_OR))
OP_BINARY(op_xor, "xor", obj_binop(a[0], a[1], NB_XOR))
OP_BINARY(op_matmul, "matmul", obj_binop(a[0], a[1], NB_MATRIX_MULTIPLY))
OP_BINARY(op_iadd, "iadd", obj_inplace(a[0], a[1], NB_ADD))
OP_BINARY(op_isub, "isub", obj_inplace(a[0], a[1], NB_SUBTRACT))
OP_BINARY(op_imul, "imul", obj_inplace(a[0], a[1], NB_MULTIPLY))
OP_BINARY(op_itruediv, "itruediv", obj_inplace(a[0], a[1], NB_TRUE_DIVIDE))
OP_BINARY(op_ifloordiv, "ifloordiv", obj_inplace(a[0], a[1], NB_FLOOR_DIVIDE))
OP_BINARY(op_imod, "imod", obj_inplace(a[0], a[1], NB_REMAINDER))
OP_BINARY(op_ipow, "ipow", obj_inplace(a[0], a[1], NB_POWER))
OP_BINARY(op_ilshift, "ilshift", obj_inplace(a[0], a[1], NB_LSHIFT))
OP_BINARY(op_irshift, "irshift", obj_inplace(a[0], a[1], NB_RSHIFT))
OP_BINARY(op_iand, "iand", obj_inplace(a[0], a[1], NB_AND))
OP_BINARY(op_ior, "ior", obj_inplace(a[0], a[1], NB_OR))
OP_BINARY(op_ixor, "ixor", obj_inplace(a[0], a[1], NB_XOR))
OP_BINARY(op_imatmul, "imatmul", obj_inplace(a[0], a[1], NB_MATRIX_MULTIPLY))
OP_BINARY(op_lt, "lt", obj_richcompare(a[0], a[1], CMP_OP_LT))
OP_BINARY(op_le, "le", obj_richcompare(a[0], a[1], CMP_OP_LE))
OP_BINARY(op_eq, "eq", obj_richcompare(a[0], a[1], CMP_OP_EQ))
OP_BINARY(op_ne, "ne", obj_richcompare(a[0], a[1], CMP_OP_NE))
OP_BINARY(op_gt, "gt", obj_richcompare(a[0], a[1], CMP_OP_GT))
OP_BINARY(op_ge, "ge", obj_richcompare(a[0], a[1], CMP_OP_GE))
OP_BINARY(op_is, "is_", gp_bool(a[0] == a[1]))
OP_BINARY(op_is_not, "is_not", gp_bool(a[0] != a[1]))
OP_BINARY(op_getitem, "getitem", obj_getitem(a[0], a[1]))

OP_UNARY(op_neg, obj_neg(a[0]))
OP_UNARY(op_pos, obj_pos(a[0]))
OP_UNARY(op_abs, obj_abs(a[0]))
OP_UNARY(op_invert, obj_invert(a[0]))
OP_UNARY(op_index, obj_index(a[0]))

static GpObject *bool_or_null(int r) { return r < 0 ? NULL : gp_bool(r); }

OP_UNARY(op_not, bool_or_null(obj_not(a[0])))
OP_UNARY(op_truth, bool_or_null(obj_is_true(a[0])))

static GpObject *op_contains(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)kw;
    if (args_check_count("contains", n, 2, 2) < 0)
        return NULL;
    return bool_or_null(obj_contains(a[0], a[1]));
}

static GpObject *op_setitem(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)kw;
    if (args_check_count("setitem", n, 3, 3) < 0)
        return NULL;
    return obj_setitem(a[0], a[1], a[2]) < 0 ? NULL : gp_none();
}

static GpObject *op_delitem(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)kw;
    if (args_check_count("delitem", n, 2, 2) < 0)
        return NULL;
    return obj_delitem(a[0], a[1]) < 0 ? NULL : gp_none();
}

/* PySequence_Concat: the left operand must be a sequence (has items, not a mapping). */
static int concat_check(GpObject *x) {
    if (GP_TYPE(x)->getitem && !DICT_CHECK(x))
        return 0;
    err_format(&gp_exc_TypeError, "'%s' object can't be concatenated", obj_type_name(x));
    return -1;
}

static GpObject *op_concat(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)kw;
    if (args_check_count("concat", n, 2, 2) < 0 || concat_check(a[0]) < 0)
        return NULL;
    return obj_binop(a[0], a[1], NB_ADD);
}

static GpObject *op_iconcat(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)kw;
    if (args_check_count("iconcat", n, 2, 2) < 0 || concat_check(a[0]) < 0)
        return NULL;
    return obj_inplace(a[0], a[1], NB_ADD);
}

/* countOf (want_index 0) / indexOf (1): items that are b or equal b. */
static GpObject *count_or_index(GpObject *seq, GpObject *b, int want_index) {
    GpObject *it = obj_iter(seq);
    if (!it) {
        if (err_matches(&gp_exc_TypeError)) {
            err_clear();
            err_format(&gp_exc_TypeError, "argument of type '%s' is not iterable",
                       obj_type_name(seq));
        }
        return NULL;
    }
    int64_t count = 0;
    for (;;) {
        GpObject *item = obj_iternext(it);
        if (!item)
            break;
        int eq = obj_richcompare_bool(item, b, CMP_OP_EQ);
        gp_decref(item);
        if (eq < 0) {
            gp_decref(it);
            return NULL;
        }
        if (eq && want_index) {
            gp_decref(it);
            return int_from_i64(count);
        }
        if (eq || want_index)
            count++;
    }
    gp_decref(it);
    if (err_occurred())
        return NULL;
    if (want_index)
        return err_set_str(&gp_exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(count);
}

static GpObject *op_countof(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)kw;
    if (args_check_count("countOf", n, 2, 2) < 0)
        return NULL;
    return count_or_index(a[0], a[1], 0);
}

static GpObject *op_indexof(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)kw;
    if (args_check_count("indexOf", n, 2, 2) < 0)
        return NULL;
    return count_or_index(a[0], a[1], 1);
}

/* length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default. */
static GpObject *op_length_hint(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)kw;
    if (args_check_count("length_hint", n, 1, 2) < 0)
        return NULL;
    GpObject *o = a[0];
    if (n == 2 && !INT_CHECK(a[1]))
        return err_format(&gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(a[1]));
    if (GP_TYPE(o)->len) {
        intptr_t len = obj_len(o);
        if (len >= 0)
            return int_from_i64(len);
        if (!err_matches(&gp_exc_TypeError))
            return NULL;
        err_clear();
    }
    GpObject *hint = type_lookup(GP_TYPE(o), GP_ID(__length_hint__));
    if (!hint)
        return n == 2 ? gp_newref(a[1]) : int_from_i64(0);
    gp_incref(hint);
    GpObject *r = obj_call(hint, &o, 1, NULL);
    gp_decref(hint);
    if (!r) {
        if (!err_matches(&gp_exc_TypeError))
            return NULL;
        err_clear();
        return n == 2 ? gp_newref(a[1]) : int_from_i64(0);
    }
    if (r == GP_NOTIMPL) {
        gp_decref(r);
        return n == 2 ? gp_newref(a[1]) : int_from_i64(0);
    }
    if (!INT_CHECK(r)) {
        err_format(&gp_exc_TypeError, "__length_hint__ must be an integer, not %s",
                   obj_type_name(r));
        gp_decref(r);
        return NULL;
    }
    intptr_t v = obj_as_ssize(r);
    gp_decref(r);
    if (v == -1 && err_occurred())
        return NULL;
    if (v < 0)
        return err_set_str(&gp_exc_ValueError, "__length_hint__() should return >= 0");
    return int_from_i64(v);
}

static GpObject *op_call(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self;
    if (args_check_count("call", n, 1, -1) < 0)
        return NULL;
    return obj_call(a[0], a + 1, n - 1, kw);
}

/* ---- itemgetter / attrgetter / methodcaller ---- */

typedef struct GpGetter {        /* itemgetter and attrgetter */
    GP_HEAD;
    GpObject *items;             /* tuple: the keys; attrgetter: tuples of the dotted parts */
    GpObject *shown;             /* attrgetter: the names as given (repr), else NULL */
} GpGetter;

typedef struct GpMethodCaller {
    GP_HEAD;
    GpObject *name;              /* str */
    GpObject *args;              /* tuple */
    GpObject *kwargs;            /* dict */
} GpMethodCaller;

extern GpType gp_type_itemgetter, gp_type_attrgetter, gp_type_methodcaller;

static int getter_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpGetter *g = (GpGetter *)o;
    GP_VISIT(g->items);
    GP_VISIT(g->shown);
    return 0;
}

static GpObject *getter_clear(GpObject *o) {
    GpGetter *g = (GpGetter *)o;
    GP_CLEAR(g->items);
    GP_CLEAR(g->shown);
    return NULL;
}

static void getter_dealloc(GpObject *o) {
    getter_clear(o);
    obj_free(o);
}

static GpObject *itemgetter_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    if (args_no_kw("itemgetter", kwnames) < 0)
        return NULL;
    if (nargs < 1)
        return err_set_str(&gp_exc_TypeError, "itemgetter expected 1 argument, got 0");
    GpGetter *g = (GpGetter *)obj_new(type, type->basicsize);
    if (!g)
        return NULL;
    if (!(g->items = tuple_from_array(args, nargs))) {
        gp_decref((GpObject *)g);
        return NULL;
    }
    return (GpObject *)g;
}

static int getter_check_call(const char *name, intptr_t nargs, GpObject *kwnames) {
    if (args_no_kw(name, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        err_format(&gp_exc_TypeError, "%s expected 1 argument, got %zd", name, (ssize_t)nargs);
        return -1;
    }
    return 0;
}

static GpObject *itemgetter_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    GpGetter *g = (GpGetter *)self;
    if (getter_check_call("itemgetter", nargs, kwnames) < 0)
        return NULL;
    if (!g->items)
        return err_set_str(&gp_exc_TypeError, "itemgetter was cleared");
    intptr_t n = TUPLE_SIZE(g->items);
    if (n == 1)
        return obj_getitem(args[0], TUPLE_ITEM(g->items, 0));
    GpObject *items = g->items;
    gp_incref(items);
    GpObject *r = tuple_new(n);
    for (intptr_t i = 0; r && i < n; i++) {
        GpObject *v = obj_getitem(args[0], TUPLE_ITEM(items, i));
        if (!v)
            GP_CLEAR(r);
        else
            TUPLE_SET_ITEM(r, i, v);
    }
    gp_decref(items);
    return r;
}

/* "operator.itemgetter(1, 'a')" from the items tuple (or attrgetter's names). */
static GpObject *getter_repr_items(GpObject *self, const char *tname, GpObject *items) {
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return NULL;
    if (rec)
        return str_from_format("%s(...)", tname);
    GpObject *r = obj_repr(items);
    obj_repr_leave(self);
    if (!r)
        return NULL;
    /* Drop the tuple's parentheses and a trailing comma of a one-item tuple. */
    const char *s = STR_DATA(r);
    intptr_t len = STR_NBYTES(r);
    intptr_t end = len - 1;
    if (TUPLE_SIZE(items) == 1 && end > 1 && s[end - 1] == ',')
        end--;
    GpObject *inner = str_from_utf8(s + 1, end - 1);
    gp_decref(r);
    if (!inner)
        return NULL;
    GpObject *out = str_from_format("%s(%U)", tname, inner);
    gp_decref(inner);
    return out;
}

static GpObject *itemgetter_repr(GpObject *self) {
    GpGetter *g = (GpGetter *)self;
    if (!g->items)
        return str_from_cstr("operator.itemgetter()");
    return getter_repr_items(self, "operator.itemgetter", g->items);
}

static GpObject *attrgetter_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    if (args_no_kw("attrgetter", kwnames) < 0)
        return NULL;
    if (nargs < 1)
        return err_set_str(&gp_exc_TypeError, "attrgetter expected 1 argument, got 0");
    for (intptr_t i = 0; i < nargs; i++)
        if (!STR_CHECK(args[i]))
            return err_set_str(&gp_exc_TypeError, "attribute name must be a string");
    GpGetter *g = (GpGetter *)obj_new(type, type->basicsize);
    if (!g)
        return NULL;
    if (!(g->shown = tuple_from_array(args, nargs)) || !(g->items = tuple_new(nargs)))
        goto error;
    for (intptr_t i = 0; i < nargs; i++) {
        const char *s = STR_DATA(args[i]);
        intptr_t parts = 1;
        for (const char *p = s; *p; p++)
            parts += *p == '.';
        GpObject *t = tuple_new(parts);
        if (!t)
            goto error;
        TUPLE_SET_ITEM(g->items, i, t);
        const char *start = s;
        for (intptr_t k = 0; k < parts; k++) {
            const char *dot = strchr(start, '.');
            intptr_t len = dot ? dot - start : (intptr_t)strlen(start);
            GpObject *name = str_from_utf8(start, len);
            if (!name)
                goto error;
            TUPLE_SET_ITEM(t, k, name);
            start += len + 1;
        }
    }
    return (GpObject *)g;
error:
    gp_decref((GpObject *)g);
    return NULL;
}

static GpObject *attrgetter_one(GpObject *obj, GpObject *parts) {
    GpObject *cur = gp_newref(obj);
    for (intptr_t k = 0; k < TUPLE_SIZE(parts); k++) {
        GpObject *next = obj_getattr(cur, TUPLE_ITEM(parts, k));
        gp_decref(cur);
        if (!next)
            return NULL;
        cur = next;
    }
    return cur;
}

static GpObject *attrgetter_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    GpGetter *g = (GpGetter *)self;
    if (getter_check_call("attrgetter", nargs, kwnames) < 0)
        return NULL;
    if (!g->items)
        return err_set_str(&gp_exc_TypeError, "attrgetter was cleared");
    GpObject *items = g->items;
    intptr_t n = TUPLE_SIZE(items);
    if (n == 1)
        return attrgetter_one(args[0], TUPLE_ITEM(items, 0));
    gp_incref(items);
    GpObject *r = tuple_new(n);
    for (intptr_t i = 0; r && i < n; i++) {
        GpObject *v = attrgetter_one(args[0], TUPLE_ITEM(items, i));
        if (!v)
            GP_CLEAR(r);
        else
            TUPLE_SET_ITEM(r, i, v);
    }
    gp_decref(items);
    return r;
}

static GpObject *attrgetter_repr(GpObject *self) {
    GpGetter *g = (GpGetter *)self;
    if (!g->shown)
        return str_from_cstr("operator.attrgetter()");
    return getter_repr_items(self, "operator.attrgetter", g->shown);
}

static int mc_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpMethodCaller *m = (GpMethodCaller *)o;
    GP_VISIT(m->name);
    GP_VISIT(m->args);
    GP_VISIT(m->kwargs);
    return 0;
}

static GpObject *mc_clear(GpObject *o) {
    GpMethodCaller *m = (GpMethodCaller *)o;
    GP_CLEAR(m->name);
    GP_CLEAR(m->args);
    GP_CLEAR(m->kwargs);
    return NULL;
}

static void mc_dealloc(GpObject *o) {
    mc_clear(o);
    obj_free(o);
}

/* A dict from the keyword part of a vectorcall (kwnames may be NULL). New reference. */
static GpObject *kwargs_dict(GpObject *const *values, GpObject *kwnames) {
    GpObject *d = dict_new();
    if (!d || !kwnames)
        return d;
    for (intptr_t i = 0; i < TUPLE_SIZE(kwnames); i++)
        if (dict_setitem(d, TUPLE_ITEM(kwnames, i), values[i]) < 0) {
            gp_decref(d);
            return NULL;
        }
    return d;
}

static GpObject *mc_new(GpType *type, GpObject *const *args, intptr_t nargs,
                        GpObject *kwnames) {
    if (nargs < 1)
        return err_set_str(&gp_exc_TypeError,
                           "methodcaller needs at least one argument, the method name");
    if (!STR_CHECK(args[0]))
        return err_set_str(&gp_exc_TypeError, "method name must be a string");
    GpMethodCaller *m = (GpMethodCaller *)obj_new(type, type->basicsize);
    if (!m)
        return NULL;
    m->name = gp_newref(args[0]);
    if (!(m->args = tuple_from_array(args + 1, nargs - 1)) ||
        !(m->kwargs = kwargs_dict(args + nargs, kwnames))) {
        gp_decref((GpObject *)m);
        return NULL;
    }
    return (GpObject *)m;
}

static GpObject *mc_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                         GpObject *kwnames) {
    GpMethodCaller *m = (GpMethodCaller *)self;
    if (getter_check_call("methodcaller", nargs, kwnames) < 0)
        return NULL;
    if (!m->name)
        return err_set_str(&gp_exc_TypeError, "methodcaller was cleared");
    GpObject *meth = obj_getattr(args[0], m->name);
    if (!meth)
        return NULL;
    GpObject *r = obj_call_tuple_dict(meth, m->args, m->kwargs);
    gp_decref(meth);
    return r;
}

static GpObject *mc_repr(GpObject *self) {
    GpMethodCaller *m = (GpMethodCaller *)self;
    if (!m->name)
        return str_from_cstr("operator.methodcaller(...)");
    int rec = obj_repr_enter(self);
    if (rec < 0)
        return NULL;
    if (rec)
        return str_from_cstr("operator.methodcaller(...)");
    GpObject *out = str_from_format("operator.methodcaller(%R", m->name);
    for (intptr_t i = 0; out && i < TUPLE_SIZE(m->args); i++)
        GP_SETREF(out, str_from_format("%U, %R", out, TUPLE_ITEM(m->args, i)));
    intptr_t pos = 0;
    GpObject *k, *v;
    while (out && dict_next(m->kwargs, &pos, &k, &v))
        GP_SETREF(out, STR_CHECK(k) ? str_from_format("%U, %U=%R", out, k, v)
                                    : str_from_format("%U, %R=%R", out, k, v));
    if (out)
        GP_SETREF(out, str_from_format("%U)", out));
    obj_repr_leave(self);
    return out;
}

GpType gp_type_itemgetter = {
    GP_TYPE_HEAD,
    .name = "operator.itemgetter",
    .basicsize = sizeof(GpGetter),
    .flags = TPFLAG_GC,
    .dealloc = getter_dealloc,
    .repr = itemgetter_repr,
    .new_ = itemgetter_new,
    .call = itemgetter_call,
    .traverse = getter_traverse,
    .clear = getter_clear,
};

GpType gp_type_attrgetter = {
    GP_TYPE_HEAD,
    .name = "operator.attrgetter",
    .basicsize = sizeof(GpGetter),
    .flags = TPFLAG_GC,
    .dealloc = getter_dealloc,
    .repr = attrgetter_repr,
    .new_ = attrgetter_new,
    .call = attrgetter_call,
    .traverse = getter_traverse,
    .clear = getter_clear,
};

GpType gp_type_methodcaller = {
    GP_TYPE_HEAD,
    .name = "operator.methodcaller",
    .basicsize = sizeof(GpMethodCaller),
    .flags = TPFLAG_GC,
    .dealloc = mc_dealloc,
    .repr = mc_repr,
    .new_ = mc_new,
    .call = mc_call,
    .traverse = mc_traverse,
    .clear = mc_clear,
};

/* ---- The module ---- */

#define F2(name, fn) {name, fn, METH_VARARGS, NULL}
#define F1(name, fn) {name, fn, METH_O, NULL}

static GpMethodDef operator_functions[] = {
    F2("add", op_add), F2("sub", op_sub), F2("mul", op_mul), F2("truediv", op_truediv),
    F2("floordiv", op_floordiv), F2("mod", op_mod), F2("pow", op_pow),
    F2("lshift", op_lshift), F2("rshift", op_rshift), F2("and_", op_and), F2("or_", op_or),
    F2("xor", op_xor), F2("matmul", op_matmul), F2("concat", op_concat),
    F2("iadd", op_iadd), F2("isub", op_isub), F2("imul", op_imul),
    F2("itruediv", op_itruediv), F2("ifloordiv", op_ifloordiv), F2("imod", op_imod),
    F2("ipow", op_ipow), F2("ilshift", op_ilshift), F2("irshift", op_irshift),
    F2("iand", op_iand), F2("ior", op_ior), F2("ixor", op_ixor), F2("imatmul", op_imatmul),
    F2("iconcat", op_iconcat),
    F2("lt", op_lt), F2("le", op_le), F2("eq", op_eq), F2("ne", op_ne), F2("gt", op_gt),
    F2("ge", op_ge), F2("is_", op_is), F2("is_not", op_is_not),
    F2("contains", op_contains), F2("countOf", op_countof), F2("indexOf", op_indexof),
    F2("getitem", op_getitem), F2("setitem", op_setitem), F2("delitem", op_delitem),
    F2("length_hint", op_length_hint),
    F1("neg", op_neg), F1("pos", op_pos), F1("abs", op_abs), F1("invert", op_invert),
    F1("inv", op_invert), F1("index", op_index), F1("not_", op_not), F1("truth", op_truth),
    {"call", op_call, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

/* __name__ alias → the function it names (the same object). */
static const char *const operator_aliases[][2] = {
    {"__abs__", "abs"}, {"__add__", "add"}, {"__and__", "and_"}, {"__call__", "call"},
    {"__concat__", "concat"}, {"__contains__", "contains"}, {"__delitem__", "delitem"},
    {"__eq__", "eq"}, {"__floordiv__", "floordiv"}, {"__ge__", "ge"},
    {"__getitem__", "getitem"}, {"__gt__", "gt"}, {"__iadd__", "iadd"}, {"__iand__", "iand"},
    {"__iconcat__", "iconcat"}, {"__ifloordiv__", "ifloordiv"}, {"__ilshift__", "ilshift"},
    {"__imatmul__", "imatmul"}, {"__imod__", "imod"}, {"__imul__", "imul"},
    {"__index__", "index"}, {"__inv__", "inv"}, {"__invert__", "invert"}, {"__ior__", "ior"},
    {"__ipow__", "ipow"}, {"__irshift__", "irshift"}, {"__isub__", "isub"},
    {"__itruediv__", "itruediv"}, {"__ixor__", "ixor"}, {"__le__", "le"},
    {"__lshift__", "lshift"}, {"__lt__", "lt"}, {"__matmul__", "matmul"}, {"__mod__", "mod"},
    {"__mul__", "mul"}, {"__ne__", "ne"}, {"__neg__", "neg"}, {"__not__", "not_"},
    {"__or__", "or_"}, {"__pos__", "pos"}, {"__pow__", "pow"}, {"__rshift__", "rshift"},
    {"__setitem__", "setitem"}, {"__sub__", "sub"}, {"__truediv__", "truediv"},
    {"__xor__", "xor"}, {"_abs", "abs"}, {NULL, NULL},
};

/* The functions belong to a hidden module named _operator (CPython's: their __module__ and
 * messages say "_operator.neg()"); operator gets the same objects. */
static GpType *const operator_types[] = {
    &gp_type_itemgetter, &gp_type_attrgetter, &gp_type_methodcaller, NULL,
};

void operator_fini(void) { type_fini_all(operator_types); }

GpObject *operator_module_create(void) {
    if (type_ready_all(operator_types) < 0)
        return NULL;
    GpObject *m = module_new("operator");
    if (!m)
        return NULL;
    GpObject *inner = module_new("_operator");
    if (!inner)
        goto error;
    if (module_add_functions(inner, operator_functions) < 0) {
        gp_decref(inner);
        goto error;
    }
    GpObject *d = MODULE_DICT(m);
    for (GpMethodDef *def = operator_functions; def->name; def++) {
        GpObject *f = dict_getitem_cstr(MODULE_DICT(inner), def->name);
        if (!f || module_add_object(m, def->name, f) < 0) {
            gp_decref(inner);
            goto error;
        }
    }
    gp_decref(inner);
    for (int i = 0; operator_aliases[i][0]; i++) {
        GpObject *f = dict_getitem_cstr(d, operator_aliases[i][1]);
        if (!f || module_add_object(m, operator_aliases[i][0], f) < 0)
            goto error;
    }
    if (module_add_object(m, "itemgetter", (GpObject *)&gp_type_itemgetter) < 0 ||
        module_add_object(m, "attrgetter", (GpObject *)&gp_type_attrgetter) < 0 ||
        module_add_object(m, "methodcaller", (GpObject *)&gp_type_methodcaller) < 0)
        goto error;
    return m;
error:
    if (!err_occurred())
        err_set_str(&gp_exc_SystemError, "operator: module setup failed");
    gp_decref(m);
    return NULL;
}
