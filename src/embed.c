/* embed.c — the embedding API of include/glasspy.h: thin wrappers over interp.c and
 * run.c. An exception is printed (or, for SystemExit, turned into an exit status) before
 * the call returns, so the interpreter is always left without a pending exception.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "glasspy.h"

#include "errors.h"
#include "interp.h"
#include "objects/file.h"
#include "objects/module.h"
#include "run.h"

GpInterp *gp_new(int argc, char **argv) {
    char *empty[] = {"", NULL};
    if (argc <= 0)
        return interp_new(1, empty);
    return interp_new(argc, argv);
}

/* Turns the outcome of a run into a status code. */
static int finish(GpInterp *gp, int r) {
    if (r == 0) {
        file_flush_std();
        return GP_OK;
    }
    if (err_matches(&gp_exc_SystemExit)) {
        gp->exit_code = run_exit_status();
        file_flush_std();
        return GP_EXIT;
    }
    err_print();
    return GP_ERROR;
}

int gp_run_string(GpInterp *gp, const char *src) {
    gp_interp = gp;
    int r = run_source(src, strlen(src), "<string>", MODULE_DICT(gp->main_module));
    return finish(gp, r);
}

int gp_run_file(GpInterp *gp, const char *path) {
    gp_interp = gp;
    size_t len;
    char *src = run_read_file(path, &len);
    if (!src) {
        err_set_from_errno(&gp_exc_OSError, path);
        err_print();
        return GP_ERROR;
    }
    int r = run_source(src, len, path, MODULE_DICT(gp->main_module));
    free(src);
    return finish(gp, r);
}

int gp_exit_status(GpInterp *gp) {
    return gp->exit_code;
}

long gp_free(GpInterp *gp) {
    return (long)interp_free(gp);
}
