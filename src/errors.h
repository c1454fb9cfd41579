/* errors.h — the pending exception, raising helpers, exception objects and tracebacks.
 *
 * Invariants:
 * - At most one exception is pending (gp_interp->exc, a normalised exception instance).
 *   A function that fails sets it and returns NULL / -1; a function that handles it clears
 *   it. Setting a new one while one is pending replaces it (the old one is dropped).
 * - Raising inside an `except` block chains implicitly: the VM sets __context__ from the
 *   handled exception (gp_interp->handled_exc) when an exception starts propagating.
 * - Tracebacks are prepended frame by frame as the exception unwinds (traceback_here), so
 *   the chain runs from the outermost frame to the one that raised.
 */
#ifndef GP_ERRORS_H
#define GP_ERRORS_H

#include <stdio.h>

#include "object.h"

/* The exception types: gp_exc_ValueError etc. (exceptions.def). */
#define EXC(name, base) extern GpType gp_exc_##name;
#include "exceptions.def"
#undef EXC

/* Every built-in exception instance (subclasses add fields after these). */
typedef struct GpException {
    GP_HEAD;
    GpObject *dict;          /* instance __dict__ or NULL (for user subclasses, issue 6) */
    GpObject *args;          /* tuple */
    GpObject *traceback;     /* GpTraceback or NULL */
    GpObject *context;       /* __context__ or NULL */
    GpObject *cause;         /* __cause__ or NULL */
    char suppress_context;   /* __suppress_context__ */
} GpException;

/* SyntaxError and subclasses. */
typedef struct GpSyntaxError {
    GpException base;
    GpObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset; /* or NULL */
} GpSyntaxError;

/* StopIteration (value), SystemExit (code) keep their extra field here; NULL means None. */
typedef struct GpExcValue {
    GpException base;
    GpObject *value;
} GpExcValue;

/* One traceback entry: a frame's code object and the line it was executing. */
typedef struct GpTraceback {
    GP_HEAD;
    GpObject *next;          /* the entry of the frame it called, or NULL */
    GpObject *code;          /* GpCode */
    GpObject *frame;         /* tb_frame: the frame's frame object, or NULL if none could be made */
    int lineno;
    int lasti;               /* code unit index */
} GpTraceback;
extern GpType gp_type_traceback;
extern GpType gp_type_frame;     /* frame objects (objects/frameobject.c) */

#define EXC_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_EXC_SUBCLASS) != 0)
#define EXC_TYPE_CHECK(t) ((((GpType *)(t))->flags & TPFLAG_EXC_SUBCLASS) != 0)

/* ---- Raising. All return NULL (so `return err_format(...)` works). ---- */
/* printf-like: %s %d %i %u %ld %lu %lld %llu %zd %zu %c %x %p %% and
 *   %R (repr of a GpObject *), %S (str of a GpObject *), %T (type name of a GpObject *),
 *   %U (a str GpObject * inserted as is). */
GpObject *err_format(GpType *type, const char *fmt, ...);
GpObject *err_set_str(GpType *type, const char *msg);
/* Raises type(value): value may be NULL (no args), a tuple (the args) or one object
 * (a single arg). Borrows. */
GpObject *err_set_object(GpType *type, GpObject *value);
GpObject *err_no_memory(void);
/* TypeError "bad argument type for built-in operation" — internal misuse. */
GpObject *err_bad_internal_call(void);
/* Raises a SyntaxError-family exception with all its fields. text may be NULL. */
GpObject *err_set_syntax(GpType *type, const char *msg, const char *filename, int lineno,
                         int offset, const char *text, int end_lineno, int end_offset);

/* ---- Inspecting and moving the pending exception ---- */
GpType *err_occurred(void);                 /* borrowed type of the pending exception, or NULL */
int err_matches(GpType *type);              /* pending is an instance of type: 1/0 */
/* exc is an instance of cls, where cls is an exception type or a tuple of them. */
int err_given_matches(GpObject *exc, GpObject *cls);
GpObject *err_fetch(void);                  /* new reference to the pending one (or NULL); clears */
void err_restore(GpObject *exc);            /* steals exc (may be NULL) and makes it pending */
void err_clear(void);

/* ---- Exception objects ---- */
/* A new exception instance of type with args (a tuple, borrowed; NULL: ()). */
GpObject *exc_new(GpType *type, GpObject *args);
GpObject *exc_get_traceback(GpObject *exc);          /* borrowed, may be NULL */
void exc_set_traceback(GpObject *exc, GpObject *tb); /* borrows tb (may be NULL) */
void exc_set_context_steal(GpObject *exc, GpObject *context);  /* steals context */
void exc_set_cause_steal(GpObject *exc, GpObject *cause);      /* steals cause; sets suppress */

/* What the default sys.unraisablehook does (errors.c): "Exception ignored in: <repr of
 * obj>" (no line if obj is NULL), then exc's own traceback and "Type: message" (no chain),
 * to sys.stderr. Keeps a pending exception pending. Borrows both (exc may be NULL). */
void err_write_unraisable(GpObject *exc, GpObject *obj);

/* Prepends an entry for the running instruction of frame (a GpFrame *) to the pending
 * exception's traceback, holding the frame's frame object; 0 or -1. */
int traceback_here(void *frame);

/* Prints exc with its chained causes/contexts and tracebacks to `out` in CPython's format
 * ("Traceback (most recent call last):", File/line/source lines, "Type: message"), without
 * 3.11's ^^^^ markers. Source lines are read from the file named in the code object. */
void exc_print(GpObject *exc, FILE *out);
/* Prints and clears the pending exception (sys.excepthook's job). */
void err_print(void);

/* ---- runtime: additions (errors.c, objects/exception.c, objects/traceback.c) ---- */

/* OSError and its subclasses: errno, strerror, filename (NULL means None). */
typedef struct GpOSError {
    GpException base;
    GpObject *myerrno, *strerror, *filename;
} GpOSError;

/* ImportError (name, path), NameError (name), AttributeError (name, obj): the keyword-only
 * fields CPython 3.11 accepts in their constructors; NULL means None. */
typedef struct GpExcNamed {
    GpException base;
    GpObject *name, *extra;  /* extra: ImportError.path / AttributeError.obj */
} GpExcNamed;

/* Raises KeyError(key): wraps key in a 1-tuple so a tuple key is not taken for the args
 * (CPython's _PyErr_SetKeyError). Borrows key. Returns NULL. */
GpObject *err_set_key_error(GpObject *key);
/* Raises OSError(errno, strerror(errno)[, filename]) — which picks the subclass for the
 * errno (FileNotFoundError for ENOENT ...) when type is OSError. filename may be NULL.
 * Returns NULL. */
GpObject *err_set_from_errno(GpType *type, const char *filename);
/* Raises StopIteration(value) (value borrowed; NULL: no args). Returns NULL. */
GpObject *err_set_stop_iteration(GpObject *value);

/* Start-up / tear-down of the exception machinery (interp.c): readies the exception and
 * traceback types and preallocates the MemoryError; 0 or -1. */
int exceptions_init(void);
void exceptions_fini(void);
/* The exception types in exceptions.def order (NULL-terminated), for the builtins module. */
extern GpType *const gp_exception_types[];

/* The value of SystemExit.code / StopIteration.value: borrowed, never NULL (None). */
GpObject *exc_value_of(GpObject *exc);
/* Name of exc's type as tracebacks print it ("ValueError", "mymod.MyError"): new str. */
GpObject *exc_type_display_name(GpType *type);
/* Formats exc (with chained exceptions and tracebacks) as exc_print writes it: new str. */
GpObject *exc_format(GpObject *exc);

#endif
