/* vm_ops.c — the eval loop's slow paths: raising and implicit chaining, unpacking,
 * imports, the REPL echo, f-string pieces, sets, * and ** call arguments, `with`, and the
 * messages for unbound names. Every message is CPython 3.11's.
 *
 * Invariants: arguments are borrowed unless the name ends in _steal; nothing here keeps a
 * reference past its return except what it hands back.
 */
#include <string.h>

#include "errors.h"
#include "import.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm_cache.h"
#include "vm_ops.h"

static inline int is_exc_class(GpObject *o) {
    return (GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS) && EXC_TYPE_CHECK(o);
}

/* ---- Raising ---- */

void vm_chain_context(GpObject *value) {
    GpObject *handled = interp_handled_exc();
    if (!handled || handled == GP_NONE || handled == value || !EXC_CHECK(value))
        return;
    /* Cut a cycle through value (Floyd's algorithm guards against an existing one). */
    GpObject *o = handled, *slow = handled, *context;
    int toggle = 0;
    while ((context = ((GpException *)o)->context)) {
        if (context == value) {
            exc_set_context_steal(o, NULL);
            break;
        }
        o = context;
        if (o == slow)
            break;
        if (toggle)
            slow = ((GpException *)slow)->context;
        toggle = !toggle;
    }
    exc_set_context_steal(value, gp_newref(handled));
}

/* Chains the exception just raised here (a fresh one: no traceback yet). */
static void chain_pending(void) {
    GpObject *exc = gp_interp->exc;
    if (exc && EXC_CHECK(exc) && !((GpException *)exc)->context)
        vm_chain_context(exc);
}

int vm_do_raise_steal(GpObject *exc, GpObject *cause) {
    GpObject *value = NULL;
    if (!exc) {
        GpObject *h = interp_handled_exc();
        if (!h || h == GP_NONE) {
            err_set_str(&gp_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        err_restore(gp_newref(h));
        return 1;
    }
    if (is_exc_class(exc)) {
        value = obj_call0(exc);
        if (!value)
            goto fail;
        if (!EXC_CHECK(value)) {
            err_format(&gp_exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %R",
                       exc, (GpObject *)GP_TYPE(value));
            goto fail;
        }
    } else if (EXC_CHECK(exc)) {
        value = gp_newref(exc);
    } else {
        err_set_str(&gp_exc_TypeError, "exceptions must derive from BaseException");
        goto fail;
    }
    if (cause) {
        GpObject *fixed;
        if (is_exc_class(cause)) {
            fixed = obj_call0(cause);
            if (!fixed)
                goto fail;
        } else if (EXC_CHECK(cause)) {
            fixed = gp_newref(cause);
        } else if (cause == GP_NONE) {
            fixed = NULL;
        } else {
            err_set_str(&gp_exc_TypeError, "exception causes must derive from BaseException");
            goto fail;
        }
        exc_set_cause_steal(value, fixed);
    }
    vm_chain_context(value);
    err_restore(value);
    gp_decref(exc);
    gp_xdecref(cause);
    return 0;
fail:
    chain_pending();
    gp_xdecref(value);
    gp_decref(exc);
    gp_xdecref(cause);
    return 0;
}

int vm_check_except_type(GpObject *cls) {
    if (TUPLE_CHECK(cls)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(cls); i++)
            if (!is_exc_class(TUPLE_ITEM(cls, i)))
                goto bad;
        return 0;
    }
    if (is_exc_class(cls))
        return 0;
bad:
    err_set_str(&gp_exc_TypeError,
                "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* ---- Unpacking ---- */

int vm_unpack_iterable(GpObject *v, int argcnt, int argcntafter, GpObject **top) {
    GpObject **sp = top;
    GpObject *it, *w, *l;
    int i = 0;
    it = obj_iter(v);
    if (!it) {
        if (err_matches(&gp_exc_TypeError) && !GP_TYPE(v)->iter && !GP_TYPE(v)->getitem) {
            err_clear();
            err_format(&gp_exc_TypeError, "cannot unpack non-iterable %s object",
                       obj_type_name(v));
        }
        return -1;
    }
    for (; i < argcnt; i++) {
        w = obj_iternext(it);
        if (!w) {
            if (!err_occurred()) {
                if (argcntafter == -1)
                    err_format(&gp_exc_ValueError,
                               "not enough values to unpack (expected %d, got %d)", argcnt, i);
                else
                    err_format(&gp_exc_ValueError,
                               "not enough values to unpack (expected at least %d, got %d)",
                               argcnt + argcntafter, i);
            }
            goto fail;
        }
        *--sp = w;
    }
    if (argcntafter == -1) {
        w = obj_iternext(it);
        if (!w) {
            if (err_occurred())
                goto fail;
            gp_decref(it);
            return 0;
        }
        gp_decref(w);
        err_format(&gp_exc_ValueError, "too many values to unpack (expected %d)", argcnt);
        goto fail;
    }
    l = list_from_iterable(it);
    if (!l)
        goto fail;
    *--sp = l;
    i++;
    intptr_t ll = LIST_SIZE(l);
    if (ll < argcntafter) {
        err_format(&gp_exc_ValueError,
                   "not enough values to unpack (expected at least %d, got %zd)",
                   argcnt + argcntafter, (intptr_t)argcnt + ll);
        goto fail;
    }
    for (int j = argcntafter; j > 0; j--, i++)
        *--sp = LIST_ITEM(l, ll - j);
    ((GpList *)l)->size = ll - argcntafter;
    gp_decref(it);
    return 0;
fail:
    for (; i > 0; i--, sp++)
        gp_decref(*sp);
    gp_decref(it);
    return -1;
}

/* ---- Names ---- */

GpObject *vm_cell_name(GpCode *co, int index) {
    if (index < co->ncellvars)
        return TUPLE_ITEM(co->cellvars, index);
    return TUPLE_ITEM(co->freevars, index - co->ncellvars);
}

GpObject *vm_unbound_local(GpCode *co, int index) {
    return err_format(&gp_exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value",
                      TUPLE_ITEM(co->varnames, index));
}

GpObject *vm_unbound_deref(GpCode *co, int index) {
    GpObject *name = vm_cell_name(co, index);
    if (index < co->ncellvars)
        return err_format(&gp_exc_UnboundLocalError,
                          "cannot access local variable '%U' where it is not associated with a value",
                          name);
    return err_format(&gp_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value"
                      " in enclosing scope",
                      name);
}

GpObject *vm_name_error(GpObject *name) {
    return err_format(&gp_exc_NameError, "name '%U' is not defined", name);
}

GpObject *vm_locals_lookup(GpObject *locals, GpObject *name) {
    if (DICT_CHECK_EXACT(locals)) {
        GpObject *v = dict_getitem(locals, name);
        return v ? gp_newref(v) : NULL;
    }
    GpObject *v = obj_getitem(locals, name);
    if (!v && err_matches(&gp_exc_KeyError))
        err_clear();
    return v;
}

int vm_setup_annotations(GpFrame *f) {
    GpObject *locals = f->locals, *v, *ann;
    int r;
    if (!locals) {
        err_set_str(&gp_exc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    v = vm_locals_lookup(locals, GP_ID(__annotations__));
    if (v) {
        gp_decref(v);
        return 0;
    }
    if (err_occurred())
        return -1;
    ann = dict_new();
    if (!ann)
        return -1;
    r = DICT_CHECK_EXACT(locals) ? dict_setitem(locals, GP_ID(__annotations__), ann)
                                 : obj_setitem(locals, GP_ID(__annotations__), ann);
    gp_decref(ann);
    return r;
}

/* ---- Imports ---- */

GpObject *vm_import_name(GpObject *name, GpObject *fromlist, GpObject *level) {
    int64_t lvl = 0;
    if (level != GP_NONE && int_to_i64(level, &lvl) < 0)
        return NULL;
    if (lvl < 0)
        return err_set_str(&gp_exc_ValueError, "level must be >= 0");
    if (lvl > 0) {
        /* modules+gc: relative imports, resolved against the running frame's package. */
        GpObject *abs = import_resolve_relative(name, gp_interp->frame ? gp_interp->frame->globals
                                                                        : NULL, lvl);
        if (!abs)
            return NULL;
        GpObject *m = import_module_fromlist(abs, fromlist);
        gp_decref(abs);
        return m;
    }
    if (STR_LEN(name) == 0)
        return err_set_str(&gp_exc_ValueError, "Empty module name");
    const char *s = str_cstr(name);
    if (!strchr(s, '.'))
        return import_module_fromlist(name, fromlist);

    /* Dotted: import each prefix, parents first. */
    GpObject *top = NULL, *mod = NULL;
    const char *p = s;
    for (;;) {
        const char *dot = strchr(p, '.');
        intptr_t n = dot ? dot - s : STR_NBYTES(name);
        GpObject *prefix = str_from_utf8(s, n);
        if (!prefix)
            goto fail;
        GpObject *m = import_module(prefix);
        if (!m) { /* import.c words "No module named 'a.b'; 'a' is not a package" */
            gp_decref(prefix);
            goto fail;
        }
        gp_decref(prefix);
        if (!top)
            top = gp_newref(m);
        GP_SETREF(mod, m);
        if (!dot)
            break;
        p = dot + 1;
    }
    int want_top = fromlist == GP_NONE;
    if (!want_top) {
        int t = obj_is_true(fromlist);
        if (t < 0)
            goto fail;
        want_top = !t;
    }
    if (want_top) {
        gp_decref(mod);
        return top;
    }
    gp_decref(top);
    if (import_handle_fromlist(mod, fromlist) < 0) /* modules+gc: `from pkg import submod` */
        GP_CLEAR(mod);
    return mod;
fail:
    gp_xdecref(top);
    gp_xdecref(mod);
    return NULL;
}

GpObject *vm_import_from(GpObject *module, GpObject *name) {
    GpObject *v = obj_lookup_attr(module, name);
    if (v || err_occurred())
        return v;
    GpObject *pkgname = obj_lookup_attr(module, GP_ID(__name__));
    if (!pkgname && err_occurred())
        return NULL;
    if (pkgname && STR_CHECK(pkgname)) {
        /* A submodule already in sys.modules. */
        GpObject *full = str_from_format("%U.%U", pkgname, name);
        if (!full)
            goto done;
        v = gp_interp->modules ? dict_getitem(gp_interp->modules, full) : NULL;
        gp_decref(full);
        if (v) {
            gp_decref(pkgname);
            return gp_newref(v);
        }
        if (err_occurred())
            goto done;
    }
    GpObject *shown = pkgname && STR_CHECK(pkgname) ? gp_newref(pkgname)
                                                    : str_from_cstr("<unknown module name>");
    if (!shown)
        goto done;
    GpObject *path = obj_lookup_attr(module, GP_ID(__file__));
    if (path && STR_CHECK(path) && import_is_initializing(module)) /* modules+gc */
        err_format(&gp_exc_ImportError,
                   "cannot import name %R from partially initialized module %R (most likely "
                   "due to a circular import) (%S)",
                   name, shown, path);
    else if (path && STR_CHECK(path))
        err_format(&gp_exc_ImportError, "cannot import name %R from %R (%S)", name, shown, path);
    else if (!err_occurred())
        err_format(&gp_exc_ImportError, "cannot import name %R from %R (unknown location)",
                   name, shown);
    if (pkgname && STR_CHECK(pkgname) && err_occurred()) {
        /* modules+gc: ImportError.name is the module, .path its file (as CPython). */
        GpObject *exc = err_fetch();
        if (exc && GP_TYPE(exc) == &gp_exc_ImportError) {
            GpExcNamed *e = (GpExcNamed *)exc;
            if (!e->name)
                e->name = gp_newref(pkgname);
            if (!e->extra && path && STR_CHECK(path))
                e->extra = gp_newref(path);
        }
        err_restore(exc);
    }
    gp_xdecref(path);
    gp_decref(shown);
done:
    gp_xdecref(pkgname);
    return NULL;
}

int vm_import_star(GpFrame *f, GpObject *module) {
    GpObject *locals = f->locals, *all, *it = NULL, *name = NULL, *modname = NULL;
    int skip_underscore = 0, ret = -1;
    if (!locals) {
        err_set_str(&gp_exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    all = obj_lookup_attr(module, GP_ID(__all__));
    if (!all) {
        if (err_occurred())
            return -1;
        GpObject *d = obj_lookup_attr(module, GP_ID(__dict__));
        if (!d) {
            if (!err_occurred())
                err_set_str(&gp_exc_ImportError,
                            "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = DICT_CHECK(d) ? dict_keys_list(d) : obj_call_method(d, "keys", NULL, 0);
        gp_decref(d);
        if (!all)
            return -1;
        skip_underscore = 1;
    }
    it = obj_iter(all);
    if (!it)
        goto done;
    while ((name = obj_iternext(it))) {
        if (!STR_CHECK(name)) {
            modname = obj_getattr(module, GP_ID(__name__));
            if (!modname)
                goto done;
            if (!STR_CHECK(modname))
                err_format(&gp_exc_TypeError, "module __name__ must be a string, not %s",
                           obj_type_name(modname));
            else if (skip_underscore)
                err_format(&gp_exc_TypeError, "Key in %U.__dict__ must be str, not %s",
                           modname, obj_type_name(name));
            else
                err_format(&gp_exc_TypeError, "Item in %U.__all__ must be str, not %s",
                           modname, obj_type_name(name));
            goto done;
        }
        if (skip_underscore && STR_DATA(name)[0] == '_') {
            GP_CLEAR(name);
            continue;
        }
        GpObject *value = obj_getattr(module, name);
        if (!value)
            goto done;
        int r = DICT_CHECK_EXACT(locals) ? dict_setitem(locals, name, value)
                                         : obj_setitem(locals, name, value);
        gp_decref(value);
        if (r < 0)
            goto done;
        GP_CLEAR(name);
    }
    if (!err_occurred())
        ret = 0;
done:
    gp_xdecref(name);
    gp_xdecref(modname);
    gp_xdecref(it);
    gp_decref(all);
    return ret;
}

/* ---- The REPL echo (CPython's sys.displayhook) ---- */

static int write_str(GpObject *out, GpObject *s) {
    GpObject *r = obj_call_method(out, "write", &s, 1);
    if (!r)
        return -1;
    gp_decref(r);
    return 0;
}

int vm_print_expr(GpObject *v) {
    GpObject *out = NULL, *text = NULL, *nl = NULL;
    int ret = -1;
    if (v == GP_NONE)
        return 0;
    if (dict_setitem(gp_interp->builtins, GP_ID(_), GP_NONE) < 0)
        return -1;
    out = gp_interp->sys_module ? obj_lookup_attr(gp_interp->sys_module, GP_ID(stdout)) : NULL;
    if (!out || out == GP_NONE) {
        if (!err_occurred())
            err_set_str(&gp_exc_RuntimeError, "lost sys.stdout");
        goto done;
    }
    text = obj_repr(v);
    if (!text || write_str(out, text) < 0)
        goto done;
    nl = str_from_cstr("\n");
    if (!nl || write_str(out, nl) < 0)
        goto done;
    if (dict_setitem(gp_interp->builtins, GP_ID(_), v) < 0)
        goto done;
    ret = 0;
done:
    gp_xdecref(out);
    gp_xdecref(text);
    gp_xdecref(nl);
    return ret;
}

/* ---- f-strings ---- */

GpObject *vm_format_value(GpObject *value, int conv, GpObject *spec) {
    GpObject *v, *res;
    switch (conv) {
    case 1: v = obj_str(value); break;
    case 2: v = obj_repr(value); break;
    case 3: v = obj_ascii(value); break;
    default: v = gp_newref(value); break;
    }
    if (!v)
        return NULL;
    if (!spec && STR_CHECK_EXACT(v))
        return v;
    res = obj_format(v, spec ? spec : gp_interp->empty_str);
    gp_decref(v);
    return res;
}

GpObject *vm_build_string(GpObject *const *items, int n) {
    if (n == 0)
        return gp_newref(gp_interp->empty_str);
    if (n == 1 && STR_CHECK_EXACT(items[0]))
        return gp_newref(items[0]);
    StrBuf sb = STRBUF_INIT;
    for (int i = 0; i < n; i++)
        if (sb_append_str(&sb, items[i]) < 0) {
            sb_discard(&sb);
            return NULL;
        }
    return sb_finish(&sb);
}

/* ---- Sets ---- */

GpObject *vm_build_set(GpObject *const *items, int n) {
    GpObject *s = set_new(NULL);
    if (!s)
        return NULL;
    for (int i = 0; i < n; i++)
        if (set_add(s, items[i]) < 0) {
            gp_decref(s);
            return NULL;
        }
    return s;
}

int vm_set_add(GpObject *set, GpObject *item) { return set_add(set, item); }

int vm_set_update(GpObject *set, GpObject *iterable) { return set_update(set, iterable); }

/* ---- Unpacking into calls and displays ---- */

static inline int is_iterable_type(GpObject *o) {
    return GP_TYPE(o)->iter != NULL || GP_TYPE(o)->getitem != NULL;
}

/* 1 if o is a mapping (a dict, or has keys()), 0 if not, -1 on error. */
static int is_mapping(GpObject *o) {
    if (DICT_CHECK(o))
        return 1;
    GpObject *k = obj_lookup_attr(o, GP_ID(keys));
    if (k) {
        gp_decref(k);
        return 1;
    }
    return err_occurred() ? -1 : 0;
}

int vm_list_extend(GpObject *list, GpObject *iterable) {
    if (list_extend(list, iterable) == 0)
        return 0;
    if (err_matches(&gp_exc_TypeError) && !is_iterable_type(iterable)) {
        err_clear();
        err_format(&gp_exc_TypeError, "Value after * must be an iterable, not %s",
                   obj_type_name(iterable));
    }
    return -1;
}

int vm_dict_update(GpObject *dict, GpObject *update) {
    int m = is_mapping(update);
    if (m < 0)
        return -1;
    if (m == 0) {
        err_format(&gp_exc_TypeError, "'%s' object is not a mapping", obj_type_name(update));
        return -1;
    }
    if (dict_update(dict, update) == 0)
        return 0;
    if (err_matches(&gp_exc_AttributeError)) {
        err_clear();
        err_format(&gp_exc_TypeError, "'%s' object is not a mapping", obj_type_name(update));
    }
    return -1;
}

static void not_a_mapping(GpObject *callable, GpObject *update) {
    GpObject *fs = func_describe(callable);
    if (fs) {
        err_format(&gp_exc_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                   obj_type_name(update));
        gp_decref(fs);
    }
}

int vm_dict_merge(GpObject *callable, GpObject *dict, GpObject *update) {
    int m = is_mapping(update);
    if (m < 0)
        return -1;
    if (m == 0) {
        not_a_mapping(callable, update);
        return -1;
    }
    GpObject *dup = NULL;
    int r = dict_merge(dict, update, 0, &dup);
    if (r == 0)
        return 0;
    if (r == -2) {
        GpObject *fs = func_describe(callable);
        if (fs) {
            err_format(&gp_exc_TypeError, "%U got multiple values for keyword argument '%S'",
                       fs, dup);
            gp_decref(fs);
        }
        return -1;
    }
    if (err_matches(&gp_exc_AttributeError)) {
        err_clear();
        not_a_mapping(callable, update);
    }
    return -1;
}

intptr_t vm_call_ex_args(GpObject *callable, GpObject *self, GpObject *args, GpObject *kwargs,
                         GpObject **small, intptr_t nsmall, GpObject ***out,
                         GpObject **kwnames) {
    GpObject *t = NULL, *d = NULL, *kwn = NULL, **arr = NULL;
    intptr_t nself = self ? 1 : 0, np, nk, total, i, j;
    GpObject *k, *v;

    if (TUPLE_CHECK_EXACT(args)) {
        t = gp_newref(args);
    } else {
        if (!is_iterable_type(args)) {
            GpObject *fs = func_describe(callable);
            if (fs) {
                err_format(&gp_exc_TypeError, "%U argument after * must be an iterable, not %s",
                           fs, obj_type_name(args));
                gp_decref(fs);
            }
            return -1;
        }
        t = tuple_from_iterable(args);
        if (!t)
            return -1;
    }
    if (kwargs) {
        if (DICT_CHECK_EXACT(kwargs)) {
            d = gp_newref(kwargs);
        } else {
            d = dict_new();
            if (!d || vm_dict_merge(callable, d, kwargs) < 0)
                goto fail;
        }
    }
    np = TUPLE_SIZE(t);
    nk = d ? dict_size(d) : 0;
    if (nk) {
        intptr_t pos = 0;
        while (dict_next(d, &pos, &k, &v))
            if (!STR_CHECK(k)) {
                err_set_str(&gp_exc_TypeError, "keywords must be strings");
                goto fail;
            }
        kwn = tuple_new(nk);
        if (!kwn)
            goto fail;
    }
    total = nself + np + nk;
    if (total <= nsmall) {
        arr = small;
    } else {
        arr = (GpObject **)mem_alloc((size_t)total * sizeof(GpObject *));
        if (!arr) {
            err_no_memory();
            goto fail;
        }
    }
    if (self)
        arr[0] = gp_newref(self);
    for (i = 0; i < np; i++)
        arr[nself + i] = gp_newref(TUPLE_ITEM(t, i));
    if (nk) {
        intptr_t pos = 0;
        j = 0;
        while (dict_next(d, &pos, &k, &v) && j < nk) {
            TUPLE_SET_ITEM(kwn, j, gp_newref(k));
            arr[nself + np + j] = gp_newref(v);
            j++;
        }
    }
    gp_decref(t);
    gp_xdecref(d);
    *out = arr;
    *kwnames = kwn;
    return nself + np;
fail:
    gp_xdecref(t);
    gp_xdecref(d);
    gp_xdecref(kwn);
    return -1;
}

void vm_call_ex_free(GpObject **arr, GpObject **small) {
    if (arr && arr != small)
        mem_free(arr);
}

/* ---- with ---- */

/* The special method `name` of o, looked up on its type and bound: new reference, or NULL
 * with no exception when the type lacks it. */
static GpObject *lookup_special(GpObject *o, GpObject *name) {
    GpObject *attr = type_lookup(GP_TYPE(o), name);
    if (!attr)
        return NULL;
    if (FUNC_CHECK(attr))
        return method_new(attr, o);
    if (GP_TYPE(attr) == &gp_type_method_descr)
        return cfunction_new(((GpMethodDescr *)attr)->def, o, NULL);
    return gp_newref(attr);
}

int vm_with_lookup(GpObject *mgr, GpObject **enter, GpObject **exit) {
    GpObject *e = lookup_special(mgr, GP_ID(__enter__));
    if (!e) {
        if (!err_occurred())
            err_format(&gp_exc_TypeError,
                       "'%s' object does not support the context manager protocol",
                       obj_type_name(mgr));
        return -1;
    }
    GpObject *x = lookup_special(mgr, GP_ID(__exit__));
    if (!x) {
        gp_decref(e);
        if (!err_occurred())
            err_format(&gp_exc_TypeError,
                       "'%s' object does not support the context manager protocol "
                       "(missed __exit__ method)",
                       obj_type_name(mgr));
        return -1;
    }
    *enter = e;
    *exit = x;
    return 0;
}

GpObject *vm_with_exit(GpObject *exit, GpObject *exc) {
    GpObject *tb = exc_get_traceback(exc);
    GpObject *args[3] = {(GpObject *)GP_TYPE(exc), exc, tb ? tb : GP_NONE};
    return obj_call(exit, args, 3, NULL);
}

/* ---- LOAD_GLOBAL's cache: allocation and refill (vm_cache.h) ---- */

GCacheEntry *gcache_alloc(void) {
    GCacheEntry *t = (GCacheEntry *)mem_calloc(GCACHE_SIZE, sizeof(GCacheEntry));
    gp_interp->global_cache = t;
    return t;
}

void vm_fini(void) {
    mem_free(gp_interp->global_cache);
    gp_interp->global_cache = NULL;
    mem_free(gp_interp->attr_cache);
    gp_interp->attr_cache = NULL;
}

/* The entry index holding exactly the object name in the exact dict d, or -1 (found by
 * CPython's probe sequence; not finding it only means "not cached"). */
static intptr_t gcache_find(GpObject *d, GpObject *name) {
    DictKeys *k = ((GpDict *)d)->keys;
    int64_t hash = ((GpStr *)name)->hash;
    if (!k || hash == -1 || !DICT_CHECK_EXACT(d))
        return -1;
    size_t mask = ((size_t)1 << k->log2_size) - 1, perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    DictEntry *ep0 = DICT_KEYS_ENTRIES(k);
    for (int n = 0; n < 64; n++) {
        intptr_t ix;
        if (k->log2_size < 8)
            ix = ((const int8_t *)k->indices)[i];
        else if (k->log2_size < 16)
            ix = ((const int16_t *)k->indices)[i];
        else if (k->log2_size < 32)
            ix = ((const int32_t *)k->indices)[i];
        else
            ix = (intptr_t)((const int64_t *)k->indices)[i];
        if (ix == DKIX_EMPTY)
            return -1;
        if (ix >= 0 && ix < k->nentries && ep0[ix].key == name)
            return ix;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return -1;
}

void gcache_set(GCacheEntry *e, const GpCodeUnit *ip, GpObject *d, GpObject *name,
                int in_builtins) {
    intptr_t ix = gcache_find(d, name);
    if (ix < 0)
        return;
    e->ip = ip;
    e->keys = ((GpDict *)d)->keys;
    e->index = ix;
    e->in_builtins = in_builtins;
}

/* ---- LOAD_ATTR/STORE_ATTR's instance-dict hints (vm_cache.h) ---- */

ACacheEntry *acache_alloc(void) {
    ACacheEntry *t = (ACacheEntry *)mem_calloc(ACACHE_SIZE, sizeof(ACacheEntry));
    gp_interp->attr_cache = t;
    return t;
}

void acache_fill(ACacheEntry *e, const GpCodeUnit *ip, GpObject *o, GpType *tp,
                 GpObject *name) {
    GpObject *d = tp->dictoffset > 0 ? acache_inst_dict(o, tp) : NULL;
    if (!d || !STR_CHECK_EXACT(name) || (e->ip == ip && e->version == tp->version))
        return;
    GpObject *descr = type_lookup(tp, name);
    if (!tp->version || (descr && (GP_TYPE(descr)->descr_set ||
                                   GP_TYPE(descr) == &gp_type_getset_descr)))
        return;
    intptr_t ix = gcache_find(d, name);
    if (ix < 0)
        return;
    e->ip = ip;
    e->version = tp->version;
    e->index = ix;
}
