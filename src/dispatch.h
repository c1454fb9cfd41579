/* dispatch.h — the eval loop's instruction dispatch, written once for two builds: computed
 * goto (gcc/clang: a label table generated from opcodes.def) or, when GP_SWITCH_DISPATCH
 * is defined or the compiler lacks `&&label`, a `switch` in a loop. Included by vm.c only.
 *
 * The macros use the eval loop's locals: `ip` (GpCodeUnit *, the next unit), `frame`
 * (the running GpFrame, whose ip is stored at each instruction so tracebacks and
 * vm_current_line see it), `opcode` and `oparg` (int).
 *
 *   DISPATCH_BEGIN              opens the instruction bodies
 *   TARGET(NAME) { ... }        one instruction body
 *   DISPATCH()                  fetch the next instruction and jump to it
 *   DISPATCH_SAME_OPARG()       jump to `opcode` keeping `oparg` (EXTENDED_ARG)
 *   DISPATCH_END                closes them (unknown opcodes go to the `unknown_opcode` label)
 *   DISPATCH_TABLE_PUSH_ / _POP_ bracket vm.c's label table (computed goto only)
 */
#ifndef GP_DISPATCH_H
#define GP_DISPATCH_H

#if defined(__GNUC__) && !defined(GP_SWITCH_DISPATCH)
#define GP_COMPUTED_GOTO 1
#else
#define GP_COMPUTED_GOTO 0
#endif

/* Fetches the unit at ip and advances. */
#define NEXTOPARG()                       \
    do {                                  \
        GpCodeUnit word_ = *ip++;         \
        opcode = CU_OP(word_);            \
        oparg = CU_ARG(word_);            \
        frame->ip = ip;                   \
    } while (0)

#if GP_COMPUTED_GOTO

/* vm.c builds the label table from opcodes.def between these: a range initialiser sends
 * every byte to unknown_opcode, then each opcode's entry overrides it, on purpose. */
#if defined(__clang__)
#define DISPATCH_TABLE_PUSH_ _Pragma("clang diagnostic push") \
    _Pragma("clang diagnostic ignored \"-Winitializer-overrides\"")
#define DISPATCH_TABLE_POP_ _Pragma("clang diagnostic pop")
#else
#define DISPATCH_TABLE_PUSH_ _Pragma("GCC diagnostic push") \
    _Pragma("GCC diagnostic ignored \"-Woverride-init\"")
#define DISPATCH_TABLE_POP_ _Pragma("GCC diagnostic pop")
#endif

#define TARGET(name) TARGET_##name:
#define DISPATCH()                         \
    do {                                   \
        NEXTOPARG();                       \
        goto *dispatch_table[opcode];      \
    } while (0)
#define DISPATCH_SAME_OPARG() goto *dispatch_table[opcode]
#define DISPATCH_BEGIN
#define DISPATCH_END

#else /* switch dispatch */

#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch_next_
#define DISPATCH_SAME_OPARG() goto dispatch_opcode_
#define DISPATCH_BEGIN      \
    dispatch_next_:         \
    NEXTOPARG();            \
    dispatch_opcode_:       \
    switch (opcode) {
#define DISPATCH_END              \
    default:                      \
        goto unknown_opcode;      \
    }

#endif

#endif
