/* none.c — the singletons None, NotImplemented and Ellipsis and their types.
 *
 * Invariants: each is a static object, the only instance of its type; calling the type
 * with no arguments returns it; their counts move but they are never deallocated.
 */
#include "errors.h"
#include "objects/bool.h"
#include "objects/func.h"
#include "objects/str.h"
#include "objects/tuple.h"

GpObject gp_none_obj = {1, &gp_type_none};
GpObject gp_notimpl_obj = {1, &gp_type_notimpl};
GpObject gp_ellipsis_obj = {1, &gp_type_ellipsis};

static GpObject *none_repr(GpObject *self) { (void)self; return str_from_cstr("None"); }
static GpObject *notimpl_repr(GpObject *self) { (void)self; return str_from_cstr("NotImplemented"); }
static GpObject *ellipsis_repr(GpObject *self) { (void)self; return str_from_cstr("Ellipsis"); }

static int none_bool(GpObject *self) { (void)self; return 0; }

/* The singleton when called with no arguments; `what` names the type in the message. */
static GpObject *singleton_new(GpObject *single, const char *what, intptr_t nargs,
                               GpObject *kwnames) {
    if (nargs || (kwnames && TUPLE_SIZE(kwnames)))
        return err_format(&gp_exc_TypeError, "%s takes no arguments", what);
    return gp_newref(single);
}

static GpObject *none_new(GpType *t, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    (void)t; (void)args;
    return singleton_new(GP_NONE, "NoneType", nargs, kwnames);
}
static GpObject *notimpl_new(GpType *t, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    (void)t; (void)args;
    return singleton_new(GP_NOTIMPL, "NotImplementedType", nargs, kwnames);
}
static GpObject *ellipsis_new(GpType *t, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    (void)t; (void)args;
    return singleton_new(GP_ELLIPSIS, "EllipsisType", nargs, kwnames);
}

GpType gp_type_none = {
    GP_TYPE_HEAD,
    .name = "NoneType",
    .basicsize = sizeof(GpObject),
    .dealloc = obj_static_dealloc,
    .repr = none_repr,
    .bool_ = none_bool,
    .new_ = none_new,
};

GpType gp_type_notimpl = {
    GP_TYPE_HEAD,
    .name = "NotImplementedType",
    .basicsize = sizeof(GpObject),
    .dealloc = obj_static_dealloc,
    .repr = notimpl_repr,
    .new_ = notimpl_new,
};

GpType gp_type_ellipsis = {
    GP_TYPE_HEAD,
    .name = "ellipsis",
    .basicsize = sizeof(GpObject),
    .dealloc = obj_static_dealloc,
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
};
