/* frameobject.c — frame objects: the Python-visible face of a frame (tb_frame, gi_frame,
 * sys._getframe(), f_back), made on first use and kept by the frame until it ends.
 *
 * Invariants:
 * - A frame has at most one frame object (GpFrame.frameobj, an owned reference). While the
 *   frame runs or is suspended the object is *attached*: fo->frame points at it and every
 *   attribute reads the live frame; the object owns nothing else.
 * - When the frame ends (frame_pop, or a generator dropping an unfinished frame) and
 *   somebody else still holds the object, it is *detached*: it takes over the frame's code,
 *   globals, builtins, locals mapping and its fast locals and cells (moved, not copied, so
 *   they live exactly as long as the object, as in CPython), records the line, and keeps
 *   the caller's frame object as f_back. If nobody else holds it, it simply dies.
 * - Room for the fast locals and cells is allocated with the object, so detaching never
 *   allocates except for the caller's frame object (f_back).
 * - Making an object may run a collection: the pending exception is set aside meanwhile,
 *   so frame objects can be made while an exception unwinds.
 */
#include "code.h"
#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

typedef struct GpFrameObject {
    GP_HEAD;
    GpFrame *frame;          /* the live frame while attached, else NULL */
    GpObject *back;          /* owned caller's frame object once detached, or NULL */
    GpObject *code;          /* owned GpCode once detached */
    GpObject *globals;       /* owned once detached */
    GpObject *builtins;      /* owned once detached */
    GpObject *locals;        /* owned mapping of module/class/exec code, or NULL */
    GpObject *locals_dict;   /* owned: what locals() and f_locals give a function frame */
    int lineno;              /* the line it ended on, once detached */
    int lasti;               /* the code unit it ended on, once detached */
    int nslots;              /* nlocals + ncellvars + nfreevars */
    GpObject *slots[];       /* owned once detached, NULL allowed: the frame's localsplus */
} GpFrameObject;

/* The index of the running (or last run) code unit of a live frame. */
static int live_lasti(GpFrame *f) {
    intptr_t i = f->ip - f->code->code - 1;
    return i < 0 ? 0 : (int)i;
}

GpObject *frame_object(GpFrame *f) {
    if (f->frameobj)
        return f->frameobj;
    GpCode *co = f->code;
    int nslots = co->nlocals + co->ncellvars + co->nfreevars;
    GpObject *saved = err_fetch();
    GpFrameObject *fo = (GpFrameObject *)obj_new(
        &gp_type_frame, sizeof(GpFrameObject) + (size_t)nslots * sizeof(GpObject *));
    if (!fo) {
        if (saved) {
            err_clear();
            err_restore(saved);
        }
        return NULL;
    }
    err_restore(saved);
    /* A collection run by the allocation cannot have made one: frames are not
     * reachable from objects. */
    fo->frame = f;
    fo->nslots = nslots;
    f->frameobj = (GpObject *)fo;
    return (GpObject *)fo;
}

void frame_detach_object(GpFrame *f, int with_back) {
    GpFrameObject *fo = (GpFrameObject *)f->frameobj;
    f->frameobj = NULL;
    fo->frame = NULL;
    if (GP_REFCNT(fo) == 1) {
        gp_decref((GpObject *)fo);
        return;
    }
    GpCode *co = f->code;
    fo->code = gp_newref((GpObject *)co);
    fo->globals = gp_newref(f->globals);
    fo->builtins = gp_newref(f->builtins);
    fo->locals = f->locals ? gp_newref(f->locals) : NULL;
    fo->lasti = live_lasti(f);
    fo->lineno = code_line_at(co, fo->lasti);
    for (int i = 0; i < fo->nslots; i++) {
        fo->slots[i] = f->localsplus[i];
        f->localsplus[i] = NULL;
    }
    if (with_back && f->previous) {
        int pending = err_occurred() != NULL;
        GpObject *back = frame_object(f->previous);
        if (back)
            fo->back = gp_newref(back);
        else if (!pending)
            err_clear();   /* f_back is None rather than a stray MemoryError */
    }
    gp_decref((GpObject *)fo);
}

/* ---- The type ---- */

static void frameobj_dealloc(GpObject *self) {
    GpFrameObject *fo = (GpFrameObject *)self;
    /* Detached (an attached one is held by its frame): CPython's order, locals in slot
     * order, then the rest. */
    for (int i = 0; i < fo->nslots; i++)
        GP_CLEAR(fo->slots[i]);
    GP_CLEAR(fo->locals);
    GP_CLEAR(fo->locals_dict);
    GP_CLEAR(fo->back);
    GP_CLEAR(fo->builtins);
    GP_CLEAR(fo->globals);
    GP_CLEAR(fo->code);
    obj_free(self);
}

/* An attached object owns nothing but itself: the frame's contents belong to the frame
 * (a generator visits them itself). */
static int frameobj_traverse(GpObject *self, VisitFn visit, void *arg) {
    GpFrameObject *fo = (GpFrameObject *)self;
    GP_VISIT(fo->locals_dict);
    if (fo->frame)
        return 0;
    for (int i = 0; i < fo->nslots; i++)
        GP_VISIT(fo->slots[i]);
    GP_VISIT(fo->locals);
    GP_VISIT(fo->back);
    GP_VISIT(fo->globals);
    GP_VISIT(fo->builtins);
    GP_VISIT(fo->code);
    return 0;
}

/* Drops a finished frame's locals (frame.clear() keeps f_back, as CPython). */
static void clear_contents(GpFrameObject *fo) {
    GP_CLEAR(fo->locals_dict);
    if (fo->frame)
        return;
    for (int i = 0; i < fo->nslots; i++)
        GP_CLEAR(fo->slots[i]);
    GP_CLEAR(fo->locals);
}

static GpObject *frameobj_clear(GpObject *self) {
    clear_contents((GpFrameObject *)self);
    GP_CLEAR(((GpFrameObject *)self)->back);
    return NULL;
}

/* frame.clear(): drops a finished frame's locals; a live one cannot be cleared. */
static GpObject *frameobj_clear_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                     GpObject *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    GpFrameObject *fo = (GpFrameObject *)self;
    if (fo->frame && !((fo->frame->is_entry & FRAME_GEN) &&
                       gen_clear_suspended_frame(fo->frame)))
        return err_set_str(&gp_exc_RuntimeError, "cannot clear an executing frame");
    clear_contents(fo);
    return gp_none();
}

static GpCode *fo_code(GpFrameObject *fo) {
    return fo->frame ? fo->frame->code : (GpCode *)fo->code;
}

static GpObject *frameobj_lineno(GpObject *self) {
    GpFrameObject *fo = (GpFrameObject *)self;
    if (fo->frame)
        return int_from_i64(code_line_at(fo->frame->code, live_lasti(fo->frame)));
    return int_from_i64(fo->lineno);
}

static GpObject *frameobj_lasti(GpObject *self) {
    GpFrameObject *fo = (GpFrameObject *)self;
    return int_from_i64(2 * (int64_t)(fo->frame ? live_lasti(fo->frame) : fo->lasti));
}

static GpObject *frameobj_code(GpObject *self) {
    return gp_newref((GpObject *)fo_code((GpFrameObject *)self));
}

static GpObject *frameobj_globals(GpObject *self) {
    GpFrameObject *fo = (GpFrameObject *)self;
    GpObject *g = fo->frame ? fo->frame->globals : fo->globals;
    return gp_newref(g ? g : GP_NONE);
}

static GpObject *frameobj_builtins(GpObject *self) {
    GpFrameObject *fo = (GpFrameObject *)self;
    GpObject *b = fo->frame ? fo->frame->builtins : fo->builtins;
    return gp_newref(b ? b : GP_NONE);
}

/* The dict a function frame's locals() and f_locals give: one per frame, brought up to
 * date with the fast locals and cells at each call (bound ones set, unbound ones removed;
 * other keys, such as what exec() stored there, stay), as CPython's FastToLocals. New
 * reference, or NULL. */
static GpObject *sync_locals_dict(GpFrameObject *fo) {
    GpCode *co = fo_code(fo);
    GpObject *const *slots = fo->frame ? fo->frame->localsplus : fo->slots;
    if (!fo->locals_dict && !(fo->locals_dict = dict_new()))
        return NULL;
    GpObject *d = gp_newref(fo->locals_dict);
    for (int i = 0; i < fo->nslots && co; i++) {
        GpObject *v = slots[i], *name;
        if (i < co->nlocals) {
            name = TUPLE_ITEM(co->varnames, i);
        } else {
            int j = i - co->nlocals;
            name = j < co->ncellvars ? TUPLE_ITEM(co->cellvars, j)
                                     : TUPLE_ITEM(co->freevars, j - co->ncellvars);
            v = v ? ((GpCell *)v)->ref : NULL;
        }
        if (v ? dict_setitem(d, name, v) < 0
              : dict_delitem(d, name) < 0 && !err_matches(&gp_exc_KeyError))
            goto error;
        err_clear();
    }
    return d;
error:
    gp_decref(d);
    return NULL;
}

/* The frame's own locals mapping (module, class, exec code), or its locals dict. */
static GpObject *frameobj_locals(GpObject *self) {
    GpFrameObject *fo = (GpFrameObject *)self;
    GpObject *mapping = fo->frame ? fo->frame->locals : fo->locals;
    return mapping ? gp_newref(mapping) : sync_locals_dict(fo);
}

GpObject *frame_locals(GpFrame *f) {
    if (f->locals)
        return gp_newref(f->locals);
    GpObject *fo = frame_object(f);
    return fo ? sync_locals_dict((GpFrameObject *)fo) : NULL;
}

static GpObject *frameobj_back(GpObject *self) {
    GpFrameObject *fo = (GpFrameObject *)self;
    if (!fo->frame)
        return gp_newref(fo->back ? fo->back : GP_NONE);
    if (!fo->frame->previous)
        return gp_none();
    GpObject *back = frame_object(fo->frame->previous);
    return back ? gp_newref(back) : NULL;
}

static GpObject *frameobj_repr(GpObject *self) {
    GpFrameObject *fo = (GpFrameObject *)self;
    GpCode *co = fo_code(fo);
    int line = fo->frame ? code_line_at(co, live_lasti(fo->frame)) : fo->lineno;
    return str_from_format("<frame at %p, file '%U', line %d, code %U>", (void *)self,
                           co->filename, line, co->name);
}

static GpGetSetDef frameobj_getset[] = {
    {"f_lineno", frameobj_lineno, NULL, NULL},
    {"f_lasti", frameobj_lasti, NULL, NULL},
    {"f_code", frameobj_code, NULL, NULL},
    {"f_globals", frameobj_globals, NULL, NULL},
    {"f_builtins", frameobj_builtins, NULL, NULL},
    {"f_locals", frameobj_locals, NULL, NULL},
    {"f_back", frameobj_back, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static GpMethodDef frameobj_methods[] = {
    {"clear", frameobj_clear_meth, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_frame = {
    GP_TYPE_HEAD,
    .name = "frame",
    .basicsize = sizeof(GpFrameObject),
    .flags = TPFLAG_GC,
    .base = &gp_type_object,
    .dealloc = frameobj_dealloc,
    .repr = frameobj_repr,
    .traverse = frameobj_traverse,
    .clear = frameobj_clear,
    .getset = frameobj_getset,
    .methods = frameobj_methods,
};

/* sys._getframe([depth]): the frame object depth calls up from the caller. */
GpObject *frame_sys_getframe(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    (void)self;
    int64_t depth = 0;
    if (kwnames && TUPLE_SIZE(kwnames))
        return err_set_str(&gp_exc_TypeError, "sys._getframe() takes no keyword arguments");
    if (nargs > 1)
        return err_format(&gp_exc_TypeError, "_getframe expected at most 1 argument, got %zd",
                          nargs);
    if (nargs == 1) {
        if (!INT_CHECK(args[0]))
            return err_format(&gp_exc_TypeError,
                              "'%T' object cannot be interpreted as an integer", args[0]);
        if (int_to_i64(args[0], &depth) < 0 || depth > INT32_MAX || depth < INT32_MIN) {
            err_clear();
            return err_set_str(&gp_exc_OverflowError,
                               "Python int too large to convert to C int");
        }
    }
    GpFrame *f = gp_interp->frame;
    for (; f && depth > 0; depth--)
        f = f->previous;
    if (!f)
        return err_set_str(&gp_exc_ValueError, "call stack is not deep enough");
    GpObject *fo = frame_object(f);
    return fo ? gp_newref(fo) : NULL;
}
