/* frame.c — frames and calls: the chunked frame stack, argument binding with CPython
 * 3.11's messages, recursion accounting, func_call (C → Python) and vm_eval_code.
 *
 * Invariants (see frame.h for the frame layout):
 * - Frame memory is strictly LIFO inside gp_interp->frame_chunks; frame_pop is the only
 *   way a frame ends, and it releases localsplus in slot order, then the locals dict, the
 *   function (or globals/builtins), the code — CPython's _PyFrame_Clear order.
 *   Exceptions: RETURN_GENERATOR moves a frame's references into a generator
 *   (frame_pop_moved), and a generator's frame (FRAME_GEN) lives in the generator object,
 *   so frame_pop releases its contents but leaves its memory alone.
 * - Binding steals the arguments: each reference ends up in a local slot, in the *args
 *   tuple, in the **kwargs dict, or is released; none is dropped twice.
 * - A cellvar that is also an argument has its value moved into its cell (cell2arg): the
 *   argument's own slot is left empty, as CPython 3.10 did.
 */
#include <string.h>
#include <sys/resource.h>

#include "errors.h"
#include "frame.h"
#include "objects/type.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm.h"

#define CHUNK_BYTES (64 * 1024)

/* Keeps the slow paths out of frame_push_func_steal so its fast path stays lean. */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif
#define CHUNK_HEADER ((sizeof(FrameChunk) + 15) & ~(size_t)15)

/* ---- The chunked frame stack ---- */

void *frame_alloc_slow(size_t size) {
    FrameChunk *cur = (FrameChunk *)gp_interp->frame_chunks;
    FrameChunk *c = cur ? cur->spare : NULL;
    if (c && (size_t)(c->end - c->data) < size) {
        cur->spare = NULL;
        mem_free(c);
        c = NULL;
    }
    if (c) {
        cur->spare = NULL;
    } else {
        size_t bytes = CHUNK_HEADER + size;
        if (bytes < CHUNK_BYTES)
            bytes = CHUNK_BYTES;
        c = (FrameChunk *)mem_alloc(bytes);
        if (!c) {
            err_no_memory();
            return NULL;
        }
        c->data = (char *)c + CHUNK_HEADER;
        c->end = (char *)c + bytes;
        c->spare = NULL;
    }
    c->prev = cur;
    c->top = c->data + size;
    gp_interp->frame_chunks = c;
    return c->data;
}

/* Returns the memory of the innermost frame f. */
static void frame_free_mem(GpFrame *f) {
    FrameChunk *c = (FrameChunk *)gp_interp->frame_chunks;
    c->top = (char *)f;
    if (c->top != c->data)
        return;
    /* The chunk is empty: step back to the older one, keeping this one as its spare. */
    FrameChunk *prev = c->prev;
    if (c->spare) {
        mem_free(c->spare);
        c->spare = NULL;
    }
    if (!prev) {
        mem_free(c);
        gp_interp->frame_chunks = NULL;
        return;
    }
    if (prev->spare)
        mem_free(prev->spare);
    prev->spare = c;
    gp_interp->frame_chunks = prev;
}

void frame_fini(void) {
    FrameChunk *c = (FrameChunk *)gp_interp->frame_chunks;
    while (c) {
        FrameChunk *prev = c->prev;
        if (c->spare)
            mem_free(c->spare);
        mem_free(c);
        c = prev;
    }
    gp_interp->frame_chunks = NULL;
    vm_fini();
}

/* ---- Recursion accounting ---- */

static int raise_recursion_error(const char *where) {
    gp_interp->recursion_headroom++;
    err_format(&gp_exc_RecursionError, "maximum recursion depth exceeded%s", where);
    gp_interp->recursion_headroom--;
    return -1;
}

int frame_depth_exceeded(const char *where) {
    /* While a RecursionError is being raised, allow a little more (CPython's headroom). */
    if (gp_interp->recursion_headroom &&
        gp_interp->recursion_depth < gp_interp->recursion_limit + 50)
        return 0;
    return raise_recursion_error(where);
}

int frame_check_c_stack(void) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    if (!gp_interp->c_stack_limit) {
        /* Measured at the first entry (from main, near the stack's top). */
        size_t size = (size_t)8 << 20;
        struct rlimit rl;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
            rl.rlim_cur < ((rlim_t)1 << 30))
            size = (size_t)rl.rlim_cur;
        size_t usable = size - size / 4;
        gp_interp->c_stack_limit = here > usable ? here - usable : 1;
    }
    if (here < gp_interp->c_stack_limit)
        return raise_recursion_error("");
    return 0;
}

/* ---- Argument binding (CPython 3.11's initialize_locals and its messages) ---- */

/* "'a', 'b', and 'c'" from the names of the empty slots lp[start..end). */
static GpObject *missing_names(GpCode *co, GpObject **lp, int start, int end, int missing) {
    StrBuf sb = STRBUF_INIT;
    int j = 0;
    for (int i = start; i < end; i++) {
        if (lp[i])
            continue;
        GpObject *r = str_repr(TUPLE_ITEM(co->varnames, i));
        if (!r) {
            sb_discard(&sb);
            return NULL;
        }
        if (j > 0)
            sb_append_cstr(&sb, missing == 2 ? " and " : j == missing - 1 ? ", and " : ", ");
        sb_append_str(&sb, r);
        gp_decref(r);
        j++;
    }
    return sb_finish(&sb);
}

static void missing_arguments(GpFunction *func, GpCode *co, int missing, int defcount,
                              GpObject **lp) {
    int positional = defcount != -1;
    int start = positional ? 0 : co->argcount;
    int end = positional ? co->argcount - defcount : co->argcount + co->kwonlyargcount;
    GpObject *names = missing_names(co, lp, start, end, missing);
    if (!names)
        return;
    err_format(&gp_exc_TypeError, "%U() missing %d required %s argument%s: %U",
               func->qualname, missing, positional ? "positional" : "keyword-only",
               missing == 1 ? "" : "s", names);
    gp_decref(names);
}

static void too_many_positional(GpFunction *func, GpCode *co, intptr_t given, GpObject **lp) {
    intptr_t kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (lp[i])
            kwonly_given++;
    intptr_t defcount = func->defaults ? TUPLE_SIZE(func->defaults) : 0;
    char sig[64], kwonly_sig[96];
    int plural;
    if (defcount) {
        plural = 1;
        snprintf(sig, sizeof sig, "from %zd to %d", (intptr_t)co->argcount - defcount,
                 co->argcount);
    } else {
        plural = co->argcount != 1;
        snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    kwonly_sig[0] = '\0';
    if (kwonly_given)
        snprintf(kwonly_sig, sizeof kwonly_sig,
                 " positional argument%s (and %zd keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    err_format(&gp_exc_TypeError, "%U() takes %s positional argument%s but %zd%s %s given",
               func->qualname, sig, plural ? "s" : "", given, kwonly_sig,
               given == 1 && !kwonly_given ? "was" : "were");
}

/* 1 (error set) if some keyword names a positional-only parameter, 0 if none, -1 on error. */
static int posonly_passed_as_keyword(GpFunction *func, GpCode *co, GpObject *kwnames) {
    StrBuf sb = STRBUF_INIT;
    int found = 0;
    for (int k = 0; k < co->posonlyargcount; k++) {
        GpObject *posname = TUPLE_ITEM(co->varnames, k);
        for (intptr_t i = 0; i < TUPLE_SIZE(kwnames); i++) {
            GpObject *kw = TUPLE_ITEM(kwnames, i);
            if (kw == posname || (STR_CHECK(kw) && str_eq(kw, posname))) {
                if (found++)
                    sb_append_cstr(&sb, ", ");
                sb_append_str(&sb, posname);
                break;
            }
        }
    }
    if (!found)
        return 0;
    GpObject *names = sb_finish(&sb);
    if (!names)
        return -1;
    err_format(&gp_exc_TypeError,
               "%U() got some positional-only arguments passed as keyword arguments: '%U'",
               func->qualname, names);
    gp_decref(names);
    return 1;
}

/* Index of the parameter called kw among varnames[posonly..total), or -1. */
static int find_param(GpCode *co, GpObject *kw, int total) {
    GpObject **names = ((GpTuple *)co->varnames)->items;
    for (int j = co->posonlyargcount; j < total; j++)
        if (names[j] == kw)
            return j;
    for (int j = co->posonlyargcount; j < total; j++)
        if (str_eq(names[j], kw))
            return j;
    return -1;
}

/* Binds args into f's slots (all NULL on entry). Consumes every argument. 0 or -1. */
NOINLINE static int bind_args(GpFrame *f, GpFunction *func, GpCode *co, GpObject *const *args,
                     intptr_t argcount, GpObject *kwnames) {
    GpObject **lp = f->localsplus;
    int total_args = co->argcount + co->kwonlyargcount;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    GpObject *kwdict = NULL;
    intptr_t i, n;

    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new();
        if (!kwdict) {
            for (i = 0; i < argcount + nkw; i++)
                gp_decref(args[i]);
            return -1;
        }
        lp[total_args + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }

    n = argcount < co->argcount ? argcount : co->argcount;
    for (i = 0; i < n; i++)
        lp[i] = args[i];

    if (co->flags & CO_VARARGS) {
        GpObject *u = tuple_new(argcount - n);
        if (!u) {
            for (i = n; i < argcount + nkw; i++)
                gp_decref(args[i]);
            return -1;
        }
        for (i = n; i < argcount; i++)
            TUPLE_SET_ITEM(u, i - n, args[i]);
        lp[total_args] = u;
    } else {
        /* Too many positional arguments: reported below, after the keywords. */
        for (i = n; i < argcount; i++)
            gp_decref(args[i]);
    }

    for (i = 0; i < nkw; i++) {
        GpObject *kw = TUPLE_ITEM(kwnames, i);
        GpObject *value = args[argcount + i];
        int j;
        if (!STR_CHECK(kw)) {
            err_format(&gp_exc_TypeError, "%U() keywords must be strings", func->qualname);
            goto kw_fail;
        }
        j = find_param(co, kw, total_args);
        if (j < 0) {
            if (!kwdict) {
                if (co->posonlyargcount && posonly_passed_as_keyword(func, co, kwnames) != 0)
                    goto kw_fail;
                err_format(&gp_exc_TypeError, "%U() got an unexpected keyword argument '%S'",
                           func->qualname, kw);
                goto kw_fail;
            }
            if (dict_setitem(kwdict, kw, value) < 0)
                goto kw_fail;
            gp_decref(value);
            continue;
        }
        if (lp[j]) {
            err_format(&gp_exc_TypeError, "%U() got multiple values for argument '%S'",
                       func->qualname, kw);
            goto kw_fail;
        }
        lp[j] = value;
        continue;
    kw_fail:
        for (; i < nkw; i++)
            gp_decref(args[argcount + i]);
        return -1;
    }

    if (argcount > co->argcount && !(co->flags & CO_VARARGS)) {
        too_many_positional(func, co, argcount, lp);
        return -1;
    }

    if (argcount < co->argcount) {
        intptr_t defcount = func->defaults ? TUPLE_SIZE(func->defaults) : 0;
        intptr_t m = co->argcount - defcount;
        int missing = 0;
        for (i = argcount; i < m; i++)
            if (!lp[i])
                missing++;
        if (missing) {
            missing_arguments(func, co, missing, (int)defcount, lp);
            return -1;
        }
        for (i = n > m ? n - m : 0; i < defcount; i++)
            if (!lp[m + i])
                lp[m + i] = gp_newref(TUPLE_ITEM(func->defaults, i));
    }

    if (co->kwonlyargcount > 0) {
        int missing = 0;
        for (i = co->argcount; i < total_args; i++) {
            if (lp[i])
                continue;
            if (func->kwdefaults) {
                GpObject *def = dict_getitem(func->kwdefaults, TUPLE_ITEM(co->varnames, i));
                if (def) {
                    lp[i] = gp_newref(def);
                    continue;
                }
                if (err_occurred())
                    return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(func, co, missing, -1, lp);
            return -1;
        }
    }
    return 0;
}

/* Creates the cells and copies the closure. 0 or -1. */
NOINLINE static int init_cells(GpFrame *f, GpFunction *func, GpCode *co) {
    GpObject **lp = f->localsplus;
    GpObject **cells = lp + co->nlocals;
    for (int i = 0; i < co->ncellvars; i++) {
        GpObject *c = cell_new(NULL);
        if (!c)
            return -1;
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            ((GpCell *)c)->ref = lp[co->cell2arg[i]];
            lp[co->cell2arg[i]] = NULL;
        }
        cells[i] = c;
    }
    if (co->nfreevars) {
        GpObject *closure = func ? func->closure : NULL;
        if (!closure || !TUPLE_CHECK(closure) || TUPLE_SIZE(closure) != co->nfreevars) {
            err_format(&gp_exc_SystemError, "code %U needs a closure of %d cells",
                       co->name, co->nfreevars);
            return -1;
        }
        for (int i = 0; i < co->nfreevars; i++)
            cells[co->ncellvars + i] = gp_newref(TUPLE_ITEM(closure, i));
    }
    return 0;
}

/* Raises RecursionError if the frame just counted went past the limit. 0 or -1. */
static int check_depth_after_push(void) {
    if (gp_interp->recursion_depth <= gp_interp->recursion_limit)
        return 0;
    gp_interp->recursion_depth--;
    int r = frame_depth_exceeded("");
    gp_interp->recursion_depth++;
    return r;
}

/* Links f as the innermost frame and counts it. */
static inline void link_frame(GpFrame *f) {
    f->frameobj = NULL;
    f->previous = gp_interp->frame;
    gp_interp->frame = f;
    gp_interp->recursion_depth++;
}

GpFrame *frame_push_func_general(GpObject *funcobj, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    GpFunction *func = (GpFunction *)funcobj;
    GpCode *co = (GpCode *)func->code;
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    GpFrame *f = (GpFrame *)frame_alloc(frame_size(co));
    if (!f) {
        for (intptr_t i = 0; i < nargs + nkw; i++)
            gp_decref(args[i]);
        gp_decref(funcobj);
        return NULL;
    }
    int nslots = co->nlocals + co->ncellvars + co->nfreevars;
    GpObject **lp = f->localsplus;
    f->code = (GpCode *)gp_newref((GpObject *)co);
    f->func = funcobj;
    f->globals = func->globals;
    f->builtins = func->builtins;
    f->locals = NULL;
    f->ip = co->code;
    f->sp = lp + nslots;
    f->is_entry = 0;
    link_frame(f);

    if (nkw == 0 && nargs == co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        intptr_t i;
        for (i = 0; i < nargs; i++)
            lp[i] = args[i];
        for (; i < nslots; i++)
            lp[i] = NULL;
    } else {
        for (int i = 0; i < nslots; i++)
            lp[i] = NULL;
        if (bind_args(f, func, co, args, nargs, kwnames) < 0)
            goto fail;
    }
    if ((co->ncellvars || co->nfreevars) && init_cells(f, func, co) < 0)
        goto fail;
    if (check_depth_after_push() < 0)
        goto fail;
    return f;
fail:
    frame_pop(f);
    return NULL;
}

/* frame_push_code; closure_of (may be NULL) supplies the free variables' cells. */
static GpFrame *push_code(GpCode *co, GpObject *globals, GpObject *builtins, GpObject *locals,
                          GpFunction *closure_of);

GpFrame *frame_push_code(GpCode *co, GpObject *globals, GpObject *builtins,
                         GpObject *locals) {
    return push_code(co, globals, builtins, locals, NULL);
}

static GpFrame *push_code(GpCode *co, GpObject *globals, GpObject *builtins, GpObject *locals,
                          GpFunction *closure_of) {
    GpFrame *f = (GpFrame *)frame_alloc(frame_size(co));
    if (!f)
        return NULL;
    int nslots = co->nlocals + co->ncellvars + co->nfreevars;
    f->code = (GpCode *)gp_newref((GpObject *)co);
    f->func = NULL;
    f->globals = gp_newref(globals);
    f->builtins = gp_newref(builtins);
    f->locals = locals ? gp_newref(locals) : NULL;
    f->ip = co->code;
    f->sp = f->localsplus + nslots;
    f->is_entry = 0;
    for (int i = 0; i < nslots; i++)
        f->localsplus[i] = NULL;
    link_frame(f);
    if ((co->ncellvars || co->nfreevars) && init_cells(f, closure_of, co) < 0)
        goto fail;
    if (check_depth_after_push() < 0)
        goto fail;
    return f;
fail:
    frame_pop(f);
    return NULL;
}

void frame_pop(GpFrame *f) {
    GpObject **p = f->localsplus, **sp = f->sp;
    if (f->frameobj)
        frame_detach_object(f, !(f->is_entry & FRAME_GEN));   /* a generator's: no f_back */
    gp_interp->frame = f->previous;
    gp_interp->recursion_depth--;
    for (; p < sp; p++)
        gp_xdecref(*p);
    gp_xdecref(f->locals);
    if (f->func) {
        gp_decref(f->func);
    } else {
        gp_decref(f->globals);
        gp_decref(f->builtins);
    }
    if (f->is_entry & FRAME_GEN) {
        /* A generator's frame: its memory belongs to the generator object. */
        GpCode *co = f->code;
        f->code = NULL;
        f->sp = f->localsplus;
        gp_decref((GpObject *)co);
        return;
    }
    gp_decref((GpObject *)f->code);
    frame_free_mem(f);
}

void frame_pop_moved(GpFrame *f) {
    gp_interp->frame = f->previous;
    gp_interp->recursion_depth--;
    frame_free_mem(f);
}

GpObject *frame_builtins_from_globals(GpObject *globals) {
    GpObject *b = dict_getitem(globals, GP_ID(__builtins__));
    if (b && MODULE_CHECK(b))
        return MODULE_DICT(b);
    if (b && DICT_CHECK(b))
        return b;
    if (!b && err_occurred())
        err_clear();
    return gp_interp->builtins;
}

/* ---- Entry points from C ---- */

GpObject *func_call(GpObject *func, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    if (!FUNC_CHECK(func) || nargs < 0)
        return err_bad_internal_call();
    if (frame_check_c_stack() < 0)
        return NULL;
    intptr_t total = nargs + (kwnames ? TUPLE_SIZE(kwnames) : 0);
    gp_incref(func);
    for (intptr_t i = 0; i < total; i++)
        gp_incref(args[i]);
    GpFrame *f = frame_push_func_steal(func, args, nargs, kwnames);
    if (!f)
        return NULL;
    f->is_entry = 1;
    return vm_run_frame(f);
}

/* classes: runs a class body (a function made by the class statement) with locals ns. */
GpObject *vm_eval_class_body(GpObject *func, GpObject *ns) {
    GpFunction *fn = (GpFunction *)func;
    if (frame_check_c_stack() < 0)
        return NULL;
    GpFrame *f = push_code((GpCode *)fn->code, fn->globals, fn->builtins, ns, fn);
    if (!f)
        return NULL;
    f->is_entry = 1;
    return vm_run_frame(f);
}

GpObject *vm_eval_code(GpObject *code, GpObject *globals, GpObject *locals) {
    if (!code || !CODE_CHECK(code) || !globals || !DICT_CHECK(globals))
        return err_bad_internal_call();
    if (frame_check_c_stack() < 0)
        return NULL;
    GpFrame *f = frame_push_code((GpCode *)code, globals, frame_builtins_from_globals(globals),
                                 locals);
    if (!f)
        return NULL;
    f->is_entry = 1;
    return vm_run_frame(f);
}
