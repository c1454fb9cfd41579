/* code.c — code objects (the compiler's output, immutable once built) and the opcode tables
 * derived from opcodes.def: names, argument kinds, stack effects.
 *
 * Invariants: a GpCode owns its arrays (code, lines, exctable, cell2arg: mem_alloc'd) and
 * one reference to each object field; everything is released by its dealloc. The tables
 * below are generated from opcodes.def (X-macro), never written by hand.
 */
#include <string.h>

#include "code.h"
#include "errors.h"
#include "mem/alloc.h"
#include "objects/int.h"
#include "objects/str.h"

const char *const opcode_names[OP_COUNT] = {
#define OP(name, argkind, effect, jump_effect) #name,
#include "opcodes.def"
#undef OP
};

const unsigned char opcode_argkind[OP_COUNT] = {
#define OP(name, argkind, effect, jump_effect) argkind,
#include "opcodes.def"
#undef OP
};

int opcode_stack_effect(int op, int oparg, int jump) {
    switch (op) {
#define OP(name, argkind, effect, jump_effect)                                                    \
    case OP_##name:                                                                               \
        return jump ? (jump_effect) : (effect);
#include "opcodes.def"
#undef OP
    default:
        (void)oparg;
        return 0;
    }
}

GpCode *code_alloc(void) { return (GpCode *)obj_new(&gp_type_code, sizeof(GpCode)); }

int code_line_at(const GpCode *co, intptr_t i) {
    if (!co->lines || i < 0 || i >= co->ncode)
        return 0;
    return co->lines[i];
}

static void code_dealloc(GpObject *self) {
    GpCode *co = (GpCode *)self;
    mem_free(co->code);
    mem_free(co->lines);
    mem_free(co->exctable);
    mem_free(co->cell2arg);
    gp_xdecref(co->consts);
    gp_xdecref(co->names);
    gp_xdecref(co->varnames);
    gp_xdecref(co->cellvars);
    gp_xdecref(co->freevars);
    gp_xdecref(co->filename);
    gp_xdecref(co->name);
    gp_xdecref(co->qualname);
    obj_free(self);
}

static GpObject *code_repr(GpObject *self) {
    GpCode *co = (GpCode *)self;
    if (co->filename && co->name)
        return str_from_format("<code object %U at %p, file \"%U\", line %d>", co->name,
                               (void *)co, co->filename, co->firstlineno);
    return str_from_format("<code object at %p>", (void *)co);
}

static int64_t code_hash(GpObject *self) {
    int64_t h = (int64_t)((uintptr_t)self >> 4);
    return h == -1 ? -2 : h;
}

/* ---- Attributes (co_*) ---- */

#define CODE_OBJ_GETTER(field)                                                                    \
    static GpObject *get_##field(GpObject *self) {                                                \
        GpObject *o = ((GpCode *)self)->field;                                                    \
        return o ? gp_newref(o) : gp_none();                                                      \
    }
CODE_OBJ_GETTER(consts)
CODE_OBJ_GETTER(names)
CODE_OBJ_GETTER(varnames)
CODE_OBJ_GETTER(cellvars)
CODE_OBJ_GETTER(freevars)
CODE_OBJ_GETTER(filename)
CODE_OBJ_GETTER(name)
CODE_OBJ_GETTER(qualname)

#define CODE_INT_GETTER(field)                                                                    \
    static GpObject *get_##field(GpObject *self) { return int_from_i64(((GpCode *)self)->field); }
CODE_INT_GETTER(argcount)
CODE_INT_GETTER(posonlyargcount)
CODE_INT_GETTER(kwonlyargcount)
CODE_INT_GETTER(nlocals)
CODE_INT_GETTER(stacksize)
CODE_INT_GETTER(flags)
CODE_INT_GETTER(firstlineno)

static GpGetSetDef code_getset[] = {
    {"co_consts", get_consts, NULL, NULL},
    {"co_names", get_names, NULL, NULL},
    {"co_varnames", get_varnames, NULL, NULL},
    {"co_cellvars", get_cellvars, NULL, NULL},
    {"co_freevars", get_freevars, NULL, NULL},
    {"co_filename", get_filename, NULL, NULL},
    {"co_name", get_name, NULL, NULL},
    {"co_qualname", get_qualname, NULL, NULL},
    {"co_argcount", get_argcount, NULL, NULL},
    {"co_posonlyargcount", get_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", get_kwonlyargcount, NULL, NULL},
    {"co_nlocals", get_nlocals, NULL, NULL},
    {"co_stacksize", get_stacksize, NULL, NULL},
    {"co_flags", get_flags, NULL, NULL},
    {"co_firstlineno", get_firstlineno, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* code.__sizeof__: honest (DESIGN.md §2.4): the object's block and the arrays it owns. */
static GpObject *code_sizeof(GpObject *self, GpObject *const *args, intptr_t nargs,
                             GpObject *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    GpCode *co = (GpCode *)self;
    size_t n = obj_alloc_size(self) + mem_size(co->code) + mem_size(co->lines) +
               mem_size(co->exctable) + mem_size(co->cell2arg);
    return int_from_i64((int64_t)n);
}

static GpMethodDef code_methods[] = {
    {"__sizeof__", code_sizeof, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GpType gp_type_code = {
    GP_TYPE_HEAD,
    .name = "code",
    .basicsize = sizeof(GpCode),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .hash = code_hash,
    .getset = code_getset,
    .methods = code_methods,
};
