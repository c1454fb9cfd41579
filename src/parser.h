/* parser.h — source text to AST: the lexer and the recursive-descent parser.
 *
 * The parser knows nothing of objects: errors come back as a ParseError value that the
 * caller (compile driver) turns into a SyntaxError / IndentationError / TabError exception.
 */
#ifndef GP_PARSER_H
#define GP_PARSER_H

#include "ast.h"

typedef enum {
    PE_SYNTAX,       /* SyntaxError */
    PE_INDENT,       /* IndentationError */
    PE_TAB,          /* TabError */
    PE_INCOMPLETE,   /* the input ended inside an open construct (bracket, triple-quoted
                        string, block needing a body, backslash continuation): the REPL
                        reads another line instead of reporting it. The message is still
                        filled with what CPython would report at end of file. (MODE_SINGLE
                        only; an input ending with an empty line ends its compound
                        statement there, as at CPython's prompt, so a missing body is
                        then reported as the error it is.) */
    PE_NOMEM,        /* out of memory: the caller raises MemoryError */
    PE_TOODEEP       /* nesting too deep for the parser: the caller raises RecursionError
                        ("maximum recursion depth exceeded during compilation") or
                        SyntaxError("too many nested parentheses") as msg says */
} ParseErrorKind;

typedef struct {
    ParseErrorKind kind;
    char msg[256];         /* CPython 3.11's message text, e.g. "invalid syntax",
                              "'(' was never closed", "expected ':'" */
    int lineno;            /* 1-based */
    int col;               /* 1-based column in characters (code points), as
                              SyntaxError.offset; 0 if unknown */
    int end_lineno, end_col;
    char *text;            /* malloc'd copy of the offending source line (with its '\n'
                              if it had one), or NULL; the caller frees it with free() */
} ParseError;

/* Parses src[0..len) (UTF-8; a leading UTF-8 BOM is skipped). Returns the module, owned by
 * arena, or NULL with *err filled. filename is only used in messages. */
Mod *parse_source(Arena *arena, const char *src, size_t len, ParseMode mode,
                  const char *filename, ParseError *err);

#endif
