/* compile.h — source text to code object: parse (parser.h), symbol tables (symtable.c),
 * code generation (compiler.c). One call is one compiled unit (DESIGN.md §1).
 */
#ifndef GP_COMPILE_H
#define GP_COMPILE_H

#include <stdio.h>

#include "ast.h"
#include "object.h"

/* Compiles src[0..len) read from filename ("<stdin>", "<string>", "x.py"). Returns a new
 * reference to the module-level code object, or NULL with SyntaxError / IndentationError /
 * TabError / MemoryError / RecursionError set. If incomplete is not NULL, *incomplete is set
 * to 1 when the error is only that the input ended too early (the REPL reads more). */
GpObject *compile_source(const char *src, size_t len, const char *filename, ParseMode mode,
                         int *incomplete);

/* Writes a disassembly of co and every code object in its constants (disasm.c), in the
 * style of CPython's dis module: line numbers, offsets, opcode names, opargs and their
 * meaning in parentheses, jump targets marked with >>, then the exception table. */
void disasm_code(GpObject *co, FILE *out);

#endif
