/* gen.h — generator objects (gen.c): the frame of a generator function's call, kept alive
 * between resumptions, and the send/throw/close protocol (PEP 342, PEP 380, PEP 479).
 *
 * Invariants:
 * - A generator owns its frame's memory (allocated with the object); the frame's contents
 *   (locals, stack, function, code) are owned as a chunk frame's are, until the frame
 *   finishes (frame_pop sets its code to NULL) or the generator is closed/deallocated.
 * - The frame runs only through gen_send_ex, as an entry frame of its own vm_run_frame
 *   call, linked above the resumer's frame; YIELD_VALUE unlinks it again.
 * - While suspended inside `yield from`, the delegate is the top of the frame's stack and
 *   the suspended instruction is YIELD_VALUE 1.
 */
#ifndef GP_GEN_H
#define GP_GEN_H

#include "object.h"

extern GpType gp_type_generator;
#define GEN_CHECK(o) (GP_TYPE(o) == &gp_type_generator)

typedef struct GpFrame GpFrame;

/* Results of gen_send_ex / gen_send_any. */
enum { GEN_ERROR = -1, GEN_YIELD = 0, GEN_RETURN = 1 };

/* RETURN_GENERATOR: a new generator taking over the innermost frame f (its references
 * move; f's chunk memory is returned and f unlinked). New reference, or NULL with an
 * exception (f is then left as it was, for the caller to pop). */
GpObject *gen_new_from_frame(GpFrame *f);
/* frame.clear() of a generator's frame f: unless the generator is running (0), closes it
 * if suspended and drops its frame's contents (1). */
int gen_clear_suspended_frame(GpFrame *f);

/* Resumes gen with v (borrowed; NULL: raise the pending exception inside it instead).
 * GEN_YIELD with *out the value yielded, GEN_RETURN with *out the return value (None
 * when the generator was already finished), GEN_ERROR with an exception. *out is new. */
int gen_send_ex(GpObject *gen, GpObject *v, GpObject **out);

/* SEND for any iterator: a generator is resumed directly; otherwise None is sent with
 * the iternext slot and other values with it.send(v); StopIteration (or exhaustion)
 * becomes GEN_RETURN with its value. Same results as gen_send_ex. */
int gen_send_any(GpObject *it, GpObject *v, GpObject **out);

/* next(gen): like the iternext slot, except that a return value other than None is raised
 * as StopIteration(value) (CPython's gen_iternext). New reference or NULL. */
GpObject *gen_next_stop(GpObject *gen);

#endif
