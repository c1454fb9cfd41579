/* glasspy.h — the embedding API: create an interpreter, run source text or a file in its
 * __main__ namespace, free it. Everything glasspy allocates is released by gp_free.
 *
 * Status codes: GP_OK (0) when the code ran to the end; GP_ERROR (-1) when it raised (the
 * traceback has been printed to stderr); a SystemExit gives its exit status through
 * gp_exit_status. One interpreter is current at a time (the last one created).
 */
#ifndef GLASSPY_H
#define GLASSPY_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct GpInterp GpInterp;

enum { GP_OK = 0, GP_ERROR = -1, GP_EXIT = -2 };

/* A new interpreter; argv becomes sys.argv (argc may be 0). NULL on failure. */
GpInterp *gp_new(int argc, char **argv);
/* Runs a program text (like `glasspy -c src`). GP_OK, GP_ERROR or GP_EXIT (SystemExit). */
int gp_run_string(GpInterp *gp, const char *src);
/* Runs a file (like `glasspy path`); GP_ERROR also when it cannot be read. */
int gp_run_file(GpInterp *gp, const char *path);
/* The status a SystemExit asked for (after GP_EXIT), else 0. */
int gp_exit_status(GpInterp *gp);
/* Frees the interpreter and every object; returns the number of objects leaked. */
long gp_free(GpInterp *gp);

#ifdef __cplusplus
}
#endif

#endif
