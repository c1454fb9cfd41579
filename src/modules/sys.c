/* sys.c — the sys module: argv, path, modules, the std streams, exit, getsizeof,
 * getrefcount, recursion and int-string limits, exc_info, intern, version data.
 *
 * Invariants:
 * - sys.modules is gp_interp->modules and sys.argv is gp_interp->argv (the same objects).
 * - The original streams are kept in gp_interp->std_in/std_out/std_err (and sys.__stdin__
 *   ...): replacing sys.stdout redirects print, the originals are still flushed at exit.
 * - sys.version is "3.11.0 (glasspy <version>)": the CPython version glasspy follows,
 *   then glasspy's own.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules/sys.h"

#include "errors.h"
#include "import.h"
#include "frame.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "run.h"

#define UNUSED_ARGS                                                                                \
    (void)self;                                                                                    \
    (void)kwnames

static GpObject *sys_exit(GpObject *self, GpObject *const *args, intptr_t nargs,
                          GpObject *kwnames) {
    UNUSED_ARGS;
    if (args_check_count("exit", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return err_set_object(&gp_exc_SystemExit, NULL);
    GpObject *t = tuple_pack(1, args[0]);
    if (!t)
        return NULL;
    err_set_object(&gp_exc_SystemExit, t);
    gp_decref(t);
    return NULL;
}

static GpObject *sys_getsizeof(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"object", "default", NULL};
    GpObject *a[2] = {NULL};
    if (args_parse("getsizeof", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    GpObject *o = a[0], *dflt = a[1];
    GpType *t = GP_TYPE(o);
    if (type_lookup(t, GP_ID(__sizeof__))) {
        GpObject *r = obj_call_method(o, "__sizeof__", NULL, 0);
        if (!r) {
            if (dflt && err_matches(&gp_exc_TypeError)) {
                err_clear();
                return gp_newref(dflt);
            }
            return NULL;
        }
        if (!INT_CHECK(r)) {
            gp_decref(r);
            /* CPython's getsizeof: a TypeError gives the default, if there is one. */
            if (dflt)
                return gp_newref(dflt);
            return err_set_str(&gp_exc_TypeError, "an integer is required");
        }
        int64_t v;
        if (int_to_i64(r, &v) < 0) {
            gp_decref(r);
            if (err_matches(&gp_exc_OverflowError))
                err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
            return NULL;
        }
        if (v < 0) {
            gp_decref(r);
            return err_set_str(&gp_exc_ValueError, "__sizeof__() should return >= 0");
        }
        return r;
    }
    /* The bytes of its own allocation (DESIGN.md §2.4): 24 for an int or a float, the size
     * class of a pool block, a large block's size, a static object's basicsize. */
    return int_from_i64((int64_t)obj_alloc_size(o));
}

static GpObject *sys_getrefcount(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    /* The argument is borrowed from the caller's stack, so the count already includes the
     * reference the call holds (CPython's meaning). */
    return int_from_i64(GP_REFCNT(args[0]));
}

static GpObject *sys_getrecursionlimit(GpObject *self, GpObject *const *args, intptr_t nargs,
                                       GpObject *kwnames) {
    UNUSED_ARGS;
    (void)args;
    (void)nargs;
    return int_from_i64(gp_interp->recursion_limit);
}

static GpObject *sys_setrecursionlimit(GpObject *self, GpObject *const *args, intptr_t nargs,
                                       GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    intptr_t n = obj_as_ssize(args[0]);
    if (n == -1 && err_occurred()) {
        /* The argument is a C int in CPython ("i"). */
        if (err_matches(&gp_exc_OverflowError))
            err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (n > INT_MAX || n < INT_MIN)
        return err_set_str(&gp_exc_OverflowError, "Python int too large to convert to C int");
    if (n < 1)
        return err_set_str(&gp_exc_ValueError, "recursion limit must be greater or equal than 1");
    int depth = gp_interp->recursion_depth;
    if (n <= depth)
        return err_format(&gp_exc_RecursionError,
                          "cannot set the recursion limit to %d at the recursion depth %d: "
                          "the limit is too low",
                          (int)n, depth);
    gp_interp->recursion_limit = (int)n;
    return gp_none();
}

static GpObject *sys_get_int_max_str_digits(GpObject *self, GpObject *const *args, intptr_t nargs,
                                            GpObject *kwnames) {
    UNUSED_ARGS;
    (void)args;
    (void)nargs;
    return int_from_i64(gp_interp->int_max_str_digits);
}

static GpObject *sys_set_int_max_str_digits(GpObject *self, GpObject *const *args, intptr_t nargs,
                                            GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"maxdigits", NULL};
    GpObject *a[1] = {NULL};
    if (args_parse("set_int_max_str_digits", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    intptr_t n = obj_as_ssize(a[0]);
    if (n == -1 && err_occurred())
        return NULL;
    if ((n != 0 && n < 640) || n > INT_MAX)
        return err_set_str(&gp_exc_ValueError, "maxdigits must be 0 or larger than 640");
    gp_interp->int_max_str_digits = (int)n;
    return gp_none();
}

/* The exception being handled, or NULL. */
static GpObject *handled(void) {
    return interp_handled_exc();
}

static GpObject *sys_exc_info(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    UNUSED_ARGS;
    (void)args;
    (void)nargs;
    GpObject *e = handled();
    if (!e)
        return tuple_pack(3, GP_NONE, GP_NONE, GP_NONE);
    GpObject *tb = EXC_CHECK(e) ? exc_get_traceback(e) : NULL;
    return tuple_pack(3, (GpObject *)GP_TYPE(e), e, tb ? tb : GP_NONE);
}

static GpObject *sys_exception(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    UNUSED_ARGS;
    (void)args;
    (void)nargs;
    GpObject *e = handled();
    return gp_newref(e ? e : GP_NONE);
}

static GpObject *sys_intern(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    UNUSED_ARGS;
    (void)nargs;
    GpObject *s = args[0];
    if (!STR_CHECK_EXACT(s))
        return err_format(&gp_exc_TypeError, "intern() argument must be str, not %T", s);
    gp_incref(s);
    str_intern_inplace(&s);
    return s;
}

/* sys.excepthook(type, value, traceback): prints value as an uncaught exception. */
static GpObject *sys_excepthook(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    UNUSED_ARGS;
    if (nargs != 3)
        return err_format(&gp_exc_TypeError, "excepthook expected 3 arguments, got %zd", nargs);
    GpObject *value = args[1], *tb = args[2];
    if (EXC_CHECK(value) && GP_TYPE(tb) == &gp_type_traceback && !exc_get_traceback(value))
        exc_set_traceback(value, tb);
    err_display(value);
    return gp_none();
}

static GpMethodDef sys_methods[] = {
    {"excepthook", sys_excepthook, METH_VARARGS, NULL},
    {"exit", sys_exit, METH_VARARGS, NULL},
    {"getsizeof", sys_getsizeof, METH_KEYWORDS, NULL},
    {"getrefcount", sys_getrefcount, METH_O, NULL},
    {"_getframe", frame_sys_getframe, METH_KEYWORDS, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, METH_NOARGS, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, METH_O, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METH_NOARGS, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, METH_KEYWORDS, NULL},
    {"exc_info", sys_exc_info, METH_NOARGS, NULL},
    {"exception", sys_exception, METH_NOARGS, NULL},
    {"intern", sys_intern, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

int sys_is_default_excepthook(GpObject *hook) {
    return GP_TYPE(hook) == &gp_type_cfunction && ((GpCFunction *)hook)->def == &sys_methods[0];
}

/* module.name = value, stealing value. */
static int add_steal(GpObject *mod, const char *name, GpObject *value) {
    if (!value)
        return -1;
    int r = module_add_object(mod, name, value);
    gp_decref(value);
    return r;
}

static int add_streams(GpObject *mod) {
    int unbuf = gp_interp->unbuffered;
    gp_interp->std_in = file_new_fd(0, "<stdin>", 0, 0, 0);
    gp_interp->std_out = file_new_fd(1, "<stdout>", 1, isatty(1), unbuf);
    gp_interp->std_err = file_new_fd(2, "<stderr>", 1, 1, unbuf);
    if (!gp_interp->std_in || !gp_interp->std_out || !gp_interp->std_err)
        return -1;
    if (module_add_object(mod, "stdin", gp_interp->std_in) < 0 ||
        module_add_object(mod, "stdout", gp_interp->std_out) < 0 ||
        module_add_object(mod, "stderr", gp_interp->std_err) < 0 ||
        module_add_object(mod, "__stdin__", gp_interp->std_in) < 0 ||
        module_add_object(mod, "__stdout__", gp_interp->std_out) < 0 ||
        module_add_object(mod, "__stderr__", gp_interp->std_err) < 0)
        return -1;
    return 0;
}

int sys_init(const char *path0) {
    GpObject *mod = module_new("sys");
    if (!mod)
        return -1;
    gp_interp->sys_module = mod;
    if (module_add_functions(mod, sys_methods) < 0)
        return -1;
    GpObject *hook = dict_getitem_cstr(MODULE_DICT(mod), "excepthook");
    if (!hook || module_add_object(mod, "__excepthook__", hook) < 0)
        return -1;
    if (module_add_object(mod, "modules", gp_interp->modules) < 0 ||
        module_add_object(mod, "argv", gp_interp->argv) < 0)
        return -1;
    if (add_streams(mod) < 0)
        return -1;
    /* sys.path and sys.executable are made from the environment: outside the heap, so a
     * longer path does not move other objects (--fixed-heap). */
    alloc_outside_begin();
    GpObject *path = list_new(0);
    GpObject *p0 = str_decode_utf8(path0 ? path0 : "", (intptr_t)strlen(path0 ? path0 : ""));
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';
    GpObject *exe_str = str_decode_utf8(exe, (intptr_t)strlen(exe));
    int ok = path && p0 && exe_str;
    if (ok)
        ok = list_append_steal(path, p0) == 0;  /* steals p0 even on failure */
    else
        gp_xdecref(p0);
    alloc_outside_end();
    if (!ok) {
        gp_xdecref(path);
        gp_xdecref(exe_str);
        return -1;
    }
    if (add_steal(mod, "path", path) < 0) {
        gp_decref(exe_str);
        return -1;
    }
    if (add_steal(mod, "executable", exe_str) < 0)
        return -1;
    GpObject *ver = tuple_new(5);
    if (!ver)
        return -1;
    TUPLE_SET_ITEM(ver, 0, int_from_i64(3));
    TUPLE_SET_ITEM(ver, 1, int_from_i64(11));
    TUPLE_SET_ITEM(ver, 2, int_from_i64(0));
    TUPLE_SET_ITEM(ver, 3, str_from_cstr("final"));
    TUPLE_SET_ITEM(ver, 4, int_from_i64(0));
    for (int i = 0; i < 5; i++)
        if (!TUPLE_ITEM(ver, i)) {
            gp_decref(ver);
            return -1;
        }
    if (add_steal(mod, "version_info", ver) < 0 ||
        add_steal(mod, "version", str_from_cstr("3.11.0 (glasspy " GLASSPY_VERSION ")")) < 0 ||
        add_steal(mod, "hexversion", int_from_i64(0x030B00F0)) < 0 ||
        add_steal(mod, "maxsize", int_from_i64(INT64_MAX)) < 0 ||
        add_steal(mod, "platform", str_from_cstr("linux")) < 0 ||
        add_steal(mod, "byteorder", str_from_cstr("little")) < 0)
        return -1;
    GpObject *name = str_from_cstr("sys");
    if (!name)
        return -1;
    int r = dict_setitem(gp_interp->modules, name, mod);
    gp_decref(name);
    return r;
}

void sys_fini(void) {
    file_flush_std();
    GP_CLEAR(gp_interp->std_in);
    GP_CLEAR(gp_interp->std_out);
    GP_CLEAR(gp_interp->std_err);
    import_fini();
}
