/* traceback.c — traceback objects (one entry per frame an exception unwound through) and
 * the printing of uncaught exceptions in CPython 3.11's format (without the ^^^ markers).
 *
 * Invariants:
 * - An exception's traceback runs from the outermost frame to the one that raised: the
 *   VM prepends an entry (traceback_here) for each frame as the exception leaves it.
 * - Each entry holds its frame's frame object (tb_frame, frameobject.c), which keeps the
 *   frame's locals alive after the frame ends, as long as the traceback lives.
 * - Printing never raises: every failure falls back to a shorter text, and the caller's
 *   pending exception is preserved.
 * - Chains (__cause__ / __context__) are printed oldest first and are cycle-safe.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

#define TB_LIMIT 1000         /* sys.tracebacklimit's default */
#define TB_RECURSIVE_CUTOFF 3 /* identical entries shown before "[Previous line ...]" */

/* ---- The traceback type ---- */

static void tb_dealloc(GpObject *self) {
    /* Iterative, so a traceback 100,000 frames deep does not recurse in C. The entries
     * that die are unlinked first, then released innermost first: CPython's tb_dealloc
     * drops tb_next before tb_frame, so the called frames' locals die before the
     * callers'. */
    GpTraceback *dying = NULL;
    while (self) {
        GpTraceback *tb = (GpTraceback *)self;
        GpObject *next = tb->next;
        tb->next = (GpObject *)dying;
        dying = tb;
        self = NULL;
        if (next && --next->refcnt == 0)
            self = next;
    }
    while (dying) {
        GpTraceback *tb = dying;
        dying = (GpTraceback *)tb->next;
        tb->next = NULL;
        gp_xdecref(tb->frame);
        gp_xdecref(tb->code);
        obj_free((GpObject *)tb);
    }
}

static int tb_traverse(GpObject *self, VisitFn visit, void *arg) {
    GpTraceback *tb = (GpTraceback *)self;
    if (tb->next) {
        int r = visit(tb->next, arg);
        if (r)
            return r;
    }
    if (tb->frame) {
        int r = visit(tb->frame, arg);
        if (r)
            return r;
    }
    return tb->code ? visit(tb->code, arg) : 0;
}

static GpObject *tb_clear(GpObject *self) {
    GpTraceback *tb = (GpTraceback *)self;
    GP_CLEAR(tb->next);
    GP_CLEAR(tb->frame);
    return NULL;
}

static GpObject *tb_get_next(GpObject *self) {
    GpObject *n = ((GpTraceback *)self)->next;
    return gp_newref(n ? n : GP_NONE);
}

static int tb_set_next(GpObject *self, GpObject *value) {
    if (!value) {
        err_set_str(&gp_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (value == GP_NONE) {
        GP_CLEAR(((GpTraceback *)self)->next);
        return 0;
    }
    if (GP_TYPE(value) != &gp_type_traceback) {
        err_format(&gp_exc_TypeError, "expected traceback object or None, got '%s'",
                   obj_type_name(value));
        return -1;
    }
    for (GpObject *c = value; c; c = ((GpTraceback *)c)->next)
        if (c == self) {
            err_set_str(&gp_exc_ValueError, "traceback loop detected");
            return -1;
        }
    gp_incref(value);
    GP_SETREF(((GpTraceback *)self)->next, value);
    return 0;
}

static GpObject *tb_get_lineno(GpObject *self) {
    return int_from_i64(((GpTraceback *)self)->lineno);
}

static GpObject *tb_get_lasti(GpObject *self) {
    return int_from_i64((int64_t)((GpTraceback *)self)->lasti * 2);
}

static GpObject *tb_get_frame(GpObject *self) {
    GpObject *f = ((GpTraceback *)self)->frame;
    return gp_newref(f ? f : GP_NONE);
}

static GpGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_traceback = {
    GP_TYPE_HEAD,          .name = "traceback",     .basicsize = sizeof(GpTraceback),
    .flags = TPFLAG_GC,    .dealloc = tb_dealloc,   .traverse = tb_traverse,
    .clear = tb_clear,     .getset = tb_getset,
};

int traceback_here(void *frame) {
    GpFrame *f = (GpFrame *)frame;
    GpObject *exc = gp_interp->exc;
    if (!exc || !EXC_CHECK(exc))
        return 0;
    /* The frame object first: making it may run a collection, which sets the pending
     * exception aside and could not reach the traceback anyway. */
    GpObject *fo = frame_object(f);
    GpTraceback *tb = (GpTraceback *)obj_new(&gp_type_traceback, sizeof(GpTraceback));
    if (!tb)
        return -1;
    GpException *e = (GpException *)exc;
    int lasti = (int)(f->ip - f->code->code - 1);
    tb->next = e->traceback; /* takes over the exception's reference */
    tb->code = gp_newref((GpObject *)f->code);
    tb->frame = fo ? gp_newref(fo) : NULL;
    tb->lasti = lasti;
    tb->lineno = code_line_at(f->code, lasti);
    e->traceback = (GpObject *)tb;
    return 0;
}

/* ---- Source lines ---- */

/* The last file read, so a deep traceback reads each file once. */
typedef struct SourceCache {
    char *path;
    char *text;
    size_t len;
} SourceCache;

static void cache_free(SourceCache *c) {
    free(c->path);
    free(c->text);
    c->path = c->text = NULL;
}

/* Reads the whole file into the cache; 0 or -1 (unreadable). */
static int cache_load(SourceCache *c, const char *path) {
    if (c->path && strcmp(c->path, path) == 0)
        return c->text ? 0 : -1;
    cache_free(c);
    c->path = strdup(path);
    if (!c->path)
        return -1;
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 8192, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (len < cap)
            break;
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(f);
    if (!buf)
        return -1;
    c->text = buf;
    c->len = len;
    return 0;
}

/* Appends "    <line lineno of path, indentation stripped>\n" if it can be read. */
static void append_source_line(StrBuf *sb, SourceCache *c, GpObject *filename, int lineno) {
    const char *path = str_cstr(filename);
    size_t plen = strlen(path);
    if (lineno <= 0 || plen == 0 || (path[0] == '<' && path[plen - 1] == '>'))
        return;
    if (cache_load(c, path) < 0)
        return;
    const char *p = c->text, *end = c->text + c->len;
    for (int line = 1; line < lineno; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return;
        p = nl + 1;
    }
    if (p >= end)
        return;
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol)
        eol = end;
    if (eol > p && eol[-1] == '\r')
        eol--;
    while (p < eol && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    if (p == eol)
        return;
    sb_append_cstr(sb, "    ");
    sb_append(sb, p, eol - p);
    sb_append_char(sb, '\n');
}

/* ---- Formatting ---- */

static void append_tb_line(StrBuf *sb, SourceCache *c, GpTraceback *tb) {
    GpCode *co = (GpCode *)tb->code;
    sb_append_cstr(sb, "  File \"");
    sb_append_str(sb, co->filename);
    sb_printf(sb, "\", line %d, in ", tb->lineno);
    sb_append_str(sb, co->name);
    sb_append_char(sb, '\n');
    append_source_line(sb, c, co->filename, tb->lineno);
}

static void append_repeated(StrBuf *sb, intptr_t cnt) {
    cnt -= TB_RECURSIVE_CUTOFF;
    sb_printf(sb, "  [Previous line repeated %ld more time%s]\n", (long)cnt, cnt > 1 ? "s" : "");
}

/* sys.tracebacklimit if it is an int (huge ones clamp), else the default. */
static int64_t traceback_limit(void) {
    GpObject *sys = gp_interp->sys_module;
    GpObject *v = sys && MODULE_CHECK(sys) ? dict_getitem_cstr(MODULE_DICT(sys), "tracebacklimit")
                                           : NULL;
    int64_t limit = TB_LIMIT;
    if (v && INT_CHECK(v) && int_to_i64(v, &limit) < 0)
        limit = int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
    err_clear();
    return limit;
}

/* The entries of tbo, "Traceback (most recent call last):" first; only the innermost
 * sys.tracebacklimit of them, and nothing at all when that is 0 or less. */
static void append_traceback(StrBuf *sb, SourceCache *c, GpObject *tbo) {
    int64_t limit = traceback_limit();
    if (limit <= 0)
        return;
    sb_append_cstr(sb, "Traceback (most recent call last):\n");
    intptr_t depth = 0;
    for (GpObject *t = tbo; t; t = ((GpTraceback *)t)->next)
        depth++;
    GpTraceback *tb = (GpTraceback *)tbo;
    while (tb && depth > limit) {
        depth--;
        tb = (GpTraceback *)tb->next;
    }
    GpObject *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    intptr_t cnt = 0;
    for (; tb; tb = (GpTraceback *)tb->next) {
        GpCode *co = (GpCode *)tb->code;
        if (last_file == NULL || !str_eq(co->filename, last_file) || tb->lineno != last_line ||
            !str_eq(co->name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF)
                append_repeated(sb, cnt);
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF)
            append_tb_line(sb, c, tb);
    }
    if (cnt > TB_RECURSIVE_CUTOFF)
        append_repeated(sb, cnt);
}

GpObject *exc_type_display_name(GpType *type) {
    if (!(type->flags & TPFLAG_HEAPTYPE))
        return str_from_cstr(type->name);
    GpObject *mod = obj_getattr_cstr((GpObject *)type, "__module__");
    GpObject *qual = obj_getattr_cstr((GpObject *)type, "__qualname__");
    GpObject *r = NULL;
    if (!qual || !STR_CHECK(qual)) {
        err_clear();
        r = str_from_cstr(type->name);
    } else if (!mod || !STR_CHECK(mod)) {
        err_clear();
        r = str_from_format("<unknown>.%U", qual);
    } else if (str_eq_cstr(mod, "builtins") || str_eq_cstr(mod, "__main__")) {
        r = gp_newref(qual);
    } else {
        r = str_from_format("%U.%U", mod, qual);
    }
    gp_xdecref(mod);
    gp_xdecref(qual);
    return r;
}

/* Reads an int attribute (NULL/None → dflt); -1 with an exception if not an int. */
static int int_field(GpObject *v, intptr_t dflt, intptr_t *out) {
    if (!v || v == GP_NONE) {
        *out = dflt;
        return 0;
    }
    intptr_t x = obj_as_ssize(v);
    if (x == -1 && err_occurred())
        return -1;
    *out = x;
    return 0;
}

/* CPython's print_error_text: the source line without its indentation and a caret line. */
static void append_error_text(StrBuf *sb, intptr_t offset, intptr_t end_offset, const char *text) {
    intptr_t caret_reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    intptr_t len = (intptr_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl)
            break;
        intptr_t inl = nl - text;
        if (inl >= offset)
            break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    sb_append_cstr(sb, "    ");
    sb_append_cstr(sb, text);
    if (text[len] != '\n')
        sb_append_char(sb, '\n');
    if (offset < 0)
        return;
    sb_append_cstr(sb, "    ");
    while (--offset >= 0)
        sb_append_char(sb, ' ');
    for (intptr_t i = 0; i < caret_reps; i++)
        sb_append_char(sb, '^');
    sb_append_char(sb, '\n');
}

/* The "File ..., line N" block of a SyntaxError; returns its msg (new ref) to print after
 * the type, or NULL (no exception) if the fields are unusable (printed like others). */
static GpObject *append_syntax_location(StrBuf *sb, GpObject *exc) {
    GpSyntaxError *s = (GpSyntaxError *)exc;
    intptr_t lineno, offset, end_lineno, end_offset;
    if (!s->lineno || s->lineno == GP_NONE)
        return NULL;
    if (int_field(s->lineno, 0, &lineno) < 0 || int_field(s->offset, -1, &offset) < 0)
        goto fail;
    if (GP_TYPE(exc) == &gp_exc_SyntaxError) {
        if (int_field(s->end_lineno, lineno, &end_lineno) < 0 ||
            int_field(s->end_offset, -1, &end_offset) < 0)
            goto fail;
    } else {
        end_lineno = lineno;
        end_offset = -1;
    }
    GpObject *fname = s->filename ? obj_str(s->filename) : str_from_cstr("<string>");
    if (!fname)
        goto fail;
    sb_append_cstr(sb, "  File \"");
    sb_append_str(sb, fname);
    sb_printf(sb, "\", line %ld\n", (long)lineno);
    gp_decref(fname);
    if (s->text && STR_CHECK(s->text)) {
        intptr_t line_size = STR_NBYTES(s->text);
        if (end_lineno > lineno)
            end_offset = line_size;
        if (end_offset > line_size + 1)
            end_offset = line_size + 1;
        append_error_text(sb, offset, end_offset, str_cstr(s->text));
    }
    return gp_newref(s->msg ? s->msg : GP_NONE);
fail:
    err_clear();
    return NULL;
}

/* __notes__ as CPython 3.11 prints them: a sequence (a str is one too) gives one line per
 * item, str() of the items that are not str; anything else is written as its repr, with
 * no newline. */
static void append_notes(StrBuf *sb, GpException *e) {
    GpObject *notes = e->dict ? dict_getitem_cstr(e->dict, "__notes__") : NULL;
    if (!notes)
        return;
    gp_incref(notes);
    if (!GP_TYPE(notes)->getitem || DICT_CHECK(notes)) {
        GpObject *r = obj_repr(notes);
        if (r) {
            sb_append_str(sb, r);
            gp_decref(r);
        } else {
            sb_append_cstr(sb, "<__notes__ repr() failed>");
        }
        gp_decref(notes);
        return;
    }
    intptr_t n = obj_len(notes);
    for (intptr_t i = 0; i < n; i++) {
        GpObject *index = int_from_i64(i);
        GpObject *note = index ? obj_getitem(notes, index) : NULL;
        gp_xdecref(index);
        if (!note)
            break;
        GpObject *s = STR_CHECK(note) ? gp_newref(note) : obj_str(note);
        if (s) {
            sb_append_str(sb, s);
            gp_decref(s);
        } else {
            err_clear();
            sb_append_cstr(sb, "<note str() failed>");
        }
        sb_append_char(sb, '\n');
        gp_decref(note);
    }
    gp_decref(notes);
}

/* One exception without its chain: traceback, location, "Type: message", notes. */
static void append_one(StrBuf *sb, SourceCache *c, GpObject *exc) {
    if (!EXC_CHECK(exc)) {
        sb_printf(sb, "TypeError: print_exception(): Exception expected for value, %s found\n",
                  obj_type_name(exc));
        return;
    }
    GpException *e = (GpException *)exc;
    if (e->traceback)
        append_traceback(sb, c, e->traceback);
    GpObject *message = NULL;
    if (obj_is_instance_of(exc, &gp_exc_SyntaxError))
        message = append_syntax_location(sb, exc);
    GpObject *tname = exc_type_display_name(GP_TYPE(exc));
    if (tname) {
        sb_append_str(sb, tname);
        gp_decref(tname);
    } else {
        err_clear();
        sb_append_cstr(sb, GP_TYPE(exc)->name);
    }
    GpObject *s = obj_str(message ? message : exc);
    if (!s) {
        err_clear();
        sb_append_cstr(sb, ": <exception str() failed>");
    } else {
        if (STR_NBYTES(s) > 0) {
            sb_append_cstr(sb, ": ");
            sb_append_str(sb, s);
        }
        gp_decref(s);
    }
    sb_append_char(sb, '\n');
    gp_xdecref(message);
    append_notes(sb, e);
    err_clear();
}

static const char cause_message[] =
    "\nThe above exception was the direct cause of the following exception:\n\n";
static const char context_message[] =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

GpObject *exc_format(GpObject *exc) {
    GpObject *saved = err_fetch();
    StrBuf sb = STRBUF_INIT;
    SourceCache cache = {NULL, NULL, 0};
    /* The chain, newest first: chain[i+1] is chain[i]'s cause or context. */
    intptr_t n = 0, cap = 8;
    GpObject **chain = mem_alloc((size_t)cap * sizeof(GpObject *));
    char *via_cause = mem_alloc((size_t)cap);
    GpObject *r = NULL;
    if (!chain || !via_cause) {
        err_no_memory();
        goto done;
    }
    chain[n++] = exc;
    for (;;) {
        GpObject *cur = chain[n - 1], *next = NULL;
        int is_cause = 0;
        if (!EXC_CHECK(cur))
            break;
        GpException *e = (GpException *)cur;
        if (e->cause) {
            next = e->cause;
            is_cause = 1;
        } else if (e->context && !e->suppress_context) {
            next = e->context;
        }
        if (!next)
            break;
        int seen = 0;
        for (intptr_t i = 0; i < n; i++)
            if (chain[i] == next)
                seen = 1;
        if (seen)
            break;
        if (n == cap) {
            GpObject **nc = mem_realloc(chain, (size_t)cap * 2 * sizeof(GpObject *));
            char *nv = nc ? mem_realloc(via_cause, (size_t)cap * 2) : NULL;
            if (nc)
                chain = nc;
            if (!nv)
                break;
            via_cause = nv;
            cap *= 2;
        }
        via_cause[n - 1] = (char)is_cause;
        chain[n++] = next;
    }
    for (intptr_t i = n - 1; i >= 0; i--) {
        append_one(&sb, &cache, chain[i]);
        if (i > 0)
            sb_append_cstr(&sb, via_cause[i - 1] ? cause_message : context_message);
    }
    r = sb_finish(&sb);
done:
    mem_free(chain);
    mem_free(via_cause);
    cache_free(&cache);
    if (r)
        err_restore(saved);
    else
        gp_xdecref(saved);
    return r;
}
