/* vm.h — running code: the eval loop (vm.c), frames and calls (frame.c). */
#ifndef GP_VM_H
#define GP_VM_H

#include <signal.h>

#include "object.h"

/* Runs a code object for a module body, class body or exec: globals and locals are dicts
 * (locals may be the same dict as globals). New reference to the result, or NULL. */
GpObject *vm_eval_code(GpObject *code, GpObject *globals, GpObject *locals);

/* The call slot of Python functions: binds arguments (CPython's messages:
 * "f() missing 1 required positional argument: 'x'", "f() takes 2 positional arguments
 * but 3 were given", "f() got an unexpected keyword argument 'z'", "f() got multiple values
 * for argument 'x'") and runs the body. */
GpObject *func_call(GpObject *func, GpObject *const *args, intptr_t nargs, GpObject *kwnames);

/* Called between instructions at backward jumps and calls: handles a pending Ctrl-C
 * (KeyboardInterrupt). 0 or -1. */
int vm_check_signals(void);

/* Set by the SIGINT handler (the only state a signal handler touches; process-wide by
 * nature, docs/internals.md); vm_check_signals turns it into KeyboardInterrupt. */
extern volatile sig_atomic_t gp_sigint_pending;

/* The line the innermost frame is executing (for warnings/messages), or 0. */
int vm_current_line(void);

#endif
