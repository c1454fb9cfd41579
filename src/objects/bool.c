/* bool.c — bool: a subclass of int whose only instances are the static True and False.
 *
 * Invariants: True and False are static GpInts (value 1 and 0), never from the int blocks
 * and never deallocated; & | ^ between two bools give a bool, every other operation is
 * int's (inherited slots). bool cannot be subclassed (no TPFLAG_BASETYPE).
 */
#include "errors.h"
#include "objects/bool.h"
#include "objects/func.h"
#include "objects/str.h"

GpInt gp_true_obj = {{1, &gp_type_bool}, 1};
GpInt gp_false_obj = {{1, &gp_type_bool}, 0};

static GpObject *bool_repr(GpObject *self) {
    return str_from_cstr(self == GP_TRUE ? "True" : "False");
}

static GpObject *bool_new(GpType *t, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    (void)t;
    if (args_no_kw("bool", kwnames) < 0 || args_check_count("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return gp_bool(0);
    int r = obj_is_true(args[0]);
    return r < 0 ? NULL : gp_bool(r);
}

/* a OP b for & | ^: bool if both are bools, else int's slot. */
static GpObject *bool_bitop(GpObject *a, GpObject *b, int op) {
    if (!BOOL_CHECK(a) || !BOOL_CHECK(b))
        return gp_type_int.binop[op](a, b);
    int64_t x = INT_VALUE(a), y = INT_VALUE(b);
    return gp_bool(op == NB_AND ? (x & y) : op == NB_OR ? (x | y) : (x ^ y));
}
static GpObject *bool_and(GpObject *a, GpObject *b) { return bool_bitop(a, b, NB_AND); }
static GpObject *bool_or(GpObject *a, GpObject *b) { return bool_bitop(a, b, NB_OR); }
static GpObject *bool_xor(GpObject *a, GpObject *b) { return bool_bitop(a, b, NB_XOR); }

GpType gp_type_bool = {
    GP_TYPE_HEAD,
    .name = "bool",
    .basicsize = sizeof(GpInt),
    .flags = TPFLAG_INT_SUBCLASS,
    .base = &gp_type_int,
    .dealloc = obj_static_dealloc,
    .repr = bool_repr,
    .new_ = bool_new,
    .binop = {[NB_AND] = bool_and, [NB_OR] = bool_or, [NB_XOR] = bool_xor},
};
