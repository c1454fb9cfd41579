/* builtins_eval.c — the built-ins that compile and run source at run time: compile, eval
 * and exec (CPython 3.11's semantics and messages).
 *
 * Invariants:
 * - Each string given to compile/eval/exec is its own compiled unit (DESIGN.md §1): it is
 *   compiled here with filename "<string>" (compile: the filename given) and run by
 *   vm_eval_code in the namespaces chosen below.
 * - Namespaces: globals defaults to the calling frame's globals and locals to its locals
 *   (a module or class body's locals mapping, or a snapshot dict of a function's fast
 *   locals, as locals() gives); locals defaults to globals when only globals is given. A
 *   globals dict without '__builtins__' gets the builtins dict inserted (CPython does so).
 * - eval strips leading spaces and tabs from a source string; exec and compile do not.
 */
#include <string.h>

#include "builtins.h"
#include "code.h"
#include "compile.h"
#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm.h"

/* The text of a str or bytes source: *src and *len borrowed from o. Returns 1 if o is neither
 * (the caller raises its own TypeError), 0 on success, -1 with SyntaxError for null bytes. */
static int source_text(GpObject *o, const char **src, size_t *len) {
    if (STR_CHECK(o)) {
        *src = STR_DATA(o);
        *len = (size_t)STR_NBYTES(o);
    } else if (BYTES_CHECK(o)) {
        *src = (const char *)BYTES_DATA(o);
        *len = (size_t)BYTES_SIZE(o);
    } else {
        return 1;
    }
    if (memchr(*src, '\0', *len)) {
        err_set_str(&gp_exc_SyntaxError, "source code string cannot contain null bytes");
        return -1;
    }
    return 0;
}

/* Chooses the namespaces of an eval/exec call from the arguments (NULL or None: not
 * given) and checks them. On success *g and *l are new references. 0 or -1. */
static int namespaces(int is_exec, GpObject *globals, GpObject *locals, GpObject **g,
                      GpObject **l) {
    if (globals == GP_NONE)
        globals = NULL;
    if (locals == GP_NONE)
        locals = NULL;
    if (globals && !DICT_CHECK(globals)) {
        if (is_exec)
            err_format(&gp_exc_TypeError, "exec() globals must be a dict, not %T", globals);
        else
            err_set_str(&gp_exc_TypeError, "globals must be a dict");
        return -1;
    }
    if (locals && !GP_TYPE(locals)->getitem) {
        if (is_exec)
            err_format(&gp_exc_TypeError, "locals must be a mapping or None, not %T", locals);
        else
            err_set_str(&gp_exc_TypeError, "locals must be a mapping");
        return -1;
    }
    if (globals) {
        *g = gp_newref(globals);
        *l = gp_newref(locals ? locals : globals);
    } else {
        GpFrame *f = gp_interp->frame;
        *g = gp_newref(f ? f->globals : MODULE_DICT(gp_interp->main_module));
        *l = locals ? gp_newref(locals) : builtins_current_locals();
        if (!*l) {
            GP_CLEAR(*g);
            return -1;
        }
    }
    GpObject *b = dict_getitem(*g, GP_ID(__builtins__));
    if (!b && (err_occurred() || dict_setitem(*g, GP_ID(__builtins__), gp_interp->builtins) < 0)) {
        GP_CLEAR(*g);
        GP_CLEAR(*l);
        return -1;
    }
    return 0;
}

/* Runs code (a code object, or a source object compiled in mode) in the namespaces of the
 * call. fname is "eval" or "exec". New reference to the result, or NULL. */
static GpObject *run_in(const char *fname, GpObject *code, ParseMode mode, GpObject *globals,
                        GpObject *locals) {
    int is_exec = strcmp(fname, "exec") == 0;
    GpObject *g, *l;
    if (CODE_CHECK(code)) {
        int nfree = ((GpCode *)code)->nfreevars;
        if (nfree > 0 && is_exec) /* 3.11's exec() has a closure argument (not supported) */
            return err_format(&gp_exc_TypeError,
                              "code object requires a closure of exactly length %d", nfree);
        if (nfree > 0)
            return err_set_str(&gp_exc_TypeError,
                               "code object passed to eval() may not contain free variables");
        if (namespaces(is_exec, globals, locals, &g, &l) < 0)
            return NULL;
        gp_incref(code);
    } else {
        const char *src;
        size_t len;
        int r = source_text(code, &src, &len);
        if (r > 0)
            return err_format(&gp_exc_TypeError,
                              "%s() arg 1 must be a string, bytes or code object", fname);
        if (r < 0 || namespaces(is_exec, globals, locals, &g, &l) < 0)
            return NULL;
        if (mode == MODE_EVAL)
            while (len > 0 && (*src == ' ' || *src == '\t')) {
                src++;
                len--;
            }
        code = compile_source(src, len, "<string>", mode, NULL);
    }
    GpObject *res = NULL;
    GpCode *co = (GpCode *)code;
    if (co && (co->argcount || co->kwonlyargcount || (co->flags & (CO_VARARGS | CO_VARKEYWORDS)))) {
        /* A function body with parameters: called with no arguments, as CPython does
         * ("f() missing 1 required positional argument: 'a'"; *args is ()). */
        GpObject *fn = func_new(code, g, co->qualname);
        if (fn) {
            res = func_call(fn, NULL, 0, NULL);
            gp_decref(fn);
        }
    } else if (co) {
        res = vm_eval_code(code, g, l);
    }
    gp_xdecref(code);
    gp_decref(g);
    gp_decref(l);
    return res;
}

static GpObject *builtin_eval(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    (void)self;
    (void)kwnames;
    if (args_check_count("eval", nargs, 1, 3) < 0)
        return NULL;
    return run_in("eval", args[0], MODE_EVAL, nargs > 1 ? args[1] : NULL,
                  nargs > 2 ? args[2] : NULL);
}

static GpObject *builtin_exec(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"", "", "", "closure", NULL};
    GpObject *a[4] = {NULL};
    if (args_parse("exec", args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    if (a[3] && a[3] != GP_NONE)
        return err_set_str(&gp_exc_TypeError, "closure can only be used when source is a "
                                              "code object with free variables");
    GpObject *r = run_in("exec", a[0], MODE_FILE, a[1], a[2]);
    if (!r)
        return NULL;
    gp_decref(r);
    return gp_newref(GP_NONE);
}

static GpObject *builtin_compile(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {
        "source",   "filename",         "mode", "flags", "dont_inherit",
        "optimize", "_feature_version", NULL};
    GpObject *a[7] = {NULL};
    if (args_parse("compile", args, nargs, kwnames, names, 3, 6, a) < 0)
        return NULL;
    const char *filename;
    if (STR_CHECK(a[1]))
        filename = STR_DATA(a[1]);
    else if (BYTES_CHECK(a[1]))
        filename = (const char *)BYTES_DATA(a[1]);
    else
        return err_format(&gp_exc_TypeError, "expected str, bytes or os.PathLike object, not %T",
                          a[1]);
    if (!STR_CHECK(a[2]))
        return err_format(&gp_exc_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    ParseMode mode;
    if (str_eq_cstr(a[2], "exec"))
        mode = MODE_FILE;
    else if (str_eq_cstr(a[2], "eval"))
        mode = MODE_EVAL;
    else if (str_eq_cstr(a[2], "single"))
        mode = MODE_SINGLE;
    else
        return err_set_str(&gp_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    const char *src;
    size_t len;
    int r = source_text(a[0], &src, &len);
    if (r > 0)
        return err_set_str(&gp_exc_TypeError,
                           "compile() arg 1 must be a string, bytes or AST object");
    if (r < 0)
        return NULL;
    /* flags, dont_inherit, optimize and _feature_version are accepted and ignored. */
    return compile_source(src, len, filename, mode, NULL);
}

GpMethodDef builtins_eval_methods[] = {
    {"eval", builtin_eval, METH_VARARGS, NULL},
    {"exec", builtin_exec, METH_KEYWORDS, NULL},
    {"compile", builtin_compile, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};
