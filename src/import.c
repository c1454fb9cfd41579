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
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import.h"

#include "compile.h"
#include "errors.h"
#include "interp.h"
#include "modules/functools.h"
#include "modules/gc.h"
#include "modules/heap.h"
#include "modules/itertools.h"
#include "modules/math.h"
#include "modules/operator.h"
#include "modules/time.h"
#include "modules/traceback_mod.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
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
    {"operator", operator_module_create},
    {"functools", functools_module_create},
    {"itertools", itertools_module_create},
    {"gc", gc_module_create},
    {"time", time_module_create},
    {"traceback", traceback_module_create},
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

static GpObject *spec_new(GpObject *name, GpObject *origin, GpObject *locations);

/* Gives a built-in module a ModuleSpec (origin 'built-in') if it has none. 0 or -1. */
static int set_builtin_spec(GpObject *mod, GpObject *name) {
    if (!MODULE_CHECK(mod))
        return 0;
    GpObject *cur = dict_getitem_cstr(MODULE_DICT(mod), "__spec__");
    if (cur && cur != GP_NONE)
        return 0;
    GpObject *origin = str_from_cstr("built-in");
    GpObject *spec = origin ? spec_new(name, origin, NULL) : NULL;
    gp_xdecref(origin);
    int r = spec ? dict_setitem_cstr(MODULE_DICT(mod), "__spec__", spec) : -1;
    gp_xdecref(spec);
    return r;
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
        if (set_builtin_spec(builtin, name) < 0 ||
            dict_setitem(gp_interp->modules, name, builtin) < 0)
            return NULL;
        return gp_newref(builtin);
    }
    for (const BuiltinModule *b = builtin_modules; b->name; b++) {
        if (!str_eq_cstr(name, b->name))
            continue;
        GpObject *mod = b->create();
        if (!mod)
            return NULL;
        if (set_builtin_spec(mod, name) < 0 || dict_setitem(gp_interp->modules, name, mod) < 0) {
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

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Looks for `base` (the last part of a dotted name) in directory dir ("" is the current
 * directory, shown as its absolute path as CPython's FileFinder does). On success returns
 * a malloc'd path of the file to run and sets *is_pkg; NULL if absent (or out of memory).
 * A directory dir/base without __init__.py (and no base.py beside it) is a portion of a
 * namespace package (PEP 420): its path is appended to the list `portions` if given. */
static char *find_in_dir(const char *dir, const char *base, int *is_pkg, GpObject *portions) {
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
    snprintf(p, n, "%s/%s", dir, base);
    if (portions && is_dir(p)) {
        GpObject *d = str_decode_utf8(p, (intptr_t)strlen(p));
        if (!d || list_append(portions, d) < 0)
            err_clear();
        gp_xdecref(d);
    }
    free(p);
    return NULL;
}

/* Searches the str items of the list `path` (sys.path or a package's __path__). */
static char *find_on_path(GpObject *path, const char *base, int *is_pkg, GpObject *portions) {
    if (!path || !LIST_CHECK(path))
        return NULL;
    for (intptr_t i = 0; i < LIST_SIZE(path); i++) {
        GpObject *d = LIST_ITEM(path, i);
        if (!STR_CHECK(d))
            continue;
        char *p = find_in_dir(str_cstr(d), base, is_pkg, portions);
        if (p)
            return p;
    }
    return NULL;
}

static GpObject *sys_path(void) {
    return dict_getitem_cstr(MODULE_DICT(gp_interp->sys_module), "path"); /* borrowed */
}

/* find_on_path for -m: a namespace package (directories without __init__.py) is reported as
 * a package whose __init__.py would be in its first portion (main.c looks for __main__.py
 * beside it; importing it makes the namespace package). */
static char *find_for_main(GpObject *path, const char *base, int *is_pkg) {
    GpObject *portions = list_new(0);
    if (!portions)
        return NULL;
    char *found = find_on_path(path, base, is_pkg, portions);
    if (!found && LIST_SIZE(portions) > 0) {
        const char *dir = str_cstr(LIST_ITEM(portions, 0));
        size_t n = strlen(dir) + sizeof "/__init__.py";
        found = malloc(n);
        if (found) {
            snprintf(found, n, "%s/__init__.py", dir);
            *is_pkg = 1;
        }
    }
    gp_decref(portions);
    return found;
}

char *import_find_file(const char *name, int *is_pkg) {
    const char *dot = strrchr(name, '.');
    if (!*name)
        return NULL;
    if (!dot)
        return find_for_main(sys_path(), name, is_pkg);
    /* pkg.mod: the package is imported (its __init__ runs), then its __path__ searched. */
    GpObject *pname = str_from_utf8(name, dot - name);
    GpObject *parent = pname ? import_module(pname) : NULL;
    char *found = NULL;
    if (parent) {
        GpObject *path = MODULE_CHECK(parent) ? dict_getitem_cstr(MODULE_DICT(parent), "__path__")
                                              : NULL;
        if (path)
            found = find_for_main(path, dot + 1, is_pkg);
        else if (!err_occurred())
            err_format(&gp_exc_ModuleNotFoundError,
                       "__path__ attribute not found on %R while trying to find '%s'", pname,
                       name);
    }
    gp_xdecref(pname);
    gp_xdecref(parent);
    return found;
}

/* ---- Module specs: the minimum of importlib's ModuleSpec ----
 * A ModuleSpec keeps its attributes in its instance dict (name, loader, origin,
 * loader_state, submodule_search_locations: settable, as on CPython's Python class);
 * parent, has_location and cached are computed. */

typedef struct GpModuleSpec {
    GP_HEAD;
    GpObject *dict;
} GpModuleSpec;

static void spec_dealloc(GpObject *o) {
    GP_CLEAR(((GpModuleSpec *)o)->dict);
    obj_free(o);
}

static int spec_traverse(GpObject *o, VisitFn visit, void *arg) {
    GpObject *d = ((GpModuleSpec *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static GpObject *spec_clear(GpObject *o) {
    GP_CLEAR(((GpModuleSpec *)o)->dict);
    return NULL;
}

/* Borrowed attribute from the spec's dict (None if absent). */
static GpObject *spec_field(GpObject *o, const char *name) {
    GpObject *d = ((GpModuleSpec *)o)->dict;
    GpObject *v = d ? dict_getitem_cstr(d, name) : NULL;
    return v ? v : GP_NONE;
}

/* importlib's ModuleSpec.__repr__: origin and locations only when not None. */
static GpObject *spec_repr(GpObject *o) {
    GpObject *origin = spec_field(o, "origin");
    GpObject *locs = spec_field(o, "submodule_search_locations");
    GpObject *parts[3] = {
        str_from_format("ModuleSpec(name=%R, loader=%R", spec_field(o, "name"),
                        spec_field(o, "loader")),
        origin != GP_NONE ? str_from_format(", origin=%R", origin) : NULL,
        locs != GP_NONE ? str_from_format(", submodule_search_locations=%R", locs) : NULL,
    };
    StrBuf sb = STRBUF_INIT;
    int ok = parts[0] && (origin == GP_NONE || parts[1]) && (locs == GP_NONE || parts[2]);
    for (int i = 0; i < 3; i++) {
        if (ok && parts[i] && sb_append_str(&sb, parts[i]) < 0)
            ok = 0;
        gp_xdecref(parts[i]);
    }
    if (!ok || sb_append_char(&sb, ')') < 0) {
        sb_discard(&sb);
        return NULL;
    }
    return sb_finish(&sb);
}

static GpObject *spec_get_parent(GpObject *o) {
    GpObject *name = spec_field(o, "name");
    if (!STR_CHECK(name))
        return gp_newref(name);
    if (spec_field(o, "submodule_search_locations") != GP_NONE)
        return gp_newref(name);
    const char *s = str_cstr(name), *dot = strrchr(s, '.');
    return str_from_utf8(s, dot ? dot - s : 0);
}

static GpObject *spec_get_has_location(GpObject *o) {
    return gp_newref(spec_field(o, "_set_fileattr"));
}

static GpObject *spec_get_cached(GpObject *o) {
    (void)o;
    return gp_none();
}

static GpGetSetDef spec_getset[] = {
    {"parent", spec_get_parent, NULL, NULL},
    {"has_location", spec_get_has_location, NULL, NULL},
    {"cached", spec_get_cached, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static GpType gp_type_modulespec = {
    GP_TYPE_HEAD,
    .name = "ModuleSpec",
    .basicsize = sizeof(GpModuleSpec),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = spec_dealloc,
    .repr = spec_repr,
    .setattr = obj_generic_setattr,
    .traverse = spec_traverse,
    .clear = spec_clear,
    .getset = spec_getset,
    .dictoffset = offsetof(GpModuleSpec, dict),
};

/* A new ModuleSpec for a module found at origin (a str: its file, or "built-in");
 * locations: the package's __path__ list or NULL. New reference. */
static GpObject *spec_new(GpObject *name, GpObject *origin, GpObject *locations) {
    if (!(gp_type_modulespec.flags & TPFLAG_READY) && type_ready(&gp_type_modulespec) < 0)
        return NULL;
    GpModuleSpec *spec = (GpModuleSpec *)obj_new(&gp_type_modulespec, sizeof(GpModuleSpec));
    if (!spec)
        return NULL;
    spec->dict = dict_new();
    if (!spec->dict || dict_setitem_cstr(spec->dict, "name", name) < 0 ||
        dict_setitem_cstr(spec->dict, "loader", GP_NONE) < 0 ||
        dict_setitem_cstr(spec->dict, "origin", origin) < 0 ||
        dict_setitem_cstr(spec->dict, "loader_state", GP_NONE) < 0 ||
        dict_setitem_cstr(spec->dict, "submodule_search_locations",
                          locations ? locations : GP_NONE) < 0 ||
        dict_setitem_cstr(spec->dict, "_set_fileattr",
                          STR_CHECK(origin) && !str_eq_cstr(origin, "built-in") ? GP_TRUE
                                                                                 : GP_FALSE) < 0) {
        gp_decref((GpObject *)spec);
        return NULL;
    }
    return (GpObject *)spec;
}

void import_fini(void) {
    itertools_fini();
    functools_fini();
    operator_fini();
    if (gp_type_modulespec.flags & TPFLAG_READY)
        type_fini(&gp_type_modulespec);
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

GpObject *import_err_no_attribute(GpObject *module, GpObject *modname, GpObject *name) {
    if (import_is_initializing(module))
        return err_format(&gp_exc_AttributeError,
                          "partially initialized module '%U' has no attribute '%U' (most likely "
                          "due to a circular import)",
                          modname, name);
    /* A submodule modname.name whose code is running (CPython's _uninitialized_submodules). */
    intptr_t ml = STR_NBYTES(modname), nl = STR_NBYTES(name);
    for (Initializing *i = gp_interp->import_initializing; i; i = i->next) {
        GpObject *n = MODULE_CHECK(i->module)
                          ? dict_getitem(MODULE_DICT(i->module), GP_ID(__name__))
                          : NULL;
        if (!n || !STR_CHECK(n) || STR_NBYTES(n) != ml + 1 + nl)
            continue;
        const char *s = str_cstr(n);
        if (memcmp(s, str_cstr(modname), (size_t)ml) == 0 && s[ml] == '.' &&
            memcmp(s + ml + 1, str_cstr(name), (size_t)nl) == 0)
            return err_format(&gp_exc_AttributeError,
                              "cannot access submodule '%U' of module '%U' (most likely due to a "
                              "circular import)",
                              name, modname);
    }
    err_clear();
    return err_format(&gp_exc_AttributeError, "module '%U' has no attribute '%U'", modname, name);
}

/* Sets up module.__file__ etc. and runs the file's code in the module's dict. 0 or -1. */
static int exec_file(GpObject *module, GpObject *name, const char *path, int is_pkg) {
    GpObject *d = MODULE_DICT(module);
    GpObject *file = str_decode_utf8(path, (intptr_t)strlen(path));
    if (!file)
        return -1;
    int r = dict_setitem(d, GP_ID(__file__), file);
    if (r < 0 || dict_setitem_cstr(d, "__cached__", GP_NONE) < 0 ||
        dict_setitem(d, GP_ID(__builtins__), gp_interp->builtins_module) < 0) {
        gp_decref(file);
        return -1;
    }
    /* __package__: the package itself, or the parent's name. */
    GpObject *pkg;
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    if (is_pkg)
        pkg = gp_newref(name);
    else
        pkg = str_from_utf8(s, dot ? dot - s : 0);
    if (!pkg) {
        gp_decref(file);
        return -1;
    }
    r = dict_setitem_cstr(d, "__package__", pkg);
    gp_decref(pkg);
    if (r < 0) {
        gp_decref(file);
        return -1;
    }
    if (is_pkg) {
        const char *slash = strrchr(path, '/');
        GpObject *dir = str_decode_utf8(path, slash ? slash - path : 0);
        GpObject *lst = dir ? list_new(0) : NULL;
        if (!lst || list_append(lst, dir) < 0 || dict_setitem_cstr(d, "__path__", lst) < 0) {
            gp_xdecref(dir);
            gp_xdecref(lst);
            gp_decref(file);
            return -1;
        }
        gp_decref(dir);
        gp_decref(lst);
    }
    GpObject *locs = is_pkg ? dict_getitem_cstr(d, "__path__") : NULL;
    GpObject *spec = spec_new(name, file, locs);
    gp_decref(file);
    if (!spec)
        return -1;
    r = dict_setitem_cstr(d, "__spec__", spec);
    gp_decref(spec);
    if (r < 0)
        return -1;
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

/* Binds module m as attribute `child` of parent (`import a.b` then `a.b`). 0 or -1. */
static int bind_in_parent(GpObject *parent, const char *child, GpObject *m) {
    GpObject *attr = str_from_cstr(child);
    int r = attr ? obj_setattr(parent, attr, m) : -1;
    gp_xdecref(attr);
    return r;
}

/* A namespace package (PEP 420): no code, __file__ None, __path__ the directories found
 * (portions, borrowed), a spec with origin None. Stored in sys.modules and bound in parent
 * (or NULL); dot: the last dot of name or NULL. New reference. */
static GpObject *namespace_package(GpObject *name, GpObject *portions, GpObject *parent,
                                   const char *dot) {
    GpObject *mod = module_new(str_cstr(name));
    if (!mod)
        return NULL;
    ((GpModule *)mod)->builtin = 0;
    GpObject *d = MODULE_DICT(mod);
    GpObject *spec = spec_new(name, GP_NONE, portions);
    if (!spec || dict_setitem_cstr(d, "__spec__", spec) < 0 ||
        dict_setitem(d, GP_ID(__file__), GP_NONE) < 0 ||
        dict_setitem_cstr(d, "__package__", name) < 0 ||
        dict_setitem_cstr(d, "__path__", portions) < 0 ||
        dict_setitem(gp_interp->modules, name, mod) < 0 ||
        (parent && bind_in_parent(parent, dot + 1, mod) < 0)) {
        gp_xdecref(spec);
        gp_decref(mod);
        return NULL;
    }
    gp_decref(spec);
    return mod;
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
    GpObject *portions = list_new(0);
    if (!portions) {
        gp_decref(path);
        gp_xdecref(parent);
        return NULL;
    }
    char *file = find_on_path(path, dot ? dot + 1 : s, &is_pkg, portions);
    gp_decref(path);
    if (!file && LIST_SIZE(portions) > 0) {
        GpObject *m = namespace_package(name, portions, parent, dot);
        gp_decref(portions);
        gp_xdecref(parent);
        return m;
    }
    gp_decref(portions);
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
        int r2 = bind_in_parent(parent, dot + 1, m);
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

/* The package relative imports start from (CPython's resolve_name): __package__, else
 * __spec__.parent, else __name__ (itself if it has __path__, else its parent). New
 * reference; NULL with KeyError / TypeError; an empty str if there is no parent. */
static GpObject *calc_package(GpObject *globals) {
    if (!globals)
        return err_set_str(&gp_exc_KeyError, "'__name__' not in globals");
    if (!DICT_CHECK(globals))
        return err_set_str(&gp_exc_TypeError, "globals must be a dict");
    GpObject *package = dict_getitem_cstr(globals, "__package__");
    if (package == GP_NONE)
        package = NULL;
    if (!package && err_occurred())
        return NULL;
    if (package) {
        if (!STR_CHECK(package))
            return err_set_str(&gp_exc_TypeError, "package must be a string");
        return gp_newref(package);
    }
    GpObject *spec = dict_getitem_cstr(globals, "__spec__");
    if (spec && spec != GP_NONE) {
        GpObject *attr = str_from_cstr("parent");
        GpObject *parent = attr ? obj_getattr(spec, attr) : NULL;
        gp_xdecref(attr);
        if (parent && !STR_CHECK(parent)) {
            gp_decref(parent);
            return err_set_str(&gp_exc_TypeError, "__spec__.parent must be a string");
        }
        return parent;
    }
    if (err_occurred())
        return NULL;
    GpObject *n = dict_getitem(globals, GP_ID(__name__));
    if (!n) {
        if (!err_occurred())
            err_set_str(&gp_exc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    if (!STR_CHECK(n))
        return err_set_str(&gp_exc_TypeError, "__name__ must be a string");
    if (dict_getitem_cstr(globals, "__path__"))
        return gp_newref(n);
    const char *str = str_cstr(n), *dot = strrchr(str, '.');
    return str_from_utf8(str, dot ? dot - str : 0);
}

GpObject *import_resolve_relative(GpObject *name, GpObject *globals, int64_t level) {
    GpObject *package = calc_package(globals);
    if (!package)
        return NULL;
    if (STR_NBYTES(package) == 0) {
        gp_decref(package);
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

/* CPython's _handle_fromlist: each name of the from-list that is not an attribute of the
 * package is imported as its submodule; "*" does so for the names of __all__ (recursive). */
static int handle_fromlist(GpObject *module, GpObject *fromlist, int recursive) {
    GpObject *modname = dict_getitem(MODULE_DICT(module), GP_ID(__name__));
    if (!modname || !STR_CHECK(modname))
        return 0;
    GpObject *items = TUPLE_CHECK(fromlist) ? gp_newref(fromlist) : tuple_from_iterable(fromlist);
    if (!items)
        return -1;
    int r = 0;
    for (intptr_t i = 0; r == 0 && i < TUPLE_SIZE(items); i++) {
        GpObject *x = TUPLE_ITEM(items, i);
        if (!STR_CHECK(x)) {
            if (recursive)
                err_format(&gp_exc_TypeError, "Item in %U.__all__ must be str, not %s", modname,
                           obj_type_name(x));
            else
                err_format(&gp_exc_TypeError, "Item in ``from list'' must be str, not %s",
                           obj_type_name(x));
            r = -1;
            break;
        }
        if (str_eq_cstr(x, "*")) {
            if (recursive)
                continue;
            GpObject *all = dict_getitem_cstr(MODULE_DICT(module), "__all__");
            if (all)
                r = handle_fromlist(module, all, 1);
            continue;
        }
        GpObject *have = obj_lookup_attr(module, x);
        if (have) {
            gp_decref(have);
            continue;
        }
        if (err_occurred()) {
            r = -1;
            break;
        }
        GpObject *full = str_from_format("%U.%U", modname, x);
        if (!full) {
            r = -1;
            break;
        }
        GpObject *m = import_module(full);
        if (m) {
            gp_decref(m);
        } else if (err_matches(&gp_exc_ModuleNotFoundError)) {
            /* A name that is neither an attribute nor a submodule: IMPORT_FROM reports it. */
            GpObject *exc = err_fetch();
            GpObject *ename = ((GpExcNamed *)exc)->name;
            if (ename && STR_CHECK(ename) && str_eq(ename, full) &&
                dict_getitem(gp_interp->modules, full) != GP_NONE) {
                gp_decref(exc);
            } else {
                err_restore(exc);
                r = -1;
            }
        } else {
            r = -1;
        }
        gp_decref(full);
    }
    gp_decref(items);
    return r;
}

int import_handle_fromlist(GpObject *module, GpObject *fromlist) {
    if (!fromlist || fromlist == GP_NONE || !MODULE_CHECK(module))
        return 0;
    if (!dict_getitem_cstr(MODULE_DICT(module), "__path__"))
        return 0;
    return handle_fromlist(module, fromlist, 0);
}

GpObject *import_module_fromlist(GpObject *name, GpObject *fromlist) {
    GpObject *m = import_module(name);
    if (m && import_handle_fromlist(m, fromlist) < 0)
        GP_CLEAR(m);
    return m;
}
