/* module.c — module objects: a namespace dict with a name.
 *
 * Invariants:
 * - dict is never NULL; it holds __name__, __doc__, __package__, __loader__ and __spec__
 *   from creation (CPython's PyModule_New), so vars(module) looks the same.
 * - Attribute lookup: data descriptors of the type, then the module's dict, then the
 *   type's other attributes, then the module's own __getattr__ (PEP 562), else
 *   AttributeError "module 'sys' has no attribute 'x'".
 * - Modules made from C (module_new) are "built-in" in their repr; module(name) objects are
 *   not, as in CPython (<module 'x'>).
 */
#include <stddef.h>
#include <string.h>

#include "errors.h"
#include "import.h"
#include "interp.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define M(o) ((GpModule *)(o))

/* A module object with the standard dict entries; new reference. */
static GpObject *make_module(GpType *type, GpObject *name, GpObject *doc, int builtin) {
    GpModule *m = (GpModule *)obj_new(type, sizeof(GpModule));
    if (!m) return NULL;
    m->builtin = builtin;
    m->dict = dict_new();
    if (!m->dict) goto error;
    if (dict_setitem(m->dict, GP_ID(__name__), name) < 0 ||
        dict_setitem(m->dict, GP_ID(__doc__), doc ? doc : GP_NONE) < 0 ||
        dict_setitem_cstr(m->dict, "__package__", GP_NONE) < 0 ||
        dict_setitem_cstr(m->dict, "__loader__", GP_NONE) < 0 ||
        dict_setitem_cstr(m->dict, "__spec__", GP_NONE) < 0)
        goto error;
    return (GpObject *)m;
error:
    gp_decref((GpObject *)m);
    return NULL;
}

GpObject *module_new(const char *name) {
    GpObject *n = str_intern_cstr(name);
    if (!n) return NULL;
    GpObject *m = make_module(&gp_type_module, n, NULL, 1);
    gp_decref(n);
    return m;
}

int module_add_functions(GpObject *module, GpMethodDef *defs) {
    GpObject *name = dict_getitem(MODULE_DICT(module), GP_ID(__name__));
    if (!name && err_occurred()) return -1;
    for (GpMethodDef *d = defs; d && d->name; d++) {
        GpObject *f = cfunction_new(d, module, name);
        if (!f) return -1;
        int r = dict_setitem_cstr(MODULE_DICT(module), d->name, f);
        gp_decref(f);
        if (r < 0) return -1;
    }
    return 0;
}

int module_add_object(GpObject *module, const char *name, GpObject *value) {
    return dict_setitem_cstr(MODULE_DICT(module), name, value);
}

/* ---- Slots ---- */

static GpObject *module_type_new(GpType *type, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    static const char *const names[] = {"name", "doc", NULL};
    GpObject *a[2] = {NULL, NULL};
    if (args_parse("module", args, nargs, kwnames, names, 1, 2, a) < 0) return NULL;
    if (!STR_CHECK(a[0]))
        return err_format(&gp_exc_TypeError, "module() argument 'name' must be str, not %s",
                          obj_type_name(a[0]));
    return make_module(type, a[0], a[1], 0);
}

static void module_dealloc(GpObject *o) {
    if (gp_interp->dying_modules)
        interp_forget_module(o);
    GP_CLEAR(M(o)->dict);
    obj_free(o);
}

static int module_traverse(GpObject *o, VisitFn visit, void *arg) {
    return M(o)->dict ? visit(M(o)->dict, arg) : 0;
}

static GpObject *module_repr(GpObject *o) {
    GpObject *d = M(o)->dict;
    GpObject *name = dict_getitem(d, GP_ID(__name__));
    if (!name && err_occurred()) err_clear();
    GpObject *file = dict_getitem(d, GP_ID(__file__));
    if (!file && err_occurred()) err_clear();
    const char *n = name && STR_CHECK(name) ? str_cstr(name) : "?";
    if (file && STR_CHECK(file)) return str_from_format("<module '%s' from '%U'>", n, file);
    if (M(o)->builtin) return str_from_format("<module '%s' (built-in)>", n);
    return str_from_format("<module '%s'>", n);
}

static GpObject *module_getattr(GpObject *o, GpObject *name) {
    if (!STR_CHECK(name)) return obj_generic_getattr(o, name);
    GpObject *descr = type_lookup(GP_TYPE(o), name);
    if (!descr || GP_TYPE(descr) != &gp_type_getset_descr) {
        GpObject *v = dict_getitem(M(o)->dict, name);
        if (v) return gp_newref(v);
        if (err_occurred()) return NULL;
    }
    if (descr) return obj_generic_getattr(o, name);
    GpObject *ga = dict_getitem(M(o)->dict, GP_ID(__getattr__));
    if (ga) {
        gp_incref(ga);
        GpObject *r = obj_call1(ga, name);
        gp_decref(ga);
        return r;
    }
    if (err_occurred()) return NULL;
    GpObject *mn = dict_getitem(M(o)->dict, GP_ID(__name__));
    if (mn && STR_CHECK(mn))
        return import_err_no_attribute(o, mn, name);
    if (err_occurred()) return NULL;
    return err_format(&gp_exc_AttributeError, "module has no attribute '%U'", name);
}

static GpObject *module_get_dict(GpObject *o) { return gp_newref(M(o)->dict); }

static GpGetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static GpObject *module_dir(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    GpObject *d = M(self)->dict;
    GpObject *f = dict_getitem(d, GP_ID(__dir__));
    if (f) return obj_call0(f);
    if (err_occurred()) return NULL;
    return dict_keys_list(d);
}

static GpMethodDef module_methods[] = {
    {"__dir__", module_dir, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_module = {
    GP_TYPE_HEAD,
    .name = "module",
    .basicsize = sizeof(GpModule),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = obj_generic_setattr,
    .new_ = module_type_new,
    .traverse = module_traverse,
    .getset = module_getset,
    .methods = module_methods,
    .dictoffset = offsetof(GpModule, dict),
};
