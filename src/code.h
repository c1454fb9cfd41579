/* code.h — code objects: the compiler's output and the VM's input, immutable once built.
 *
 * Invariants:
 * - code[] holds 16-bit units: opcode in the low byte, oparg in the high byte; EXTENDED_ARG
 *   units prefix larger opargs. Jump targets are absolute unit indexes.
 * - A frame's fast slots are: nlocals locals (varnames: arguments first, in the order
 *   posonly, positional, keyword-only, *args, **kwargs), then ncellvars cells, then
 *   nfreevars free cells (ARG_FREE opargs index from the first cell), then the value stack.
 * - consts is deduplicated per compiled unit (DESIGN.md §1) and shared by nested code.
 * - exctable entries cover [start, end) in units; an exception raised there pops the
 *   stack to `depth` items, pushes the exception and jumps to `target`. Entries are
 *   innermost-first for overlapping ranges (the VM takes the first that covers).
 */
#ifndef GP_CODE_H
#define GP_CODE_H

#include "object.h"

typedef uint16_t GpCodeUnit;
#define CU_OP(u) ((u) & 0xFF)
#define CU_ARG(u) ((u) >> 8)
#define CU_MAKE(op, arg) ((GpCodeUnit)((op) | ((arg) << 8)))

typedef enum {
#define OP(name, argkind, effect, jump_effect) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT
} GpOpcode;

typedef enum { ARG_NONE, ARG_INT, ARG_CONST, ARG_NAME, ARG_LOCAL, ARG_FREE, ARG_JUMP,
               ARG_BINOP, ARG_CMP } GpArgKind;

extern const char *const opcode_names[OP_COUNT];
extern const unsigned char opcode_argkind[OP_COUNT];
/* Net stack effect of op with oparg, when falling through (jump=0) or jumping (jump=1). */
int opcode_stack_effect(int op, int oparg, int jump);

enum {
    CO_OPTIMIZED = 0x1,      /* locals are fast slots (functions) */
    CO_NEWLOCALS = 0x2,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
};

typedef struct GpExcEntry {
    int32_t start, end;      /* [start, end) in code units */
    int32_t target;          /* handler */
    int32_t depth;           /* stack depth to keep */
} GpExcEntry;

typedef struct GpCode {
    GP_HEAD;
    GpCodeUnit *code;
    intptr_t ncode;
    int32_t *lines;          /* lines[i]: source line of unit i (0: none) */
    GpExcEntry *exctable;
    int nexc;
    GpObject *consts;        /* tuple */
    GpObject *names;         /* tuple of str: globals, attributes, imports */
    GpObject *varnames;      /* tuple of str: the locals */
    GpObject *cellvars;      /* tuple of str */
    GpObject *freevars;      /* tuple of str */
    int16_t *cell2arg;       /* per cellvar: index of the argument it starts from, or -1; NULL if none */
    GpObject *filename;      /* str */
    GpObject *name;          /* str: "f", "<module>", "<lambda>", "<listcomp>" */
    GpObject *qualname;      /* str: "outer.<locals>.f" */
    int argcount;            /* positional parameters incl. posonly */
    int posonlyargcount;
    int kwonlyargcount;
    int nlocals;
    int ncellvars, nfreevars;
    int stacksize;
    int flags;               /* CO_* */
    int firstlineno;
} GpCode;

extern GpType gp_type_code;
#define CODE_CHECK(o) (GP_TYPE(o) == &gp_type_code)

/* A zeroed code object for the compiler to fill in (it owns every field given; the
 * arrays are mem_alloc'd). New reference. */
GpCode *code_alloc(void);
/* The source line of code unit i. */
int code_line_at(const GpCode *co, intptr_t i);

#endif
