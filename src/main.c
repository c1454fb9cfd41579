/* main.c — the command line, following python3's conventions:
 *   glasspy [options] [-c cmd | -m mod | file | -] [args]
 * Options are parsed before the interpreter exists (python3's getopt rules: clustered
 * short options, -c/-m take the rest of the argument or the next one and end the option
 * list); then the program runs, optionally followed by the REPL (-i).
 *
 * Exit statuses: 0, SystemExit's code, 1 for an uncaught exception or a syntax error,
 * 2 for a command-line error or an unreadable script; an uncaught KeyboardInterrupt ends
 * the process by SIGINT (a shell shows 130), as CPython does.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ast.h"
#include "compile.h"
#include "errors.h"
#include "import.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/list.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/module.h"
#include "objects/str.h"
#include "parser.h"
#include "run.h"
#include "vm.h"

static const char usage_line[] =
    "usage: glasspy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_text[] =
    "Options (and corresponding environment variables):\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-d     : print the bytecode disassembly of the program instead of running it\n"
    "         (also --dis)\n"
    "-E     : ignore PYTHON* and GLASSPY_* environment variables\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal; also PYTHONINSPECT=x\n"
    "-I     : isolate glasspy from the user's environment (implies -E)\n"
    "-m mod : run a built-in module as a script (terminates option list)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-V     : print the version number and exit (also --version)\n"
    "-X opt : implementation-specific option: int_max_str_digits=N sets the int/str\n"
    "         conversion limit (also PYTHONINTMAXSTRDIGITS); showrefcount prints the\n"
    "         objects and buffers still live after tear-down (0 unless something\n"
    "         leaked); others are ignored\n"
    "-b -B -O -P -s -S -v -x -W arg : accepted for compatibility with python3, ignored\n"
    "--ast  : print the abstract syntax tree of the program instead of running it\n"
    "--dis  : the same as -d\n"
    "--fixed-heap : take every object from one region at a fixed address, so ids are\n"
    "         the same from run to run; also GLASSPY_FIXED_HEAP=1\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

typedef struct Options {
    const char *command; /* -c */
    const char *module;  /* -m */
    const char *script;  /* file, "-", or NULL */
    int rest;            /* argv index of the first program argument after them */
    int inspect, quiet, unbuffered, ignore_env, fixed_heap;
    int dis, ast, help, version;
    int max_str_digits; /* -X int_max_str_digits=N, or -1 */
    int showrefcount;   /* -X showrefcount: live objects and buffers after tear-down */
} Options;

static int usage_error(const char *fmt, const char *what) {
    fprintf(stderr, fmt, what);
    fputs(usage_line, stderr);
    fputs("Try `glasspy -h' for more information.\n", stderr);
    return 2;
}

/* -X int_max_str_digits=N: -1 for other options (ignored); -2 for a malformed limit. */
static int parse_xoption(const char *opt) {
    const char *key = "int_max_str_digits";
    size_t n = strlen(key);
    if (strncmp(opt, key, n) != 0 || (opt[n] != '=' && opt[n] != '\0'))
        return -1;
    if (opt[n] != '=')
        return -2;
    char *end;
    errno = 0;
    long v = strtol(opt + n + 1, &end, 10);
    if (*end || end == opt + n + 1 || errno || v < 0 || v > INT_MAX || (v > 0 && v < 640))
        return -2;
    return (int)v;
}

/* Parses argv into o. Returns -1 to go on, or an exit status. */
static int parse_options(int argc, char **argv, Options *o) {
    memset(o, 0, sizeof *o);
    o->max_str_digits = -1;
    int i = 1;
    while (i < argc) {
        const char *arg = argv[i];
        if (arg[0] != '-' || strcmp(arg, "-") == 0)
            break;
        if (strcmp(arg, "--") == 0) {
            i++;
            break;
        }
        if (arg[1] == '-') {
            if (strcmp(arg, "--version") == 0)
                o->version++;
            else if (strcmp(arg, "--help") == 0 || strcmp(arg, "--help-all") == 0 ||
                     strcmp(arg, "--help-env") == 0 || strcmp(arg, "--help-xoptions") == 0)
                o->help = 1;
            else if (strcmp(arg, "--dis") == 0)
                o->dis = 1;
            else if (strcmp(arg, "--ast") == 0)
                o->ast = 1;
            else if (strcmp(arg, "--fixed-heap") == 0)
                o->fixed_heap = 1;
            else if (strcmp(arg, "--check-hash-based-pycs") == 0) {
                if (++i >= argc)
                    return usage_error("Argument expected for the %s option\n", arg);
            } else
                return usage_error("unknown option %s\n", arg);
            i++;
            continue;
        }
        for (int j = 1; arg[j]; j++) {
            char c = arg[j];
            char opt[3] = {'-', c, '\0'};
            if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                const char *val;
                if (arg[j + 1])
                    val = arg + j + 1;
                else if (i + 1 < argc)
                    val = argv[++i];
                else
                    return usage_error("Argument expected for the %s option\n", opt);
                if (c == 'c') {
                    o->command = val;
                    o->rest = i + 1;
                    return -1;
                }
                if (c == 'm') {
                    o->module = val;
                    o->rest = i + 1;
                    return -1;
                }
                if (c == 'X') {
                    if (strcmp(val, "showrefcount") == 0)
                        o->showrefcount = 1;
                    int v = parse_xoption(val);
                    if (v == -2) {
                        fprintf(stderr, "-X int_max_str_digits: invalid limit; must be >= 640 "
                                        "or 0 for unlimited.\n");
                        return 1;
                    }
                    if (v >= 0)
                        o->max_str_digits = v;
                }
                break;
            }
            switch (c) {
            case 'i':
                o->inspect = 1;
                break;
            case 'q':
                o->quiet = 1;
                break;
            case 'u':
                o->unbuffered = 1;
                break;
            case 'V':
                o->version++;
                break;
            case 'h':
            case '?':
                o->help = 1;
                break;
            case 'd':
                o->dis = 1;
                break;
            case 'E':
            case 'I':
                o->ignore_env = 1;
                break;
            case 'b':
            case 'B':
            case 'O':
            case 'P':
            case 's':
            case 'S':
            case 'v':
            case 'x':
            case 'R':
                break;
            default:
                return usage_error("Unknown option: %s\n", opt);
            }
        }
        i++;
    }
    if (i < argc) {
        o->script = argv[i];
        o->rest = i + 1;
    } else {
        o->rest = argc;
    }
    return -1;
}

static int env_flag(const Options *o, const char *name) {
    if (o->ignore_env)
        return 0;
    const char *v = getenv(name);
    return v && *v;
}

/* cwd + "/" + path for a relative path (CPython's _Py_abspath: no normalisation).
 * malloc'd. */
static char *absolute_path(const char *path) {
    if (path[0] == '/')
        return strdup(path);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *r = malloc(n);
    if (r)
        snprintf(r, n, "%s/%s", cwd, path);
    return r;
}

/* sys.path[0] for a script: the directory of its resolved path. malloc'd. */
static char *script_dir(const char *path) {
    char resolved[PATH_MAX];
    char *p = realpath(path, resolved) ? strdup(resolved) : absolute_path(path);
    if (!p)
        return NULL;
    char *slash = strrchr(p, '/');
    if (slash == p)
        slash[1] = '\0';
    else if (slash)
        *slash = '\0';
    return p;
}

/* Raises the SyntaxError of a parse failure (for --ast). */
static void raise_parse_error(const ParseError *pe, const char *filename) {
    GpType *type = &gp_exc_SyntaxError;
    if (pe->kind == PE_NOMEM) {
        err_no_memory();
        return;
    }
    if (pe->kind == PE_INDENT)
        type = &gp_exc_IndentationError;
    else if (pe->kind == PE_TAB)
        type = &gp_exc_TabError;
    else if (pe->kind == PE_TOODEEP && strncmp(pe->msg, "too many", 8) != 0) {
        err_set_str(&gp_exc_RecursionError, pe->msg[0] ? pe->msg
                                                       : "maximum recursion depth exceeded "
                                                         "during compilation");
        return;
    }
    err_set_syntax(type, pe->msg[0] ? pe->msg : "invalid syntax", filename, pe->lineno, pe->col,
                   pe->text, pe->end_lineno, pe->end_col);
}

/* --dis / --ast: prints the program's disassembly or tree. Returns the exit status. */
static int show_program(const Options *o, const char *src, size_t len, const char *filename) {
    if (o->ast) {
        Arena *arena = arena_new();
        if (!arena) {
            err_no_memory();
            return run_exit_status();
        }
        ParseError pe;
        memset(&pe, 0, sizeof pe);
        Mod *mod = parse_source(arena, src, len, MODE_FILE, filename, &pe);
        if (mod) {
            ast_dump(mod, stdout);
            fflush(stdout);
        } else {
            raise_parse_error(&pe, filename);
        }
        free(pe.text);
        arena_free(arena);
        return mod ? 0 : run_exit_status();
    }
    GpObject *code = compile_source(src, len, filename, MODE_FILE, NULL);
    if (!code)
        return run_exit_status();
    disasm_code(code, stdout);
    fflush(stdout);
    gp_decref(code);
    return 0;
}

/* Removes globals[name] if present. */
static void del_name(GpObject *globals, const char *name) {
    GpObject *k = str_from_cstr(name);
    if (k && dict_getitem(globals, k) && dict_delitem(globals, k) < 0)
        err_clear();
    gp_xdecref(k);
    err_clear();
}

/* Runs src in __main__ with __file__ set while it runs (as CPython's run_file). 0 or the
 * exit status of its exception (the exception is printed; with -i, SystemExit too). */
static int run_main_source(const Options *o, const char *src, size_t len, const char *filename,
                           int set_file) {
    GpObject *globals = MODULE_DICT(gp_interp->main_module);
    if (set_file) {
        alloc_outside_begin(); /* a path: it must not move other objects */
        GpObject *f = str_decode_utf8(filename, (intptr_t)strlen(filename));
        alloc_outside_end();
        if (!f || dict_setitem(globals, GP_ID(__file__), f) < 0 ||
            dict_setitem_cstr(globals, "__cached__", GP_NONE) < 0) {
            gp_xdecref(f);
            return run_exit_status();
        }
        gp_decref(f);
    }
    run_sigint_install();
    gp_sigint_pending = 0;
    int r = run_source(src, len, filename, globals);
    run_sigint_default();
    int status = 0;
    if (r < 0) {
        if (o->inspect) {
            /* python3 -i shows even SystemExit as a traceback and goes on to the REPL. */
            err_print();
            status = 1;
        } else {
            status = run_exit_status();
        }
    }
    if (set_file) {
        del_name(globals, "__file__");
        del_name(globals, "__cached__");
    }
    err_clear();
    return status;
}

/* -m module: finds module.py on sys.path and runs it as __main__, with sys.argv[0] its
 * path (modules+gc). Returns the exit status. */
static int run_module(const Options *o, int show) {
    if (import_is_builtin(o->module)) {
        fprintf(stderr, "glasspy: No code object available for %s\n", o->module);
        return 1;
    }
    int is_pkg = 0;
    char *path = import_find_file(o->module, &is_pkg);
    if (path && is_pkg) {
        /* A package runs its __main__.py after its __init__.py, with __package__ set. */
        GpObject *name = str_from_cstr(o->module), *pkg = name ? import_module(name) : NULL;
        if (!pkg || dict_setitem_cstr(MODULE_DICT(gp_interp->main_module), "__package__",
                                      name) < 0) {
            gp_xdecref(name);
            gp_xdecref(pkg);
            free(path);
            return run_exit_status();
        }
        gp_decref(name);
        gp_decref(pkg);
        strcpy(strrchr(path, '/') + 1, "__main__.py"); /* fits: "__init__.py" is as long */
        struct stat st;
        if (stat(path, &st) < 0) {
            fprintf(stderr,
                    "glasspy: No module named %s.__main__; '%s' is a package and cannot be "
                    "directly executed\n",
                    o->module, o->module);
            free(path);
            return 1;
        }
    }
    if (!path) {
        GpObject *exc = err_fetch();
        GpObject *msg = exc ? obj_str(exc) : NULL;
        if (msg && STR_CHECK(msg))
            fprintf(stderr,
                    "glasspy: Error while finding module specification for '%s' (%s: %s)\n",
                    o->module, obj_type_name(exc), str_cstr(msg));
        else
            fprintf(stderr, "glasspy: No module named %s\n", o->module);
        gp_xdecref(msg);
        gp_xdecref(exc);
        err_clear();
        return 1;
    }
    const char *dot = strrchr(o->module, '.');
    if (!is_pkg && dot) {
        /* pkg.mod runs with __package__ = 'pkg' (relative imports work). */
        GpObject *pkg = str_from_utf8(o->module, dot - o->module);
        if (!pkg ||
            dict_setitem_cstr(MODULE_DICT(gp_interp->main_module), "__package__", pkg) < 0) {
            gp_xdecref(pkg);
            free(path);
            return run_exit_status();
        }
        gp_decref(pkg);
    }
    size_t len;
    char *src = run_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "glasspy: can't open file '%s': [Errno %d] %s\n", path, errno,
                strerror(errno));
        free(path);
        return 2;
    }
    alloc_outside_begin();
    GpObject *arg0 = str_decode_utf8(path, (intptr_t)strlen(path));
    alloc_outside_end();
    if (arg0 && gp_interp->argv && LIST_CHECK(gp_interp->argv) && LIST_SIZE(gp_interp->argv) > 0)
        GP_SETREF(((GpList *)gp_interp->argv)->items[0], arg0);
    else
        gp_xdecref(arg0);
    err_clear();
    int status = show ? show_program(o, src, len, path) : run_main_source(o, src, len, path, 1);
    free(src);
    free(path);
    return status;
}

/* Flushes stdout at exit; a failure (a closed pipe) is reported as CPython does. */
static int final_flush(int status) {
    GpObject *out = gp_interp->std_out;
    if (out && !file_closed(out) && file_flush_obj(out) < 0) {
        err_clear();
        file_discard_std();
        fputs("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
              "encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n",
              stderr);
        return status ? status : 120;
    }
    file_flush_std();
    return status;
}

int main(int argc, char **argv) {
    Options o;
    int status = parse_options(argc, argv, &o);
    if (status >= 0)
        return status;
    if (o.help) {
        fputs(usage_line, stdout);
        fputs(help_text, stdout);
        return 0;
    }
    if (o.version) {
        puts(GLASSPY_VERSION_LINE);
        return 0;
    }
    /* python3 ignores SIGPIPE: writing to a closed pipe is an OSError. */
    signal(SIGPIPE, SIG_IGN);

    /* sys.argv, as python3 builds it. */
    int nargs = argc - o.rest;
    char **pargv = malloc(sizeof(char *) * (size_t)(nargs + 1));
    if (!pargv)
        return 1;
    char *abs_script = NULL, *path0 = NULL;
    pargv[0] = o.command ? "-c" : o.module ? (char *)o.module : o.script ? (char *)o.script : "";
    for (int k = 0; k < nargs; k++)
        pargv[k + 1] = argv[o.rest + k];
    int run_stdin = !o.command && !o.module && (!o.script || strcmp(o.script, "-") == 0);
    int stdin_tty = isatty(0);
    int repl_only = run_stdin && (!o.script) && (stdin_tty || o.inspect) && !o.dis && !o.ast;
    if (o.script && !run_stdin) {
        abs_script = absolute_path(o.script);
        path0 = script_dir(o.script);
    } else if (o.module) {
        path0 = absolute_path("."); /* -m: sys.path[0] is the current directory */
        if (path0 && strlen(path0) > 2 && strcmp(path0 + strlen(path0) - 2, "/.") == 0)
            path0[strlen(path0) - 2] = '\0';
    }
    GpConfig cfg = {
        .fixed_heap = o.fixed_heap,
        .unbuffered = o.unbuffered || env_flag(&o, "PYTHONUNBUFFERED"),
        .inspect = o.inspect || env_flag(&o, "PYTHONINSPECT"),
        .interactive = repl_only,
        .ignore_env = o.ignore_env,
        .path0 = path0 ? path0 : "",
    };
    o.inspect = cfg.inspect;
    GpInterp *interp = interp_new_config(nargs + 1, pargv, &cfg);
    free(pargv);
    if (!interp) {
        free(abs_script);
        free(path0);
        return 1;
    }
    if (o.showrefcount)
        interp->leak_check = 2;
    if (o.max_str_digits >= 0)
        interp->int_max_str_digits = o.max_str_digits;
    else if (env_flag(&o, "PYTHONINTMAXSTRDIGITS"))
        interp->int_max_str_digits = atoi(getenv("PYTHONINTMAXSTRDIGITS"));

    status = 0;
    int show = o.dis || o.ast;
    if (o.module) {
        status = run_module(&o, show);
        goto done;
    }
    if (o.command) {
        size_t len = strlen(o.command);
        status = show ? show_program(&o, o.command, len, "<string>")
                      : run_main_source(&o, o.command, len, "<string>", 0);
    } else if (o.script && !run_stdin) {
        struct stat st;
        if (stat(o.script, &st) == 0 && S_ISDIR(st.st_mode)) {
            fprintf(stderr, "glasspy: can't find '__main__' module in '%s'\n", abs_script);
            status = 1;
            goto done;
        }
        size_t len;
        char *src = run_read_file(o.script, &len);
        if (!src) {
            int e = errno;
            fprintf(stderr, "glasspy: can't open file '%s': [Errno %d] %s\n", abs_script, e,
                    strerror(e));
            status = 2;
            goto done;
        }
        status = show ? show_program(&o, src, len, abs_script)
                      : run_main_source(&o, src, len, abs_script, 1);
        free(src);
    } else if (!repl_only) {
        size_t len;
        char *src = run_read_stdin(&len);
        if (!src) {
            fprintf(stderr, "glasspy: can't read stdin: %s\n", strerror(errno));
            status = 2;
            goto done;
        }
        status = show ? show_program(&o, src, len, "<stdin>")
                      : run_main_source(&o, src, len, "<stdin>", 1);
        free(src);
    }
    if (!show && (repl_only || o.inspect)) {
        file_flush_std();
        status = repl_run(repl_only && !o.quiet);
    }
done:
    status = final_flush(status);
    free(abs_script);
    free(path0);
    interp_free(interp);
    if (status == RUN_STATUS_SIGINT) {
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        return 130;
    }
    return status;
}
