/* frame.h — frames: one activation of a code object, allocated LIFO from a chunked stack,
 * and the calls that create them (frame.c). Internal to the VM (vm.c, frame.c, func.c).
 *
 * Invariants:
 * - Frames come from chunks (gp_interp->frame_chunks, a FrameChunk list) by bumping a
 *   pointer and are freed in exactly the reverse order: no malloc per call. When the last
 *   frame is freed, every chunk is returned, so tear-down has nothing to release.
 * - localsplus holds nlocals fast locals, then ncellvars cells, then nfreevars cells (from
 *   the function's closure), then the value stack (code.h). Slots below `sp` are owned
 *   references (NULL allowed in the local and cell part; the stack part holds the NULLs
 *   PUSH_NULL / LOAD_METHOD put there).
 * - A frame owns its code, its function (or NULL), its locals dict (or NULL) and every
 *   object in localsplus below sp. globals/builtins are borrowed from the function; a frame
 *   without a function (module, class, exec code) owns them.
 * - frame_pop releases in CPython 3.11's order: localsplus in slot order (locals, cells,
 *   stack), then locals dict, function, code. A frame whose frame object (tb_frame,
 *   sys._getframe(), gi_frame) is still held elsewhere moves its locals and cells to that
 *   object first (frame_detach_object), so they live as long as it does.
 * - gp_interp->frame is the innermost frame; `previous` links outward. Each live frame
 *   counts one in gp_interp->recursion_depth.
 */
#ifndef GP_FRAME_H
#define GP_FRAME_H

#include "code.h"
#include "interp.h"
#include "object.h"
#include "objects/func.h"

struct GpFrame {
    GpCode *code;            /* owned */
    GpObject *func;          /* owned GpFunction, or NULL */
    GpObject *globals;       /* dict: borrowed from func, owned when func is NULL */
    GpObject *builtins;      /* dict: likewise */
    GpObject *locals;        /* owned mapping for module/class/exec code, or NULL */
    GpFrame *previous;       /* the caller, or NULL */
    GpCodeUnit *ip;          /* the next unit to run; ip[-1] is the running instruction */
    GpObject **sp;           /* value stack top, kept while the frame is not running */
    int is_entry;            /* a C call of the eval loop returns when this frame ends;
                              * FRAME_GEN / FRAME_THROW bits: see below */
    GpObject *frameobj;      /* owned frame object (frame_object), or NULL */
    GpObject *localsplus[];
};

/* is_entry bits of a generator's frame (objects/gen.c), which lives inside the generator
 * object instead of the chunk stack and is always run as an entry frame:
 * FRAME_GEN marks it (frame_pop releases its contents but not its memory, and sets code to
 * NULL so the generator sees it finished); FRAME_THROW asks vm_run_frame to raise the
 * pending exception at the suspended instruction instead of resuming normally. */
#define FRAME_GEN 2
#define FRAME_THROW 4

/* One chunk of frame memory. Chunks form a list through prev (older); `spare` keeps one
 * empty newer chunk so a call/return pair at a chunk boundary does not allocate. */
typedef struct FrameChunk {
    struct FrameChunk *prev;
    struct FrameChunk *spare;
    char *top;               /* first free byte */
    char *end;
    char *data;              /* first byte for frames */
} FrameChunk;

/* Bytes a frame of co needs. */
static inline size_t frame_size(const GpCode *co) {
    return sizeof(GpFrame) +
           (size_t)(co->nlocals + co->ncellvars + co->nfreevars + co->stacksize) *
               sizeof(GpObject *);
}
/* First slot of the value stack. */
static inline GpObject **frame_stack_base(GpFrame *f) {
    return f->localsplus + f->code->nlocals + f->code->ncellvars + f->code->nfreevars;
}

/* Raw memory for a frame (not linked, nothing initialised); NULL with MemoryError. */
void *frame_alloc_slow(size_t size);
static inline void *frame_alloc(size_t size) {
    FrameChunk *c = (FrameChunk *)gp_interp->frame_chunks;
    if (c && (size_t)(c->end - c->top) >= size) {
        void *p = c->top;
        c->top += size;
        return p;
    }
    return frame_alloc_slow(size);
}

/* Recursion accounting shared by Python frames and builtin calls (CPython 3.11 counts
 * both): raises RecursionError "maximum recursion depth exceeded<where>" when the depth
 * would pass gp_interp->recursion_limit. 0 or -1. */
int frame_depth_exceeded(const char *where);
static inline int frame_enter_depth(const char *where) {
    if (gp_interp->recursion_depth >= gp_interp->recursion_limit &&
        frame_depth_exceeded(where) < 0)
        return -1;
    gp_interp->recursion_depth++;
    return 0;
}
static inline void frame_leave_depth(void) { gp_interp->recursion_depth--; }

/* Pushes a frame running func with args[0..nargs) positional and, if kwnames is not
 * NULL, len(kwnames) keyword values after them: binds the arguments (CPython's messages),
 * creates the cells, copies the closure, links the frame as gp_interp->frame and counts
 * it in the recursion depth. Steals func and every argument, on failure too. Returns the
 * frame, or NULL with an exception set (nothing pushed). frame_push_func_steal is the
 * inline fast path (exact positional arguments, no cells, room in the chunk); anything
 * else goes to frame_push_func_general. */
GpFrame *frame_push_func_general(GpObject *func, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames);
static inline GpFrame *frame_push_func_steal(GpObject *funcobj, GpObject *const *args,
                                             intptr_t nargs, GpObject *kwnames) {
    GpFunction *func = (GpFunction *)funcobj;
    GpCode *co = (GpCode *)func->code;
    FrameChunk *c = (FrameChunk *)gp_interp->frame_chunks;
    size_t size = frame_size(co);
    if (kwnames || nargs != co->argcount || co->kwonlyargcount || co->ncellvars ||
        co->nfreevars || (co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR)) ||
        gp_interp->recursion_depth >= gp_interp->recursion_limit || !c ||
        (size_t)(c->end - c->top) < size)
        return frame_push_func_general(funcobj, args, nargs, kwnames);
    GpFrame *f = (GpFrame *)c->top;
    c->top += size;
    GpObject **lp = f->localsplus;
    int nlocals = co->nlocals;
    gp_incref((GpObject *)co);
    f->code = co;
    f->func = funcobj;
    f->globals = func->globals;
    f->builtins = func->builtins;
    f->locals = NULL;
    f->ip = co->code;
    f->sp = lp + nlocals;
    f->is_entry = 0;
    f->frameobj = NULL;
    f->previous = gp_interp->frame;
    gp_interp->frame = f;
    gp_interp->recursion_depth++;
    intptr_t i;
    for (i = 0; i < nargs; i++)
        lp[i] = args[i];
    for (; i < nlocals; i++)
        lp[i] = NULL;
    return f;
}
/* Pushes a frame for module/class/exec code with a locals mapping (borrowed; may equal
 * globals). Borrows every argument. NULL with an exception. */
GpFrame *frame_push_code(GpCode *co, GpObject *globals, GpObject *builtins,
                         GpObject *locals);
/* Releases f (the innermost frame; its objects below f->sp) and unlinks it. */
void frame_pop(GpFrame *f);
/* Unlinks the innermost frame f and returns its chunk memory without releasing anything:
 * its references have been moved elsewhere (RETURN_GENERATOR). */
void frame_pop_moved(GpFrame *f);
/* The frame object of f, made on first use and kept by f (objects/frameobject.c).
 * Borrowed. On failure NULL, with MemoryError pending unless an exception already was
 * (that one stays pending). A pending exception survives the call either way. */
GpObject *frame_object(GpFrame *f);
/* Called as f ends, when f->frameobj is set: the object takes over f's contents if it is
 * held elsewhere (with f_back = the caller's frame object when with_back), else dies.
 * Leaves f->frameobj NULL and f's fast locals and cells NULL if they were moved. */
void frame_detach_object(GpFrame *f, int with_back);
/* locals() in f: its locals mapping, or for a function frame the frame object's dict,
 * updated from the fast locals and cells (objects/frameobject.c). New reference. */
GpObject *frame_locals(GpFrame *f);
/* sys._getframe([depth]) (METH_KEYWORDS). */
GpObject *frame_sys_getframe(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames);

/* Frees every chunk and the VM's caches (interpreter tear-down). */
void frame_fini(void);
/* Frees the eval loop's caches (vm_ops.c; called by frame_fini). */
void vm_fini(void);

/* The builtins dict for a globals dict: globals["__builtins__"] (a module's dict or a
 * dict), else the interpreter's builtins. Borrowed. */
GpObject *frame_builtins_from_globals(GpObject *globals);

/* Runs the frame f (pushed, marked is_entry) and frames it calls inline until f returns
 * (vm.c). New reference to the result, or NULL with an exception; f is popped either way. */
GpObject *vm_run_frame(GpFrame *f);

/* Guards C recursion into the eval loop (func_call, vm_eval_code): RecursionError when the
 * C stack is nearly used up. 0 or -1. */
int frame_check_c_stack(void);

#endif
