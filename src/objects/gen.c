/* gen.c — generator objects: created by RETURN_GENERATOR from the frame of a generator
 * function's call, resumed by next()/send()/throw()/close() and by the SEND of
 * `yield from`, following CPython 3.11's genobject.c.
 *
 * Invariants (gen.h has the ownership rules):
 * - state moves CREATED → SUSPENDED ⇄ RUNNING → COMPLETED (or CREATED → COMPLETED by
 *   close()); only RUNNING has the frame linked in gp_interp->frame.
 * - The frame's contents are released when it returns or raises (frame_pop, in CPython's
 *   order) or, for a frame that never finished, when the generator dies; a suspended
 *   generator is closed first (GeneratorExit thrown in: its finally blocks run).
 * - The handled exception (sys.exc_info()) of a generator suspended inside an except
 *   block is kept in exc_state and made current again while it runs; the resumer's is set
 *   aside in a GpExcLink (interp.h), still visible when the generator has none of its own.
 */
#include <stdio.h>
#include <string.h>

#include "code.h"
#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm.h"
#include "vm_ops.h"

enum { GS_CREATED, GS_SUSPENDED, GS_RUNNING, GS_COMPLETED };

typedef struct GpGen {
    GP_HEAD;
    GpObject *name;          /* str, owned */
    GpObject *qualname;      /* str, owned */
    GpObject *exc_state;     /* handled exception saved while suspended, owned, or NULL */
    GpCode *code;            /* owned: gi_code, which outlives the frame */
    int state;
    GpFrame *frame;          /* inside this object's allocation */
} GpGen;

static GpObject *gen_close(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw);

#define GEN_FRAME_OFFSET ((sizeof(GpGen) + 15) & ~(size_t)15)

GpObject *gen_new_from_frame(GpFrame *f) {
    GpCode *co = f->code;
    size_t fsize = frame_size(co);
    GpGen *g = (GpGen *)obj_new(&gp_type_generator, GEN_FRAME_OFFSET + fsize);
    if (!g)
        return NULL;
    GpFrame *gf = (GpFrame *)((char *)g + GEN_FRAME_OFFSET);
    memcpy(gf, f, fsize);
    gf->sp = gf->localsplus + (f->sp - f->localsplus);
    gf->previous = NULL;
    gf->frameobj = NULL;
    gf->is_entry = 1 | FRAME_GEN;
    g->frame = gf;
    g->state = GS_CREATED;
    g->code = (GpCode *)gp_newref((GpObject *)co);
    if (f->func) {
        g->name = gp_newref(((GpFunction *)f->func)->name);
        g->qualname = gp_newref(((GpFunction *)f->func)->qualname);
    } else {
        g->name = gp_newref(co->name);
        g->qualname = gp_newref(co->qualname);
    }
    frame_pop_moved(f);
    return (GpObject *)g;
}

/* Releases what a frame that never finished still holds, in frame_pop's order. */
static void gen_clear_frame(GpFrame *f) {
    GpCode *co = f->code;
    if (!co)
        return;
    if (f->frameobj)
        frame_detach_object(f, 0);   /* suspended: no caller */
    GpObject **p = f->localsplus, **sp = f->sp;
    f->code = NULL;
    f->sp = f->localsplus;
    for (; p < sp; p++)
        gp_xdecref(*p);
    gp_xdecref(f->locals);
    if (f->func) {
        gp_decref(f->func);
    } else {
        gp_decref(f->globals);
        gp_decref(f->builtins);
    }
    gp_decref((GpObject *)co);
}

int gen_send_ex(GpObject *self, GpObject *v, GpObject **out) {
    GpGen *g = (GpGen *)self;
    GpFrame *f = g->frame;
    *out = NULL;
    if (g->state == GS_RUNNING) {
        err_set_str(&gp_exc_ValueError, "generator already executing");
        return GEN_ERROR;
    }
    if (g->state == GS_COMPLETED) {
        if (!v)
            return GEN_ERROR;   /* throw() into a finished generator: raised as is */
        *out = gp_none();
        return GEN_RETURN;
    }
    if (g->state == GS_CREATED && v && v != GP_NONE) {
        err_set_str(&gp_exc_TypeError, "can't send non-None value to a just-started generator");
        return GEN_ERROR;
    }
    if (frame_check_c_stack() < 0 || frame_enter_depth("") < 0)
        return GEN_ERROR;
    f->previous = gp_interp->frame;
    gp_interp->frame = f;
    if (v) {
        *f->sp++ = gp_newref(v);
    } else {
        f->is_entry |= FRAME_THROW;
    }
    /* While it runs, the generator's own handled exception (or none) is current and the
     * resumer's is set aside in a link that interp_handled_exc() still sees; a thrown
     * exception is chained to the generator's own (CPython's _PyErr_ChainStackItem). */
    GpExcLink link = {gp_interp->handled_exc, gp_interp->exc_outer};
    gp_interp->exc_outer = &link;
    gp_interp->handled_exc = g->exc_state;
    g->exc_state = NULL;
    if (!v && gp_interp->handled_exc && gp_interp->exc)
        vm_chain_context(gp_interp->exc);
    g->state = GS_RUNNING;
    GpObject *r = vm_run_frame(f);
    GpObject *own = gp_interp->handled_exc;
    gp_interp->handled_exc = link.exc;
    gp_interp->exc_outer = link.prev;
    if (own == GP_NONE)
        GP_CLEAR(own);
    if (f->code) {
        /* Suspended at a yield. */
        g->state = GS_SUSPENDED;
        g->exc_state = own;
        *out = r;
        return GEN_YIELD;
    }
    gp_xdecref(own);
    g->state = GS_COMPLETED;
    if (r) {
        *out = r;
        return GEN_RETURN;
    }
    if (err_matches(&gp_exc_StopIteration)) {
        /* PEP 479 */
        GpObject *stop = err_fetch();
        err_set_str(&gp_exc_RuntimeError, "generator raised StopIteration");
        GpObject *exc = gp_interp->exc;
        if (exc && EXC_CHECK(exc)) {
            exc_set_context_steal(exc, gp_newref(stop));
            exc_set_cause_steal(exc, stop);
        } else {
            gp_decref(stop);
        }
    }
    return GEN_ERROR;
}

int gen_send_any(GpObject *it, GpObject *v, GpObject **out) {
    if (GEN_CHECK(it))
        return gen_send_ex(it, v, out);
    GpObject *r;
    *out = NULL;
    if (v == GP_NONE && (GP_TYPE(it)->flags & TPFLAG_HEAPTYPE))
        r = obj_call_method(it, "__next__", NULL, 0);   /* keeps StopIteration's value */
    else if (v == GP_NONE && GP_TYPE(it)->iternext)
        r = GP_TYPE(it)->iternext(it);
    else
        r = obj_call_method(it, "send", &v, 1);
    if (r) {
        *out = r;
        return GEN_YIELD;
    }
    if (!err_occurred()) {
        *out = gp_none();
        return GEN_RETURN;
    }
    if (err_matches(&gp_exc_StopIteration)) {
        GpObject *exc = err_fetch();
        *out = gp_newref(exc_value_of(exc));
        gp_decref(exc);
        return GEN_RETURN;
    }
    return GEN_ERROR;
}

/* The result of a resumption as a method returns it: the value yielded, or NULL with
 * StopIteration(value) (no args for None) or the error. */
static GpObject *gen_result(int r, GpObject **outp) {
    GpObject *out = *outp;
    if (r == GEN_YIELD)
        return out;
    if (r == GEN_RETURN) {
        err_set_stop_iteration(out == GP_NONE ? NULL : out);
        gp_decref(out);
    }
    return NULL;
}

/* The object a generator suspended in `yield from` delegates to (borrowed), or NULL. */
static GpObject *gen_delegate(GpGen *g) {
    if (g->state != GS_SUSPENDED)
        return NULL;
    GpCodeUnit u = g->frame->ip[-1];
    if (CU_OP(u) == OP_YIELD_VALUE && CU_ARG(u) == 1)
        return g->frame->sp[-1];
    return NULL;
}

/* Decodes the instruction at p (with its EXTENDED_ARG prefixes): its opcode, *arg. */
static int decode_at(const GpCodeUnit *p, int *arg) {
    int a = 0;
    while (CU_OP(*p) == OP_EXTENDED_ARG) {
        a = (a | CU_ARG(*p)) << 8;
        p++;
    }
    *arg = a | CU_ARG(*p);
    return CU_OP(*p);
}

/* The delegate of a suspended `yield from` finished with value (borrowed) outside the SEND
 * loop (throw()): drop it and resume the generator after the loop with value. */
static int gen_finish_yield_from(GpGen *g, GpObject *value, GpObject **out) {
    GpFrame *f = g->frame;
    GpCode *co = f->code;
    int jump, exit_, op = decode_at(f->ip, &jump);
    if (op != OP_JUMP || jump < 0 || jump >= co->ncode ||
        decode_at(co->code + jump, &exit_) != OP_SEND || exit_ < 0 || exit_ >= co->ncode) {
        *out = NULL;
        err_set_str(&gp_exc_SystemError, "bad yield from loop");
        return GEN_ERROR;
    }
    GpObject *it = *--f->sp;
    gp_decref(it);
    f->ip = co->code + exit_;
    return gen_send_ex((GpObject *)g, value, out);
}

/* Closes a `yield from` delegate: gen.close(), or its close method if it has one. */
static int close_iter(GpObject *yf) {
    GpObject *r;
    if (GEN_CHECK(yf)) {
        r = gen_close(yf, NULL, 0, NULL);
    } else {
        GpObject *name = str_intern_cstr("close");
        if (!name)
            return -1;
        GpObject *meth = obj_lookup_attr(yf, name);
        gp_decref(name);
        if (!meth)
            return err_occurred() ? -1 : 0;
        r = obj_call0(meth);
        gp_decref(meth);
    }
    if (!r)
        return -1;
    gp_decref(r);
    return 0;
}

static inline int is_exc_class(GpObject *o) {
    return (GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS) && EXC_TYPE_CHECK(o);
}

/* Makes the exception described by throw()'s arguments pending. 0 or -1. */
static int throw_normalize(GpObject *typ, GpObject *val, GpObject *tb) {
    GpObject *exc;
    if (is_exc_class(typ)) {
        if (val && obj_is_instance_of(val, (GpType *)typ))
            exc = gp_newref(val);
        else if (!val)
            exc = obj_call0(typ);
        else if (GP_TYPE(val) == &gp_type_tuple)
            exc = obj_call(typ, ((GpTuple *)val)->items, TUPLE_SIZE(val), NULL);
        else
            exc = obj_call1(typ, val);
        if (!exc)
            return -1;
        if (!EXC_CHECK(exc)) {
            err_format(&gp_exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %s",
                       typ, obj_type_name(exc));
            gp_decref(exc);
            return -1;
        }
    } else if (EXC_CHECK(typ)) {
        if (val) {
            err_set_str(&gp_exc_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        exc = gp_newref(typ);
    } else {
        err_format(&gp_exc_TypeError,
                   "exceptions must be classes or instances deriving from BaseException, not %s",
                   obj_type_name(typ));
        return -1;
    }
    if (tb)
        exc_set_traceback(exc, tb);
    err_restore(exc);
    return 0;
}

static GpObject *gen_throw_ex(GpGen *g, GpObject *typ, GpObject *val, GpObject *tb) {
    GpObject *yf = gen_delegate(g), *out;
    if (yf) {
        gp_incref(yf);
        GpObject *ret;
        if (err_given_matches(typ, (GpObject *)&gp_exc_GeneratorExit)) {
            /* Close the delegate first, then throw GeneratorExit here. */
            g->state = GS_RUNNING;
            int err = close_iter(yf);
            g->state = GS_SUSPENDED;
            gp_decref(yf);
            if (err < 0)
                return gen_result(gen_send_ex((GpObject *)g, NULL, &out), &out);
            goto throw_here;
        }
        g->state = GS_RUNNING;
        if (GEN_CHECK(yf)) {
            ret = gen_throw_ex((GpGen *)yf, typ, val, tb);
        } else {
            GpObject *name = str_intern_cstr("throw");
            GpObject *meth = name ? obj_lookup_attr(yf, name) : NULL;
            gp_xdecref(name);
            if (!meth) {
                g->state = GS_SUSPENDED;
                gp_decref(yf);
                if (err_occurred())
                    return gen_result(gen_send_ex((GpObject *)g, NULL, &out), &out);
                goto throw_here;
            }
            GpObject *args[3] = {typ, val ? val : GP_NONE, tb ? tb : GP_NONE};
            ret = obj_call(meth, args, tb ? 3 : val ? 2 : 1, NULL);
            gp_decref(meth);
        }
        g->state = GS_SUSPENDED;
        gp_decref(yf);
        if (!ret) {
            if (err_matches(&gp_exc_StopIteration)) {
                GpObject *exc = err_fetch();
                GpObject *v = gp_newref(exc_value_of(exc));
                gp_decref(exc);
                int r = gen_finish_yield_from(g, v, &out);
                gp_decref(v);
                return gen_result(r, &out);
            }
            return gen_result(gen_send_ex((GpObject *)g, NULL, &out), &out);
        }
        return ret;
    }
throw_here:
    if (throw_normalize(typ, val, tb) < 0)
        return NULL;
    return gen_result(gen_send_ex((GpObject *)g, NULL, &out), &out);
}

/* ---- Methods ---- */

static GpObject *gen_iternext(GpObject *self) {
    GpObject *out;
    int r = gen_send_ex(self, GP_NONE, &out);
    if (r == GEN_YIELD)
        return out;
    if (r == GEN_RETURN)
        gp_decref(out);
    return NULL;
}

GpObject *gen_next_stop(GpObject *self) {
    GpObject *out;
    int r = gen_send_ex(self, GP_NONE, &out);
    if (r == GEN_YIELD)
        return out;
    if (r == GEN_RETURN) {
        if (out != GP_NONE)
            err_set_stop_iteration(out);
        gp_decref(out);
    }
    return NULL;
}

static GpObject *gen_iter(GpObject *self) { return gp_newref(self); }

static GpObject *gen_next_meth(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    GpObject *out;
    return gen_result(gen_send_ex(self, GP_NONE, &out), &out);
}

static GpObject *gen_iter_meth(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    return gp_newref(self);
}

static GpObject *gen_send(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)n, (void)kw;
    GpObject *out;
    return gen_result(gen_send_ex(self, a[0], &out), &out);
}

static GpObject *gen_throw(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)kw;
    if (n < 1)
        return err_format(&gp_exc_TypeError, "throw expected at least 1 argument, got %zd",
                          (ssize_t)n);
    if (n > 3)
        return err_format(&gp_exc_TypeError, "throw expected at most 3 arguments, got %zd",
                          (ssize_t)n);
    GpObject *val = n > 1 && a[1] != GP_NONE ? a[1] : NULL;
    GpObject *tb = n > 2 && a[2] != GP_NONE ? a[2] : NULL;
    if (tb && GP_TYPE(tb) != &gp_type_traceback)
        return err_set_str(&gp_exc_TypeError, "throw() third argument must be a traceback object");
    return gen_throw_ex((GpGen *)self, a[0], val, tb);
}

static GpObject *gen_close(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)a, (void)n, (void)kw;
    GpGen *g = (GpGen *)self;
    if (g->state == GS_COMPLETED)
        return gp_none();
    if (g->state == GS_CREATED) {
        g->state = GS_COMPLETED;
        return gp_none();
    }
    if (g->state == GS_RUNNING)
        return err_set_str(&gp_exc_ValueError, "generator already executing");
    GpObject *yf = gen_delegate(g), *out;
    int err = 0;
    if (yf) {
        gp_incref(yf);
        g->state = GS_RUNNING;
        err = close_iter(yf);
        g->state = GS_SUSPENDED;
        gp_decref(yf);
    }
    if (err == 0)
        err_set_object(&gp_exc_GeneratorExit, NULL);
    int r = gen_send_ex(self, NULL, &out);
    if (r == GEN_YIELD) {
        gp_decref(out);
        return err_set_str(&gp_exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (r == GEN_RETURN) {
        gp_decref(out);
        return gp_none();
    }
    if (err_matches(&gp_exc_StopIteration) || err_matches(&gp_exc_GeneratorExit)) {
        err_clear();
        return gp_none();
    }
    return NULL;
}

/* ---- Attributes ---- */

static GpObject *gen_get_name(GpObject *self) { return gp_newref(((GpGen *)self)->name); }
static GpObject *gen_get_qualname(GpObject *self) {
    return gp_newref(((GpGen *)self)->qualname);
}
static GpObject *gen_get_running(GpObject *self) {
    return (gp_bool(((GpGen *)self)->state == GS_RUNNING));
}
static GpObject *gen_get_suspended(GpObject *self) {
    return (gp_bool(((GpGen *)self)->state == GS_SUSPENDED));
}
static GpObject *gen_get_code(GpObject *self) {
    return gp_newref((GpObject *)((GpGen *)self)->code);
}
static GpObject *gen_get_yieldfrom(GpObject *self) {
    GpObject *yf = gen_delegate((GpGen *)self);
    return yf ? gp_newref(yf) : gp_none();
}
static GpObject *gen_get_frame(GpObject *self) {
    GpGen *g = (GpGen *)self;
    if (g->state == GS_COMPLETED || !g->frame->code)
        return gp_none();
    GpObject *fo = frame_object(g->frame);
    return fo ? gp_newref(fo) : NULL;
}

static int gen_set_name(GpObject *self, GpObject *value) {
    if (!value || !STR_CHECK(value)) {
        err_set_str(&gp_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    GP_SETREF(((GpGen *)self)->name, gp_newref(value));
    return 0;
}
static int gen_set_qualname(GpObject *self, GpObject *value) {
    if (!value || !STR_CHECK(value)) {
        err_set_str(&gp_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    GP_SETREF(((GpGen *)self)->qualname, gp_newref(value));
    return 0;
}

static GpObject *gen_repr(GpObject *self) {
    return str_from_format("<generator object %U at %p>", ((GpGen *)self)->qualname,
                           (void *)self);
}

/* The generator is dying while suspended: close it (its finally blocks run), reporting
 * an error as CPython's unraisable hook does. */
static void gen_finalize(GpObject *self) {
    GpObject *saved = err_fetch();
    GpObject *r = gen_close(self, NULL, 0, NULL);
    if (r) {
        gp_decref(r);
    } else {
        GpObject *exc = err_fetch();
        err_write_unraisable(exc, self);
        gp_xdecref(exc);
    }
    err_restore(saved);
}

int gen_clear_suspended_frame(GpFrame *f) {
    GpGen *g = (GpGen *)((char *)f - GEN_FRAME_OFFSET);
    if (g->state == GS_RUNNING)
        return 0;
    gp_incref((GpObject *)g);
    if (g->state == GS_SUSPENDED)
        gen_finalize((GpObject *)g);
    if (g->state != GS_RUNNING) {
        g->state = GS_COMPLETED;
        gen_clear_frame(g->frame);
        GP_CLEAR(g->exc_state);
    }
    gp_decref((GpObject *)g);
    return 1;
}

static void gen_dealloc(GpObject *self) {
    GpGen *g = (GpGen *)self;
    /* A long chain of generators (g = (x for x in g) many times) is freed in bounded C
     * stack. */
    if (list_trashcan_begin(self))
        return;
    if (g->state == GS_SUSPENDED) {
        self->refcnt = 1;   /* alive again while close() runs */
        gen_finalize(self);
        if (--self->refcnt != 0) {
            list_trashcan_end();
            return;         /* resurrected by its finally block */
        }
    }
    gen_clear_frame(g->frame);
    GP_CLEAR(g->code);
    GP_CLEAR(g->name);
    GP_CLEAR(g->qualname);
    GP_CLEAR(g->exc_state);
    obj_free(self);
    list_trashcan_end();
}

/* The cycle collector's clear slot: a suspended generator is closed first (its finally
 * blocks run, as CPython's finaliser does), then its frame lets go of everything. */
static GpObject *gen_clear(GpObject *self) {
    GpGen *g = (GpGen *)self;
    if (g->state == GS_RUNNING)
        return NULL;
    if (g->state == GS_SUSPENDED)
        gen_finalize(self);
    if (g->state != GS_RUNNING) {
        g->state = GS_COMPLETED;
        gen_clear_frame(g->frame);
        GP_CLEAR(g->exc_state);
    }
    return NULL;
}

static int gen_traverse(GpObject *self, VisitFn visit, void *arg) {
    GpGen *g = (GpGen *)self;
    GpFrame *f = g->frame;
    int r;
    if (f && f->code && g->state != GS_RUNNING) {
        for (GpObject **p = f->localsplus; p < f->sp; p++)
            if (*p && (r = visit(*p, arg)) != 0)
                return r;
        if (f->func && (r = visit(f->func, arg)) != 0)
            return r;
        if (f->locals && (r = visit(f->locals, arg)) != 0)
            return r;
        if (f->frameobj && (r = visit(f->frameobj, arg)) != 0)
            return r;
    }
    if (g->exc_state && (r = visit(g->exc_state, arg)) != 0)
        return r;
    return 0;
}

static GpMethodDef gen_methods[] = {
    {"send", gen_send, METH_O, NULL},
    {"throw", gen_throw, METH_VARARGS, NULL},
    {"close", gen_close, METH_NOARGS, NULL},
    {"__next__", gen_next_meth, METH_NOARGS, NULL},
    {"__iter__", gen_iter_meth, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpGetSetDef gen_getset[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"gi_running", gen_get_running, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_generator = {
    GP_TYPE_HEAD,
    .name = "generator",
    .basicsize = sizeof(GpGen),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .methods = gen_methods,
    .getset = gen_getset,
};
