/* import.c — the import system: built-in C modules and .py modules and packages found on
 * sys.path, cached in sys.modules (CPython's importlib._bootstrap, reduced to what glasspy
 * needs: no loaders, specs, finders or bytecode caches).
 *
 * Invariants:
 * - import_module(name) takes an absolute dotted name; parents are imported first and the
 *   child is found on the parent's __path__ and bound as an attribute of the parent.
 * - A module is in sys.modules while its code runs (circular imports see the partially
 *   initialised module); if its code raises, it is removed again and the error propagates.
 * - The result of an import is whatever sys.modules[name] holds after the code ran (a
 *   module may replace itself), as in CPython.
 * - Each module's code is compiled as its own unit with its path as the file name, so
 *   tracebacks and SyntaxErrors name the module's file.
 * - Modules whose code is running are listed in gp_interp->import_initializing (records on
 *   the C stack), for the "partially initialized module" wording of ImportError.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import.h"

#include "compile.h"
#include "errors.h"
#include "interp.h"
#include "modules/gc.h"
#include "modules/heap.h"
#include "modules/math.h"
#include "modules/time.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "run.h"
#include "vm.h"

/* ---- Built-in C modules ---- */

typedef struct BuiltinModule {
    const char *name;
    GpObject *(*create)(void);  /* a new module: new reference, or NULL with an exception */
} BuiltinModule;

/* The C modules besides sys and builtins (which exist from start-up). */
static const BuiltinModule builtin_modules[] = {
    {"heap", heap_module_create},
    {"math", math_module_create},
    {"gc", gc_module_create},
    {"time", time_module_create},
    {NULL, NULL},
};

int import_is_builtin(const char *name) {
    if (strcmp(name, "sys") == 0 || strcmp(name, "builtins") == 0)
        return 1;
    for (const BuiltinModule *b = builtin_modules; b->name; b++)
        if (strcmp(name, b->name) == 0)
            return 1;
    return 0;
}

/* Raises ModuleNotFoundError("No module named 'shown'") with .name = shown. NULL. */
static GpObject *err_no_module(GpObject *shown, const char *suffix) {
    GpObject *msg = str_from_format("No module named %R%s", shown, suffix);
    if (!msg)
        return NULL;
    GpObject *args = tuple_pack(1, msg);
    gp_decref(msg);
    if (!args)
        return NULL;
    GpObject *exc = exc_new(&gp_exc_ModuleNotFoundError, args);
    gp_decref(args);
    if (!exc)
        return NULL;
    ((GpExcNamed *)exc)->name = gp_newref(shown);
    err_restore(exc);
    return NULL;
}

/* The built-in module `name`, created and cached; NULL with no exception if there is no
 * such built-in module. New reference. */
static GpObject *import_builtin(GpObject *name) {
    GpObject *builtin = NULL;
    if (str_eq_cstr(name, "sys"))
        builtin = gp_interp->sys_module;
    else if (str_eq_cstr(name, "builtins"))
        builtin = gp_interp->builtins_module;
    if (builtin) {
        if (dict_setitem(gp_interp->modules, name, builtin) < 0)
            return NULL;
        return gp_newref(builtin);
    }
    for (const BuiltinModule *b = builtin_modules; b->name; b++) {
        if (!str_eq_cstr(name, b->name))
            continue;
        GpObject *mod = b->create();
        if (!mod)
            return NULL;
        if (dict_setitem(gp_interp->modules, name, mod) < 0) {
            gp_decref(mod);
            return NULL;
        }
        return mod;
    }
    return NULL;
}

/* ---- Finding .py files ---- */

static int is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Looks for `base` (the last part of a dotted name) in directory dir ("" is the current
 * directory, shown as its absolute path as CPython's FileFinder does). On success returns
 * a malloc'd path of the file to run and sets *is_pkg; NULL if absent (or out of memory). */
static char *find_in_dir(const char *dir, const char *base, int *is_pkg) {
    char cwd[4096];
    if (!*dir) {
        if (!getcwd(cwd, sizeof cwd))
            return NULL;
        dir = cwd;
    }
    size_t n = strlen(dir) + strlen(base) + 32;
    char *p = malloc(n);
    if (!p)
        return NULL;
    snprintf(p, n, "%s/%s/__init__.py", dir, base);
    if (is_file(p)) {
        *is_pkg = 1;
        return p;
    }
    snprintf(p, n, "%s/%s.py", dir, base);
    if (is_file(p)) {
        *is_pkg = 0;
        return p;
    }
    free(p);
    return NULL;
}

/* Searches the str items of the list `path` (sys.path or a package's __path__). */
static char *find_on_path(GpObject *path, const char *base, int *is_pkg) {
    if (!path || !LIST_CHECK(path))
        return NULL;
    for (intptr_t i = 0; i < LIST_SIZE(path); i++) {
        GpObject *d = LIST_ITEM(path, i);
        if (!STR_CHECK(d))
            continue;
        char *p = find_in_dir(str_cstr(d), base, is_pkg);
        if (p)
            return p;
    }
    return NULL;
}

static GpObject *sys_path(void) {
    return dict_getitem_cstr(MODULE_DICT(gp_interp->sys_module), "path"); /* borrowed */
}

char *import_find_file(const char *name, int *is_pkg) {
    const char *dot = strrchr(name, '.');
    if (!*name)
        return NULL;
    if (!dot)
        return find_on_path(sys_path(), name, is_pkg);
    /* pkg.mod: the package is imported (its __init__ runs), then its __path__ searched. */
    GpObject *pname = str_from_utf8(name, dot - name);
    GpObject *parent = pname ? import_module(pname) : NULL;
    char *found = NULL;
    if (parent) {
        GpObject *path = MODULE_CHECK(parent) ? dict_getitem_cstr(MODULE_DICT(parent), "__path__")
                                              : NULL;
        if (path)
            found = find_on_path(path, dot + 1, is_pkg);
        else if (!err_occurred())
            err_format(&gp_exc_ModuleNotFoundError,
                       "__path__ attribute not found on %R while trying to find '%s'", pname,
                       name);
    }
    gp_xdecref(pname);
    gp_xdecref(parent);
    return found;
}

/* ---- Running a module's code ---- */

/* gp_interp->import_initializing: one record per module whose code is running. */
typedef struct Initializing {
    GpObject *module;            /* borrowed */
    struct Initializing *next;
} Initializing;

int import_is_initializing(GpObject *module) {
    for (Initializing *i = gp_interp->import_initializing; i; i = i->next)
        if (i->module == module)
            return 1;
    return 0;
}

/* Sets up module.__file__ etc. and runs the file's code in the module's dict. 0 or -1. */
static int exec_file(GpObject *module, GpObject *name, const char *path, int is_pkg) {
    GpObject *d = MODULE_DICT(module);
    GpObject *file = str_decode_utf8(path, (intptr_t)strlen(path));
    if (!file)
        return -1;
    int r = dict_setitem(d, GP_ID(__file__), file);
    gp_decref(file);
    if (r < 0 || dict_setitem(d, GP_ID(__builtins__), gp_interp->builtins_module) < 0)
        return -1;
    /* __package__: the package itself, or the parent's name. */
    GpObject *pkg;
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    if (is_pkg)
        pkg = gp_newref(name);
    else
        pkg = str_from_utf8(s, dot ? dot - s : 0);
    if (!pkg)
        return -1;
    r = dict_setitem_cstr(d, "__package__", pkg);
    gp_decref(pkg);
    if (r < 0)
        return -1;
    if (is_pkg) {
        const char *slash = strrchr(path, '/');
        GpObject *dir = str_decode_utf8(path, slash ? slash - path : 0);
        GpObject *lst = dir ? list_new(0) : NULL;
        if (!lst || list_append(lst, dir) < 0 || dict_setitem_cstr(d, "__path__", lst) < 0) {
            gp_xdecref(dir);
            gp_xdecref(lst);
            return -1;
        }
        gp_decref(dir);
        gp_decref(lst);
    }
    size_t len;
    char *src = run_read_file(path, &len);
    if (!src) {
        err_format(&gp_exc_OSError, "[Errno %d] %s: '%s'", errno, strerror(errno), path);
        return -1;
    }
    GpObject *code = compile_source(src, len, path, MODE_FILE, NULL);
    free(src);
    if (!code)
        return -1;
    Initializing me = {module, gp_interp->import_initializing};
    gp_interp->import_initializing = &me;
    GpObject *res = vm_eval_code(code, d, d);
    gp_interp->import_initializing = me.next;
    gp_decref(code);
    if (!res)
        return -1;
    gp_decref(res);
    return 0;
}

/* Imports the .py module or package `name` (not yet in sys.modules). New reference, or
 * NULL: with ModuleNotFoundError if it cannot be found. */
static GpObject *import_source(GpObject *name) {
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    GpObject *parent = NULL, *path;
    if (dot) {
        GpObject *pname = str_from_utf8(s, dot - s);
        if (!pname)
            return NULL;
        parent = import_module(pname);
        if (!parent) {
            gp_decref(pname);
            return NULL;
        }
        /* The parent's import may have imported us. */
        GpObject *m = dict_getitem(gp_interp->modules, name);
        if (m) {
            gp_decref(pname);
            gp_decref(parent);
            return gp_newref(m);
        }
        GpObject *pathname = str_from_cstr("__path__");
        path = pathname ? obj_lookup_attr(parent, pathname) : NULL;
        gp_xdecref(pathname);
        if (!path) {
            if (!err_occurred()) {
                GpObject *msg = str_from_format("; %R is not a package", pname);
                if (msg) {
                    err_no_module(name, str_cstr(msg));
                    gp_decref(msg);
                }
            }
            gp_decref(pname);
            gp_decref(parent);
            return NULL;
        }
        gp_decref(pname);
    } else {
        path = sys_path();
        if (!path) {
            err_set_str(&gp_exc_ImportError, "sys.path must be a list of directory names");
            return NULL;
        }
        gp_incref(path);
    }
    int is_pkg = 0;
    char *file = find_on_path(path, dot ? dot + 1 : s, &is_pkg);
    gp_decref(path);
    if (!file) {
        gp_xdecref(parent);
        return err_no_module(name, "");
    }
    GpObject *mod = module_new(s);
    if (!mod) {
        free(file);
        gp_xdecref(parent);
        return NULL;
    }
    ((GpModule *)mod)->builtin = 0;
    if (dict_setitem(gp_interp->modules, name, mod) < 0) {
        free(file);
        gp_decref(mod);
        gp_xdecref(parent);
        return NULL;
    }
    int r = exec_file(mod, name, file, is_pkg);
    free(file);
    gp_decref(mod);
    if (r < 0) {
        /* A failed import leaves nothing behind in sys.modules. */
        GpObject *exc = err_fetch();
        if (dict_getitem(gp_interp->modules, name) && dict_delitem(gp_interp->modules, name) < 0)
            err_clear();
        err_clear();
        err_restore(exc);
        gp_xdecref(parent);
        return NULL;
    }
    GpObject *m = dict_getitem(gp_interp->modules, name);
    if (!m) {
        gp_xdecref(parent);
        if (!err_occurred())
            err_format(&gp_exc_ImportError, "Loaded module %U not found in sys.modules", name);
        return NULL;
    }
    gp_incref(m);
    if (parent) {
        /* Bind the child in its parent: `import a.b` then `a.b`. */
        GpObject *attr = str_from_cstr(dot + 1);
        int r2 = attr ? obj_setattr(parent, attr, m) : -1;
        gp_xdecref(attr);
        gp_decref(parent);
        if (r2 < 0) {
            gp_decref(m);
            return NULL;
        }
    }
    return m;
}

GpObject *import_module(GpObject *name) {
    GpObject *m = dict_getitem(gp_interp->modules, name);
    if (m) {
        if (m == GP_NONE) {
            return err_format(&gp_exc_ModuleNotFoundError,
                              "import of %U halted; None in sys.modules", name);
        }
        return gp_newref(m);
    }
    if (err_occurred())
        return NULL;
    m = import_builtin(name);
    if (m || err_occurred())
        return m;
    return import_source(name);
}

/* ---- Relative imports and from-lists (CPython's _calc___package__, _resolve_name,
 * _handle_fromlist) ---- */

GpObject *import_resolve_relative(GpObject *name, GpObject *globals, int64_t level) {
    GpObject *package = NULL;
    if (globals && DICT_CHECK(globals)) {
        GpObject *p = dict_getitem_cstr(globals, "__package__");
        if (p && p != GP_NONE) {
            if (!STR_CHECK(p))
                return err_set_str(&gp_exc_TypeError, "package must be a string");
            package = gp_newref(p);
        } else {
            GpObject *n = dict_getitem(globals, GP_ID(__name__));
            if (n && STR_CHECK(n)) {
                if (dict_getitem_cstr(globals, "__path__")) {
                    package = gp_newref(n);
                } else {
                    const char *s = str_cstr(n), *dot = strrchr(s, '.');
                    package = str_from_utf8(s, dot ? dot - s : 0);
                    if (!package)
                        return NULL;
                }
            }
        }
    }
    if (err_occurred()) {
        gp_xdecref(package);
        return NULL;
    }
    if (!package || STR_NBYTES(package) == 0) {
        gp_xdecref(package);
        return err_set_str(&gp_exc_ImportError,
                           "attempted relative import with no known parent package");
    }
    /* Drop level - 1 trailing components. */
    const char *s = str_cstr(package);
    intptr_t end = STR_NBYTES(package);
    for (int64_t i = 1; i < level; i++) {
        while (end > 0 && s[end - 1] != '.')
            end--;
        if (end == 0) {
            gp_decref(package);
            return err_set_str(&gp_exc_ImportError,
                               "attempted relative import beyond top-level package");
        }
        end--;
    }
    GpObject *base = str_from_utf8(s, end);
    gp_decref(package);
    if (!base || STR_NBYTES(name) == 0)
        return base;
    GpObject *full = str_from_format("%U.%U", base, name);
    gp_decref(base);
    return full;
}

int import_handle_fromlist(GpObject *module, GpObject *fromlist) {
    if (!fromlist || fromlist == GP_NONE || !TUPLE_CHECK(fromlist) || !MODULE_CHECK(module))
        return 0;
    if (!dict_getitem_cstr(MODULE_DICT(module), "__path__"))
        return 0;
    GpObject *modname = dict_getitem(MODULE_DICT(module), GP_ID(__name__));
    if (!modname || !STR_CHECK(modname))
        return 0;
    for (intptr_t i = 0; i < TUPLE_SIZE(fromlist); i++) {
        GpObject *x = TUPLE_ITEM(fromlist, i);
        if (!STR_CHECK(x))
            continue;
        if (str_eq_cstr(x, "*")) {
            GpObject *all = dict_getitem_cstr(MODULE_DICT(module), "__all__");
            if (all && TUPLE_CHECK(all) && all != fromlist &&
                import_handle_fromlist(module, all) < 0)
                return -1;
            if (all && LIST_CHECK(all)) {
                GpObject *t = list_as_tuple(all);
                int r = t ? import_handle_fromlist(module, t) : -1;
                gp_xdecref(t);
                if (r < 0)
                    return -1;
            }
            continue;
        }
        if (dict_getitem(MODULE_DICT(module), x))
            continue;
        GpObject *full = str_from_format("%U.%U", modname, x);
        if (!full)
            return -1;
        GpObject *m = import_module(full);
        if (m) {
            gp_decref(m);
        } else if (err_matches(&gp_exc_ModuleNotFoundError)) {
            /* A name that is neither an attribute nor a submodule: IMPORT_FROM reports it. */
            GpObject *exc = err_fetch();
            GpObject *ename = ((GpExcNamed *)exc)->name;
            if (ename && STR_CHECK(ename) && str_eq(ename, full)) {
                gp_decref(exc);
            } else {
                err_restore(exc);
                gp_decref(full);
                return -1;
            }
        } else {
            gp_decref(full);
            return -1;
        }
        gp_decref(full);
    }
    return 0;
}

GpObject *import_module_fromlist(GpObject *name, GpObject *fromlist) {
    GpObject *m = import_module(name);
    if (m && import_handle_fromlist(m, fromlist) < 0)
        GP_CLEAR(m);
    return m;
}
