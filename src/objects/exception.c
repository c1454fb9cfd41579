/* exception.c — the built-in exception types (exceptions.def) and exception instances:
 * args, __traceback__, __context__, __cause__, __suppress_context__, and the extra fields
 * of SyntaxError, OSError, StopIteration/SystemExit, ImportError, NameError, AttributeError.
 *
 * Invariants:
 * - Every exception type is a static GpType with TPFLAG_EXC_SUBCLASS|TPFLAG_BASETYPE; the
 *   instance layout is chosen by the type's *family* (the nearest ancestor among the
 *   types with extra fields, see exc_kind), and every type of a family has that family's
 *   basicsize.
 * - args is always a tuple (never NULL once constructed); the other fields are NULL for
 *   None.
 * - Setting __cause__ sets __suppress_context__ (CPython's rule).
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

static void exc_dealloc(GpObject *self);
static GpObject *exc_repr(GpObject *self);
static GpObject *exc_str(GpObject *self);
static GpObject *exc_new_slot(GpType *type, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames);
static int exc_traverse(GpObject *self, VisitFn visit, void *arg);
static GpObject *exc_clear(GpObject *self);

/* BaseException's base is object: exceptions.def spells it `object`. */
#define gp_exc_object gp_type_object
#define EXC(N, B)                                                                                  \
    GpType gp_exc_##N = {                                                                          \
        GP_TYPE_HEAD,                                                                              \
        .name = #N,                                                                                \
        .basicsize = sizeof(GpException),                                                          \
        .flags = TPFLAG_BASETYPE | TPFLAG_EXC_SUBCLASS | TPFLAG_GC,                                \
        .base = &gp_exc_##B,                                                                       \
        .dealloc = exc_dealloc,                                                                    \
        .repr = exc_repr,                                                                          \
        .str = exc_str,                                                                            \
        .setattr = obj_generic_setattr,                                                            \
        .dictoffset = offsetof(GpException, dict),                                                 \
        .new_ = exc_new_slot,                                                                      \
        .traverse = exc_traverse,                                                                  \
        .clear = exc_clear,                                                                        \
    };
#include "exceptions.def"
#undef EXC
#undef gp_exc_object

GpType *const gp_exception_types[] = {
#define EXC(name, base) &gp_exc_##name,
#include "exceptions.def"
#undef EXC
    NULL,
};

/* The name CPython's messages use: tp_name after its last dot. */
static const char *short_name(GpType *t) {
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

/* ---- Families: which extra fields an instance has ---- */
typedef enum {
    KIND_PLAIN,
    KIND_SYNTAX,
    KIND_STOP,
    KIND_EXIT,
    KIND_OS,
    KIND_IMPORT,
    KIND_NAME,
    KIND_ATTR,
    KIND_UNICODE_DECODE,
    KIND_UNICODE_ENCODE,
    KIND_KEY
} ExcKind;

static ExcKind exc_kind(GpType *t) {
    for (; t; t = t->base) {
        if (t == &gp_exc_SyntaxError)
            return KIND_SYNTAX;
        if (t == &gp_exc_StopIteration)
            return KIND_STOP;
        if (t == &gp_exc_SystemExit)
            return KIND_EXIT;
        if (t == &gp_exc_OSError)
            return KIND_OS;
        if (t == &gp_exc_ImportError)
            return KIND_IMPORT;
        if (t == &gp_exc_NameError)
            return KIND_NAME;
        if (t == &gp_exc_AttributeError)
            return KIND_ATTR;
        if (t == &gp_exc_UnicodeDecodeError)
            return KIND_UNICODE_DECODE;
        if (t == &gp_exc_UnicodeEncodeError)
            return KIND_UNICODE_ENCODE;
        if (t == &gp_exc_KeyError)
            return KIND_KEY;
        if (t == &gp_exc_BaseException)
            return KIND_PLAIN;
    }
    return KIND_PLAIN;
}

#define EXC_OF(o) ((GpException *)(o))
#define SYN(o) ((GpSyntaxError *)(o))
#define VAL(o) ((GpExcValue *)(o))
#define OSE(o) ((GpOSError *)(o))
#define NAMED(o) ((GpExcNamed *)(o))

/* Drops the family fields (not the BaseException ones). */
static void clear_kind_fields(GpObject *self, ExcKind kind) {
    switch (kind) {
    case KIND_SYNTAX:
        GP_CLEAR(SYN(self)->msg);
        GP_CLEAR(SYN(self)->filename);
        GP_CLEAR(SYN(self)->lineno);
        GP_CLEAR(SYN(self)->offset);
        GP_CLEAR(SYN(self)->text);
        GP_CLEAR(SYN(self)->end_lineno);
        GP_CLEAR(SYN(self)->end_offset);
        break;
    case KIND_STOP:
    case KIND_EXIT:
        GP_CLEAR(VAL(self)->value);
        break;
    case KIND_OS:
        GP_CLEAR(OSE(self)->myerrno);
        GP_CLEAR(OSE(self)->strerror);
        GP_CLEAR(OSE(self)->filename);
        break;
    case KIND_IMPORT:
    case KIND_NAME:
    case KIND_ATTR:
        GP_CLEAR(NAMED(self)->name);
        GP_CLEAR(NAMED(self)->extra);
        break;
    default:
        break;
    }
}

static void exc_dealloc(GpObject *self) {
    GpException *e = EXC_OF(self);
    clear_kind_fields(self, exc_kind(GP_TYPE(self)));
    GP_CLEAR(e->dict);
    GP_CLEAR(e->args);
    GP_CLEAR(e->traceback);
    GP_CLEAR(e->context);
    GP_CLEAR(e->cause);
    obj_free(self);
}

static GpObject *exc_clear(GpObject *self) {
    GpException *e = EXC_OF(self);
    clear_kind_fields(self, exc_kind(GP_TYPE(self)));
    GP_CLEAR(e->dict);
    GP_CLEAR(e->traceback);
    GP_CLEAR(e->context);
    GP_CLEAR(e->cause);
    return NULL;
}

static int exc_traverse(GpObject *self, VisitFn visit, void *arg) {
    GpException *e = EXC_OF(self);
    GpObject *objs[12] = {e->dict, e->args, e->traceback, e->context, e->cause};
    int n = 5;
    switch (exc_kind(GP_TYPE(self))) {
    case KIND_SYNTAX:
        objs[n++] = SYN(self)->msg;
        objs[n++] = SYN(self)->filename;
        objs[n++] = SYN(self)->text;
        break;
    case KIND_STOP:
    case KIND_EXIT:
        objs[n++] = VAL(self)->value;
        break;
    case KIND_OS:
        objs[n++] = OSE(self)->myerrno;
        objs[n++] = OSE(self)->strerror;
        objs[n++] = OSE(self)->filename;
        break;
    case KIND_IMPORT:
    case KIND_NAME:
    case KIND_ATTR:
        objs[n++] = NAMED(self)->name;
        objs[n++] = NAMED(self)->extra;
        break;
    default:
        break;
    }
    for (int i = 0; i < n; i++) {
        if (objs[i]) {
            int r = visit(objs[i], arg);
            if (r)
                return r;
        }
    }
    return 0;
}

/* ---- Construction ---- */

/* The errno → OSError subclass map (CPython's errnomap, for the types glasspy has). */
static GpType *oserror_subtype(GpObject *args) {
    if (TUPLE_SIZE(args) < 2 || TUPLE_SIZE(args) > 5 || !INT_CHECK(TUPLE_ITEM(args, 0)))
        return &gp_exc_OSError;
    int64_t e;
    if (int_to_i64(TUPLE_ITEM(args, 0), &e) < 0) {
        err_clear();
        return &gp_exc_OSError;
    }
    switch (e) {
    case ENOENT:
        return &gp_exc_FileNotFoundError;
    case EEXIST:
        return &gp_exc_FileExistsError;
    case EISDIR:
        return &gp_exc_IsADirectoryError;
    case ENOTDIR:
        return &gp_exc_NotADirectoryError;
    case EACCES:
    case EPERM:
        return &gp_exc_PermissionError;
    case EINTR:
        return &gp_exc_InterruptedError;
    case ETIMEDOUT:
        return &gp_exc_TimeoutError;
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
        return &gp_exc_BlockingIOError;
    case ECHILD:
        return &gp_exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
        return &gp_exc_BrokenPipeError;
    case ECONNABORTED:
        return &gp_exc_ConnectionAbortedError;
    case ECONNREFUSED:
        return &gp_exc_ConnectionRefusedError;
    case ECONNRESET:
        return &gp_exc_ConnectionResetError;
    case ESRCH:
        return &gp_exc_ProcessLookupError;
    default:
        return &gp_exc_OSError;
    }
}

/* Fills the family fields from args (the instance's args are already set). 0 or -1. */
static int init_fields(GpObject *self, ExcKind kind) {
    GpObject *args = EXC_OF(self)->args;
    intptr_t n = TUPLE_SIZE(args);
    clear_kind_fields(self, kind);
    switch (kind) {
    case KIND_SYNTAX: {
        if (n >= 1)
            SYN(self)->msg = gp_newref(TUPLE_ITEM(args, 0));
        if (n == 2) {
            GpObject *info = tuple_from_iterable(TUPLE_ITEM(args, 1));
            if (!info)
                return -1;
            intptr_t m = TUPLE_SIZE(info);
            if (m < 4 || m > 6) {
                err_format(&gp_exc_TypeError, "function takes %s %d arguments (%zd given)",
                           m < 4 ? "at least" : "at most", m < 4 ? 4 : 6, m);
                gp_decref(info);
                return -1;
            }
            GpObject **fields[6] = {&SYN(self)->filename,   &SYN(self)->lineno,
                                    &SYN(self)->offset,     &SYN(self)->text,
                                    &SYN(self)->end_lineno, &SYN(self)->end_offset};
            for (intptr_t i = 0; i < m; i++)
                *fields[i] = TUPLE_ITEM(info, i) == GP_NONE ? NULL : gp_newref(TUPLE_ITEM(info, i));
            gp_decref(info);
        }
        return 0;
    }
    case KIND_STOP:
        if (n >= 1)
            VAL(self)->value = gp_newref(TUPLE_ITEM(args, 0));
        return 0;
    case KIND_EXIT:
        if (n == 1)
            VAL(self)->value = gp_newref(TUPLE_ITEM(args, 0));
        else if (n > 1)
            VAL(self)->value = gp_newref(args);
        return 0;
    case KIND_OS:
        if (n >= 2 && n <= 5) {
            OSE(self)->myerrno = gp_newref(TUPLE_ITEM(args, 0));
            OSE(self)->strerror = gp_newref(TUPLE_ITEM(args, 1));
            if (n >= 3 && TUPLE_ITEM(args, 2) != GP_NONE) {
                OSE(self)->filename = gp_newref(TUPLE_ITEM(args, 2));
                GpObject *two = tuple_pack(2, TUPLE_ITEM(args, 0), TUPLE_ITEM(args, 1));
                if (!two)
                    return -1;
                GP_SETREF(EXC_OF(self)->args, two);
            }
        }
        return 0;
    default:
        return 0;
    }
}

/* Allocates an instance of type with args (borrowed tuple; NULL: ()). New reference. */
static GpObject *exc_alloc(GpType *type, GpObject *args) {
    GpObject *self = obj_new(type, type->basicsize);
    if (!self)
        return NULL;
    EXC_OF(self)->args = args ? gp_newref(args) : gp_newref(gp_interp->empty_tuple);
    if (init_fields(self, exc_kind(type)) < 0) {
        gp_decref(self);
        return NULL;
    }
    return self;
}

GpObject *exc_new(GpType *type, GpObject *args) {
    if (type == &gp_exc_OSError && args)
        type = oserror_subtype(args);
    return exc_alloc(type, args);
}

/* The keyword fields of ImportError (name, path), NameError (name), AttributeError
 * (name, obj). */
static int set_named_kwargs(GpObject *self, ExcKind kind, GpObject *const *kwvalues,
                            GpObject *kwnames) {
    for (intptr_t i = 0; kwnames && i < TUPLE_SIZE(kwnames); i++) {
        GpObject *key = TUPLE_ITEM(kwnames, i);
        GpObject *v = kwvalues[i] == GP_NONE ? NULL : kwvalues[i];
        GpObject **slot = NULL;
        if (str_eq_cstr(key, "name") && kind != KIND_PLAIN)
            slot = &NAMED(self)->name;
        else if ((kind == KIND_IMPORT && str_eq_cstr(key, "path")) ||
                 (kind == KIND_ATTR && str_eq_cstr(key, "obj")))
            slot = &NAMED(self)->extra;
        if (!slot) {
            err_format(&gp_exc_TypeError, "%R is an invalid keyword argument for %s()", key,
                       GP_TYPE(self)->name);
            return -1;
        }
        gp_xincref(v);
        GP_SETREF(*slot, v);
    }
    return 0;
}

/* The argument checks of the constructor (BaseException.__init__'s in CPython). 0 or -1. */
static int check_ctor_args(GpType *type, intptr_t nargs, GpObject *kwnames) {
    ExcKind kind = exc_kind(type);
    intptr_t nkw = kwnames ? TUPLE_SIZE(kwnames) : 0;
    if (nkw && kind != KIND_IMPORT && kind != KIND_NAME && kind != KIND_ATTR) {
        err_format(&gp_exc_TypeError, "%s() takes no keyword arguments", short_name(type));
        return -1;
    }
    if ((kind == KIND_UNICODE_DECODE || kind == KIND_UNICODE_ENCODE) && nargs != 5) {
        err_format(&gp_exc_TypeError, "function takes exactly 5 arguments (%zd given)", nargs);
        return -1;
    }
    return 0;
}

/* type(...) for exception types. A class defined in Python (a heap type) leaves keyword
 * arguments to its __init__, as CPython's BaseException_new does. */
static GpObject *exc_new_slot(GpType *type, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    int heap = (type->flags & TPFLAG_HEAPTYPE) != 0;
    if (!heap && check_ctor_args(type, nargs, kwnames) < 0)
        return NULL;
    GpObject *tuple = tuple_from_array(args, nargs);
    if (!tuple)
        return NULL;
    GpObject *self = heap ? exc_alloc(type, tuple) : exc_new(type, tuple);
    gp_decref(tuple);
    if (self && !heap && kwnames && TUPLE_SIZE(kwnames) &&
        set_named_kwargs(self, exc_kind(type), args + nargs, kwnames) < 0)
        GP_CLEAR(self);
    return self;
}

/* ---- str and repr ---- */

static GpObject *exc_repr(GpObject *self) {
    GpObject *args = EXC_OF(self)->args;
    if (TUPLE_SIZE(args) == 1)
        return str_from_format("%s(%R)", short_name(GP_TYPE(self)), TUPLE_ITEM(args, 0));
    return str_from_format("%s%R", short_name(GP_TYPE(self)), args);
}

static GpObject *base_str(GpObject *self) {
    GpObject *args = EXC_OF(self)->args;
    switch (TUPLE_SIZE(args)) {
    case 0:
        return gp_newref(gp_interp->empty_str);
    case 1:
        return obj_str(TUPLE_ITEM(args, 0));
    default:
        return obj_str(args);
    }
}

static GpObject *syntax_str(GpObject *self) {
    GpSyntaxError *s = SYN(self);
    const char *fname = NULL;
    GpObject *msg = s->msg ? s->msg : GP_NONE;
    if (s->filename && STR_CHECK(s->filename)) {
        const char *slash = strrchr(str_cstr(s->filename), '/');
        fname = slash ? slash + 1 : str_cstr(s->filename);
    }
    int have_line = s->lineno && INT_CHECK_EXACT(s->lineno);
    int64_t line = 0;
    if (have_line && int_to_i64(s->lineno, &line) < 0)
        return NULL;
    if (fname && have_line)
        return str_from_format("%S (%s, line %lld)", msg, fname, (long long)line);
    if (fname)
        return str_from_format("%S (%s)", msg, fname);
    if (have_line)
        return str_from_format("%S (line %lld)", msg, (long long)line);
    return obj_str(msg);
}

static GpObject *os_str(GpObject *self) {
    GpOSError *o = OSE(self);
    if (o->filename)
        return str_from_format("[Errno %S] %S: %R", o->myerrno ? o->myerrno : GP_NONE,
                               o->strerror ? o->strerror : GP_NONE, o->filename);
    if (o->myerrno && o->strerror)
        return str_from_format("[Errno %S] %S", o->myerrno, o->strerror);
    return base_str(self);
}

/* UnicodeDecodeError / UnicodeEncodeError from their 5 args (encoding, object, start,
 * end, reason), CPython's wording. */
static GpObject *unicode_str(GpObject *self, int decode) {
    GpObject *args = EXC_OF(self)->args;
    if (TUPLE_SIZE(args) != 5)
        return base_str(self);
    GpObject *enc = TUPLE_ITEM(args, 0), *obj = TUPLE_ITEM(args, 1);
    GpObject *reason = TUPLE_ITEM(args, 4);
    int64_t start, end;
    if (!INT_CHECK(TUPLE_ITEM(args, 2)) || !INT_CHECK(TUPLE_ITEM(args, 3)) ||
        int_to_i64(TUPLE_ITEM(args, 2), &start) < 0 || int_to_i64(TUPLE_ITEM(args, 3), &end) < 0) {
        err_clear();
        return base_str(self);
    }
    if (end == start + 1) {
        GpObject *idx = int_from_i64(start);
        if (!idx)
            return NULL;
        GpObject *item = obj_getitem(obj, idx);
        gp_decref(idx);
        int64_t v = -1;
        if (item && STR_CHECK(item) && STR_LEN(item) == 1) {
            const unsigned char *p = (const unsigned char *)STR_DATA(item);
            v = p[0] < 0x80   ? p[0]
                : p[0] < 0xE0 ? ((p[0] & 0x1F) << 6) | (p[1] & 0x3F)
                : p[0] < 0xF0 ? ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)
                              : ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
                                    ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        } else if (item && INT_CHECK(item) && int_to_i64(item, &v) < 0) {
            v = -1;
        }
        gp_xdecref(item);
        err_clear();
        if (v >= 0) {
            if (decode)
                return str_from_format("'%S' codec can't decode byte 0x%02x in position %lld: %S",
                                       enc, (int)(v & 0xFF), (long long)start, reason);
            const char *fmt =
                v <= 0xFF     ? "'%S' codec can't encode character '\\x%02x' in position %lld: %S"
                : v <= 0xFFFF ? "'%S' codec can't encode character '\\u%04x' in position %lld: %S"
                              : "'%S' codec can't encode character '\\U%08x' in position %lld: %S";
            return str_from_format(fmt, enc, (int)v, (long long)start, reason);
        }
    }
    return str_from_format("'%S' codec can't %s in position %lld-%lld: %S", enc,
                           decode ? "decode bytes" : "encode characters", (long long)start,
                           (long long)(end - 1), reason);
}

static GpObject *exc_str(GpObject *self) {
    switch (exc_kind(GP_TYPE(self))) {
    case KIND_SYNTAX:
        return syntax_str(self);
    case KIND_OS:
        return os_str(self);
    case KIND_KEY:
        if (TUPLE_SIZE(EXC_OF(self)->args) == 1)
            return obj_repr(TUPLE_ITEM(EXC_OF(self)->args, 0));
        return base_str(self);
    case KIND_UNICODE_DECODE:
        return unicode_str(self, 1);
    case KIND_UNICODE_ENCODE:
        return unicode_str(self, 0);
    default:
        return base_str(self);
    }
}

/* ---- Attributes: getsets first, then the instance dict (e.foo = 1 works) ---- */

/* Attributes: the generic lookup with the instance dict at GpException.dict. */

/* ---- Getters and setters ---- */

static GpObject *get_args(GpObject *self) {
    return gp_newref(EXC_OF(self)->args);
}
static int set_args(GpObject *self, GpObject *value) {
    if (!value) {
        err_set_str(&gp_exc_TypeError, "args may not be deleted");
        return -1;
    }
    GpObject *t = tuple_from_iterable(value);
    if (!t)
        return -1;
    GP_SETREF(EXC_OF(self)->args, t);
    return 0;
}

static GpObject *none_if_null(GpObject *o) {
    return gp_newref(o ? o : GP_NONE);
}

static GpObject *get_traceback(GpObject *self) {
    return none_if_null(EXC_OF(self)->traceback);
}
static int set_traceback(GpObject *self, GpObject *value) {
    if (!value) {
        err_set_str(&gp_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != GP_NONE && GP_TYPE(value) != &gp_type_traceback) {
        err_set_str(&gp_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    exc_set_traceback(self, value == GP_NONE ? NULL : value);
    return 0;
}

static GpObject *get_context(GpObject *self) {
    return none_if_null(EXC_OF(self)->context);
}
static int set_context(GpObject *self, GpObject *value) {
    if (!value) {
        err_set_str(&gp_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (value != GP_NONE && !EXC_CHECK(value)) {
        err_set_str(&gp_exc_TypeError,
                    "exception context must be None or derive from BaseException");
        return -1;
    }
    exc_set_context_steal(self, value == GP_NONE ? NULL : gp_newref(value));
    return 0;
}

static GpObject *get_cause(GpObject *self) {
    return none_if_null(EXC_OF(self)->cause);
}
static int set_cause(GpObject *self, GpObject *value) {
    if (!value) {
        err_set_str(&gp_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (value != GP_NONE && !EXC_CHECK(value)) {
        err_set_str(&gp_exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    exc_set_cause_steal(self, value == GP_NONE ? NULL : gp_newref(value));
    return 0;
}

static GpObject *get_suppress(GpObject *self) {
    return gp_bool(EXC_OF(self)->suppress_context);
}
static int set_suppress(GpObject *self, GpObject *value) {
    if (!value) {
        err_set_str(&gp_exc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = obj_is_true(value);
    if (t < 0)
        return -1;
    EXC_OF(self)->suppress_context = (char)t;
    return 0;
}

static GpGetSetDef base_getset[] = {
    {"args", get_args, set_args, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL},
    {"__context__", get_context, set_context, NULL},
    {"__cause__", get_cause, set_cause, NULL},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    {NULL, NULL, NULL, NULL},
};

/* A settable field stored at a byte offset in the instance (NULL: None). */
#define FIELD_GETSET(fname, ctype, member)                                                         \
    static GpObject *get_##fname(GpObject *self) {                                                 \
        return none_if_null(((ctype *)self)->member);                                              \
    }                                                                                              \
    static int set_##fname(GpObject *self, GpObject *value) {                                      \
        GpObject *v = (value && value != GP_NONE) ? gp_newref(value) : NULL;                       \
        GP_SETREF(((ctype *)self)->member, v);                                                     \
        return 0;                                                                                  \
    }

FIELD_GETSET(syn_msg, GpSyntaxError, msg)
FIELD_GETSET(syn_filename, GpSyntaxError, filename)
FIELD_GETSET(syn_lineno, GpSyntaxError, lineno)
FIELD_GETSET(syn_offset, GpSyntaxError, offset)
FIELD_GETSET(syn_text, GpSyntaxError, text)
FIELD_GETSET(syn_end_lineno, GpSyntaxError, end_lineno)
FIELD_GETSET(syn_end_offset, GpSyntaxError, end_offset)
FIELD_GETSET(value, GpExcValue, value)
FIELD_GETSET(os_errno, GpOSError, myerrno)
FIELD_GETSET(os_strerror, GpOSError, strerror)
FIELD_GETSET(os_filename, GpOSError, filename)
FIELD_GETSET(named_name, GpExcNamed, name)
FIELD_GETSET(named_extra, GpExcNamed, extra)

static GpObject *get_print_file_and_line(GpObject *self) {
    (void)self;
    return gp_none();
}

static GpGetSetDef syntax_getset[] = {
    {"msg", get_syn_msg, set_syn_msg, NULL},
    {"filename", get_syn_filename, set_syn_filename, NULL},
    {"lineno", get_syn_lineno, set_syn_lineno, NULL},
    {"offset", get_syn_offset, set_syn_offset, NULL},
    {"text", get_syn_text, set_syn_text, NULL},
    {"end_lineno", get_syn_end_lineno, set_syn_end_lineno, NULL},
    {"end_offset", get_syn_end_offset, set_syn_end_offset, NULL},
    {"print_file_and_line", get_print_file_and_line, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};
static GpGetSetDef stop_getset[] = {
    {"value", get_value, set_value, NULL},
    {NULL, NULL, NULL, NULL},
};
static GpGetSetDef exit_getset[] = {
    {"code", get_value, set_value, NULL},
    {NULL, NULL, NULL, NULL},
};
static GpGetSetDef os_getset[] = {
    {"errno", get_os_errno, set_os_errno, NULL},
    {"strerror", get_os_strerror, set_os_strerror, NULL},
    {"filename", get_os_filename, set_os_filename, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ImportError.msg is args[0] when there is exactly one argument. */
static GpObject *get_import_msg(GpObject *self) {
    GpObject *args = EXC_OF(self)->args;
    return gp_newref(TUPLE_SIZE(args) == 1 ? TUPLE_ITEM(args, 0) : GP_NONE);
}
static GpGetSetDef import_getset[] = {
    {"name", get_named_name, set_named_name, NULL},
    {"path", get_named_extra, set_named_extra, NULL},
    {"msg", get_import_msg, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};
static GpGetSetDef name_getset[] = {
    {"name", get_named_name, set_named_name, NULL},
    {NULL, NULL, NULL, NULL},
};
static GpGetSetDef attr_getset[] = {
    {"name", get_named_name, set_named_name, NULL},
    {"obj", get_named_extra, set_named_extra, NULL},
    {NULL, NULL, NULL, NULL},
};

/* UnicodeError attributes come from the five args. */
static GpObject *unicode_arg(GpObject *self, int i) {
    GpObject *args = EXC_OF(self)->args;
    if (TUPLE_SIZE(args) != 5)
        return gp_none();
    return gp_newref(TUPLE_ITEM(args, i));
}
static GpObject *get_u_encoding(GpObject *self) {
    return unicode_arg(self, 0);
}
static GpObject *get_u_object(GpObject *self) {
    return unicode_arg(self, 1);
}
static GpObject *get_u_start(GpObject *self) {
    return unicode_arg(self, 2);
}
static GpObject *get_u_end(GpObject *self) {
    return unicode_arg(self, 3);
}
static GpObject *get_u_reason(GpObject *self) {
    return unicode_arg(self, 4);
}
static GpGetSetDef unicode_getset[] = {
    {"encoding", get_u_encoding, NULL, NULL}, {"object", get_u_object, NULL, NULL},
    {"start", get_u_start, NULL, NULL},       {"end", get_u_end, NULL, NULL},
    {"reason", get_u_reason, NULL, NULL},     {NULL, NULL, NULL, NULL},
};

/* ---- Methods ---- */

static GpObject *exc_with_traceback(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    (void)nargs;
    (void)kwnames;
    if (set_traceback(self, args[0]) < 0)
        return NULL;
    return gp_newref(self);
}

static GpObject *exc_add_note(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    (void)nargs;
    (void)kwnames;
    GpObject *note = args[0];
    if (!STR_CHECK(note))
        return err_format(&gp_exc_TypeError, "note must be a str, not '%s'", obj_type_name(note));
    GpException *e = EXC_OF(self);
    if (!e->dict) {
        e->dict = dict_new();
        if (!e->dict)
            return NULL;
    }
    GpObject *notes = dict_getitem_cstr(e->dict, "__notes__");
    if (!notes) {
        if (err_occurred())
            return NULL;
        GpObject *lst = list_new(0);
        if (!lst || dict_setitem_cstr(e->dict, "__notes__", lst) < 0) {
            gp_xdecref(lst);
            return NULL;
        }
        gp_decref(lst);
        notes = lst;
    }
    if (!LIST_CHECK(notes))
        return err_set_str(&gp_exc_TypeError, "Cannot add note: __notes__ is not a list");
    if (list_append(notes, note) < 0)
        return NULL;
    return gp_none();
}

/* BaseException.__init__(self, *args): resets args (what super().__init__(msg) does). */
static GpObject *exc_init_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    if (check_ctor_args(GP_TYPE(self), nargs, kwnames) < 0)
        return NULL;
    GpObject *t = tuple_from_array(args, nargs);
    if (!t)
        return NULL;
    GP_SETREF(EXC_OF(self)->args, t);
    ExcKind kind = exc_kind(GP_TYPE(self));
    if (init_fields(self, kind) < 0)
        return NULL;
    if (kwnames && TUPLE_SIZE(kwnames) && set_named_kwargs(self, kind, args + nargs, kwnames) < 0)
        return NULL;
    return gp_none();
}

static GpMethodDef base_methods[] = {
    {"with_traceback", exc_with_traceback, METH_O, NULL},
    {"add_note", exc_add_note, METH_O, NULL},
    {"__init__", exc_init_meth, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- Accessors (errors.h) ---- */

GpObject *exc_get_traceback(GpObject *exc) {
    return EXC_OF(exc)->traceback;
}

void exc_set_traceback(GpObject *exc, GpObject *tb) {
    gp_xincref(tb);
    GP_SETREF(EXC_OF(exc)->traceback, tb);
}

void exc_set_context_steal(GpObject *exc, GpObject *context) {
    GP_SETREF(EXC_OF(exc)->context, context);
}

void exc_set_cause_steal(GpObject *exc, GpObject *cause) {
    GP_SETREF(EXC_OF(exc)->cause, cause);
    EXC_OF(exc)->suppress_context = 1;
}

GpObject *exc_value_of(GpObject *exc) {
    ExcKind k = exc_kind(GP_TYPE(exc));
    if ((k == KIND_STOP || k == KIND_EXIT) && VAL(exc)->value)
        return VAL(exc)->value;
    return GP_NONE;
}

/* ---- Start-up ---- */

/* Gives every type of a family the family's layout. */
static void set_family(GpType *root, size_t size, GpGetSetDef *getset) {
    root->getset = getset;
    for (GpType *const *t = gp_exception_types; *t; t++)
        for (GpType *b = *t; b; b = b->base)
            if (b == root) {
                (*t)->basicsize = size;
                break;
            }
}

int exceptions_init(void) {
    gp_exc_BaseException.getset = base_getset;
    gp_exc_BaseException.methods = base_methods;
    set_family(&gp_exc_SyntaxError, sizeof(GpSyntaxError), syntax_getset);
    set_family(&gp_exc_StopIteration, sizeof(GpExcValue), stop_getset);
    set_family(&gp_exc_SystemExit, sizeof(GpExcValue), exit_getset);
    set_family(&gp_exc_OSError, sizeof(GpOSError), os_getset);
    set_family(&gp_exc_ImportError, sizeof(GpExcNamed), import_getset);
    set_family(&gp_exc_NameError, sizeof(GpExcNamed), name_getset);
    set_family(&gp_exc_AttributeError, sizeof(GpExcNamed), attr_getset);
    gp_exc_UnicodeDecodeError.getset = unicode_getset;
    gp_exc_UnicodeEncodeError.getset = unicode_getset;
    for (GpType *const *t = gp_exception_types; *t; t++)
        if (type_ready(*t) < 0)
            return -1;
    if (type_ready(&gp_type_traceback) < 0 || type_ready(&gp_type_frame) < 0)
        return -1;
    gp_interp->memory_error = exc_alloc(&gp_exc_MemoryError, NULL);
    return gp_interp->memory_error ? 0 : -1;
}

void exceptions_fini(void) {
    GP_CLEAR(gp_interp->memory_error);
    type_fini(&gp_type_traceback);
    type_fini(&gp_type_frame);
    intptr_t n = 0;
    while (gp_exception_types[n])
        n++;
    while (n-- > 0)
        type_fini(gp_exception_types[n]);
}
