/* func.c — Python functions, cells and bound methods (the C-function wrappers live in
 * cfunc.c; calling a function is frame.c's func_call).
 *
 * Invariants:
 * - A function owns every non-NULL field. Its annotations field holds a dict, or the flat
 *   (name, value, ...) tuple MAKE_FUNCTION built, turned into a dict on first read.
 * - Functions hash and compare by identity; cells compare by contents and are unhashable;
 *   bound methods are equal when their functions are equal and their selves identical.
 * - Release order on dealloc follows CPython 3.11's func_clear/func_dealloc.
 */
#include <stddef.h>

#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm.h"

/* CPython's _Py_HashPointer. */
int64_t func_hash_pointer(const void *p) {
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    int64_t x = (int64_t)y;
    return x == -1 ? -2 : x;
}

static inline GpObject *none_if_null(GpObject *o) { return gp_newref(o ? o : GP_NONE); }

/* ---- function ---- */

GpObject *func_new(GpObject *code, GpObject *globals, GpObject *qualname) {
    GpCode *co = (GpCode *)code;
    GpFunction *f;
    if (!code || !CODE_CHECK(code) || !globals || !DICT_CHECK(globals))
        return err_bad_internal_call();
    f = (GpFunction *)obj_new(&gp_type_function, sizeof(GpFunction));
    if (!f)
        return NULL;
    f->code = gp_newref(code);
    f->globals = gp_newref(globals);
    f->builtins = gp_newref(frame_builtins_from_globals(globals));
    f->name = gp_newref(co->name);
    f->qualname = gp_newref(qualname && STR_CHECK(qualname) ? qualname : co->name);
    if (co->consts && TUPLE_SIZE(co->consts) > 0 && STR_CHECK(TUPLE_ITEM(co->consts, 0)))
        f->doc = gp_newref(TUPLE_ITEM(co->consts, 0));
    GpObject *mod = dict_getitem(globals, GP_ID(__name__));
    if (mod)
        f->module = gp_newref(mod);
    else if (err_occurred())
        err_clear();
    return (GpObject *)f;
}

static void func_dealloc(GpObject *self) {
    GpFunction *f = (GpFunction *)self;
    GP_CLEAR(f->globals);
    GP_CLEAR(f->builtins);
    GP_CLEAR(f->module);
    GP_CLEAR(f->defaults);
    GP_CLEAR(f->kwdefaults);
    GP_CLEAR(f->doc);
    GP_CLEAR(f->dict);
    GP_CLEAR(f->closure);
    GP_CLEAR(f->annotations);
    GP_CLEAR(f->code);
    GP_CLEAR(f->name);
    GP_CLEAR(f->qualname);
    obj_free(self);
}

static int func_traverse(GpObject *self, VisitFn visit, void *arg) {
    GpFunction *f = (GpFunction *)self;
    GpObject *fields[] = {f->code, f->globals, f->builtins, f->name, f->qualname, f->defaults,
                          f->kwdefaults, f->closure, f->doc, f->module, f->annotations, f->dict};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r)
                return r;
        }
    return 0;
}

/* modules+gc: breaks cycles through a function (the collector's clear slot). Keeps code,
 * globals, builtins, names and closure, so a function reached again stays callable. */
static GpObject *func_clear(GpObject *self) {
    GpFunction *f = (GpFunction *)self;
    GP_CLEAR(f->defaults);
    GP_CLEAR(f->kwdefaults);
    GP_CLEAR(f->doc);
    GP_CLEAR(f->dict);
    GP_CLEAR(f->annotations);
    return NULL;
}

static GpObject *func_repr(GpObject *self) {
    return str_from_format("<function %U at %p>", ((GpFunction *)self)->qualname, (void *)self);
}

static int64_t func_hash(GpObject *self) { return func_hash_pointer(self); }

#define FN(o) ((GpFunction *)(o))

static int readonly(GpObject *self, GpObject *value) {
    (void)self;
    (void)value;
    err_set_str(&gp_exc_AttributeError, "readonly attribute");
    return -1;
}

static GpObject *get_code(GpObject *self) { return gp_newref(FN(self)->code); }
static int set_code(GpObject *self, GpObject *value) {
    if (!value || !CODE_CHECK(value)) {
        err_set_str(&gp_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    GpCode *co = (GpCode *)value;
    intptr_t nclosure = FN(self)->closure ? TUPLE_SIZE(FN(self)->closure) : 0;
    if (co->nfreevars != nclosure) {
        err_format(&gp_exc_ValueError,
                   "%U() requires a code object with %zd free vars, not %d", FN(self)->name,
                   nclosure, co->nfreevars);
        return -1;
    }
    GP_SETREF(FN(self)->code, gp_newref(value));
    return 0;
}

static GpObject *get_globals(GpObject *self) { return gp_newref(FN(self)->globals); }
static GpObject *get_builtins(GpObject *self) { return gp_newref(FN(self)->builtins); }
static GpObject *get_closure(GpObject *self) { return none_if_null(FN(self)->closure); }

static GpObject *get_name(GpObject *self) { return gp_newref(FN(self)->name); }
static int set_name(GpObject *self, GpObject *value) {
    if (!value || !STR_CHECK(value)) {
        err_set_str(&gp_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    GP_SETREF(FN(self)->name, gp_newref(value));
    return 0;
}

static GpObject *get_qualname(GpObject *self) { return gp_newref(FN(self)->qualname); }
static int set_qualname(GpObject *self, GpObject *value) {
    if (!value || !STR_CHECK(value)) {
        err_set_str(&gp_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    GP_SETREF(FN(self)->qualname, gp_newref(value));
    return 0;
}

static GpObject *get_doc(GpObject *self) { return none_if_null(FN(self)->doc); }
static int set_doc(GpObject *self, GpObject *value) {
    GP_SETREF(FN(self)->doc, value ? gp_newref(value) : NULL);
    return 0;
}

static GpObject *get_module(GpObject *self) { return none_if_null(FN(self)->module); }
static int set_module(GpObject *self, GpObject *value) {
    GP_SETREF(FN(self)->module, value ? gp_newref(value) : NULL);
    return 0;
}

static GpObject *get_defaults(GpObject *self) { return none_if_null(FN(self)->defaults); }
static int set_defaults(GpObject *self, GpObject *value) {
    if (value == GP_NONE)
        value = NULL;
    if (value && !TUPLE_CHECK(value)) {
        err_set_str(&gp_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    GP_SETREF(FN(self)->defaults, value ? gp_newref(value) : NULL);
    return 0;
}

static GpObject *get_kwdefaults(GpObject *self) { return none_if_null(FN(self)->kwdefaults); }
static int set_kwdefaults(GpObject *self, GpObject *value) {
    if (value == GP_NONE)
        value = NULL;
    if (value && !DICT_CHECK(value)) {
        err_set_str(&gp_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    GP_SETREF(FN(self)->kwdefaults, value ? gp_newref(value) : NULL);
    return 0;
}

static GpObject *get_annotations(GpObject *self) {
    GpFunction *f = FN(self);
    if (!f->annotations || TUPLE_CHECK(f->annotations)) {
        GpObject *d = dict_new();
        if (!d)
            return NULL;
        if (f->annotations) {
            GpObject *t = f->annotations;
            for (intptr_t i = 0; i + 1 < TUPLE_SIZE(t); i += 2)
                if (dict_setitem(d, TUPLE_ITEM(t, i), TUPLE_ITEM(t, i + 1)) < 0) {
                    gp_decref(d);
                    return NULL;
                }
        }
        GP_SETREF(f->annotations, d);
    }
    return gp_newref(f->annotations);
}
static int set_annotations(GpObject *self, GpObject *value) {
    if (value == GP_NONE)
        value = NULL;
    if (value && !DICT_CHECK(value)) {
        err_set_str(&gp_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    GP_SETREF(FN(self)->annotations, value ? gp_newref(value) : NULL);
    return 0;
}

static GpObject *get_dict(GpObject *self) { return obj_get_dict_at(&FN(self)->dict); }
static int set_dict(GpObject *self, GpObject *value) {
    return obj_set_dict_at(&FN(self)->dict, value);
}

static GpGetSetDef func_getset[] = {
    {"__code__", get_code, set_code, NULL},
    {"__defaults__", get_defaults, set_defaults, NULL},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults, NULL},
    {"__annotations__", get_annotations, set_annotations, NULL},
    {"__dict__", get_dict, set_dict, NULL},
    {"__name__", get_name, set_name, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL},
    {"__closure__", get_closure, readonly, NULL},
    {"__doc__", get_doc, set_doc, NULL},
    {"__globals__", get_globals, readonly, NULL},
    {"__module__", get_module, set_module, NULL},
    {"__builtins__", get_builtins, readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

/* function.__get__(obj, type): a bound method, or the function itself through the class. */
static GpObject *func_descr_get(GpObject *self, GpObject *obj, GpObject *type) {
    (void)type;
    return obj && obj != GP_NONE ? method_new(self, obj) : gp_newref(self);
}

GpType gp_type_function = {
    GP_TYPE_HEAD,
    .name = "function",
    .basicsize = sizeof(GpFunction),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = func_dealloc,
    .repr = func_repr,
    .hash = func_hash,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = func_call,
    .traverse = func_traverse,
    .clear = func_clear,
    .getset = func_getset,
    .dictoffset = offsetof(GpFunction, dict),
    .descr_get = func_descr_get,
};

/* ---- cell ---- */

GpObject *cell_new(GpObject *ref) {
    GpCell *c = (GpCell *)obj_new(&gp_type_cell, sizeof(GpCell));
    if (!c)
        return NULL;
    c->ref = ref ? gp_newref(ref) : NULL;
    return (GpObject *)c;
}

static void cell_dealloc(GpObject *self) {
    GP_CLEAR(((GpCell *)self)->ref);
    obj_free(self);
}

static int cell_traverse(GpObject *self, VisitFn visit, void *arg) {
    GpObject *r = ((GpCell *)self)->ref;
    return r ? visit(r, arg) : 0;
}

/* modules+gc: the collector's clear slot: empties the cell. */
static GpObject *cell_clear(GpObject *self) {
    GP_CLEAR(((GpCell *)self)->ref);
    return NULL;
}

static GpObject *cell_repr(GpObject *self) {
    GpObject *r = ((GpCell *)self)->ref;
    if (!r)
        return str_from_format("<cell at %p: empty>", (void *)self);
    return str_from_format("<cell at %p: %s object at %p>", (void *)self, obj_type_name(r),
                           (void *)r);
}

static int64_t cell_hash(GpObject *self) {
    err_format(&gp_exc_TypeError, "unhashable type: '%s'", obj_type_name(self));
    return -1;
}

static GpObject *cell_richcompare(GpObject *a, GpObject *b, int op) {
    if (GP_TYPE(a) != &gp_type_cell || GP_TYPE(b) != &gp_type_cell)
        return gp_newref(GP_NOTIMPL);
    GpObject *x = ((GpCell *)a)->ref, *y = ((GpCell *)b)->ref;
    if (x && y)
        return obj_richcompare(x, y, op);
    /* Empty cells come before anything else. */
    return obj_cmp_result((x != NULL) - (y != NULL), op);
}

static GpObject *cell_get_contents(GpObject *self) {
    GpObject *r = ((GpCell *)self)->ref;
    if (!r)
        return err_set_str(&gp_exc_ValueError, "Cell is empty");
    return gp_newref(r);
}
static int cell_set_contents(GpObject *self, GpObject *value) {
    GP_SETREF(((GpCell *)self)->ref, value ? gp_newref(value) : NULL);
    return 0;
}

static GpGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_cell = {
    GP_TYPE_HEAD,
    .name = "cell",
    .basicsize = sizeof(GpCell),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .hash = cell_hash,
    .richcompare = cell_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getset = cell_getset,
};

/* ---- method (a function bound to an instance) ---- */

#define METH(o) ((GpMethod *)(o))

GpObject *method_new(GpObject *func, GpObject *self) {
    GpMethod *m = (GpMethod *)obj_new(&gp_type_method, sizeof(GpMethod));
    if (!m)
        return NULL;
    m->func = gp_newref(func);
    m->self = gp_newref(self);
    return (GpObject *)m;
}

static void method_dealloc(GpObject *self) {
    GP_CLEAR(METH(self)->func);
    GP_CLEAR(METH(self)->self);
    obj_free(self);
}

static int method_traverse(GpObject *self, VisitFn visit, void *arg) {
    int r = visit(METH(self)->func, arg);
    return r ? r : visit(METH(self)->self, arg);
}

static GpObject *method_repr(GpObject *self) {
    GpObject *name = obj_lookup_attr(METH(self)->func, GP_ID(__qualname__));
    if (!name && !err_occurred())
        name = obj_lookup_attr(METH(self)->func, GP_ID(__name__));
    if (!name && err_occurred())
        return NULL;
    GpObject *r;
    if (name && STR_CHECK(name))
        r = str_from_format("<bound method %U of %R>", name, METH(self)->self);
    else
        r = str_from_format("<bound method ? of %R>", METH(self)->self);
    gp_xdecref(name);
    return r;
}

static int64_t method_hash(GpObject *self) {
    int64_t y = obj_hash(METH(self)->func);
    if (y == -1)
        return -1;
    int64_t x = func_hash_pointer(METH(self)->self) ^ y;
    return x == -1 ? -2 : x;
}

static GpObject *method_richcompare(GpObject *a, GpObject *b, int op) {
    if ((op != CMP_OP_EQ && op != CMP_OP_NE) || GP_TYPE(a) != &gp_type_method ||
        GP_TYPE(b) != &gp_type_method)
        return gp_newref(GP_NOTIMPL);
    int eq = METH(a)->self == METH(b)->self;
    if (eq) {
        eq = obj_richcompare_bool(METH(a)->func, METH(b)->func, CMP_OP_EQ);
        if (eq < 0)
            return NULL;
    }
    return gp_bool(op == CMP_OP_EQ ? eq : !eq);
}

/* Attributes of the method type first (__func__, __self__, __doc__), then the function's. */
static GpObject *method_getattr(GpObject *self, GpObject *name) {
    GpObject *descr = type_lookup(GP_TYPE(self), name);
    if (descr)
        return obj_generic_getattr(self, name);
    return obj_getattr(METH(self)->func, name);
}

static GpObject *method_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    intptr_t total = nargs + (kwnames ? TUPLE_SIZE(kwnames) : 0);
    GpObject *small[8];
    GpObject **buf = small;
    if (total + 1 > 8) {
        buf = (GpObject **)mem_alloc(sizeof(GpObject *) * (size_t)(total + 1));
        if (!buf)
            return err_no_memory();
    }
    buf[0] = METH(self)->self;
    for (intptr_t i = 0; i < total; i++)
        buf[i + 1] = args[i];
    GpObject *res = obj_call(METH(self)->func, buf, nargs + 1, kwnames);
    if (buf != small)
        mem_free(buf);
    return res;
}

static GpObject *method_get_func(GpObject *self) { return gp_newref(METH(self)->func); }
static GpObject *method_get_self(GpObject *self) { return gp_newref(METH(self)->self); }
static GpObject *method_get_doc(GpObject *self) {
    return obj_getattr(METH(self)->func, GP_ID(__doc__));
}

static GpGetSetDef method_getset[] = {
    {"__func__", method_get_func, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL},
    {"__doc__", method_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_method = {
    GP_TYPE_HEAD,
    .name = "method",
    .basicsize = sizeof(GpMethod),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .setattr = obj_generic_setattr,
    .call = method_call,
    .traverse = method_traverse,
    .getset = method_getset,
};
