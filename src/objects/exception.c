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
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
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
    KIND_UNICODE_TRANSLATE,
    KIND_KEY
} ExcKind;

static ExcKind exc_kind_walk(GpType *t) {
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
        if (t == &gp_exc_UnicodeTranslateError)
            return KIND_UNICODE_TRANSLATE;
        if (t == &gp_exc_KeyError)
            return KIND_KEY;
        if (t == &gp_exc_BaseException)
            return KIND_PLAIN;
    }
    return KIND_PLAIN;
}

/* The family of t, found once along its bases and kept in its flags: a type's bases
 * cannot change its instances' layout, so the family stays. */
static ExcKind exc_kind(GpType *t) {
    unsigned long k = (t->flags & TPFLAG_EXC_KIND_MASK) >> TPFLAG_EXC_KIND_SHIFT;
    if (k)
        return (ExcKind)(k - 1);
    ExcKind kind = exc_kind_walk(t);
    t->flags |= (unsigned long)(kind + 1) << TPFLAG_EXC_KIND_SHIFT;
    return kind;
}

#define EXC_OF(o) ((GpException *)(o))
#define SYN(o) ((GpSyntaxError *)(o))
#define VAL(o) ((GpExcValue *)(o))
#define OSE(o) ((GpOSError *)(o))
#define NAMED(o) ((GpExcNamed *)(o))

/* OSError's fields beyond errors.h's GpOSError: filename2 (NULL: None) and BlockingIOError's
 * characters_written (-1: unset). The OSError family's instances have this layout. */
typedef struct OSErrorFull {
    GpOSError base;
    GpObject *filename2;
    intptr_t written;
} OSErrorFull;
#define OSF(o) ((OSErrorFull *)(o))

/* UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError: their fields, parsed
 * from the constructor's arguments and settable after (NULL: None; unset: object NULL). */
typedef struct UnicodeErrorFull {
    GpException base;
    GpObject *encoding, *object, *reason;
    intptr_t start, end;
} UnicodeErrorFull;
#define UNI(o) ((UnicodeErrorFull *)(o))
#define IS_UNICODE_KIND(k)                                                                         \
    ((k) == KIND_UNICODE_DECODE || (k) == KIND_UNICODE_ENCODE || (k) == KIND_UNICODE_TRANSLATE)

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
        GP_CLEAR(OSF(self)->filename2);
        OSF(self)->written = -1;
        break;
    case KIND_UNICODE_DECODE:
    case KIND_UNICODE_ENCODE:
    case KIND_UNICODE_TRANSLATE:
        GP_CLEAR(UNI(self)->encoding);
        GP_CLEAR(UNI(self)->object);
        GP_CLEAR(UNI(self)->reason);
        UNI(self)->start = UNI(self)->end = 0;
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
        objs[n++] = OSF(self)->filename2;
        break;
    case KIND_UNICODE_DECODE:
    case KIND_UNICODE_ENCODE:
    case KIND_UNICODE_TRANSLATE:
        objs[n++] = UNI(self)->encoding;
        objs[n++] = UNI(self)->object;
        objs[n++] = UNI(self)->reason;
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

/* PyArg_ParseTuple's messages for the Unicode errors' "UOnnU" / "UUnnU" / "UnnU". */
static int unicode_arg_str(GpObject *v, int pos) {
    if (STR_CHECK(v))
        return 0;
    err_format(&gp_exc_TypeError, "argument %d must be str, not %s", pos, obj_type_name(v));
    return -1;
}

/* The fields of a Unicode error from its arguments: (encoding, object, start, end, reason),
 * or (object, start, end, reason) for UnicodeTranslateError. Other argument counts (the
 * one-message form glasspy's own code raises) leave them unset. 0 or -1. */
static int init_unicode_fields(GpObject *self, ExcKind kind, GpObject *args) {
    int tr = kind == KIND_UNICODE_TRANSLATE;
    if (TUPLE_SIZE(args) != (tr ? 4 : 5))
        return 0;
    GpObject *const *a = &TUPLE_ITEM(args, 0);
    GpObject *enc = tr ? NULL : a[0], *obj = a[tr ? 0 : 1];
    GpObject *start = a[tr ? 1 : 2], *end = a[tr ? 2 : 3], *reason = a[tr ? 3 : 4];
    if (enc && unicode_arg_str(enc, 1) < 0)
        return -1;
    if (kind != KIND_UNICODE_DECODE && unicode_arg_str(obj, tr ? 1 : 2) < 0)
        return -1;
    intptr_t s = obj_as_ssize(start);
    if (s == -1 && err_occurred())
        return -1;
    intptr_t e = obj_as_ssize(end);
    if (e == -1 && err_occurred())
        return -1;
    if (unicode_arg_str(reason, tr ? 4 : 5) < 0)
        return -1;
    GpObject *o;
    const char *p;
    intptr_t n;
    if (kind != KIND_UNICODE_DECODE) {
        o = gp_newref(obj);
    } else if (BYTES_CHECK_EXACT(obj)) {
        o = gp_newref(obj);
    } else if (bytes_like(obj, &p, &n)) {
        o = bytes_from_data(p, n);
        if (!o)
            return -1;
    } else {
        err_format(&gp_exc_TypeError, "a bytes-like object is required, not '%s'",
                   obj_type_name(obj));
        return -1;
    }
    UNI(self)->encoding = enc ? gp_newref(enc) : NULL;
    UNI(self)->object = o;
    UNI(self)->reason = gp_newref(reason);
    UNI(self)->start = s;
    UNI(self)->end = e;
    return 0;
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
        /* (errno, strerror[, filename[, winerror[, filename2]]]); a filename leaves only
         * the first two in args. BlockingIOError's third may be characters_written. */
        if (n >= 2 && n <= 5) {
            OSE(self)->myerrno = gp_newref(TUPLE_ITEM(args, 0));
            OSE(self)->strerror = gp_newref(TUPLE_ITEM(args, 1));
            GpObject *fname = n >= 3 ? TUPLE_ITEM(args, 2) : GP_NONE;
            if (fname == GP_NONE)
                return 0;
            if (GP_TYPE(self) == &gp_exc_BlockingIOError &&
                (INT_CHECK(fname) || FLOAT_CHECK(fname))) {
                intptr_t w = obj_as_ssize(fname);
                if (w == -1 && err_occurred())
                    return -1;
                OSF(self)->written = w;
                return 0;
            }
            OSE(self)->filename = gp_newref(fname);
            if (n == 5 && TUPLE_ITEM(args, 4) != GP_NONE)
                OSF(self)->filename2 = gp_newref(TUPLE_ITEM(args, 4));
            GpObject *two = tuple_pack(2, TUPLE_ITEM(args, 0), TUPLE_ITEM(args, 1));
            if (!two)
                return -1;
            GP_SETREF(EXC_OF(self)->args, two);
        }
        return 0;
    case KIND_UNICODE_DECODE:
    case KIND_UNICODE_ENCODE:
    case KIND_UNICODE_TRANSLATE:
        return init_unicode_fields(self, kind, args);
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
            /* The family's name, as CPython's "|$OO:ImportError" argument formats say. */
            err_format(&gp_exc_TypeError, "%R is an invalid keyword argument for %s()", key,
                       kind == KIND_IMPORT ? "ImportError"
                       : kind == KIND_NAME ? "NameError"
                                           : "AttributeError");
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
    if (IS_UNICODE_KIND(kind) && nargs != (kind == KIND_UNICODE_TRANSLATE ? 4 : 5)) {
        err_format(&gp_exc_TypeError, "function takes exactly %d arguments (%zd given)",
                   kind == KIND_UNICODE_TRANSLATE ? 4 : 5, nargs);
        return -1;
    }
    return 0;
}

/* type(...) for exception types. A class defined in Python (a heap type) leaves keyword
 * arguments to its __init__, as CPython's BaseException_new does. */
static GpObject *exc_new_slot(GpType *type, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    int heap = (type->flags & TPFLAG_HEAPTYPE) != 0;
    /* Without an __init__ written in Python, the built-in one checks the arguments (and
     * takes ImportError's name=/path= ...), as it would run after __new__ in CPython. */
    int py_init = 0;
    if (heap) {
        GpObject *init = type_lookup(type, GP_ID(__init__));
        py_init = init && !slots_is_builtin_init(init);
    }
    if (!py_init && check_ctor_args(type, nargs, kwnames) < 0)
        return NULL;
    GpObject *tuple = tuple_from_array(args, nargs);
    if (!tuple)
        return NULL;
    GpObject *self = heap ? exc_alloc(type, tuple) : exc_new(type, tuple);
    gp_decref(tuple);
    if (self && !py_init && kwnames && TUPLE_SIZE(kwnames) &&
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
    if (o->filename && OSF(self)->filename2)
        return str_from_format("[Errno %S] %S: %R -> %R", o->myerrno ? o->myerrno : GP_NONE,
                               o->strerror ? o->strerror : GP_NONE, o->filename,
                               OSF(self)->filename2);
    if (o->filename)
        return str_from_format("[Errno %S] %S: %R", o->myerrno ? o->myerrno : GP_NONE,
                               o->strerror ? o->strerror : GP_NONE, o->filename);
    if (o->myerrno && o->strerror)
        return str_from_format("[Errno %S] %S", o->myerrno, o->strerror);
    return base_str(self);
}

/* The code point at index i of str o, or -1. */
static int64_t str_char_at(GpObject *o, intptr_t i) {
    GpObject *idx = int_from_i64(i);
    GpObject *item = idx ? obj_getitem(o, idx) : NULL;
    gp_xdecref(idx);
    int64_t v = -1;
    if (item && STR_CHECK(item) && STR_LEN(item) == 1) {
        const unsigned char *p = (const unsigned char *)STR_DATA(item);
        v = p[0] < 0x80   ? p[0]
            : p[0] < 0xE0 ? ((p[0] & 0x1F) << 6) | (p[1] & 0x3F)
            : p[0] < 0xF0 ? ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)
                          : ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
                                (p[3] & 0x3F);
    }
    gp_xdecref(item);
    err_clear();
    return v;
}

/* CPython's UnicodeDecodeError_str / UnicodeEncodeError_str / UnicodeTranslateError_str,
 * from the (settable) fields. Unset fields: the plain message of the args. */
static GpObject *unicode_str(GpObject *self, ExcKind kind) {
    UnicodeErrorFull *u = UNI(self);
    if (!u->object) /* glasspy's own one-message form, or a subclass that skipped __init__ */
        return HEAPTYPE_CHECK(GP_TYPE(self)) ? gp_newref(gp_interp->empty_str) : base_str(self);
    GpObject *reason = obj_str(u->reason ? u->reason : GP_NONE);
    if (!reason)
        return NULL;
    GpObject *enc =
        kind == KIND_UNICODE_TRANSLATE ? NULL : obj_str(u->encoding ? u->encoding : GP_NONE);
    if (kind != KIND_UNICODE_TRANSLATE && !enc) {
        gp_decref(reason);
        return NULL;
    }
    intptr_t start = u->start, end = u->end;
    GpObject *r = NULL;
    if (kind == KIND_UNICODE_DECODE) {
        if (BYTES_CHECK(u->object) && start >= 0 && start < BYTES_SIZE(u->object) &&
            end == start + 1)
            r = str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U", enc,
                                (int)(unsigned char)BYTES_DATA(u->object)[start], start, reason);
        else
            r = str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U", enc, start,
                                end - 1, reason);
    } else {
        int64_t ch = -1;
        if (STR_CHECK(u->object) && start >= 0 && start < STR_LEN(u->object) && end == start + 1)
            ch = str_char_at(u->object, start);
        const char *what = kind == KIND_UNICODE_ENCODE ? "encode" : "translate";
        char head[64];
        if (enc)
            snprintf(head, sizeof head, "'%%U' codec can't %s", what);
        else
            snprintf(head, sizeof head, "%%scan't %s", what);
        char fmt[128];
        if (ch >= 0) {
            const char *esc = ch <= 0xFF ? "\\x%02x" : ch <= 0xFFFF ? "\\u%04x" : "\\U%08x";
            snprintf(fmt, sizeof fmt, "%s character '%s' in position %%zd: %%U", head, esc);
            r = enc ? str_from_format(fmt, enc, (int)ch, start, reason)
                    : str_from_format(fmt, "", (int)ch, start, reason);
        } else {
            snprintf(fmt, sizeof fmt, "%s characters in position %%zd-%%zd: %%U", head);
            r = enc ? str_from_format(fmt, enc, start, end - 1, reason)
                    : str_from_format(fmt, "", start, end - 1, reason);
        }
    }
    gp_xdecref(enc);
    gp_decref(reason);
    return r;
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
    case KIND_UNICODE_ENCODE:
    case KIND_UNICODE_TRANSLATE:
        return unicode_str(self, exc_kind(GP_TYPE(self)));
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

/* __dict__: made on first use, as CPython's PyObject_GenericGetDict. */
static GpObject *get_dict(GpObject *self) { return obj_get_dict_at(&EXC_OF(self)->dict); }
static int set_dict(GpObject *self, GpObject *value) {
    return obj_set_dict_at(&EXC_OF(self)->dict, value);
}

static GpGetSetDef base_getset[] = {
    {"__dict__", get_dict, set_dict, NULL},
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
FIELD_GETSET(os_filename2, OSErrorFull, filename2)
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
static GpObject *get_os_written(GpObject *self) {
    if (OSF(self)->written == -1)
        return err_set_str(&gp_exc_AttributeError, "characters_written");
    return int_from_i64(OSF(self)->written);
}
static int set_os_written(GpObject *self, GpObject *value) {
    if (!value) {
        if (OSF(self)->written == -1) {
            err_set_str(&gp_exc_AttributeError, "characters_written");
            return -1;
        }
        OSF(self)->written = -1;
        return 0;
    }
    intptr_t w = obj_as_ssize(value);
    if (w == -1 && err_occurred())
        return -1;
    OSF(self)->written = w;
    return 0;
}

static GpGetSetDef os_getset[] = {
    {"errno", get_os_errno, set_os_errno, NULL},
    {"strerror", get_os_strerror, set_os_strerror, NULL},
    {"filename", get_os_filename, set_os_filename, NULL},
    {"filename2", get_os_filename2, set_os_filename2, NULL},
    {"characters_written", get_os_written, set_os_written, NULL},
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

/* The Unicode errors' fields: encoding, object and reason any object (None when unset),
 * start and end C integers (CPython's T_OBJECT / T_PYSSIZET members). */
FIELD_GETSET(u_encoding, UnicodeErrorFull, encoding)
FIELD_GETSET(u_object, UnicodeErrorFull, object)
FIELD_GETSET(u_reason, UnicodeErrorFull, reason)

static int set_index_field(intptr_t *field, GpObject *value) {
    if (!value) {
        err_set_str(&gp_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!INT_CHECK(value)) {
        err_set_str(&gp_exc_TypeError, "an integer is required");
        return -1;
    }
    intptr_t v = obj_as_ssize(value);
    if (v == -1 && err_occurred())
        return -1;
    *field = v;
    return 0;
}
static GpObject *get_u_start(GpObject *self) {
    return int_from_i64(UNI(self)->start);
}
static int set_u_start(GpObject *self, GpObject *value) {
    return set_index_field(&UNI(self)->start, value);
}
static GpObject *get_u_end(GpObject *self) {
    return int_from_i64(UNI(self)->end);
}
static int set_u_end(GpObject *self, GpObject *value) {
    return set_index_field(&UNI(self)->end, value);
}
static GpGetSetDef unicode_getset[] = {
    {"encoding", get_u_encoding, set_u_encoding, NULL},
    {"object", get_u_object, set_u_object, NULL},
    {"start", get_u_start, set_u_start, NULL},
    {"end", get_u_end, set_u_end, NULL},
    {"reason", get_u_reason, set_u_reason, NULL},
    {NULL, NULL, NULL, NULL},
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

/* __reduce__: (type, args) or (type, args, __dict__) once the instance has a dict. */
static GpObject *exc_reduce(GpObject *self, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    GpException *e = EXC_OF(self);
    if (e->dict)
        return tuple_pack(3, (GpObject *)GP_TYPE(self), e->args, e->dict);
    return tuple_pack(2, (GpObject *)GP_TYPE(self), e->args);
}

/* __setstate__(state): each item of the dict state becomes an attribute. */
static GpObject *exc_setstate(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames) {
    (void)nargs, (void)kwnames;
    GpObject *state = args[0];
    if (state == GP_NONE)
        return gp_none();
    if (!DICT_CHECK(state))
        return err_set_str(&gp_exc_TypeError, "state is not a dictionary");
    intptr_t pos = 0;
    GpObject *k, *v;
    while (dict_next(state, &pos, &k, &v))
        if (obj_setattr(self, k, v) < 0)
            return NULL;
    return gp_none();
}

/* OSError's args were cut to (errno, strerror) when a file name was given: put it back. */
static GpObject *os_reduce(GpObject *self, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    GpException *e = EXC_OF(self);
    GpOSError *o = OSE(self);
    GpObject *a;
    if (TUPLE_SIZE(e->args) == 2 && o->filename) {
        GpObject *f2 = OSF(self)->filename2;
        a = f2 ? tuple_pack(5, TUPLE_ITEM(e->args, 0), TUPLE_ITEM(e->args, 1), o->filename, GP_NONE,
                            f2)
               : tuple_pack(3, TUPLE_ITEM(e->args, 0), TUPLE_ITEM(e->args, 1), o->filename);
        if (!a)
            return NULL;
    } else {
        a = gp_newref(e->args);
    }
    GpObject *r = e->dict ? tuple_pack(3, (GpObject *)GP_TYPE(self), a, e->dict)
                          : tuple_pack(2, (GpObject *)GP_TYPE(self), a);
    gp_decref(a);
    return r;
}

/* ImportError's state: its dict plus name and path (when set). */
static GpObject *import_reduce(GpObject *self, GpObject *const *args, intptr_t nargs,
                               GpObject *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    GpException *e = EXC_OF(self);
    GpExcNamed *n = NAMED(self);
    GpObject *state = e->dict ? gp_newref(e->dict) : NULL;
    if (n->name || n->extra) {
        GP_SETREF(state, e->dict ? dict_copy(e->dict) : dict_new());
        if (!state || (n->name && dict_setitem_cstr(state, "name", n->name) < 0) ||
            (n->extra && dict_setitem_cstr(state, "path", n->extra) < 0)) {
            gp_xdecref(state);
            return NULL;
        }
    }
    GpObject *r = state ? tuple_pack(3, (GpObject *)GP_TYPE(self), e->args, state)
                        : tuple_pack(2, (GpObject *)GP_TYPE(self), e->args);
    gp_xdecref(state);
    return r;
}

static GpMethodDef os_methods[] = {
    {"__reduce__", os_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpMethodDef import_methods[] = {
    {"__reduce__", import_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpMethodDef base_methods[] = {
    {"__reduce__", exc_reduce, METH_NOARGS, NULL},
    {"__setstate__", exc_setstate, METH_O, NULL},
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
    gp_exc_OSError.methods = os_methods;
    gp_exc_ImportError.methods = import_methods;
    set_family(&gp_exc_SyntaxError, sizeof(GpSyntaxError), syntax_getset);
    set_family(&gp_exc_StopIteration, sizeof(GpExcValue), stop_getset);
    set_family(&gp_exc_SystemExit, sizeof(GpExcValue), exit_getset);
    set_family(&gp_exc_OSError, sizeof(OSErrorFull), os_getset);
    set_family(&gp_exc_ImportError, sizeof(GpExcNamed), import_getset);
    set_family(&gp_exc_NameError, sizeof(GpExcNamed), name_getset);
    set_family(&gp_exc_AttributeError, sizeof(GpExcNamed), attr_getset);
    set_family(&gp_exc_UnicodeDecodeError, sizeof(UnicodeErrorFull), unicode_getset);
    set_family(&gp_exc_UnicodeEncodeError, sizeof(UnicodeErrorFull), unicode_getset);
    set_family(&gp_exc_UnicodeTranslateError, sizeof(UnicodeErrorFull), unicode_getset);
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
