/* object_ops.c — operator dispatch of object.h: rich comparison, calls, items, iteration,
 * binary/unary arithmetic, __index__ and format(), following CPython 3.11's abstract.c.
 *
 * Invariants:
 * - Binary slots are called as slot(a, b) in expression order whichever operand's type
 *   provides them; a slot returns NotImplemented (new reference) for operands it does not
 *   handle. The right operand's slot goes first when its type is a proper subclass of the
 *   left's with a different slot (binary_op1).
 * - Comparisons call the reflected slot as slot(b, a, swapped op); b's first when b's type
 *   is a proper subclass of a's.
 */
#include "errors.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

/* ---- Rich comparison ---- */

static const int swapped_op[] = {CMP_OP_GT, CMP_OP_GE, CMP_OP_EQ, CMP_OP_NE, CMP_OP_LT, CMP_OP_LE};
static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

static GpObject *do_richcompare(GpObject *a, GpObject *b, int op) {
    GpType *ta = GP_TYPE(a), *tb = GP_TYPE(b);
    GpObject *r;
    int checked_reverse = 0;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = 1;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != GP_NOTIMPL)
            return r;
        gp_decref(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != GP_NOTIMPL)
            return r;
        gp_decref(r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != GP_NOTIMPL)
            return r;
        gp_decref(r);
    }
    if (op == CMP_OP_EQ)
        return gp_bool(a == b);
    if (op == CMP_OP_NE)
        return gp_bool(a != b);
    return err_format(&gp_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      cmp_symbol[op], ta->name, tb->name);
}

GpObject *obj_cmp_result(int c, int op) {
    int r;
    switch (op) {
    case CMP_OP_LT: r = c < 0; break;
    case CMP_OP_LE: r = c <= 0; break;
    case CMP_OP_EQ: r = c == 0; break;
    case CMP_OP_NE: r = c != 0; break;
    case CMP_OP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return gp_bool(r);
}

GpObject *obj_richcompare(GpObject *a, GpObject *b, int op) {
    if (gp_enter_recursive_call(" in comparison") < 0)
        return NULL;
    GpObject *r = do_richcompare(a, b, op);
    gp_leave_recursive_call();
    return r;
}

int obj_richcompare_bool(GpObject *a, GpObject *b, int op) {
    if (a == b) {
        if (op == CMP_OP_EQ)
            return 1;
        if (op == CMP_OP_NE)
            return 0;
    }
    GpObject *r = obj_richcompare(a, b, op);
    if (!r)
        return -1;
    int t = r == GP_TRUE ? 1 : r == GP_FALSE ? 0 : obj_is_true(r);
    gp_decref(r);
    return t;
}

/* ---- Calls ---- */

GpObject *obj_call(GpObject *callable, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    CallFn f = GP_TYPE(callable)->call;
    if (!f)
        return err_format(&gp_exc_TypeError, "'%s' object is not callable", obj_type_name(callable));
    return f(callable, args, nargs, kwnames);
}

GpObject *obj_call0(GpObject *callable) { return obj_call(callable, NULL, 0, NULL); }

GpObject *obj_call1(GpObject *callable, GpObject *arg) { return obj_call(callable, &arg, 1, NULL); }

GpObject *obj_call_tuple_dict(GpObject *callable, GpObject *args, GpObject *kwargs) {
    intptr_t np = args ? TUPLE_SIZE(args) : 0;
    intptr_t nk = kwargs ? dict_size(kwargs) : 0;
    if (nk == 0)
        return obj_call(callable, np ? ((GpTuple *)args)->items : NULL, np, NULL);
    GpObject *small[16];
    GpObject **buf = small;
    GpObject *kwnames = NULL, *res = NULL;
    if (np + nk > 16) {
        buf = mem_alloc(sizeof(GpObject *) * (size_t)(np + nk));
        if (!buf)
            return err_no_memory();
    }
    for (intptr_t i = 0; i < np; i++)
        buf[i] = TUPLE_ITEM(args, i);
    kwnames = tuple_new(nk);
    if (!kwnames)
        goto done;
    intptr_t pos = 0, i = 0;
    GpObject *k, *v;
    while (i < nk && dict_next(kwargs, &pos, &k, &v)) {
        if (!STR_CHECK(k)) {
            err_set_str(&gp_exc_TypeError, "keywords must be strings");
            goto done;
        }
        TUPLE_SET_ITEM(kwnames, i, gp_newref(k));
        buf[np + i] = v;
        i++;
    }
    /* The dict's values are borrowed: keep them alive across the call. */
    for (intptr_t j = 0; j < nk; j++)
        gp_incref(buf[np + j]);
    res = obj_call(callable, buf, np, kwnames);
    for (intptr_t j = 0; j < nk; j++)
        gp_decref(buf[np + j]);
done:
    gp_xdecref(kwnames);
    if (buf != small)
        mem_free(buf);
    return res;
}

GpObject *obj_call_method(GpObject *o, const char *name, GpObject *const *args, intptr_t nargs) {
    GpObject *n = str_intern_cstr(name);
    if (!n)
        return NULL;
    GpObject *meth = NULL, *res = NULL;
    int r = obj_get_method(o, n, &meth);
    gp_decref(n);
    if (r < 0)
        return NULL;
    if (r == 0) {
        res = obj_call(meth, args, nargs, NULL);
    } else {
        GpObject *small[8];
        GpObject **buf = small;
        if (nargs + 1 > 8) {
            buf = mem_alloc(sizeof(GpObject *) * (size_t)(nargs + 1));
            if (!buf) {
                gp_decref(meth);
                return err_no_memory();
            }
        }
        buf[0] = o;
        for (intptr_t i = 0; i < nargs; i++)
            buf[i + 1] = args[i];
        res = obj_call(meth, buf, nargs + 1, NULL);
        if (buf != small)
            mem_free(buf);
    }
    gp_decref(meth);
    return res;
}

int obj_is_callable(GpObject *o) { return GP_TYPE(o)->call != NULL; }

/* ---- Items ---- */

#define TYPE_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS) != 0)

GpObject *obj_getitem(GpObject *o, GpObject *key) {
    BinaryFn f = GP_TYPE(o)->getitem;
    if (f)
        return f(o, key);
    if (TYPE_CHECK(o)) {
        /* classes: C[item] calls C.__class_getitem__(item) */
        GpObject *cg = type_lookup((GpType *)o, GP_ID(__class_getitem__));
        if (cg) {
            gp_incref(cg);
            GpObject *bound = type_descr_bind(cg, NULL, (GpType *)o);
            gp_decref(cg);
            if (!bound)
                return NULL;
            GpObject *r = obj_call1(bound, key);
            gp_decref(bound);
            return r;
        }
        return err_format(&gp_exc_TypeError, "type '%s' is not subscriptable", ((GpType *)o)->name);
    }
    return err_format(&gp_exc_TypeError, "'%s' object is not subscriptable", obj_type_name(o));
}

int obj_setitem(GpObject *o, GpObject *key, GpObject *value) {
    SetItemFn f = GP_TYPE(o)->setitem;
    if (f)
        return f(o, key, value);
    err_format(&gp_exc_TypeError, "'%s' object does not support item assignment", obj_type_name(o));
    return -1;
}

int obj_delitem(GpObject *o, GpObject *key) {
    SetItemFn f = GP_TYPE(o)->setitem;
    if (f)
        return f(o, key, NULL);
    /* CPython words it by path: through the sequence protocol for an index key */
    GpType *t = GP_TYPE(o);
    int seq = ((t->flags & TPFLAG_HEAPTYPE) || t->len || t->contains) &&
              (INT_CHECK(key) || GP_TYPE(key)->index);
    err_format(&gp_exc_TypeError, "'%s' object %s support item deletion", obj_type_name(o),
               seq ? "doesn't" : "does not");
    return -1;
}

intptr_t obj_len(GpObject *o) {
    LenFn f = GP_TYPE(o)->len;
    if (f)
        return f(o);
    err_format(&gp_exc_TypeError, "object of type '%s' has no len()", obj_type_name(o));
    return -1;
}

int obj_contains(GpObject *container, GpObject *item) {
    ContainsFn f = GP_TYPE(container)->contains;
    if (f)
        return f(container, item);
    return obj_contains_by_iter(container, item);
}

/* `item in container` by iteration (CPython's _PySequence_IterSearch): 1, 0, -1. */
int obj_contains_by_iter(GpObject *container, GpObject *item) {
    GpType *t = GP_TYPE(container);
    if (!t->iter && !t->getitem) {
        err_format(&gp_exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    GpObject *it = obj_iter(container);
    if (!it) {
        if (err_matches(&gp_exc_TypeError)) {
            err_clear();
            err_format(&gp_exc_TypeError, "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
    int found = 0;
    for (;;) {
        GpObject *x = obj_iternext(it);
        if (!x) {
            if (err_occurred())
                found = -1;
            break;
        }
        int r = obj_richcompare_bool(x, item, CMP_OP_EQ);
        gp_decref(x);
        if (r != 0) {
            found = r;
            break;
        }
    }
    gp_decref(it);
    return found;
}

/* ---- Iteration ---- */

GpObject *obj_iter(GpObject *o) {
    GpType *t = GP_TYPE(o);
    if (t->iter) {
        GpObject *it = t->iter(o);
        if (it && !GP_TYPE(it)->iternext) {
            err_format(&gp_exc_TypeError, "iter() returned non-iterator of type '%s'",
                       obj_type_name(it));
            GP_CLEAR(it);
        }
        return it;
    }
    if (t->getitem && !(t->flags & TPFLAG_DICT_SUBCLASS))
        return seqiter_new(o);
    return err_format(&gp_exc_TypeError, "'%s' object is not iterable", t->name);
}

GpObject *obj_iternext(GpObject *iter) {
    IterNextFn f = GP_TYPE(iter)->iternext;
    if (!f)
        return err_format(&gp_exc_TypeError, "'%s' object is not an iterator", obj_type_name(iter));
    return f(iter);
}

/* ---- Arithmetic ---- */

static const char *const binop_symbols[NB_COUNT] = {
    [NB_ADD] = "+", [NB_AND] = "&", [NB_FLOOR_DIVIDE] = "//", [NB_LSHIFT] = "<<",
    [NB_MATRIX_MULTIPLY] = "@", [NB_MULTIPLY] = "*", [NB_REMAINDER] = "%", [NB_OR] = "|",
    [NB_POWER] = "**", [NB_RSHIFT] = ">>", [NB_SUBTRACT] = "-", [NB_TRUE_DIVIDE] = "/",
    [NB_XOR] = "^",
};
static const char *const inplace_symbols[NB_COUNT] = {
    [NB_ADD] = "+=", [NB_AND] = "&=", [NB_FLOOR_DIVIDE] = "//=", [NB_LSHIFT] = "<<=",
    [NB_MATRIX_MULTIPLY] = "@=", [NB_MULTIPLY] = "*=", [NB_REMAINDER] = "%=", [NB_OR] = "|=",
    [NB_POWER] = "**=", [NB_RSHIFT] = ">>=", [NB_SUBTRACT] = "-=", [NB_TRUE_DIVIDE] = "/=",
    [NB_XOR] = "^=",
};

const char *binop_symbol(int op) {
    if (op >= 0 && op < NB_COUNT)
        return binop_symbols[op];
    if (op >= NB_INPLACE_BASE && op < NB_INPLACE_BASE + NB_COUNT)
        return inplace_symbols[op - NB_INPLACE_BASE];
    return "?";
}

/* CPython's binary_op1: a new reference, NotImplemented (new reference) if neither
 * operand handles it, or NULL on error. */
static GpObject *binary_op1(GpObject *a, GpObject *b, int op) {
    GpType *ta = GP_TYPE(a), *tb = GP_TYPE(b);
    BinaryFn slota = ta->binop[op];
    BinaryFn slotb = ta != tb ? tb->binop[op] : NULL;
    if (slotb == slota)
        slotb = NULL;
    GpObject *r;
    if (slota) {
        if (slotb && type_is_subtype(tb, ta)) {
            r = slotb(a, b);
            if (r != GP_NOTIMPL)
                return r;
            gp_decref(r);
            slotb = NULL;
        }
        r = slota(a, b);
        if (r != GP_NOTIMPL)
            return r;
        gp_decref(r);
    }
    if (slotb)
        return slotb(a, b);
    return gp_newref(GP_NOTIMPL);
}

static GpObject *binop_type_error(GpObject *a, GpObject *b, const char *sym, int op) {
    if (op == NB_POWER)
        return err_format(&gp_exc_TypeError,
                          "unsupported operand type(s) for %s or pow(): '%s' and '%s'", sym,
                          obj_type_name(a), obj_type_name(b));
    return err_format(&gp_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                      obj_type_name(a), obj_type_name(b));
}

static int is_sequence_repeat(GpObject *o) {
    return STR_CHECK(o) || LIST_CHECK(o) || TUPLE_CHECK(o) || BYTES_CHECK(o) || BYTEARRAY_CHECK(o);
}

int seq_repeat_operands(GpObject *a, GpObject *b, int a_is_seq, BinaryFn self, GpObject **seq,
                        intptr_t *count, GpObject **result) {
    GpObject *s = a_is_seq ? a : b, *n = a_is_seq ? b : a;
    *seq = s;
    if (!INT_CHECK(n) && !GP_TYPE(n)->index) {
        if (a_is_seq) {
            BinaryFn other = GP_TYPE(b)->binop[NB_MULTIPLY];
            if (other && other != self && !is_sequence_repeat(b)) {
                GpObject *r = other(a, b);
                if (!r)
                    return -1;
                if (r != GP_NOTIMPL) {
                    *result = r;
                    return 0;
                }
                gp_decref(r);
            }
        }
        err_format(&gp_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                   obj_type_name(n));
        return -1;
    }
    return slice_index_value(n, count, &gp_exc_OverflowError) < 0 ? -1 : 1;
}

GpObject *obj_binop(GpObject *a, GpObject *b, int op) {
    if (op >= NB_INPLACE_BASE)
        return obj_inplace(a, b, op - NB_INPLACE_BASE);
    GpObject *r = binary_op1(a, b, op);
    if (r == GP_NOTIMPL) {
        gp_decref(r);
        return binop_type_error(a, b, binop_symbols[op], op);
    }
    return r;
}

GpObject *obj_inplace(GpObject *a, GpObject *b, int op) {
    BinaryFn f = GP_TYPE(a)->inplace[op];
    if (f) {
        GpObject *r = f(a, b);
        if (r != GP_NOTIMPL)
            return r;
        gp_decref(r);
    }
    GpObject *r = binary_op1(a, b, op);
    if (r == GP_NOTIMPL) {
        gp_decref(r);
        return binop_type_error(a, b, inplace_symbols[op], op);
    }
    return r;
}

GpObject *obj_power3(GpObject *a, GpObject *b, GpObject *m) {
    if (!m || m == GP_NONE)
        return obj_binop(a, b, NB_POWER);
    GpType *ta = GP_TYPE(a), *tb = GP_TYPE(b), *tm = GP_TYPE(m);
    TernaryFn fa = ta->power3;
    TernaryFn fb = tb != ta ? tb->power3 : NULL;
    if (fb == fa)
        fb = NULL;
    GpObject *r;
    if (fa) {
        if (fb && type_is_subtype(tb, ta)) {
            r = fb(a, b, m);
            if (r != GP_NOTIMPL)
                return r;
            gp_decref(r);
            fb = NULL;
        }
        r = fa(a, b, m);
        if (r != GP_NOTIMPL)
            return r;
        gp_decref(r);
    }
    if (fb) {
        r = fb(a, b, m);
        if (r != GP_NOTIMPL)
            return r;
        gp_decref(r);
    }
    TernaryFn fm = tm->power3;
    if (fm && fm != fa && fm != fb) {
        r = fm(a, b, m);
        if (r != GP_NOTIMPL)
            return r;
        gp_decref(r);
    }
    return err_format(&gp_exc_TypeError,
                      "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", ta->name,
                      tb->name, tm->name);
}

static GpObject *unary(GpObject *o, UnaryFn f, const char *what) {
    if (f)
        return f(o);
    return err_format(&gp_exc_TypeError, "bad operand type for %s: '%s'", what, obj_type_name(o));
}

GpObject *obj_neg(GpObject *o) { return unary(o, GP_TYPE(o)->neg, "unary -"); }
GpObject *obj_pos(GpObject *o) { return unary(o, GP_TYPE(o)->pos, "unary +"); }
GpObject *obj_invert(GpObject *o) { return unary(o, GP_TYPE(o)->invert, "unary ~"); }
GpObject *obj_abs(GpObject *o) { return unary(o, GP_TYPE(o)->abs, "abs()"); }

/* ---- __index__ ---- */

GpObject *obj_index(GpObject *o) {
    if (INT_CHECK(o))
        return gp_newref(o);
    UnaryFn f = GP_TYPE(o)->index;
    if (!f)
        return err_format(&gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(o));
    GpObject *r = f(o);
    if (r && !INT_CHECK(r)) {
        err_format(&gp_exc_TypeError, "__index__ returned non-int (type %s)", obj_type_name(r));
        GP_CLEAR(r);
    }
    return r;
}

intptr_t obj_as_ssize(GpObject *o) {
    if (INT_CHECK(o) && INT_IS_SMALL(o))
        return (intptr_t)INT_VALUE(o);
    GpObject *i = obj_index(o);
    if (!i)
        return -1;
    int64_t v;
    int r = int_to_i64(i, &v);
    gp_decref(i);
    if (r < 0) {
        if (err_matches(&gp_exc_OverflowError))
            err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)v;
}

/* ---- format() ---- */

GpObject *obj_format(GpObject *o, GpObject *spec) {
    BinaryFn f = GP_TYPE(o)->format;
    GpObject *r;
    if (f) {
        r = f(o, spec);
    } else {
        if (STR_LEN(spec) != 0)
            return err_format(&gp_exc_TypeError, "unsupported format string passed to %s.__format__",
                              obj_type_name(o));
        r = obj_str(o);
    }
    if (r && !STR_CHECK(r)) {
        err_format(&gp_exc_TypeError, "__format__ must return a str, not %s", obj_type_name(r));
        GP_CLEAR(r);
    }
    return r;
}

/* ---- divmod() ---- */

/* Calls type(x).name(x, y) if the type defines it: new reference, NotImplemented if it
 * does not, NULL on error. */
static GpObject *call_special(GpObject *x, GpObject *y, const char *name) {
    GpObject *n = str_intern_cstr(name);
    if (!n)
        return NULL;
    GpObject *m = type_lookup(GP_TYPE(x), n);
    gp_decref(n);
    if (!m)
        return gp_newref(GP_NOTIMPL);
    GpObject *args[2] = {x, y};
    gp_incref(m);
    GpObject *r = obj_call(m, args, 2, NULL);
    gp_decref(m);
    return r;
}

GpObject *obj_divmod(GpObject *a, GpObject *b) {
    GpObject *r;
    if (INT_CHECK(a) && INT_CHECK(b))
        return int_divmod(a, b);
    if ((FLOAT_CHECK(a) || INT_CHECK(a)) && (FLOAT_CHECK(b) || INT_CHECK(b)))
        return float_divmod(a, b);
    GpType *ta = GP_TYPE(a), *tb = GP_TYPE(b);
    bool reflected_first = ta != tb && type_is_subtype(tb, ta);
    if (reflected_first) {
        r = call_special(b, a, "__rdivmod__");
        if (r != GP_NOTIMPL)
            return r;
        gp_decref(r);
    }
    r = call_special(a, b, "__divmod__");
    if (r != GP_NOTIMPL)
        return r;
    gp_decref(r);
    if (!reflected_first && ta != tb) {
        r = call_special(b, a, "__rdivmod__");
        if (r != GP_NOTIMPL)
            return r;
        gp_decref(r);
    }
    return err_format(&gp_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      ta->name, tb->name);
}
