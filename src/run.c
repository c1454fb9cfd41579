/* run.c — running a program: compile and evaluate source in a namespace, read scripts,
 * turn an uncaught exception into an exit status (CPython's handle_system_exit), and the
 * SIGINT handler that feeds KeyboardInterrupt.
 *
 * Invariants: the SIGINT handler only sets gp_sigint_pending (async-signal-safe); it is
 * installed without SA_RESTART so a blocking read returns EINTR and the reader can raise
 * KeyboardInterrupt.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "run.h"

#include "compile.h"
#include "errors.h"
#include "interp.h"
#include "objects/file.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm.h"

int run_source(const char *src, size_t len, const char *filename, GpObject *globals) {
    GpObject *code = compile_source(src, len, filename, MODE_FILE, NULL);
    if (!code)
        return -1;
    GpObject *r = vm_eval_code(code, globals, globals);
    gp_decref(code);
    if (!r)
        return -1;
    gp_decref(r);
    return 0;
}

/* Reads fd to the end into a malloc'd NUL-terminated buffer. */
static char *read_fd(int fd, size_t *len) {
    size_t cap = 16384, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                errno = ENOMEM;
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            free(buf);
            errno = e;
            return NULL;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

char *run_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *r = read_fd(fileno(f), len);
    int e = errno;
    fclose(f);
    errno = e;
    return r;
}

char *run_read_stdin(size_t *len) {
    return read_fd(0, len);
}

/* Writes str(code) + "\n" to sys.stderr (the message of sys.exit("text")). */
static void print_exit_message(GpObject *code) {
    file_flush_std();
    GpObject *s = obj_str(code);
    GpObject *errf = file_sys_stream(GP_ID(stderr));
    if (s && errf && errf != GP_NONE && file_write_obj(errf, s) == 0 &&
        file_write_cstr(errf, "\n") == 0 && file_flush_obj(errf) == 0) {
        gp_decref(s);
        gp_decref(errf);
        return;
    }
    err_clear();
    if (s)
        fprintf(stderr, "%s\n", str_cstr(s));
    gp_xdecref(s);
    gp_xdecref(errf);
}

int run_exit_status(void) {
    if (err_matches(&gp_exc_SystemExit)) {
        GpObject *exc = err_fetch();
        GpObject *code = exc_value_of(exc);
        int status = 0;
        if (code == GP_NONE) {
            status = 0;
        } else if (INT_CHECK(code)) {
            int64_t v;
            if (int_to_i64(code, &v) < 0) {
                err_clear();
                v = -1;
            }
            status = (int)(v & 0xff);
        } else {
            print_exit_message(code);
            status = 1;
        }
        gp_decref(exc);
        return status;
    }
    int status = err_matches(&gp_exc_KeyboardInterrupt) ? RUN_STATUS_SIGINT : 1;
    err_print();
    return status;
}

/* ---- SIGINT ---- */

static void on_sigint(int sig) {
    (void)sig;
    gp_sigint_pending = 1;
}

/* Whether SIGINT was ignored when glasspy started (process-wide by nature, like the
 * handler itself): then, as CPython, glasspy leaves it ignored. */
static int sigint_checked, sigint_ignored;

void run_sigint_install(void) {
    if (!sigint_checked) {
        struct sigaction old;
        sigint_checked = 1;
        sigint_ignored = sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN;
    }
    if (sigint_ignored)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: reads return EINTR */
    sigaction(SIGINT, &sa, NULL);
}

void run_sigint_default(void) {
    if (!sigint_ignored)
        signal(SIGINT, SIG_DFL);
}
