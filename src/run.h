/* run.h — running programs: source strings and files (run.c), the exit status of an
 * uncaught exception, Ctrl-C handling, and the interactive loop (repl.c).
 */
#ifndef GP_RUN_H
#define GP_RUN_H

#include <stddef.h>

#include "object.h"

/* Compiles src[0..len) as one unit (MODE_FILE) named filename and runs it with globals
 * as globals and locals. 0, or -1 with the exception pending. */
int run_source(const char *src, size_t len, const char *filename, GpObject *globals);

/* Reads a whole file (malloc'd, NUL-terminated, *len bytes); NULL with errno set. */
char *run_read_file(const char *path, size_t *len);
/* Reads all of fd 0 likewise (a script piped to glasspy). */
char *run_read_stdin(size_t *len);

/* Ends a program whose run raised: SystemExit gives its status (an int code modulo 256, as
 * the system keeps it; a non-int code is printed to stderr and gives 1), KeyboardInterrupt
 * prints its traceback and gives RUN_STATUS_SIGINT, anything else prints its traceback and
 * gives 1. Clears the exception. */
int run_exit_status(void);
/* The status of an uncaught KeyboardInterrupt: main ends the process by SIGINT, as
 * CPython does, so the parent sees a Ctrl-C death (a shell shows 130). */
#define RUN_STATUS_SIGINT 256

/* Ctrl-C: while code runs, SIGINT sets gp_sigint_pending (the VM raises
 * KeyboardInterrupt); otherwise the default action. */
void run_sigint_install(void);
void run_sigint_default(void);

/* The interactive loop on stdin until EOF or SystemExit; returns the process status.
 * banner: print the version banner first (to stderr). */
int repl_run(int banner);
/* One line read with libedit (input() in an interactive terminal session): new str
 * without its newline, or NULL with EOFError / KeyboardInterrupt. */
GpObject *repl_input_line(const char *prompt);

/* The -V text and the banner's first line. */
#define GLASSPY_VERSION "0.1.0"
#define GLASSPY_VERSION_LINE "glasspy " GLASSPY_VERSION " (Python 3.11 compatible)"

#endif
