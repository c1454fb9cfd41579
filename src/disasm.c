/* disasm.c — the disassembler (`glasspy --dis`), in the layout of CPython 3.11's
 * `python3 -m dis`: line number column, `>>` on jump targets and exception handlers, byte
 * offsets (unit index * 2), opcode name, oparg and its meaning in parentheses; then the
 * exception table; then every nested code object.
 *
 * Invariants: read-only over the code object; repr failures are cleared and shown as "?".
 */
#include <stdio.h>
#include <string.h>

#include "compile.h"
#include "code.h"
#include "errors.h"
#include "mem/alloc.h"
#include "objects/str.h"
#include "objects/tuple.h"

#define OPNAME_WIDTH 20
#define OPARG_WIDTH 5

static int digits(long v) {
    int n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

static void add_repr(StrBuf *sb, GpObject *o) {
    GpObject *r = obj_repr(o);
    if (!r) {
        err_clear();
        sb_append_cstr(sb, "?");
        return;
    }
    sb_append_str(sb, r);
    gp_decref(r);
}

static void add_str_item(StrBuf *sb, GpObject *tuple, intptr_t i) {
    if (tuple && i >= 0 && i < TUPLE_SIZE(tuple))
        sb_append_str(sb, TUPLE_ITEM(tuple, i));
    else
        sb_append_cstr(sb, "?");
}

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

/* The meaning of an instruction's oparg ("" if it has none shown). */
static void add_argrepr(StrBuf *sb, GpCode *co, int op, unsigned arg) {
    switch (opcode_argkind[op]) {
    case ARG_CONST:
        if (co->consts && arg < (unsigned)TUPLE_SIZE(co->consts))
            add_repr(sb, TUPLE_ITEM(co->consts, arg));
        else
            sb_append_cstr(sb, "?");
        return;
    case ARG_NAME:
        add_str_item(sb, co->names, arg);
        return;
    case ARG_LOCAL:
        add_str_item(sb, co->varnames, arg);
        return;
    case ARG_FREE:
        if (arg < (unsigned)co->ncellvars)
            add_str_item(sb, co->cellvars, arg);
        else
            add_str_item(sb, co->freevars, (intptr_t)arg - co->ncellvars);
        return;
    case ARG_JUMP:
        sb_printf(sb, "to %u", arg * 2);
        return;
    case ARG_BINOP:
        sb_append_cstr(sb, binop_symbol((int)arg));
        return;
    case ARG_CMP:
        if (arg < 6)
            sb_append_cstr(sb, cmp_symbols[arg]);
        return;
    default:
        break;
    }
    if (op == OP_FORMAT_VALUE) {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        const char *c = conv[arg & 3];
        sb_append_cstr(sb, c);
        if (arg & 4)
            sb_printf(sb, "%swith format", *c ? ", " : "");
    } else if (op == OP_MAKE_FUNCTION) {
        static const char *const names[] = {"defaults", "kwdefaults", "annotations", "closure"};
        const char *sep = "";
        for (int i = 0; i < 4; i++) {
            if (arg & (1u << i)) {
                sb_printf(sb, "%s%s", sep, names[i]);
                sep = ", ";
            }
        }
    }
}

static void print_repr(GpObject *o, FILE *out) {
    StrBuf sb = STRBUF_INIT;
    add_repr(&sb, o);
    if (!sb.failed && sb.data)
        fwrite(sb.data, 1, (size_t)sb.len, out);
    sb_discard(&sb);
    err_clear();
}

static void disassemble(GpCode *co, FILE *out) {
    intptr_t n = co->ncode;
    char *is_target = mem_calloc((size_t)(n ? n : 1), 1);
    if (!is_target) {
        fputs("(out of memory)\n", out);
        return;
    }
    int maxline = 0;
    unsigned ext = 0;
    for (intptr_t i = 0; i < n; i++) {
        int op = CU_OP(co->code[i]);
        unsigned arg = CU_ARG(co->code[i]) | ext;
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        if (op < OP_COUNT && opcode_argkind[op] == ARG_JUMP && arg < (unsigned)n)
            is_target[arg] = 1;
        if (co->lines && co->lines[i] > maxline)
            maxline = co->lines[i];
    }
    for (int i = 0; i < co->nexc; i++)
        if (co->exctable[i].target >= 0 && co->exctable[i].target < n)
            is_target[co->exctable[i].target] = 1;
    int line_width = maxline >= 1000 ? digits(maxline) : 3;
    long maxoffset = (long)(n - 1) * 2;
    int offset_width = maxoffset >= 10000 ? digits(maxoffset) : 4;

    int prev_line = -1;
    ext = 0;
    for (intptr_t i = 0; i < n; i++) {
        int op = CU_OP(co->code[i]);
        unsigned arg = CU_ARG(co->code[i]) | ext;
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        int line = co->lines ? co->lines[i] : 0;
        int starts = line > 0 && line != prev_line;
        if (line > 0)
            prev_line = line;
        if (starts && i > 0)
            fputc('\n', out);
        if (starts)
            fprintf(out, "%*d", line_width, line);
        else
            fprintf(out, "%*s", line_width, "");
        fprintf(out, "     %s %*ld ", is_target[i] ? ">>" : "  ", offset_width, (long)i * 2);
        const char *name = op < OP_COUNT ? opcode_names[op] : "<invalid>";
        int has_arg = op < OP_COUNT && opcode_argkind[op] != ARG_NONE;
        if (!has_arg) {
            fprintf(out, "%s\n", name);
            continue;
        }
        fprintf(out, "%-*s %*u", OPNAME_WIDTH, name, OPARG_WIDTH, arg);
        if (op != OP_EXTENDED_ARG) {
            StrBuf sb = STRBUF_INIT;
            add_argrepr(&sb, co, op, arg);
            if (!sb.failed && sb.len > 0) {
                fputs(" (", out);
                fwrite(sb.data, 1, (size_t)sb.len, out);
                fputc(')', out);
            }
            sb_discard(&sb);
            err_clear();
        }
        fputc('\n', out);
    }
    if (co->nexc) {
        fputs("ExceptionTable:\n", out);
        for (int i = 0; i < co->nexc; i++) {
            GpExcEntry *e = &co->exctable[i];
            fprintf(out, "  %d to %d -> %d [%d]\n", e->start * 2, (e->end - 1) * 2,
                    e->target * 2, e->depth);
        }
    }
    mem_free(is_target);
}

void disasm_code(GpObject *code, FILE *out) {
    GpCode *co = (GpCode *)code;
    disassemble(co, out);
    if (!co->consts)
        return;
    for (intptr_t i = 0; i < TUPLE_SIZE(co->consts); i++) {
        GpObject *k = TUPLE_ITEM(co->consts, i);
        if (!CODE_CHECK(k))
            continue;
        fputs("\nDisassembly of ", out);
        print_repr(k, out);
        fputs(":\n", out);
        disasm_code(k, out);
    }
}
