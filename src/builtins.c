/* builtins.c — the builtins module: print, input, id, len, repr, isinstance, getattr and
 * friends, vars/dir/globals/locals, exit/quit, and the module's assembly (every built-in
 * type, exception and constant). Numeric builtins live in builtins_num.c, iteration ones
 * in builtins_iter.c.
 *
 * Invariants:
 * - print writes through sys.stdout as looked up at each call (a GpFile gets the fast
 *   path: bytes appended to its buffer, no temporary objects for str arguments).
 * - Messages are CPython 3.11's.
 */
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "errors.h"
#include "frame.h"
#include "import.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "run.h"
#include "vm_ops.h"

#define UNUSED_ARGS                                                                                \
    (void)self;                                                                                    \
    (void)kwnames

/* ---- print ---- */

/* Checks sep/end: NULL or None → NULL (use the default), a str → itself. */
static int check_sep(const char *what, GpObject **v) {
    if (!*v || *v == GP_NONE) {
        *v = NULL;
        return 0;
    }
    if (!STR_CHECK(*v)) {
        err_format(&gp_exc_TypeError, "%s must be None or a string, not %T", what, *v);
        return -1;
    }
    return 0;
}

static inline int write_piece(GpObject *file, int fast, GpObject *s) {
    if (fast)
        return file_write_utf8(file, STR_DATA(s), STR_NBYTES(s));
    return file_write_obj(file, s);
}

static GpObject *builtin_print(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    (void)self;
    GpObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        GpObject *k = TUPLE_ITEM(kwnames, i), *v = args[nargs + i];
        if (k == GP_ID(sep) || str_eq(k, GP_ID(sep)))
            sep = v;
        else if (k == GP_ID(end) || str_eq(k, GP_ID(end)))
            end = v;
        else if (k == GP_ID(file) || str_eq(k, GP_ID(file)))
            file = v;
        else if (k == GP_ID(flush) || str_eq(k, GP_ID(flush)))
            flush = v;
        else
            return err_format(&gp_exc_TypeError, "%R is an invalid keyword argument for print()",
                              k);
    }
    if (check_sep("sep", &sep) < 0 || check_sep("end", &end) < 0)
        return NULL;
    if (!file || file == GP_NONE) {
        file = file_sys_stream(GP_ID(stdout));
        if (!file)
            return err_set_str(&gp_exc_RuntimeError, "lost sys.stdout");
        if (file == GP_NONE) {
            gp_decref(file);
            return gp_none();
        }
    } else {
        gp_incref(file);
    }
    int fast = FILE_CHECK(file);
    for (intptr_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep ? write_piece(file, fast, sep) < 0
                    : (fast ? file_write_utf8(file, " ", 1) : file_write_cstr(file, " ")) < 0)
                goto error;
        }
        GpObject *a = args[i];
        if (STR_CHECK_EXACT(a)) {
            if (write_piece(file, fast, a) < 0)
                goto error;
        } else {
            GpObject *s = obj_str(a);
            if (!s)
                goto error;
            int r = write_piece(file, fast, s);
            gp_decref(s);
            if (r < 0)
                goto error;
        }
    }
    if (end ? write_piece(file, fast, end) < 0
            : (fast ? file_write_utf8(file, "\n", 1) : file_write_cstr(file, "\n")) < 0)
        goto error;
    if (flush) {
        int t = obj_is_true(flush);
        if (t < 0 || (t && file_flush_obj(file) < 0))
            goto error;
    }
    gp_decref(file);
    return gp_none();
error:
    gp_decref(file);
    return NULL;
}

/* ---- input ---- */

static GpObject *builtin_input(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("input", nargs, 0, 1) < 0)
        return NULL;
    GpObject *prompt = nargs ? args[0] : NULL;
    GpObject *fin = file_sys_stream(GP_ID(stdin));
    GpObject *fout = file_sys_stream(GP_ID(stdout));
    GpObject *ferr = file_sys_stream(GP_ID(stderr));
    GpObject *res = NULL, *line = NULL;
    if (!fin || fin == GP_NONE) {
        err_set_str(&gp_exc_RuntimeError, "input(): lost sys.stdin");
        goto done;
    }
    if (!fout || fout == GP_NONE) {
        err_set_str(&gp_exc_RuntimeError, "input(): lost sys.stdout");
        goto done;
    }
    if (ferr && ferr != GP_NONE && file_flush_obj(ferr) < 0)
        err_clear();
    /* A terminal in an interactive session gets line editing (CPython uses readline
     * there when the readline module is loaded, as the REPL does). */
    if (gp_interp->interactive && file_fd(fin) == 0 && file_fd(fout) == 1 && isatty(0) &&
        isatty(1)) {
        if (file_flush_obj(fout) < 0)
            goto done;
        GpObject *ps = prompt ? obj_str(prompt) : str_from_cstr("");
        if (!ps)
            goto done;
        res = repl_input_line(str_cstr(ps));
        gp_decref(ps);
        goto done;
    }
    if (prompt) {
        GpObject *ps = obj_str(prompt);
        if (!ps)
            goto done;
        int r = file_write_obj(fout, ps);
        gp_decref(ps);
        if (r < 0)
            goto done;
    }
    if (file_flush_obj(fout) < 0)
        goto done;
    line = file_readline_obj(fin);
    if (!line)
        goto done;
    if (!STR_CHECK(line)) {
        err_set_str(&gp_exc_TypeError, "object.readline() returned non-string");
        goto done;
    }
    intptr_t n = STR_NBYTES(line);
    if (n == 0) {
        err_set_str(&gp_exc_EOFError, "EOF when reading a line");
        goto done;
    }
    if (STR_DATA(line)[n - 1] == '\n')
        res = str_from_utf8(STR_DATA(line), n - 1);
    else
        res = gp_newref(line);
done:
    gp_xdecref(line);
    gp_xdecref(fin);
    gp_xdecref(fout);
    gp_xdecref(ferr);
    return res;
}

/* ---- Simple one-argument builtins ---- */

static GpObject *builtin_id(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    return int_from_i64((int64_t)(intptr_t)args[0]);
}

static GpObject *builtin_len(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    intptr_t n = obj_len(args[0]);
    return n < 0 ? NULL : int_from_i64(n);
}

static GpObject *builtin_repr(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    return obj_repr(args[0]);
}

static GpObject *builtin_ascii(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    return obj_ascii(args[0]);
}

static GpObject *builtin_callable(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    return gp_bool(obj_is_callable(args[0]));
}

static GpObject *builtin_isinstance(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("isinstance", nargs, 2, 2) < 0)
        return NULL;
    int r = obj_isinstance(args[0], args[1]);
    return r < 0 ? NULL : gp_bool(r);
}

static GpObject *builtin_issubclass(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("issubclass", nargs, 2, 2) < 0)
        return NULL;
    int r = obj_issubclass(args[0], args[1]);
    return r < 0 ? NULL : gp_bool(r);
}

/* ---- Attributes ---- */

static int check_attr_name(GpObject *name) {
    if (STR_CHECK(name))
        return 0;
    err_format(&gp_exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
    return -1;
}

static GpObject *builtin_getattr(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("getattr", nargs, 2, 3) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (nargs == 2)
        return obj_getattr(args[0], args[1]);
    GpObject *r = obj_lookup_attr(args[0], args[1]);
    if (r || err_occurred())
        return r;
    return gp_newref(args[2]);
}

static GpObject *builtin_setattr(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("setattr", nargs, 3, 3) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (obj_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    return gp_none();
}

static GpObject *builtin_delattr(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("delattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (obj_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    return gp_none();
}

static GpObject *builtin_hasattr(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("hasattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    GpObject *r = obj_lookup_attr(args[0], args[1]);
    if (r) {
        gp_decref(r);
        return gp_bool(1);
    }
    return err_occurred() ? NULL : gp_bool(0);
}

/* ---- Namespaces: globals, locals, vars, dir ---- */

static GpObject *builtin_globals(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    UNUSED_ARGS;
    (void)args;
    (void)nargs;
    GpFrame *f = gp_interp->frame;
    GpObject *g = f ? f->globals : MODULE_DICT(gp_interp->main_module);
    return gp_newref(g);
}

GpObject *builtins_current_locals(void) {
    GpFrame *f = gp_interp->frame;
    if (!f)
        return gp_newref(MODULE_DICT(gp_interp->main_module));
    return frame_locals(f);
}

static GpObject *builtin_locals(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    UNUSED_ARGS;
    (void)args;
    (void)nargs;
    return builtins_current_locals();
}

static GpObject *builtin_vars(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("vars", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return builtins_current_locals();
    if (MODULE_CHECK(args[0]))
        return gp_newref(MODULE_DICT(args[0]));
    GpObject *d = obj_lookup_attr(args[0], GP_ID(__dict__));
    if (!d && !err_occurred())
        err_set_str(&gp_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* Adds the keys of dict d to the dict acting as a set. */
static int merge_keys(GpObject *set, GpObject *d) {
    intptr_t pos = 0;
    GpObject *k, *v;
    while (dict_next(d, &pos, &k, &v))
        if (dict_setitem(set, k, GP_NONE) < 0)
            return -1;
    return 0;
}

static GpObject *builtin_dir(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("dir", nargs, 0, 1) < 0)
        return NULL;
    GpObject *names = NULL, *res = NULL;
    if (nargs == 0) {
        names = builtins_current_locals();
        if (!names)
            return NULL;
        res = dict_keys_list(names);
        goto sort;
    }
    GpObject *o = args[0];
    /* A __dir__ of the object's type other than object's (or a module's __dir__ function,
     * PEP 562) decides: its result, as a sorted list. */
    GpObject *meth = type_lookup(GP_TYPE(o), GP_ID(__dir__));
    int custom = meth && meth != type_lookup(&gp_type_object, GP_ID(__dir__)) &&
                 meth != type_lookup(&gp_type_module, GP_ID(__dir__));
    if (!custom && MODULE_CHECK(o) && dict_getitem(MODULE_DICT(o), GP_ID(__dir__)))
        custom = 1;
    if (custom) {
        GpObject *bound = type_descr_bind(meth, o, GP_TYPE(o));
        GpObject *r = bound ? obj_call0(bound) : NULL;
        gp_xdecref(bound);
        if (!r)
            return NULL;
        res = list_from_iterable(r);
        gp_decref(r);
        if (res && list_sort(res) < 0)
            GP_CLEAR(res);
        return res;
    }
    names = dict_new();
    if (!names)
        return NULL;
    if (MODULE_CHECK(o)) {
        if (merge_keys(names, MODULE_DICT(o)) < 0)
            goto error;
    } else {
        GpObject **dp = obj_dict_ptr(o);
        if (dp && *dp && DICT_CHECK(*dp) && merge_keys(names, *dp) < 0)
            goto error;
        int is_type = GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS;
        GpObject *mro = is_type ? ((GpType *)o)->mro : GP_TYPE(o)->mro;
        for (intptr_t i = 0; mro && i < TUPLE_SIZE(mro); i++) {
            GpType *t = (GpType *)TUPLE_ITEM(mro, i);
            if (t->dict && merge_keys(names, t->dict) < 0)
                goto error;
        }
        if (!is_type && dict_setitem(names, GP_ID(__class__), GP_NONE) < 0)
            goto error;
    }
    res = dict_keys_list(names);
sort:
    gp_decref(names);
    if (res && list_sort(res) < 0)
        GP_CLEAR(res);
    return res;
error:
    gp_decref(names);
    return NULL;
}

/* ---- format, __import__ ---- */

static GpObject *builtin_format(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("format", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2 && !STR_CHECK(args[1]))
        return err_format(&gp_exc_TypeError, "format() argument 2 must be str, not %T", args[1]);
    return obj_format(args[0], nargs == 2 ? args[1] : gp_interp->empty_str);
}

static GpObject *builtin_import(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    GpObject *a[5] = {NULL};
    if (args_parse("__import__", args, nargs, kwnames, names, 1, 5, a) < 0)
        return NULL;
    if (!STR_CHECK(a[0]))
        return err_set_str(&gp_exc_TypeError, "module name must be a string");
    /* modules+gc: the import statement's semantics (top-level package unless a from-list is
     * given; relative names against the globals passed). */
    GpObject *fromlist = a[3] ? a[3] : GP_NONE;
    if (a[4] && INT_CHECK(a[4]) && int_sign(a[4]) > 0) {
        int64_t level;
        if (int_to_i64(a[4], &level) < 0)
            return NULL;
        GpObject *abs = import_resolve_relative(a[0], a[1], level);
        if (!abs)
            return NULL;
        GpObject *m = import_module_fromlist(abs, fromlist);
        int has_from = 0;
        if (m && fromlist != GP_NONE && (has_from = obj_is_true(fromlist)) < 0)
            GP_CLEAR(m);
        /* No from-list: the module named by the first component of the relative name
         * ("sub" of __import__("sub.deep", g, level=1) in package p is p.sub). */
        const char *dot = m && !has_from ? strchr(str_cstr(a[0]), '.') : NULL;
        if (dot) {
            intptr_t cut = STR_NBYTES(a[0]) - (dot - str_cstr(a[0]));
            GpObject *front = str_from_utf8(str_cstr(abs), STR_NBYTES(abs) - cut);
            GpObject *fm = front ? dict_getitem(gp_interp->modules, front) : NULL;
            gp_decref(m);
            m = fm ? gp_newref(fm) : NULL;
            if (front && !fm && !err_occurred())
                err_format(&gp_exc_KeyError, "%R not in sys.modules as expected", front);
            gp_xdecref(front);
        }
        gp_decref(abs);
        return m;
    }
    return vm_import_name(a[0], fromlist, a[4] ? a[4] : GP_NONE);
}

/* ---- exit / quit ---- */

typedef struct GpQuitter {
    GP_HEAD;
    const char *name;
} GpQuitter;

GpObject *quitter_new(const char *name) {
    GpQuitter *q = (GpQuitter *)obj_new(&gp_type_quitter, sizeof(GpQuitter));
    if (q)
        q->name = name;
    return (GpObject *)q;
}

static void quitter_dealloc(GpObject *self) {
    obj_free(self);
}

static GpObject *quitter_repr(GpObject *self) {
    return str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((GpQuitter *)self)->name);
}

static GpObject *quitter_call(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    static const char *const names[] = {"code", NULL};
    GpObject *code = NULL;
    (void)self;
    if (args_parse("__call__", args, nargs, kwnames, names, 0, 1, &code) < 0)
        return NULL;
    GpObject *t = tuple_pack(1, code ? code : GP_NONE);
    if (!t)
        return NULL;
    err_set_object(&gp_exc_SystemExit, t);
    gp_decref(t);
    return NULL;
}

GpType gp_type_quitter = {
    GP_TYPE_HEAD,
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(GpQuitter),
    .dealloc = quitter_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
};

/* ---- The module ---- */

static GpMethodDef builtin_methods[] = {
    {"print", builtin_print, METH_KEYWORDS, NULL},
    {"input", builtin_input, METH_VARARGS, NULL},
    {"id", builtin_id, METH_O, NULL},
    {"len", builtin_len, METH_O, NULL},
    {"repr", builtin_repr, METH_O, NULL},
    {"ascii", builtin_ascii, METH_O, NULL},
    {"callable", builtin_callable, METH_O, NULL},
    {"isinstance", builtin_isinstance, METH_VARARGS, NULL},
    {"issubclass", builtin_issubclass, METH_VARARGS, NULL},
    {"getattr", builtin_getattr, METH_VARARGS, NULL},
    {"setattr", builtin_setattr, METH_VARARGS, NULL},
    {"delattr", builtin_delattr, METH_VARARGS, NULL},
    {"hasattr", builtin_hasattr, METH_VARARGS, NULL},
    {"globals", builtin_globals, METH_NOARGS, NULL},
    {"locals", builtin_locals, METH_NOARGS, NULL},
    {"vars", builtin_vars, METH_VARARGS, NULL},
    {"__build_class__", builtin_build_class, METH_KEYWORDS, NULL},   /* classes */
    {"dir", builtin_dir, METH_VARARGS, NULL},
    {"format", builtin_format, METH_VARARGS, NULL},
    {"__import__", builtin_import, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

/* The built-in types the module names. */
static const struct {
    const char *name;
    GpType *type;
} builtin_types[] = {
    {"object", &gp_type_object},
    {"type", &gp_type_type},
    {"int", &gp_type_int},
    {"bool", &gp_type_bool},
    {"float", &gp_type_float},
    {"str", &gp_type_str},
    {"list", &gp_type_list},
    {"tuple", &gp_type_tuple},
    {"dict", &gp_type_dict},
    {"set", &gp_type_set},
    {"frozenset", &gp_type_frozenset},
    {"bytes", &gp_type_bytes},
    {"bytearray", &gp_type_bytearray},
    {"range", &gp_type_range},
    {"slice", &gp_type_slice},
    {"enumerate", &gp_type_enumerate},
    {"zip", &gp_type_zip},
    {"map", &gp_type_map},
    {"filter", &gp_type_filter},
    {"reversed", &gp_type_reversed},
    {"property", &gp_type_property},         /* classes */
    {"staticmethod", &gp_type_staticmethod},
    {"classmethod", &gp_type_classmethod},
    {"super", &gp_type_super},
    {NULL, NULL},
};

int builtins_init(void) {
    GpObject *mod = module_new("builtins");
    if (!mod)
        return -1;
    gp_interp->builtins_module = mod;
    gp_interp->builtins = MODULE_DICT(mod);
    if (module_add_functions(mod, builtin_methods) < 0 ||
        module_add_functions(mod, builtins_num_methods) < 0 ||
        module_add_functions(mod, builtins_iter_methods) < 0 ||
        module_add_functions(mod, builtins_eval_methods) < 0)
        return -1;
    for (int i = 0; builtin_types[i].name; i++)
        if (module_add_object(mod, builtin_types[i].name, (GpObject *)builtin_types[i].type) < 0)
            return -1;
    if (bytes_init() < 0 || int_init_type() < 0)
        return -1;
    for (GpType *const *t = gp_exception_types; *t; t++)
        if (module_add_object(mod, (*t)->name, (GpObject *)*t) < 0)
            return -1;
    /* The old names of OSError. */
    if (module_add_object(mod, "EnvironmentError", (GpObject *)&gp_exc_OSError) < 0 ||
        module_add_object(mod, "IOError", (GpObject *)&gp_exc_OSError) < 0)
        return -1;
    if (module_add_object(mod, "None", GP_NONE) < 0 ||
        module_add_object(mod, "True", GP_TRUE) < 0 ||
        module_add_object(mod, "False", GP_FALSE) < 0 ||
        module_add_object(mod, "NotImplemented", GP_NOTIMPL) < 0 ||
        module_add_object(mod, "Ellipsis", GP_ELLIPSIS) < 0 ||
        module_add_object(mod, "__debug__", GP_TRUE) < 0)
        return -1;
    const char *quitters[] = {"exit", "quit"};
    for (int i = 0; i < 2; i++) {
        GpObject *q = quitter_new(quitters[i]);
        if (!q)
            return -1;
        int r = module_add_object(mod, quitters[i], q);
        gp_decref(q);
        if (r < 0)
            return -1;
    }
    return 0;
}
