/* slots.c — special methods: the slot functions a class gets for each special method it
 * defines in Python (they look the method up on the type and call it, CPython's slot_*),
 * and the "slot wrapper" descriptors exposing the C slots of built-in types as attributes
 * (int.__add__, [].__len__, object.__init__, object.__new__).
 *
 * Invariants:
 * - One table (slotdefs) names every special method, the GpType slot it maps to, the
 *   function installed on heap types and the wrapper used to call a static type's slot.
 * - slots_fixup looks every name up along the class's MRO: a Python-level definition
 *   installs the slot_* function; a slot wrapper of a built-in type installs that type's C
 *   slot; nothing found leaves the slot NULL (the behaviour of `object`).
 * - A slot wrapper calls the slot of the type that defines it (objtype), never the slot of
 *   its argument's type, so `list.__len__(mylist)` does not recurse into a Python override.
 */
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/bool.h"
#include "mem/alloc.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

typedef void (*AnyFn)(void);
typedef GpObject *(*WrapFn)(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                            intptr_t nargs, GpObject *kwnames);

typedef struct SlotDef {
    const char *name;
    size_t offset;      /* of the slot in GpType */
    AnyFn heap_fn;      /* installed on classes defining the method */
    WrapFn wrap;        /* calls a static type's slot */
    int op;             /* NB_* or CMP_OP_* */
} SlotDef;

typedef struct GpSlotWrapper {
    GP_HEAD;
    GpType *objtype;
    const SlotDef *def;
} GpSlotWrapper;

typedef struct GpMethodWrapper {
    GP_HEAD;
    GpObject *descr;    /* GpSlotWrapper */
    GpObject *self;
} GpMethodWrapper;

#define SLOT_PTR(t, off) ((AnyFn *)((char *)(t) + (off)))

/* ---- Calling special methods found on the type ---- */

GpObject *slots_call_found(GpObject *self, GpObject *descr, GpObject *const *args,
                           intptr_t nargs, GpObject *kwnames) {
    GpType *dt = GP_TYPE(descr);
    if (dt == &gp_type_function || dt == &gp_type_method_descr || dt == &gp_type_slot_wrapper) {
        intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
        GpObject *small[8];
        GpObject **buf = small;
        if (nargs + nkw + 1 > 8) {
            buf = mem_alloc(sizeof(GpObject *) * (size_t)(nargs + nkw + 1));
            if (!buf)
                return err_no_memory();
        }
        buf[0] = self;
        for (intptr_t i = 0; i < nargs + nkw; i++)
            buf[i + 1] = args[i];
        GpObject *r = obj_call(descr, buf, nargs + 1, kwnames);
        if (buf != small)
            mem_free(buf);
        return r;
    }
    GpObject *bound = type_descr_bind(descr, self, GP_TYPE(self));
    if (!bound)
        return NULL;
    GpObject *r = obj_call(bound, args, nargs, kwnames);
    gp_decref(bound);
    return r;
}

/* Special method names are interned ids (ids.def), named here by their offset in GpIds so
 * that tables can hold them. */
#define SN(name) offsetof(GpIds, name)
#define ID_AT(off) (*(GpObject **)((char *)&gp_interp->ids + (off)))

/* Borrowed: the special method (id offset) on type(self), or NULL (no exception). */
static GpObject *lookup(GpObject *self, size_t name) {
    return type_lookup(GP_TYPE(self), ID_AT(name));
}

/* Calls type(self).name(self, args...); NotImplemented (new) if the type has no such
 * method (or it is None). */
static GpObject *call_maybe(GpObject *self, size_t name, GpObject *const *args,
                            intptr_t nargs) {
    GpObject *d = lookup(self, name);
    if (!d || d == GP_NONE)
        return gp_newref(GP_NOTIMPL);
    gp_incref(d);
    GpObject *r = slots_call_found(self, d, args, nargs, NULL);
    gp_decref(d);
    return r;
}

/* Calls type(self).name(self, args...): AttributeError if missing. */
static GpObject *call_method(GpObject *self, size_t name, GpObject *const *args,
                             intptr_t nargs) {
    GpObject *d = lookup(self, name);
    if (!d) {   /* CPython's lookup_method: the bare name */
        err_set_object(&gp_exc_AttributeError, ID_AT(name));
        return NULL;
    }
    gp_incref(d);
    GpObject *r = slots_call_found(self, d, args, nargs, NULL);
    gp_decref(d);
    return r;
}

/* ---- Slot functions of heap types ---- */

static GpObject *slot_repr(GpObject *self) { return call_method(self, SN(__repr__), NULL, 0); }
static GpObject *slot_str(GpObject *self) { return call_method(self, SN(__str__), NULL, 0); }

static int64_t slot_hash(GpObject *self) {
    GpObject *d = lookup(self, SN(__hash__));
    if (!d || d == GP_NONE) {
        err_format(&gp_exc_TypeError, "unhashable type: '%s'", obj_type_name(self));
        return -1;
    }
    gp_incref(d);
    GpObject *r = slots_call_found(self, d, NULL, 0, NULL);
    gp_decref(d);
    if (!r)
        return -1;
    if (!INT_CHECK(r)) {
        gp_decref(r);
        err_set_str(&gp_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t h = obj_hash(r);
    gp_decref(r);
    return h;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__",
                                        "__ge__"};
static const size_t cmp_ids[] = {SN(__lt__), SN(__le__), SN(__eq__), SN(__ne__), SN(__gt__),
                                 SN(__ge__)};

static GpObject *slot_richcompare(GpObject *a, GpObject *b, int op) {
    GpObject *d = lookup(a, cmp_ids[op]);
    if (!d || d == GP_NONE)
        return gp_newref(GP_NOTIMPL);
    gp_incref(d);
    GpObject *r = slots_call_found(a, d, &b, 1, NULL);
    gp_decref(d);
    return r;
}

static GpObject *slot_getattr(GpObject *self, GpObject *name) {
    GpObject *ga = lookup(self, SN(__getattribute__));
    GpObject *res;
    if (!ga || (GP_TYPE(ga) == &gp_type_slot_wrapper &&
                ((GpSlotWrapper *)ga)->objtype->getattr == obj_generic_getattr)) {
        res = obj_generic_getattr(self, name);
    } else {
        gp_incref(ga);
        res = slots_call_found(self, ga, &name, 1, NULL);
        gp_decref(ga);
    }
    if (res || !err_matches(&gp_exc_AttributeError))
        return res;
    GpObject *g = lookup(self, SN(__getattr__));
    if (!g)
        return NULL;
    err_clear();
    gp_incref(g);
    res = slots_call_found(self, g, &name, 1, NULL);
    gp_decref(g);
    return res;
}

static int slot_setattr(GpObject *self, GpObject *name, GpObject *value) {
    GpObject *args[2] = {name, value};
    GpObject *r = value ? call_method(self, SN(__setattr__), args, 2)
                        : call_method(self, SN(__delattr__), args, 1);
    if (!r)
        return -1;
    gp_decref(r);
    return 0;
}

static GpObject *slot_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    GpObject *d = lookup(self, SN(__call__));
    if (!d)
        return err_format(&gp_exc_TypeError, "'%s' object is not callable", obj_type_name(self));
    gp_incref(d);
    GpObject *r = slots_call_found(self, d, args, nargs, kwnames);
    gp_decref(d);
    return r;
}

static GpObject *slot_iter(GpObject *self) {
    GpObject *d = lookup(self, SN(__iter__));
    if (!d || d == GP_NONE)
        return err_format(&gp_exc_TypeError, "'%s' object is not iterable", obj_type_name(self));
    gp_incref(d);
    GpObject *r = slots_call_found(self, d, NULL, 0, NULL);
    gp_decref(d);
    return r;
}

static GpObject *slot_iternext(GpObject *self) {
    GpObject *r = call_method(self, SN(__next__), NULL, 0);
    if (!r && err_matches(&gp_exc_StopIteration))
        err_clear();
    return r;
}

static intptr_t slot_len(GpObject *self) {
    GpObject *r = call_method(self, SN(__len__), NULL, 0);
    if (!r)
        return -1;
    GpObject *i = obj_index(r);
    gp_decref(r);
    if (!i)
        return -1;
    if (int_sign(i) < 0) {
        gp_decref(i);
        err_set_str(&gp_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    intptr_t n = obj_as_ssize(i);
    gp_decref(i);
    if (n == -1 && err_matches(&gp_exc_OverflowError)) {
        err_clear();
        err_set_str(&gp_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return n;
}

static int slot_bool(GpObject *self) {
    GpObject *d = lookup(self, SN(__bool__));
    const char *name = "__bool__";
    if (!d) {
        d = lookup(self, SN(__len__));
        name = "__len__";
        if (!d)
            return 1;
        intptr_t n = slot_len(self);
        return n < 0 ? -1 : n > 0;
    }
    (void)name;
    gp_incref(d);
    GpObject *r = slots_call_found(self, d, NULL, 0, NULL);
    gp_decref(d);
    if (!r)
        return -1;
    if (r != GP_TRUE && r != GP_FALSE) {
        err_format(&gp_exc_TypeError, "__bool__ should return bool, returned %s",
                   obj_type_name(r));
        gp_decref(r);
        return -1;
    }
    int v = r == GP_TRUE;
    gp_decref(r);
    return v;
}

static GpObject *slot_getitem(GpObject *self, GpObject *key) {
    return call_method(self, SN(__getitem__), &key, 1);
}

static int slot_setitem(GpObject *self, GpObject *key, GpObject *value) {
    GpObject *args[2] = {key, value};
    GpObject *r = value ? call_method(self, SN(__setitem__), args, 2)
                        : call_method(self, SN(__delitem__), args, 1);
    if (!r)
        return -1;
    gp_decref(r);
    return 0;
}

static int slot_contains(GpObject *self, GpObject *item) {
    GpObject *d = lookup(self, SN(__contains__));
    if (!d)
        return obj_contains_by_iter(self, item);
    if (d == GP_NONE) {
        err_format(&gp_exc_TypeError, "'%s' object is not a container", obj_type_name(self));
        return -1;
    }
    gp_incref(d);
    GpObject *r = slots_call_found(self, d, &item, 1, NULL);
    gp_decref(d);
    if (!r)
        return -1;
    int v = obj_is_true(r);
    gp_decref(r);
    return v;
}

static GpObject *slot_neg(GpObject *self) { return call_method(self, SN(__neg__), NULL, 0); }
static GpObject *slot_pos(GpObject *self) { return call_method(self, SN(__pos__), NULL, 0); }
static GpObject *slot_invert(GpObject *self) { return call_method(self, SN(__invert__), NULL, 0); }
static GpObject *slot_abs(GpObject *self) { return call_method(self, SN(__abs__), NULL, 0); }
static GpObject *slot_index(GpObject *self) { return call_method(self, SN(__index__), NULL, 0); }

static GpObject *slot_int(GpObject *self) {
    GpObject *r = call_method(self, SN(__int__), NULL, 0);
    if (r && !INT_CHECK(r)) {
        err_format(&gp_exc_TypeError, "__int__ returned non-int (type %s)", obj_type_name(r));
        GP_CLEAR(r);
    }
    return r;
}

static GpObject *slot_float(GpObject *self) {
    GpObject *r = call_method(self, SN(__float__), NULL, 0);
    if (r && !FLOAT_CHECK(r)) {
        err_format(&gp_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                   obj_type_name(self), obj_type_name(r));
        GP_CLEAR(r);
    }
    return r;
}

static GpObject *slot_format(GpObject *self, GpObject *spec) {
    return call_method(self, SN(__format__), &spec, 1);
}

static GpObject *slot_descr_get(GpObject *self, GpObject *obj, GpObject *type) {
    GpObject *args[2] = {obj ? obj : GP_NONE, type ? type : GP_NONE};
    return call_method(self, SN(__get__), args, 2);
}

static int slot_descr_set(GpObject *self, GpObject *obj, GpObject *value) {
    GpObject *args[2] = {obj, value};
    GpObject *r = value ? call_method(self, SN(__set__), args, 2)
                        : call_method(self, SN(__delete__), args, 1);
    if (!r)
        return -1;
    gp_decref(r);
    return 0;
}

/* ---- Binary operators ---- */

static const char *const binop_names[NB_COUNT][3] = {
    [NB_ADD] = {"__add__", "__radd__", "__iadd__"},
    [NB_AND] = {"__and__", "__rand__", "__iand__"},
    [NB_FLOOR_DIVIDE] = {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    [NB_LSHIFT] = {"__lshift__", "__rlshift__", "__ilshift__"},
    [NB_MATRIX_MULTIPLY] = {"__matmul__", "__rmatmul__", "__imatmul__"},
    [NB_MULTIPLY] = {"__mul__", "__rmul__", "__imul__"},
    [NB_REMAINDER] = {"__mod__", "__rmod__", "__imod__"},
    [NB_OR] = {"__or__", "__ror__", "__ior__"},
    [NB_POWER] = {"__pow__", "__rpow__", "__ipow__"},
    [NB_RSHIFT] = {"__rshift__", "__rrshift__", "__irshift__"},
    [NB_SUBTRACT] = {"__sub__", "__rsub__", "__isub__"},
    [NB_TRUE_DIVIDE] = {"__truediv__", "__rtruediv__", "__itruediv__"},
    [NB_XOR] = {"__xor__", "__rxor__", "__ixor__"},
};

static const size_t binop_ids[NB_COUNT][3] = {
    [NB_ADD] = {SN(__add__), SN(__radd__), SN(__iadd__)},
    [NB_AND] = {SN(__and__), SN(__rand__), SN(__iand__)},
    [NB_FLOOR_DIVIDE] = {SN(__floordiv__), SN(__rfloordiv__), SN(__ifloordiv__)},
    [NB_LSHIFT] = {SN(__lshift__), SN(__rlshift__), SN(__ilshift__)},
    [NB_MATRIX_MULTIPLY] = {SN(__matmul__), SN(__rmatmul__), SN(__imatmul__)},
    [NB_MULTIPLY] = {SN(__mul__), SN(__rmul__), SN(__imul__)},
    [NB_REMAINDER] = {SN(__mod__), SN(__rmod__), SN(__imod__)},
    [NB_OR] = {SN(__or__), SN(__ror__), SN(__ior__)},
    [NB_POWER] = {SN(__pow__), SN(__rpow__), SN(__ipow__)},
    [NB_RSHIFT] = {SN(__rshift__), SN(__rrshift__), SN(__irshift__)},
    [NB_SUBTRACT] = {SN(__sub__), SN(__rsub__), SN(__isub__)},
    [NB_TRUE_DIVIDE] = {SN(__truediv__), SN(__rtruediv__), SN(__itruediv__)},
    [NB_XOR] = {SN(__xor__), SN(__rxor__), SN(__ixor__)},
};

/* CPython's SLOT1BINFULL: a's __op__, b's __rop__ (first when b's type is a subclass). */
static GpObject *slot_binop(GpObject *a, GpObject *b, int op, BinaryFn self_fn) {
    GpType *ta = GP_TYPE(a), *tb = GP_TYPE(b);
    int do_other = ta != tb && tb->binop[op] == self_fn;
    GpObject *r;
    if (ta->binop[op] == self_fn) {
        /* b's reflected method first only if b's class overrides it (method_is_overloaded) */
        if (do_other && type_is_subtype(tb, ta) &&
            type_lookup(tb, ID_AT(binop_ids[op][1])) != type_lookup(ta, ID_AT(binop_ids[op][1]))) {
            r = call_maybe(b, binop_ids[op][1], &a, 1);
            if (r != GP_NOTIMPL)
                return r;
            gp_decref(r);
            do_other = 0;
        }
        r = call_maybe(a, binop_ids[op][0], &b, 1);
        if (r != GP_NOTIMPL || ta == tb)
            return r;
        gp_decref(r);
    }
    if (do_other)
        return call_maybe(b, binop_ids[op][1], &a, 1);
    return gp_newref(GP_NOTIMPL);
}

#define BINSLOT(OP)                                                                            \
    static GpObject *slot_b_##OP(GpObject *a, GpObject *b) {                                   \
        return slot_binop(a, b, OP, slot_b_##OP);                                              \
    }                                                                                          \
    static GpObject *slot_i_##OP(GpObject *a, GpObject *b) {                                   \
        return call_maybe(a, binop_ids[OP][2], &b, 1);                                       \
    }
BINSLOT(NB_ADD)
BINSLOT(NB_AND)
BINSLOT(NB_FLOOR_DIVIDE)
BINSLOT(NB_LSHIFT)
BINSLOT(NB_MATRIX_MULTIPLY)
BINSLOT(NB_MULTIPLY)
BINSLOT(NB_REMAINDER)
BINSLOT(NB_OR)
BINSLOT(NB_POWER)
BINSLOT(NB_RSHIFT)
BINSLOT(NB_SUBTRACT)
BINSLOT(NB_TRUE_DIVIDE)
BINSLOT(NB_XOR)

/* pow(a, b, m) on a class (CPython's slot_nb_power): three-argument power does not use
 * __rpow__, and obj_power3 may reach here through b's or m's type, so a's type must be the
 * one defining __pow__. */
static GpObject *slot_power3(GpObject *a, GpObject *b, GpObject *m) {
    if (m == GP_NONE)
        return GP_TYPE(a)->binop[NB_POWER] ? GP_TYPE(a)->binop[NB_POWER](a, b)
                                           : gp_newref(GP_NOTIMPL);
    if (GP_TYPE(a)->power3 != slot_power3)
        return gp_newref(GP_NOTIMPL);
    GpObject *args[2] = {b, m};
    return call_method(a, SN(__pow__), args, 2);
}

/* ---- Wrappers: calling a static type's C slot from Python ---- */

static int check_nargs(intptr_t nargs, intptr_t n) {
    if (nargs == n)
        return 0;
    if (n == 0)
        err_format(&gp_exc_TypeError, "expected 0 arguments, got %zd", (ssize_t)nargs);
    else
        err_format(&gp_exc_TypeError, "expected %zd argument%s, got %zd", (ssize_t)n,
                   n == 1 ? "" : "s", (ssize_t)nargs);
    return -1;
}

#define NOKW()                                                                                 \
    do {                                                                                       \
        if (kwnames && TUPLE_SIZE(kwnames))                                                    \
            return err_set_str(&gp_exc_TypeError, "wrapper takes no keyword arguments");       \
    } while (0)

static GpObject *wrap_unary(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                            intptr_t nargs, GpObject *kwnames) {
    (void)op; (void)args;
    NOKW();
    if (check_nargs(nargs, 0) < 0)
        return NULL;
    return ((UnaryFn)slot)(self);
}

static GpObject *wrap_binary(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                             intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (check_nargs(nargs, 1) < 0)
        return NULL;
    return ((BinaryFn)slot)(self, args[0]);
}

static GpObject *wrap_binop_l(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                              intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (check_nargs(nargs, 1) < 0)
        return NULL;
    return ((BinaryFn)slot)(self, args[0]);
}

static GpObject *wrap_binop_r(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                              intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (check_nargs(nargs, 1) < 0)
        return NULL;
    return ((BinaryFn)slot)(args[0], self);
}

static GpObject *wrap_hash(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                           intptr_t nargs, GpObject *kwnames) {
    (void)op; (void)args;
    NOKW();
    if (check_nargs(nargs, 0) < 0)
        return NULL;
    int64_t h = ((HashFn)slot)(self);
    return h == -1 ? NULL : int_from_i64(h);
}

static GpObject *wrap_len(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                          intptr_t nargs, GpObject *kwnames) {
    (void)op; (void)args;
    NOKW();
    if (check_nargs(nargs, 0) < 0)
        return NULL;
    intptr_t n = ((LenFn)slot)(self);
    return n < 0 ? NULL : int_from_i64(n);
}

static GpObject *wrap_bool(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                           intptr_t nargs, GpObject *kwnames) {
    (void)op; (void)args;
    NOKW();
    if (check_nargs(nargs, 0) < 0)
        return NULL;
    int r = ((BoolFn)slot)(self);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *wrap_contains(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                               intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (check_nargs(nargs, 1) < 0)
        return NULL;
    int r = ((ContainsFn)slot)(self, args[0]);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *wrap_richcmp(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                              intptr_t nargs, GpObject *kwnames) {
    NOKW();
    if (check_nargs(nargs, 1) < 0)
        return NULL;
    return ((RichCmpFn)slot)(self, args[0], op);
}

static GpObject *wrap_next(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                           intptr_t nargs, GpObject *kwnames) {
    (void)op; (void)args;
    NOKW();
    if (check_nargs(nargs, 0) < 0)
        return NULL;
    GpObject *r = ((IterNextFn)slot)(self);
    if (!r && !err_occurred())
        err_set_object(&gp_exc_StopIteration, NULL);
    return r;
}

static GpObject *wrap_call(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                           intptr_t nargs, GpObject *kwnames) {
    (void)op;
    return ((CallFn)slot)(self, args, nargs, kwnames);
}

static GpObject *done_int(int r) { return r < 0 ? NULL : gp_none(); }

/* CPython's hackcheck: object.__setattr__(C, ...) must not bypass the C-level setattr of
 * type(self) (type's, for a class). 0, or -1 with TypeError. */
static int setattr_hackcheck(GpObject *self, AnyFn func, const char *what) {
    GpType *t = GP_TYPE(self);
    while (t && t->setattr == slot_setattr)
        t = t->base;
    if (!t || (AnyFn)t->setattr == func)
        return 0;
    err_format(&gp_exc_TypeError, "can't apply this %s to %s object", what, obj_type_name(self));
    return -1;
}

static GpObject *wrap_setattr(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                              intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (check_nargs(nargs, 2) < 0 || setattr_hackcheck(self, slot, "__setattr__") < 0)
        return NULL;
    return done_int(((SetAttrFn)slot)(self, args[0], args[1]));
}

static GpObject *wrap_delattr(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                              intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (check_nargs(nargs, 1) < 0 || setattr_hackcheck(self, slot, "__delattr__") < 0)
        return NULL;
    return done_int(((SetAttrFn)slot)(self, args[0], NULL));
}

static GpObject *wrap_setitem(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                              intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (check_nargs(nargs, 2) < 0)
        return NULL;
    return done_int(((SetItemFn)slot)(self, args[0], args[1]));
}

static GpObject *wrap_delitem(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                              intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (check_nargs(nargs, 1) < 0)
        return NULL;
    return done_int(((SetItemFn)slot)(self, args[0], NULL));
}

static GpObject *wrap_descr_get(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                                intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (nargs < 1 || nargs > 2)
        return err_set_str(&gp_exc_TypeError, "__get__(None, None) is invalid");
    GpObject *obj = args[0] == GP_NONE ? NULL : args[0];
    GpObject *type = nargs > 1 && args[1] != GP_NONE ? args[1] : NULL;
    if (!obj && !type)
        return err_set_str(&gp_exc_TypeError, "__get__(None, None) is invalid");
    return ((TernaryFn)slot)(self, obj, type);
}

typedef int (*DescrSetFn)(GpObject *, GpObject *, GpObject *);

static GpObject *wrap_descr_set(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                                intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (check_nargs(nargs, 2) < 0)
        return NULL;
    return done_int(((DescrSetFn)slot)(self, args[0], args[1]));
}

static GpObject *wrap_descr_delete(GpObject *self, AnyFn slot, int op, GpObject *const *args,
                                   intptr_t nargs, GpObject *kwnames) {
    (void)op;
    NOKW();
    if (check_nargs(nargs, 1) < 0)
        return NULL;
    return done_int(((DescrSetFn)slot)(self, args[0], NULL));
}

/* ---- The table ---- */

#define OFF(f) offsetof(GpType, f)
#define S(name, field, fn, wrap) {name, OFF(field), (AnyFn)(fn), wrap, 0}
#define CMP(name, op) {name, OFF(richcompare), (AnyFn)slot_richcompare, wrap_richcmp, op}
#define BIN(OP)                                                                                \
    {NULL, OFF(binop[OP]), (AnyFn)slot_b_##OP, wrap_binop_l, OP},                              \
    {NULL, OFF(binop[OP]), (AnyFn)slot_b_##OP, wrap_binop_r, OP},                              \
    {NULL, OFF(inplace[OP]), (AnyFn)slot_i_##OP, wrap_binop_l, OP}

/* name NULL: taken from binop_names (plain, reflected, in-place, in that order). */
static const SlotDef slotdefs[] = {
    S("__repr__", repr, slot_repr, wrap_unary),
    S("__str__", str, slot_str, wrap_unary),
    S("__hash__", hash, slot_hash, wrap_hash),
    S("__call__", call, slot_call, wrap_call),
    S("__getattribute__", getattr, slot_getattr, wrap_binary),
    S("__getattr__", getattr, slot_getattr, NULL),
    S("__setattr__", setattr, slot_setattr, wrap_setattr),
    S("__delattr__", setattr, slot_setattr, wrap_delattr),
    CMP("__lt__", CMP_OP_LT),
    CMP("__le__", CMP_OP_LE),
    CMP("__eq__", CMP_OP_EQ),
    CMP("__ne__", CMP_OP_NE),
    CMP("__gt__", CMP_OP_GT),
    CMP("__ge__", CMP_OP_GE),
    S("__iter__", iter, slot_iter, wrap_unary),
    S("__next__", iternext, slot_iternext, wrap_next),
    S("__get__", descr_get, slot_descr_get, wrap_descr_get),
    S("__set__", descr_set, slot_descr_set, wrap_descr_set),
    S("__delete__", descr_set, slot_descr_set, wrap_descr_delete),
    S("__len__", len, slot_len, wrap_len),
    S("__getitem__", getitem, slot_getitem, wrap_binary),
    S("__setitem__", setitem, slot_setitem, wrap_setitem),
    S("__delitem__", setitem, slot_setitem, wrap_delitem),
    S("__contains__", contains, slot_contains, wrap_contains),
    S("__bool__", bool_, slot_bool, wrap_bool),
    S("__neg__", neg, slot_neg, wrap_unary),
    S("__pos__", pos, slot_pos, wrap_unary),
    S("__invert__", invert, slot_invert, wrap_unary),
    S("__abs__", abs, slot_abs, wrap_unary),
    S("__index__", index, slot_index, wrap_unary),
    S("__int__", to_int, slot_int, wrap_unary),
    S("__float__", to_float, slot_float, wrap_unary),
    S("__format__", format, slot_format, wrap_binary),
    BIN(NB_ADD), BIN(NB_AND), BIN(NB_FLOOR_DIVIDE), BIN(NB_LSHIFT), BIN(NB_MATRIX_MULTIPLY),
    BIN(NB_MULTIPLY), BIN(NB_REMAINDER), BIN(NB_OR), BIN(NB_POWER), BIN(NB_RSHIFT),
    BIN(NB_SUBTRACT), BIN(NB_TRUE_DIVIDE), BIN(NB_XOR),
    S("__pow__", power3, slot_power3, NULL),
};
#define NSLOTDEFS ((int)(sizeof(slotdefs) / sizeof(slotdefs[0])))

static const char *slotdef_name(const SlotDef *d) {
    if (d->name)
        return d->name;
    int k = d->wrap == wrap_binop_r ? 1 : d->offset == OFF(inplace[d->op]) ? 2 : 0;
    return binop_names[d->op][k];
}

int slots_is_special(GpObject *name) {
    if (!STR_CHECK(name) || STR_NBYTES(name) < 5)
        return 0;
    const char *s = STR_DATA(name);
    if (s[0] != '_' || s[1] != '_')
        return 0;
    for (int i = 0; i < NSLOTDEFS; i++)
        if (strcmp(slotdef_name(&slotdefs[i]), s) == 0)
            return 1;
    return strcmp(s, "__eq__") == 0;
}

/* ---- Installing slots on heap types ---- */

/* Whether descr (a value found on the MRO) is the slot wrapper of a static type for the
 * slot at off. */
static AnyFn wrapped_slot(GpObject *descr, size_t off, int *builtin) {
    if (GP_TYPE(descr) == &gp_type_method_descr) {
        /* a built-in method of that name (object.__format__): the type's own slot */
        GpType *ot = ((GpMethodDescr *)descr)->objtype;
        *builtin = !(ot->flags & TPFLAG_HEAPTYPE);
        return *builtin ? *SLOT_PTR(ot, off) : NULL;
    }
    *builtin = 0;
    if (GP_TYPE(descr) != &gp_type_slot_wrapper)
        return NULL;
    *builtin = 1;
    GpSlotWrapper *w = (GpSlotWrapper *)descr;
    if (off == OFF(power3) && w->def->offset == OFF(binop[NB_POWER]))
        return (AnyFn)w->objtype->power3;   /* int.__pow__ serves pow(a, b, m) too */
    if (w->def->offset != off)
        return NULL;
    return *SLOT_PTR(w->objtype, off);
}

void slots_fixup(GpType *t) {
    /* Slots sharing one field are handled together: the first definition wins. */
    for (int i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        int first = 1;
        for (int j = 0; j < i; j++)
            if (slotdefs[j].offset == d->offset)
                first = 0;
        if (!first)
            continue;
        AnyFn use = NULL;
        int python = 0, found = 0;
        for (int j = i; j < NSLOTDEFS; j++) {
            const SlotDef *e = &slotdefs[j];
            if (e->offset != d->offset)
                continue;
            GpObject *n = str_intern_cstr(slotdef_name(e));
            if (!n) {
                err_clear();
                continue;
            }
            GpObject *v = type_lookup(t, n);
            gp_decref(n);
            if (!v)
                continue;
            found = 1;
            if (v == GP_NONE && d->offset == OFF(hash))
                continue;
            int builtin;
            AnyFn w = wrapped_slot(v, d->offset, &builtin);
            if (builtin) {
                if (!use)
                    use = w;
            } else {
                python = 1;
            }
        }
        if (python)
            use = d->heap_fn;
        if (!found && d->offset == OFF(hash))
            continue;   /* keep the inherited (object's) hash */
        if (!found && d->offset == OFF(getattr))
            use = (AnyFn)obj_generic_getattr;
        if (!found && d->offset == OFF(setattr))
            use = (AnyFn)obj_generic_setattr;
        *SLOT_PTR(t, d->offset) = use;
    }
    /* __bool__ absent but __len__ defined: truth uses len (obj_is_true). */
    if (t->bool_ == slot_bool) {
        GpObject *n = str_intern_cstr("__bool__");
        if (n) {
            if (!type_lookup(t, n))
                t->bool_ = NULL;
            gp_decref(n);
        } else {
            err_clear();
        }
    }
}

/* ---- Slot wrapper descriptors (static types) ---- */

static GpObject *slot_wrapper_new(GpType *t, const SlotDef *d) {
    GpSlotWrapper *w = (GpSlotWrapper *)obj_new(&gp_type_slot_wrapper, sizeof(GpSlotWrapper));
    if (!w)
        return NULL;
    w->objtype = t;
    w->def = d;
    return (GpObject *)w;
}

/* T.__pow__(self, exp, mod=None) / T.__rpow__(self, base, mod=None) of a built-in type: the
 * binary slot, or the three-argument one when mod is given (CPython's wrap_ternaryfunc). */
static GpObject *wrap_pow(GpType *objtype, int reflected, GpObject *self, GpObject *const *args,
                          intptr_t nargs, GpObject *kwnames) {
    NOKW();
    if (nargs < 1 || nargs > 2)
        return err_format(&gp_exc_TypeError, " expected at %s %d argument%s, got %zd",
                          nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2,
                          nargs < 1 ? "" : "s", (ssize_t)nargs);
    GpObject *a = reflected ? args[0] : self, *b = reflected ? self : args[0];
    if (nargs == 1 || args[1] == GP_NONE)
        return objtype->binop[NB_POWER](a, b);
    if (!objtype->power3)
        return gp_newref(GP_NOTIMPL);
    return objtype->power3(a, b, args[1]);
}

/* The offset of the __init__ wrappers' SlotDefs (no GpType field: heap_fn is the MethodFn). */
#define INIT_SLOT ((size_t)-1)

/* Calls the slot wrapper w's C slot with self and the rest of the arguments. */
static GpObject *wrapper_invoke(GpSlotWrapper *w, GpObject *self, GpObject *const *args,
                                intptr_t nargs, GpObject *kwnames) {
    const SlotDef *d = w->def;
    if (d->offset == INIT_SLOT)
        return ((MethodFn)d->heap_fn)(self, args, nargs, kwnames);
    if (d->offset == OFF(binop[NB_POWER]))
        return wrap_pow(w->objtype, d->wrap == wrap_binop_r, self, args, nargs, kwnames);
    return d->wrap(self, *SLOT_PTR(w->objtype, d->offset), d->op, args, nargs, kwnames);
}

static GpObject *slot_wrapper_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                                   GpObject *kwnames) {
    GpSlotWrapper *w = (GpSlotWrapper *)self;
    const char *name = slotdef_name(w->def);
    if (nargs < 1)
        return err_format(&gp_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                          name, w->objtype->name);
    if (!obj_is_instance_of(args[0], w->objtype))
        return err_format(&gp_exc_TypeError,
                          "descriptor '%s' requires a '%s' object but received a '%s'", name,
                          w->objtype->name, obj_type_name(args[0]));
    return wrapper_invoke(w, args[0], args + 1, nargs - 1, kwnames);
}

static GpObject *slot_wrapper_get(GpObject *self, GpObject *obj, GpObject *type) {
    (void)type;
    if (!obj)
        return gp_newref(self);
    GpMethodWrapper *m = (GpMethodWrapper *)obj_new(&gp_type_method_wrapper,
                                                    sizeof(GpMethodWrapper));
    if (!m)
        return NULL;
    m->descr = gp_newref(self);
    m->self = gp_newref(obj);
    return (GpObject *)m;
}

static GpObject *slot_wrapper_repr(GpObject *self) {
    GpSlotWrapper *w = (GpSlotWrapper *)self;
    return str_from_format("<slot wrapper '%s' of '%s' objects>", slotdef_name(w->def),
                           w->objtype->name);
}

static void slot_wrapper_dealloc(GpObject *self) { obj_free(self); }

static GpObject *wrapper_get_name(GpObject *self) {
    return str_from_cstr(slotdef_name(((GpSlotWrapper *)self)->def));
}

static GpObject *wrapper_get_qualname(GpObject *self) {
    GpSlotWrapper *w = (GpSlotWrapper *)self;
    return str_from_format("%s.%s", w->objtype->name, slotdef_name(w->def));
}

static GpObject *wrapper_get_objclass(GpObject *self) {
    return gp_newref((GpObject *)((GpSlotWrapper *)self)->objtype);
}

static GpGetSetDef slot_wrapper_getset[] = {
    {"__name__", wrapper_get_name, NULL, NULL},
    {"__qualname__", wrapper_get_qualname, NULL, NULL},
    {"__objclass__", wrapper_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_slot_wrapper = {
    GP_TYPE_HEAD,
    .name = "wrapper_descriptor",
    .basicsize = sizeof(GpSlotWrapper),
    .dealloc = slot_wrapper_dealloc,
    .repr = slot_wrapper_repr,
    .call = slot_wrapper_call,
    .descr_get = slot_wrapper_get,
    .getset = slot_wrapper_getset,
};

static void method_wrapper_dealloc(GpObject *self) {
    GpMethodWrapper *m = (GpMethodWrapper *)self;
    gp_decref(m->descr);
    gp_decref(m->self);
    obj_free(self);
}

static GpObject *method_wrapper_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                                     GpObject *kwnames) {
    GpMethodWrapper *m = (GpMethodWrapper *)self;
    GpSlotWrapper *w = (GpSlotWrapper *)m->descr;
    return wrapper_invoke(w, m->self, args, nargs, kwnames);
}

static GpObject *method_wrapper_repr(GpObject *self) {
    GpMethodWrapper *m = (GpMethodWrapper *)self;
    GpSlotWrapper *w = (GpSlotWrapper *)m->descr;
    return str_from_format("<method-wrapper '%s' of %s object at %p>", slotdef_name(w->def),
                           obj_type_name(m->self), (void *)m->self);
}

static GpObject *method_wrapper_get_name(GpObject *self) {
    return wrapper_get_name(((GpMethodWrapper *)self)->descr);
}

static GpObject *method_wrapper_get_self(GpObject *self) {
    return gp_newref(((GpMethodWrapper *)self)->self);
}

static GpObject *method_wrapper_get_qualname(GpObject *self) {
    return wrapper_get_qualname(((GpMethodWrapper *)self)->descr);
}

static GpObject *method_wrapper_get_objclass(GpObject *self) {
    return wrapper_get_objclass(((GpMethodWrapper *)self)->descr);
}

static GpGetSetDef method_wrapper_getset[] = {
    {"__name__", method_wrapper_get_name, NULL, NULL},
    {"__objclass__", method_wrapper_get_objclass, NULL, NULL},
    {"__qualname__", method_wrapper_get_qualname, NULL, NULL},
    {"__self__", method_wrapper_get_self, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static int method_wrapper_traverse(GpObject *self, VisitFn visit, void *arg) {
    GpMethodWrapper *m = (GpMethodWrapper *)self;
    int r = visit(m->descr, arg);
    return r ? r : visit(m->self, arg);
}

GpType gp_type_method_wrapper = {
    GP_TYPE_HEAD,
    .name = "method-wrapper",
    .basicsize = sizeof(GpMethodWrapper),
    .flags = TPFLAG_GC,
    .dealloc = method_wrapper_dealloc,
    .repr = method_wrapper_repr,
    .call = method_wrapper_call,
    .getset = method_wrapper_getset,
    .traverse = method_wrapper_traverse,
};

/* ---- __init__ and __new__ of built-in types ---- */

static GpObject *object_init(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    (void)args;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (nargs == 0 && nkw == 0)
        return gp_none();
    GpType *t = GP_TYPE(self);
    GpObject *init = type_lookup(t, GP_ID(__init__));
    GpObject *new_ = type_lookup(t, GP_ID(__new__));
    if (init && !slots_is_builtin_init(init))
        return err_set_str(&gp_exc_TypeError,
                           "object.__init__() takes exactly one argument (the instance to "
                           "initialize)");
    if (!new_ || (slots_is_builtin_new(new_) &&
                  ((GpCFunction *)new_)->self == (GpObject *)&gp_type_object))
        return err_format(&gp_exc_TypeError,
                          "%s.__init__() takes exactly one argument (the instance to initialize)",
                          t->name);
    return gp_none();
}

/* list.__init__(self, iterable=()): clears, then extends. */
static GpObject *list_init(GpObject *self, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    if (args_no_kw("list", kwnames) < 0 || args_check_count("list", nargs, 0, 1) < 0)
        return NULL;
    /* empty it first, releasing the items last to first (CPython's _list_clear) */
    while (LIST_SIZE(self) > 0) {
        intptr_t i = LIST_SIZE(self) - 1;
        GpObject *item = LIST_ITEM(self, i);
        if (list_resize(self, i) < 0)
            return NULL;
        gp_xdecref(item);
    }
    if (nargs && list_extend(self, args[0]) < 0)
        return NULL;
    return gp_none();
}

/* dict.__init__(self, ...): dict.update's arguments. */
static GpObject *dict_init_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    if (nargs > 1)
        return err_format(&gp_exc_TypeError, "dict expected at most 1 argument, got %zd",
                          (ssize_t)nargs);
    GpObject *n = str_intern_cstr("update");
    if (!n)
        return NULL;
    GpObject *upd = type_lookup(&gp_type_dict, n);
    gp_decref(n);
    if (!upd)
        return err_set_str(&gp_exc_SystemError, "dict.update missing");
    gp_incref(upd);
    GpObject *r = slots_call_found(self, upd, args, nargs, kwnames);
    gp_decref(upd);
    return r;
}

/* T.__new__(cls, *args): T's constructor slot making an instance of cls. */
static GpObject *tp_new_wrapper(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    GpType *t = (GpType *)self;
    if (nargs < 1)
        return err_format(&gp_exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    GpObject *cls = args[0];
    if (!TYPE_CHECK(cls))
        return err_format(&gp_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                          t->name, obj_type_name(cls));
    GpType *sub = (GpType *)cls;
    if (!type_is_subtype(sub, t))
        return err_format(&gp_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                          t->name, sub->name, sub->name, t->name);
    /* CPython's rule: the nearest static base must make instances with this very __new__
     * (object.__new__(int) would skip int's own constructor). */
    GpType *sb = type_static_base(sub);
    if (sb && sb != t && sb->new_ != t->new_) {
        /* Named after the nearest class whose __new__ is not written in Python. */
        GpType *use = sub;
        while (use->base && (use->flags & TPFLAG_HEAPTYPE)) {
            GpObject *nw = type_lookup(use, GP_ID(__new__));
            if (!nw || slots_is_builtin_new(nw))
                break;
            use = use->base;
        }
        return err_format(&gp_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                          t->name, sub->name, use->name);
    }
    if (!t->new_)
        return err_format(&gp_exc_TypeError, "cannot create '%s' instances", sub->name);
    if (t == &gp_type_object && type_check_abstract(sub) < 0)
        return NULL;
    if (t == &gp_type_object && (nargs > 1 || (kwnames && TUPLE_SIZE(kwnames)))) {
        GpObject *newd = type_lookup(sub, GP_ID(__new__));
        if (newd && !slots_is_builtin_new(newd))
            return err_set_str(&gp_exc_TypeError, "object.__new__() takes exactly one argument "
                                                  "(the type to instantiate)");
        GpObject *init = type_lookup(sub, GP_ID(__init__));
        if (!init || slots_is_builtin_init(init))
            return err_format(&gp_exc_TypeError, "%s() takes no arguments", sub->name);
        return t->new_(sub, NULL, 0, NULL);
    }
    return t->new_(sub, args + 1, nargs - 1, kwnames);
}

/* object.__init_subclass__(cls, **kwargs): accepts no keyword arguments. */
static GpObject *object_init_subclass(GpObject *self, GpObject *const *args, intptr_t nargs,
                                      GpObject *kwnames) {
    /* bound to the class (self), or called unbound with the class first */
    GpObject *cls = self;
    if (!cls && nargs > 0) {
        cls = args[0];
        nargs--;
    }
    if (!cls || nargs != 0 || !TYPE_CHECK(cls))
        return err_set_str(&gp_exc_TypeError, "__init_subclass__() takes no arguments");
    if (kwnames && TUPLE_SIZE(kwnames))
        return err_format(&gp_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                          ((GpType *)cls)->name);
    return gp_none();
}

static GpMethodDef init_subclass_def = {"__init_subclass__", object_init_subclass,
                                        METH_KEYWORDS, NULL};

/* object.__subclasshook__(subclass): NotImplemented (issubclass decides as usual). */
static GpObject *object_subclasshook(GpObject *self, GpObject *const *args, intptr_t nargs,
                                     GpObject *kwnames) {
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return gp_newref(GP_NOTIMPL);
}

static GpMethodDef subclasshook_def = {"__subclasshook__", object_subclasshook, METH_VARARGS,
                                       NULL};

/* type.__prepare__(name, bases, **kwds): the class body's namespace, a new dict. */
static GpObject *type_prepare(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return dict_new();
}

static GpMethodDef type_prepare_def = {"__prepare__", type_prepare, METH_KEYWORDS, NULL};
/* type.__init__(cls, name, bases, dict, **kw) / type.__init__(cls, obj): nothing to do. */
static GpObject *type_init(GpObject *self, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    (void)self; (void)args; (void)kwnames;
    if (nargs != 1 && nargs != 3)
        return err_set_str(&gp_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return gp_none();
}

static GpMethodDef type_init_def = {"__init__", type_init, METH_KEYWORDS, NULL};
static GpMethodDef object_init_def = {"__init__", object_init, METH_KEYWORDS, NULL};
static GpMethodDef list_init_def = {"__init__", list_init, METH_KEYWORDS, NULL};
static GpMethodDef dict_init_def = {"__init__", dict_init_meth, METH_KEYWORDS, NULL};
static GpMethodDef new_def = {"__new__", tp_new_wrapper, METH_KEYWORDS,
                              "Create and return a new object."};

/* object.__init__ & co. are slot wrappers, as in CPython */
static const SlotDef init_slotdefs[] = {
    {"__init__", INIT_SLOT, (AnyFn)object_init, NULL, 0},
    {"__init__", INIT_SLOT, (AnyFn)list_init, NULL, 0},
    {"__init__", INIT_SLOT, (AnyFn)dict_init_meth, NULL, 0},
    {"__init__", INIT_SLOT, (AnyFn)type_init, NULL, 0},
};

int slots_is_builtin_init(GpObject *d) {
    if (GP_TYPE(d) == &gp_type_slot_wrapper)
        return ((GpSlotWrapper *)d)->def->offset == INIT_SLOT;
    if (GP_TYPE(d) != &gp_type_method_descr)
        return 0;
    GpMethodDef *def = ((GpMethodDescr *)d)->def;
    return def == &object_init_def || def == &list_init_def || def == &dict_init_def ||
           def == &type_init_def ||
           ((GpMethodDescr *)d)->objtype->flags & TPFLAG_EXC_SUBCLASS;
}

int slots_is_builtin_new(GpObject *d) {
    return GP_TYPE(d) == &gp_type_cfunction && ((GpCFunction *)d)->def == &new_def;
}

static int add(GpObject *dict, const char *name, GpObject *v_steal) {
    if (!v_steal)
        return -1;
    int r = dict_setitem_cstr(dict, name, v_steal);
    gp_decref(v_steal);
    return r;
}

int slots_add_wrappers(GpType *t, GpObject *dict) {
    GpType *b = t->base;
    for (int i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        if (!d->wrap)
            continue;
        AnyFn f = *SLOT_PTR(t, d->offset);
        if (!f || (b && *SLOT_PTR(b, d->offset) == f))
            continue;
        if (d->wrap == wrap_binop_r && t->len && d->op == NB_ADD)
            continue;   /* sequence concatenation has no __radd__ */
        const char *name = slotdef_name(d);
        GpObject *old = dict_getitem_cstr(dict, name);
        if (old)
            continue;
        if (err_occurred())
            return -1;
        if (add(dict, name, slot_wrapper_new(t, d)) < 0)
            return -1;
    }
    if (t == &gp_type_object) {
        /* object's comparisons all exist (returning NotImplemented) */
        for (int op = 0; op < 6; op++) {
            if (dict_getitem_cstr(dict, cmp_names[op]))
                continue;
            const SlotDef *d = NULL;
            for (int i = 0; i < NSLOTDEFS && !d; i++)
                if (slotdefs[i].name && strcmp(slotdefs[i].name, cmp_names[op]) == 0)
                    d = &slotdefs[i];
            if (d && add(dict, cmp_names[op], slot_wrapper_new(t, d)) < 0)
                return -1;
        }
    }
    if (t == &gp_type_object && !dict_getitem_cstr(dict, "__init_subclass__")) {
        GpObject *f = cfunction_new(&init_subclass_def, NULL, NULL);
        GpObject *cm = f ? classmethod_new(f) : NULL;
        gp_xdecref(f);
        if (add(dict, "__init_subclass__", cm) < 0)
            return -1;
    }
    if (t == &gp_type_object && !dict_getitem_cstr(dict, "__subclasshook__")) {
        GpObject *f = cfunction_new(&subclasshook_def, NULL, NULL);
        GpObject *cm = f ? classmethod_new(f) : NULL;
        gp_xdecref(f);
        if (add(dict, "__subclasshook__", cm) < 0)
            return -1;
    }
    if (t == &gp_type_type && !dict_getitem_cstr(dict, "__prepare__")) {
        GpObject *f = cfunction_new(&type_prepare_def, NULL, NULL);
        GpObject *cm = f ? classmethod_new(f) : NULL;
        gp_xdecref(f);
        if (add(dict, "__prepare__", cm) < 0)
            return -1;
    }
    const SlotDef *init = t == &gp_type_object ? &init_slotdefs[0]
                          : t == &gp_type_list ? &init_slotdefs[1]
                          : t == &gp_type_dict ? &init_slotdefs[2]
                          : t == &gp_type_type ? &init_slotdefs[3]
                                               : NULL;
    if (init && !dict_getitem_cstr(dict, "__init__") &&
        add(dict, "__init__", slot_wrapper_new(t, init)) < 0)
        return -1;
    if (t->new_ && (!b || b->new_ != t->new_) && !dict_getitem_cstr(dict, "__new__") &&
        add(dict, "__new__", cfunction_new(&new_def, (GpObject *)t, NULL)) < 0)
        return -1;
    return 0;
}
