/* repl.c — the interactive loop: prompts, continuation lines, one compiled unit per input,
 * tracebacks that do not end the session, and libedit line editing with history.
 *
 * Invariants:
 * - Line editing (libedit) is used only when stdin and stdout are terminals; otherwise
 *   lines come from the sys.__stdin__ stream and prompts go to stderr, as CPython does.
 *   libedit's callback state (edit_line, edit_done) is process-wide, as libedit is.
 * - An input is complete when it compiles (or fails to compile for a reason other than
 *   running out of text); an input starting a compound statement also needs a blank line.
 * - stdout is flushed before every prompt and after every input, so output and prompts
 *   interleave as in CPython.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline.h>

#include "run.h"

#include "compile.h"
#include "errors.h"
#include "interp.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm.h"

enum { LINE_OK, LINE_EOF, LINE_INTERRUPT, LINE_ERROR };

/* ---- libedit ---- */

/* The callback interface (CPython's readline_until_enter_or_signal): select() on stdin so
 * Ctrl-C interrupts the wait. Process-wide state, as libedit itself is. */
static char *edit_line;
static int edit_done;

static void edit_handler(char *line) {
    edit_line = line;
    edit_done = 1;
    rl_callback_handler_remove();
}

/* Reads a line with libedit: malloc'd line without '\n' in *out. */
static int edit_read(const char *prompt, char **out) {
    edit_line = NULL;
    edit_done = 0;
    gp_sigint_pending = 0;
    rl_catch_signals = 0;
    rl_callback_handler_install(prompt, edit_handler);
    while (!edit_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        int r = select(1, &fds, NULL, NULL, NULL);
        if (r < 0) {
            if (errno == EINTR && gp_sigint_pending) {
                gp_sigint_pending = 0;
                rl_callback_handler_remove();
                return LINE_INTERRUPT;
            }
            if (errno == EINTR)
                continue;
            rl_callback_handler_remove();
            return LINE_EOF;
        }
        rl_callback_read_char();
    }
    if (!edit_line)
        return LINE_EOF;
    if (edit_line[0])
        add_history(edit_line);
    *out = edit_line;
    return LINE_OK;
}

/* ~/.glasspy_history into buf; 0, or -1 without a home directory. */
static int history_path(char *buf, size_t size) {
    const char *home = getenv("HOME");
    if (!home || !*home)
        return -1;
    snprintf(buf, size, "%s/.glasspy_history", home);
    return 0;
}

static void history_load(void) {
    char path[4096];
    using_history();
    stifle_history(1000);
    if (history_path(path, sizeof path) == 0)
        read_history(path);
}

static void history_save(void) {
    char path[4096];
    if (history_path(path, sizeof path) == 0)
        write_history(path);
}

GpObject *repl_input_line(const char *prompt) {
    char *line = NULL;
    run_sigint_install();
    int r = edit_read(prompt, &line);
    if (r == LINE_INTERRUPT) {
        fputc('\n', stdout);
        fflush(stdout);
        return err_set_object(&gp_exc_KeyboardInterrupt, NULL);
    }
    if (r == LINE_EOF)
        return err_set_str(&gp_exc_EOFError, "EOF when reading a line");
    GpObject *s = str_decode_utf8(line, (intptr_t)strlen(line));
    free(line);
    return s;
}

/* ---- Reading lines ---- */

/* The prompt: str(sys.ps1 / sys.ps2) if set, else the default. malloc'd. */
static char *prompt_text(int first) {
    GpObject *sys = gp_interp->sys_module;
    GpObject *v = sys ? dict_getitem_cstr(MODULE_DICT(sys), first ? "ps1" : "ps2") : NULL;
    if (v) {
        GpObject *s = obj_str(v);
        if (s) {
            char *r = strdup(str_cstr(s));
            gp_decref(s);
            return r;
        }
    }
    err_clear();
    return strdup(first ? ">>> " : "... ");
}

/* Reads one line (without '\n') into *out (malloc'd). */
static int read_line(int editline, int first, char **out) {
    char *prompt = prompt_text(first);
    if (!prompt) {
        err_no_memory();
        return LINE_ERROR;
    }
    file_flush_std();
    if (editline) {
        int r = edit_read(prompt, out);
        free(prompt);
        return r;
    }
    GpObject *errf = gp_interp->std_err;
    if (errf && (file_write_cstr(errf, prompt) < 0 || file_flush_obj(errf) < 0))
        err_clear();
    free(prompt);
    GpObject *line = file_readline(gp_interp->std_in);
    if (!line) {
        if (err_matches(&gp_exc_KeyboardInterrupt)) {
            err_clear();
            return LINE_INTERRUPT;
        }
        return LINE_ERROR;
    }
    intptr_t n = STR_NBYTES(line);
    if (n == 0) {
        gp_decref(line);
        return LINE_EOF;
    }
    if (STR_DATA(line)[n - 1] == '\n')
        n--;
    *out = strndup(STR_DATA(line), (size_t)n);
    gp_decref(line);
    if (!*out) {
        err_no_memory();
        return LINE_ERROR;
    }
    return LINE_OK;
}

/* ---- Deciding when an input is complete ---- */

static int is_blank(const char *s) {
    while (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r')
        s++;
    return *s == '\0';
}

/* Whether a first line starts a compound statement: it ends with ':' (comments and
 * strings aside) or starts with a decorator or a compound keyword. */
static int starts_compound(const char *line) {
    const char *p = line;
    while (*p == ' ' || *p == '\t' || *p == '\f')
        p++;
    if (*p == '@')
        return 1;
    static const char *const kws[] = {"if",  "for",  "while", "def", "class",
                                      "try", "with", "async", NULL};
    for (int i = 0; kws[i]; i++) {
        size_t n = strlen(kws[i]);
        if (strncmp(p, kws[i], n) == 0) {
            char c = p[n];
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  (c >= '0' && c <= '9') || (unsigned char)c >= 0x80))
                return 1;
        }
    }
    char last = 0, quote = 0;
    for (; *p; p++) {
        char c = *p;
        if (quote) {
            if (c == '\\' && p[1])
                p++;
            else if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '#')
            break;
        if (c == '\'' || c == '"')
            quote = c;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f')
            last = c;
    }
    return last == ':';
}

/* A line holding only a comment. */
static int is_comment_only(const char *s) {
    while (*s == ' ' || *s == '\t' || *s == '\f')
        s++;
    return *s == '#';
}

typedef struct {
    char *data;
    size_t len, cap;
} Buf;

static int buf_add(Buf *b, const char *s) {
    size_t n = strlen(s);
    if (b->len + n + 2 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 2)
            cap *= 2;
        char *nd = realloc(b->data, cap);
        if (!nd)
            return -1;
        b->data = nd;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len++] = '\n';
    b->data[b->len] = '\0';
    return 0;
}

enum { INPUT_CODE, INPUT_EOF, INPUT_AGAIN, INPUT_ERROR };

/* Reads lines until they form one input; compiles it. INPUT_CODE: *code is set;
 * INPUT_ERROR: an exception is pending (a SyntaxError to print); INPUT_AGAIN: nothing to
 * run (blank input or Ctrl-C, already reported); INPUT_EOF: end of input. */
static int read_input(int editline, GpObject **code) {
    Buf buf = {NULL, 0, 0};
    int compound = 0, result;
    for (;;) {
        char *line = NULL;
        int r = read_line(editline, buf.len == 0, &line);
        if (r == LINE_INTERRUPT) {
            file_flush_std();
            GpObject *errf = gp_interp->std_err;
            if (errf &&
                (file_write_cstr(errf, "\nKeyboardInterrupt\n") < 0 || file_flush_obj(errf) < 0))
                err_clear();
            result = INPUT_AGAIN;
            goto done;
        }
        if (r == LINE_ERROR) {
            result = INPUT_ERROR;
            goto done;
        }
        if (r == LINE_EOF) {
            GpObject *errf = gp_interp->std_err;
            if (errf && (file_write_cstr(errf, "\n") < 0 || file_flush_obj(errf) < 0))
                err_clear();
            if (buf.len == 0) {
                result = INPUT_EOF;
                goto done;
            }
            *code = compile_source(buf.data, buf.len, "<stdin>", MODE_SINGLE, NULL);
            result = *code ? INPUT_CODE : INPUT_ERROR;
            goto done;
        }
        int blank = is_blank(line);
        if (buf.len == 0) {
            /* An empty or comment-only line at ">>> ": prompt again (CPython's
             * interactive tokenizer skips it). */
            if (blank || is_comment_only(line)) {
                free(line);
                continue;
            }
            compound = starts_compound(line);
        }
        int added = buf_add(&buf, line);
        free(line);
        if (added < 0) {
            err_no_memory();
            result = INPUT_ERROR;
            goto done;
        }
        int incomplete = 0;
        GpObject *c = compile_source(buf.data, buf.len, "<stdin>", MODE_SINGLE, &incomplete);
        if (!c && incomplete) {
            err_clear();
            continue;
        }
        if (!c) {
            result = INPUT_ERROR;
            goto done;
        }
        if (compound && !blank) {
            gp_decref(c);
            continue;
        }
        *code = c;
        result = INPUT_CODE;
        goto done;
    }
done:
    free(buf.data);
    return result;
}

/* ---- The loop ---- */

int repl_run(int banner) {
    gp_interp->interactive = 1;
    int editline = isatty(0) && isatty(1);
    GpObject *sysd = MODULE_DICT(gp_interp->sys_module);
    if (!dict_getitem_cstr(sysd, "ps1")) {
        GpObject *p1 = str_from_cstr(">>> "), *p2 = str_from_cstr("... ");
        if (!p1 || !p2 || dict_setitem_cstr(sysd, "ps1", p1) < 0 ||
            dict_setitem_cstr(sysd, "ps2", p2) < 0)
            err_clear();
        gp_xdecref(p1);
        gp_xdecref(p2);
    }
    if (banner) {
        GpObject *errf = gp_interp->std_err;
        if (errf && (file_write_cstr(errf, GLASSPY_VERSION_LINE
                                     " on linux\n"
                                     "Type \"help\", \"copyright\", \"credits\" or "
                                     "\"license\" for more information.\n") < 0 ||
                     file_flush_obj(errf) < 0))
            err_clear();
    }
    if (editline)
        history_load();
    GpObject *globals = MODULE_DICT(gp_interp->main_module);
    int status = 0;
    for (;;) {
        GpObject *code = NULL;
        run_sigint_install();
        int r = read_input(editline, &code);
        if (r == INPUT_EOF)
            break;
        if (r == INPUT_AGAIN)
            continue;
        GpObject *res = NULL;
        if (r == INPUT_CODE) {
            gp_sigint_pending = 0;
            res = vm_eval_code(code, globals, globals);
            gp_decref(code);
        }
        if (res) {
            gp_decref(res);
        } else if (err_matches(&gp_exc_SystemExit)) {
            status = run_exit_status();
            break;
        } else {
            err_print();
        }
        file_flush_std();
    }
    run_sigint_default();
    if (editline)
        history_save();
    file_flush_std();
    return status;
}
