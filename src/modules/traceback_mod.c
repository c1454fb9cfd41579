/* traceback_mod.c — the traceback module: CPython's print_exc / format_exc /
 * print_exception / format_exception / format_exception_only, with the text of glasspy's
 * own tracebacks (errors.c, objects/traceback.c: no ^^^^ column markers). The limit
 * argument is accepted and ignored; sys.tracebacklimit trims as for an uncaught exception
 * (the innermost entries; traceback.py keeps the outermost ones when it is positive).
 *
 * The list functions split the text as CPython's TracebackException.format does: the
 * "Traceback (most recent call last):" header, one string per frame (its File line with
 * the source line), the exception's "Type: message" (one string, however many lines),
 * one string per line of the notes, and the chaining sentences.
 */
#include <string.h>

#include "modules/traceback_mod.h"

#include "errors.h"
#include "interp.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define NONE_TEXT "NoneType: None\n"

/* The exceptions of exc's chain, oldest first, as exc_format prints them (new list). */
static GpObject *chain_of(GpObject *exc, int chain) {
    GpObject *lst = list_new(0);
    if (!lst)
        return NULL;
    GpObject *cur = exc;
    while (cur && EXC_CHECK(cur)) {
        int seen = 0;
        for (intptr_t i = 0; i < LIST_SIZE(lst); i++)
            seen |= LIST_ITEM(lst, i) == cur;
        if (seen || list_append(lst, cur) < 0)
            break;
        if (!chain)
            break;
        GpException *e = (GpException *)cur;
        cur = e->cause ? e->cause : (e->suppress_context ? NULL : e->context);
    }
    if (err_occurred()) {
        gp_decref(lst);
        return NULL;
    }
    GpObject *rev = list_new(0);
    for (intptr_t i = LIST_SIZE(lst) - 1; rev && i >= 0; i--)
        if (list_append(rev, LIST_ITEM(lst, i)) < 0)
            GP_CLEAR(rev);
    gp_decref(lst);
    return rev;
}

/* The number of lines exc's notes print as. */
static intptr_t note_lines(GpObject *exc) {
    GpException *e = (GpException *)exc;
    GpObject *notes =
        e->dict && DICT_CHECK(e->dict) ? dict_getitem_cstr(e->dict, "__notes__") : NULL;
    if (!notes || !(LIST_CHECK(notes) || TUPLE_CHECK(notes)))
        return 0;
    intptr_t n = LIST_CHECK(notes) ? LIST_SIZE(notes) : TUPLE_SIZE(notes), lines = 0;
    for (intptr_t i = 0; i < n; i++) {
        GpObject *note = LIST_CHECK(notes) ? LIST_ITEM(notes, i) : TUPLE_ITEM(notes, i);
        lines++;
        if (STR_CHECK(note))
            for (const char *p = str_cstr(note); *p; p++)
                lines += *p == '\n';
    }
    return lines;
}

static int append_chunk(GpObject *lst, const char *s, size_t n) {
    GpObject *str = str_from_utf8(s, (intptr_t)n);
    int r = str ? list_append(lst, str) : -1;
    gp_xdecref(str);
    return r;
}

static int starts(const char *line, const char *prefix) {
    return strncmp(line, prefix, strlen(prefix)) == 0;
}

/* Splits the formatted text of the chain `exceptions` (oldest first) into CPython's pieces. */
static GpObject *split_text(GpObject *text, GpObject *exceptions) {
    GpObject *out = list_new(0);
    if (!out)
        return NULL;
    const char *p = str_cstr(text), *end = p + STR_NBYTES(text);
    intptr_t which = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *next = nl ? nl + 1 : end;
        int ok = 0;
        if (starts(p, "Traceback (most recent call last):")) {
            ok = append_chunk(out, p, (size_t)(next - p)) == 0;
            p = next;
        } else if (starts(p, "  File \"")) {
            /* A frame: its File line and the indented source line after it. */
            const char *q = next;
            while (q < end && starts(q, "    ")) {
                const char *n2 = memchr(q, '\n', (size_t)(end - q));
                q = n2 ? n2 + 1 : end;
            }
            ok = append_chunk(out, p, (size_t)(q - p)) == 0;
            p = q;
        } else if (*p == '\n' && (starts(next, "The above exception") ||
                                  starts(next, "During handling of the above"))) {
            const char *n2 = memchr(next, '\n', (size_t)(end - next));
            const char *q = n2 ? n2 + 1 : end;
            if (q < end && *q == '\n')
                q++;
            ok = append_chunk(out, p, (size_t)(q - p)) == 0;
            p = q;
            which++;
        } else {
            /* The exception itself: up to the next separator, its notes one line each. */
            const char *q = p;
            intptr_t lines = 0;
            while (q < end && !(*q == '\n' && q + 1 < end &&
                                (starts(q + 1, "The above exception") ||
                                 starts(q + 1, "During handling of the above")))) {
                const char *n2 = memchr(q, '\n', (size_t)(end - q));
                q = n2 ? n2 + 1 : end;
                lines++;
            }
            GpObject *exc = which < LIST_SIZE(exceptions) ? LIST_ITEM(exceptions, which) : NULL;
            intptr_t notes = exc ? note_lines(exc) : 0;
            if (notes >= lines)
                notes = lines - 1;
            const char *m = p;
            for (intptr_t i = 0; i < lines - notes; i++) {
                const char *n2 = memchr(m, '\n', (size_t)(q - m));
                m = n2 ? n2 + 1 : q;
            }
            ok = append_chunk(out, p, (size_t)(m - p)) == 0;
            while (ok && m < q) {
                const char *n2 = memchr(m, '\n', (size_t)(q - m));
                const char *m2 = n2 ? n2 + 1 : q;
                ok = append_chunk(out, m, (size_t)(m2 - m)) == 0;
                m = m2;
            }
            p = q;
        }
        if (!ok) {
            gp_decref(out);
            return NULL;
        }
    }
    return out;
}

/* The exception the (exc, value, tb) arguments name: value if given, else exc (None: no
 * exception). tb, if given, replaces its traceback until target_end puts the old one back. */
typedef struct Target {
    GpObject *exc;    /* borrowed; GP_NONE: none */
    GpObject *old_tb; /* new reference */
    int swapped;
} Target;

static int target_begin(Target *t, GpObject *exc, GpObject *value, GpObject *tb) {
    t->exc = value ? value : exc;
    t->old_tb = NULL;
    t->swapped = 0;
    if (t->exc != GP_NONE && !EXC_CHECK(t->exc)) {
        err_format(&gp_exc_TypeError, "Exception expected for value, %s found",
                   obj_type_name(t->exc));
        return -1;
    }
    if (tb && t->exc != GP_NONE) {
        if (tb != GP_NONE && GP_TYPE(tb) != &gp_type_traceback) {
            err_set_str(&gp_exc_TypeError, "tb must be a traceback or None");
            return -1;
        }
        t->old_tb = exc_get_traceback(t->exc);
        gp_xincref(t->old_tb);
        exc_set_traceback(t->exc, tb == GP_NONE ? NULL : tb);
        t->swapped = 1;
    }
    return 0;
}

static void target_end(Target *t) {
    if (t->swapped) {
        exc_set_traceback(t->exc, t->old_tb);
        gp_xdecref(t->old_tb);
    }
}

static int truth(GpObject *o, int dflt) {
    return o ? obj_is_true(o) : dflt;
}

/* The list of strings for exc (GP_NONE: ["NoneType: None\n"]). */
static GpObject *format_list(GpObject *exc, int chain) {
    if (exc == GP_NONE) {
        GpObject *lst = list_new(0);
        if (lst && append_chunk(lst, NONE_TEXT, strlen(NONE_TEXT)) < 0)
            GP_CLEAR(lst);
        return lst;
    }
    GpObject *text = exc_format_chain(exc, chain);
    GpObject *excs = text ? chain_of(exc, chain) : NULL;
    GpObject *r = excs ? split_text(text, excs) : NULL;
    gp_xdecref(text);
    gp_xdecref(excs);
    return r;
}

static GpObject *join(GpObject *lst) {
    StrBuf sb = STRBUF_INIT;
    for (intptr_t i = 0; i < LIST_SIZE(lst); i++)
        if (sb_append_str(&sb, LIST_ITEM(lst, i)) < 0) {
            sb_discard(&sb);
            return NULL;
        }
    return sb_finish(&sb);
}

/* Prints the strings of lst to file (NULL or None: sys.stderr) as CPython's
 * print(line, file=file, end="") does for each: write(line), then write(""). */
static GpObject *write_to(GpObject *file, GpObject *lst) {
    GpObject *f = file && file != GP_NONE ? gp_newref(file) : file_sys_stream(GP_ID(stderr));
    if (!f)
        return NULL;
    for (intptr_t i = 0; i < LIST_SIZE(lst); i++) {
        GpObject *parts[2] = {LIST_ITEM(lst, i), gp_interp->empty_str};
        for (int j = 0; j < 2; j++) {
            GpObject *r = obj_call_method(f, "write", &parts[j], 1);
            if (!r) {
                gp_decref(f);
                return NULL;
            }
            gp_decref(r);
        }
    }
    gp_decref(f);
    return gp_none();
}

static GpObject *tb_format_exception(GpObject *self, GpObject *const *args, intptr_t nargs,
                                     GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"exc", "value", "tb", "limit", "chain", NULL};
    GpObject *a[5] = {NULL};
    if (args_parse("format_exception", args, nargs, kwnames, names, 1, 4, a) < 0)
        return NULL;
    Target t;
    if (target_begin(&t, a[0], a[1], a[2]) < 0)
        return NULL;
    int chain = truth(a[4], 1);
    GpObject *r = chain < 0 ? NULL : format_list(t.exc, chain);
    target_end(&t);
    return r;
}

static GpObject *tb_print_exception(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"exc", "value", "tb", "limit", "file", "chain", NULL};
    GpObject *a[6] = {NULL};
    if (args_parse("print_exception", args, nargs, kwnames, names, 1, 5, a) < 0)
        return NULL;
    Target t;
    if (target_begin(&t, a[0], a[1], a[2]) < 0)
        return NULL;
    int chain = truth(a[5], 1);
    GpObject *lst = chain < 0 ? NULL : format_list(t.exc, chain);
    target_end(&t);
    GpObject *r = lst ? write_to(a[4], lst) : NULL;
    gp_xdecref(lst);
    return r;
}

static GpObject *tb_format_exception_only(GpObject *self, GpObject *const *args, intptr_t nargs,
                                          GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"exc", "value", NULL};
    GpObject *a[2] = {NULL};
    if (args_parse("format_exception_only", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    Target t;
    if (target_begin(&t, a[0], a[1], GP_NONE) < 0)
        return NULL;
    GpObject *r = format_list(t.exc, 0);
    target_end(&t);
    return r;
}

static GpObject *tb_format_exc(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"limit", "chain", NULL};
    GpObject *a[2] = {NULL};
    if (args_parse("format_exc", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    int chain = truth(a[1], 1);
    if (chain < 0)
        return NULL;
    GpObject *exc = interp_handled_exc();
    GpObject *lst = format_list(exc ? exc : GP_NONE, chain);
    GpObject *r = lst ? join(lst) : NULL;
    gp_xdecref(lst);
    return r;
}

static GpObject *tb_print_exc(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    (void)self;
    static const char *const names[] = {"limit", "file", "chain", NULL};
    GpObject *a[3] = {NULL};
    if (args_parse("print_exc", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    int chain = truth(a[2], 1);
    if (chain < 0)
        return NULL;
    GpObject *exc = interp_handled_exc();
    GpObject *lst = format_list(exc ? exc : GP_NONE, chain);
    GpObject *r = lst ? write_to(a[1], lst) : NULL;
    gp_xdecref(lst);
    return r;
}

static GpMethodDef traceback_functions[] = {
    {"format_exception", tb_format_exception, METH_KEYWORDS,
     "Format a stack trace and the exception information."},
    {"print_exception", tb_print_exception, METH_KEYWORDS,
     "Print exception up to 'limit' stack trace entries from 'tb' to 'file'."},
    {"format_exception_only", tb_format_exception_only, METH_KEYWORDS,
     "Format the exception part of a traceback."},
    {"format_exc", tb_format_exc, METH_KEYWORDS, "Like print_exc() but return a string."},
    {"print_exc", tb_print_exc, METH_KEYWORDS,
     "Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."},
    {NULL, NULL, 0, NULL},
};

GpObject *traceback_module_create(void) {
    GpObject *m = module_new("traceback");
    if (!m)
        return NULL;
    if (module_add_functions(m, traceback_functions) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
