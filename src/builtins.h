/* builtins.h — the builtins module (builtins.c) and its parts: numeric builtins
 * (builtins_num.c), iteration builtins (builtins_iter.c) and compile/eval/exec
 * (builtins_eval.c).
 */
#ifndef GP_BUILTINS_H
#define GP_BUILTINS_H

#include "object.h"

/* Creates the builtins module (functions, types, exceptions, constants) and stores it in
 * gp_interp->builtins_module / gp_interp->builtins. 0 or -1. */
int builtins_init(void);

/* The functions of each part, NULL-name terminated (added to the module by builtins.c). */
extern GpMethodDef builtins_num_methods[];
extern GpMethodDef builtins_iter_methods[];
extern GpMethodDef builtins_eval_methods[];   /* eval, exec, compile (builtins_eval.c) */

/* The caller's locals as locals() gives them: the innermost frame's locals mapping, or a
 * snapshot dict of a function's fast locals and cells (the main module's dict with no
 * frame). New reference, or NULL. */
GpObject *builtins_current_locals(void);

/* exit/quit objects (type "Quitter"): repr "Use exit() or Ctrl-D (i.e. EOF) to exit",
 * calling raises SystemExit(code). New reference. */
extern GpType gp_type_quitter;
GpObject *quitter_new(const char *name);

#endif
