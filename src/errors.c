/* errors.c — the pending exception: raising helpers, fetch/restore, matching, and printing
 * an uncaught exception (sys.excepthook's job).
 *
 * Invariants:
 * - gp_interp->exc is the one pending exception (an instance, never a bare type) or NULL;
 *   it owns a reference. Setting a new one drops the old one.
 * - err_no_memory never allocates: it raises the MemoryError preallocated at start-up
 *   (reset before each use) when allocating a fresh one fails or is not safe.
 * - Every raising helper returns NULL so `return err_format(...)` reads naturally.
 */
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "errors.h"
#include "interp.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

/* Makes exc (stolen) the pending exception. */
static void set_pending_steal(GpObject *exc) {
    GP_SETREF(gp_interp->exc, exc);
}

GpObject *err_set_object(GpType *type, GpObject *value) {
    GpObject *exc;
    if (value && EXC_CHECK(value) && obj_is_instance_of(value, type)) {
        set_pending_steal(gp_newref(value));
        return NULL;
    }
    if (!value) {
        exc = exc_new(type, NULL);
    } else if (TUPLE_CHECK(value)) {
        exc = exc_new(type, value);
    } else {
        GpObject *args = tuple_pack(1, value);
        if (!args)
            return NULL;
        exc = exc_new(type, args);
        gp_decref(args);
    }
    if (exc)
        set_pending_steal(exc);
    return NULL;
}

GpObject *err_set_str(GpType *type, const char *msg) {
    GpObject *s = str_from_cstr(msg);
    if (!s)
        return NULL;
    err_set_object(type, s);
    gp_decref(s);
    return NULL;
}

GpObject *err_format(GpType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    GpObject *msg = str_from_vformat(fmt, ap);
    va_end(ap);
    if (!msg)
        return NULL;
    err_set_object(type, msg);
    gp_decref(msg);
    return NULL;
}

GpObject *err_set_key_error(GpObject *key) {
    GpObject *args = tuple_pack(1, key);
    if (!args)
        return NULL;
    err_set_object(&gp_exc_KeyError, args);
    gp_decref(args);
    return NULL;
}

GpObject *err_set_stop_iteration(GpObject *value) {
    if (!value)
        return err_set_object(&gp_exc_StopIteration, NULL);
    GpObject *args = tuple_pack(1, value);
    if (!args)
        return NULL;
    err_set_object(&gp_exc_StopIteration, args);
    gp_decref(args);
    return NULL;
}

GpObject *err_set_from_errno(GpType *type, const char *filename) {
    int e = errno;
    GpObject *args = NULL, *num = NULL, *msg = NULL, *fname = NULL;
    if (e == ENOMEM)
        return err_no_memory();
    num = int_from_i64(e);
    msg = str_from_cstr(strerror(e));
    if (!num || !msg)
        goto done;
    if (filename) {
        fname = str_decode_utf8(filename, (intptr_t)strlen(filename));
        if (!fname)
            goto done;
        args = tuple_pack(3, num, msg, fname);
    } else {
        args = tuple_pack(2, num, msg);
    }
    if (args)
        err_set_object(type, args);
done:
    gp_xdecref(args);
    gp_xdecref(num);
    gp_xdecref(msg);
    gp_xdecref(fname);
    return NULL;
}

GpObject *err_no_memory(void) {
    if (!gp_interp)
        return NULL;
    GpException *pre = (GpException *)gp_interp->memory_error;
    if (pre && GP_REFCNT(pre) == 1) {
        /* Not in use anywhere else: reset and raise it without allocating. */
        GP_CLEAR(pre->traceback);
        GP_CLEAR(pre->context);
        GP_CLEAR(pre->cause);
        pre->suppress_context = 0;
        set_pending_steal(gp_newref((GpObject *)pre));
        return NULL;
    }
    GpObject *exc = exc_new(&gp_exc_MemoryError, NULL);
    if (exc) {
        set_pending_steal(exc);
    } else if (pre) {
        /* Allocation failed and the preallocated one is busy: share it. */
        err_clear();
        set_pending_steal(gp_newref((GpObject *)pre));
    }
    return NULL;
}

GpObject *err_bad_internal_call(void) {
    return err_set_str(&gp_exc_TypeError, "bad argument type for built-in operation");
}

/* A str from UTF-8 that may be invalid (source text): None when it cannot be decoded.
 * New reference or NULL (MemoryError). */
static GpObject *str_or_none(const char *s) {
    if (!s)
        return gp_none();
    GpObject *r = str_decode_utf8(s, (intptr_t)strlen(s));
    if (!r && err_matches(&gp_exc_UnicodeError)) {
        err_clear();
        return gp_none();
    }
    return r;
}

static GpObject *int_or_none(int v) {
    return v > 0 ? int_from_i64(v) : gp_none();
}

GpObject *err_set_syntax(GpType *type, const char *msg, const char *filename, int lineno,
                         int offset, const char *text, int end_lineno, int end_offset) {
    GpObject *m = NULL, *info = NULL, *args = NULL;
    GpObject *f[6] = {NULL};
    m = str_from_cstr(msg);
    if (!m)
        goto done;
    f[0] = str_or_none(filename);
    f[1] = int_or_none(lineno);
    f[2] = int_or_none(offset);
    f[3] = str_or_none(text);
    f[4] = int_or_none(end_lineno);
    /* CPython reports end_offset 0 when it has none (e.g. "'(' was never closed"). */
    f[5] = end_offset >= 0 ? int_from_i64(end_offset) : gp_none();
    for (int i = 0; i < 6; i++)
        if (!f[i])
            goto done;
    info = tuple_from_array(f, 6);
    if (!info)
        goto done;
    args = tuple_pack(2, m, info);
    if (args)
        err_set_object(type, args);
done:
    for (int i = 0; i < 6; i++)
        gp_xdecref(f[i]);
    gp_xdecref(m);
    gp_xdecref(info);
    gp_xdecref(args);
    return NULL;
}

/* ---- Inspecting and moving the pending exception ---- */

GpType *err_occurred(void) {
    return gp_interp->exc ? GP_TYPE(gp_interp->exc) : NULL;
}

int err_matches(GpType *type) {
    GpObject *exc = gp_interp->exc;
    return exc && obj_is_instance_of(exc, type);
}

static bool is_type(GpObject *o) {
    return GP_TYPE(o) == &gp_type_type || (GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS);
}

int err_given_matches(GpObject *exc, GpObject *cls) {
    if (!exc || !cls)
        return 0;
    if (TUPLE_CHECK(cls)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(cls); i++)
            if (err_given_matches(exc, TUPLE_ITEM(cls, i)))
                return 1;
        return 0;
    }
    if (is_type(cls)) {
        GpType *t;
        if (EXC_CHECK(exc))
            t = GP_TYPE(exc);
        else if (is_type(exc))
            t = (GpType *)exc;
        else
            return 0;
        return t == (GpType *)cls || type_is_subtype(t, (GpType *)cls);
    }
    return exc == cls;
}

GpObject *err_fetch(void) {
    GpObject *exc = gp_interp->exc;
    gp_interp->exc = NULL;
    return exc;
}

void err_restore(GpObject *exc) {
    set_pending_steal(exc);
}

void err_clear(void) {
    GP_CLEAR(gp_interp->exc);
}

/* ---- Printing ---- */

/* Writes text (a str) to sys.stderr; nothing if that is None (as CPython), the C stderr if
 * it is missing or its write fails. */
static void write_stderr(GpObject *text) {
    GpObject *errf = file_sys_stream(GP_ID(stderr));
    if (errf == GP_NONE) {
        gp_decref(errf);
        return;
    }
    if (errf) {
        if (file_write_obj(errf, text) < 0 || file_flush_obj(errf) < 0) {
            err_clear();
            fwrite(STR_DATA(text), 1, (size_t)STR_NBYTES(text), stderr);
        }
    } else {
        err_clear();
        fwrite(STR_DATA(text), 1, (size_t)STR_NBYTES(text), stderr);
    }
    gp_xdecref(errf);
}

static void write_stderr_cstr(const char *s) {
    GpObject *text = str_from_cstr(s);
    if (text) {
        write_stderr(text);
        gp_decref(text);
    } else {
        err_clear();
        fputs(s, stderr);
    }
}

/* Puts back the cause and context detached from e (steals both), unless Python code (a
 * __str__) set new ones meanwhile. */
static void reattach_chain(GpException *e, GpObject *cause, GpObject *context) {
    if (!e->cause)
        e->cause = cause;
    else
        gp_xdecref(cause);
    if (!e->context)
        e->context = context;
    else
        gp_xdecref(context);
}

/* CPython's unraisable hook (used for exceptions in __del__, a dying generator's close, gc
 * callbacks): the exception's own traceback and "Type: message" only -- no chained causes
 * or contexts, no notes, and ": " even when the message is empty. The chain and notes are
 * detached while exc_format runs and put back after. New str, or NULL (no exception). */
static GpObject *format_unraisable(GpObject *exc) {
    GpObject *cause = NULL, *context = NULL, *notes = NULL;
    GpException *e = EXC_CHECK(exc) ? (GpException *)exc : NULL;
    if (e) {
        cause = e->cause;
        context = e->context;
        e->cause = e->context = NULL;
        if (e->dict && DICT_CHECK(e->dict)) {
            notes = dict_getitem_cstr(e->dict, "__notes__");
            if (notes) {
                gp_incref(notes);
                GpObject *key = str_from_cstr("__notes__");
                if (!key || dict_delitem(e->dict, key) < 0) {
                    err_clear();
                    GP_CLEAR(notes);
                }
                gp_xdecref(key);
            }
        }
    }
    GpObject *text = exc_format(exc);
    GpObject *tname = text && e ? exc_type_display_name(GP_TYPE(exc)) : NULL;
    if (e) {
        reattach_chain(e, cause, context);
        if (notes) {
            if (!e->dict || dict_setitem_cstr(e->dict, "__notes__", notes) < 0)
                err_clear();
            gp_decref(notes);
        }
    }
    if (text && tname) {
        /* An empty message: the text ends with the bare type name ("...\nValueError\n"). */
        const char *data = STR_DATA(text);
        size_t n = (size_t)STR_NBYTES(text), tn = (size_t)STR_NBYTES(tname);
        if (n > tn && data[n - 1] == '\n' && memcmp(data + n - 1 - tn, STR_DATA(tname), tn) == 0 &&
            (n - 1 - tn == 0 || data[n - 2 - tn] == '\n')) {
            StrBuf sb = STRBUF_INIT;
            sb_append(&sb, data, (intptr_t)n - 1);
            sb_append_cstr(&sb, ": \n");
            gp_decref(text);
            text = sb_finish(&sb);
        }
    }
    gp_xdecref(tname);
    err_clear();
    return text;
}

void exc_print(GpObject *exc, FILE *out) {
    GpObject *saved = err_fetch();
    GpObject *text = format_unraisable(exc);
    if (text) {
        fwrite(STR_DATA(text), 1, (size_t)STR_NBYTES(text), out);
        gp_decref(text);
    } else {
        fputs("<exception could not be printed>\n", out);
    }
    fflush(out);
    err_restore(saved);
}

void err_write_unraisable(GpObject *exc, GpObject *obj) {
    GpObject *saved = err_fetch();
    file_flush_std();
    GpObject *where = obj ? obj_repr(obj) : NULL;
    if (obj && !where)
        err_clear();
    GpObject *head = obj ? str_from_format("Exception ignored in: %s\n",
                                           where ? str_cstr(where) : "<object repr() failed>")
                         : NULL;
    gp_xdecref(where);
    if (head) {
        write_stderr(head);
        gp_decref(head);
    }
    err_clear();
    GpObject *text = exc ? format_unraisable(exc) : NULL;
    if (text) {
        write_stderr(text);
        gp_decref(text);
    }
    err_clear();
    err_restore(saved);
}

GpObject *exc_format_chain(GpObject *exc, int chain) {
    if (chain || !EXC_CHECK(exc))
        return exc_format(exc);
    GpException *e = (GpException *)exc;
    GpObject *cause = e->cause, *context = e->context;
    e->cause = e->context = NULL;
    GpObject *text = exc_format(exc);
    reattach_chain(e, cause, context);
    return text;
}

void err_display(GpObject *exc) {
    GpObject *saved = err_fetch();
    GpObject *text = exc_format(exc);
    if (!text) {
        err_clear();
        fputs("<exception could not be printed>\n", stderr);
    } else {
        write_stderr(text);
        gp_decref(text);
    }
    err_restore(saved);
}

/* sys.excepthook: NULL if it is the built-in default (or missing: *missing set), else a
 * borrowed reference to the replacement. */
static GpObject *custom_excepthook(int *missing) {
    *missing = 0;
    GpObject *sys = gp_interp->sys_module;
    GpObject *hook = sys ? dict_getitem_cstr(MODULE_DICT(sys), "excepthook") : NULL;
    if (!hook) {
        err_clear();
        *missing = sys != NULL;
        return NULL;
    }
    return sys_is_default_excepthook(hook) ? NULL : hook;
}

void err_print(void) {
    GpObject *exc = err_fetch();
    if (!exc)
        return;
    /* CPython flushes stdout first so the traceback follows what the program printed. */
    file_flush_std();
    int missing;
    GpObject *hook = custom_excepthook(&missing);
    if (!hook) {
        if (missing)
            write_stderr_cstr("sys.excepthook is missing\n");
        err_display(exc);
        gp_decref(exc);
        return;
    }
    /* A replaced sys.excepthook gets (type, value, traceback); if it fails, both are shown. */
    GpObject *tb = EXC_CHECK(exc) ? exc_get_traceback(exc) : NULL;
    GpObject *args[3] = {(GpObject *)GP_TYPE(exc), exc, tb ? tb : GP_NONE};
    gp_incref(hook);
    GpObject *r = obj_call(hook, args, 3, NULL);
    gp_decref(hook);
    if (r) {
        gp_decref(r);
    } else {
        GpObject *exc2 = err_fetch();
        write_stderr_cstr("Error in sys.excepthook:\n");
        if (exc2)
            err_display(exc2);
        write_stderr_cstr("\nOriginal exception was:\n");
        err_display(exc);
        gp_xdecref(exc2);
    }
    file_flush_std();
    gp_decref(exc);
}
