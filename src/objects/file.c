/* file.c — sys.stdin/stdout/stderr: minimal UTF-8 text streams over fds with their own
 * buffers (type _io.TextIOWrapper).
 *
 * Invariants:
 * - A writable stream keeps unwritten bytes in wbuf[0..wlen) (wlen < WBUF_SIZE after every
 *   call returns, unless a flush failed); a line-buffered stream holds no '\n' there after
 *   a write; a write-through stream holds nothing.
 * - A readable stream keeps read-ahead bytes in rbuf[rpos..rlen).
 * - The fd is never closed (the std streams are closefd=False in CPython); close() only
 *   flushes and marks the stream closed.
 * - A failed write (EPIPE ...) drops the buffered bytes and raises OSError, so a broken
 *   pipe is reported once.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "objects/file.h"

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm.h"

#define WBUF_SIZE 8192
#define RBUF_SIZE 8192

typedef struct GpFile {
    GP_HEAD;
    int fd;
    GpObject *name; /* str: "<stdout>" */
    uint8_t writable, line_buffered, write_through, closed, eof;
    char *wbuf; /* WBUF_SIZE bytes, writable streams */
    intptr_t wlen;
    char *rbuf; /* read-ahead, readable streams */
    intptr_t rpos, rlen, rcap;
} GpFile;

GpObject *file_new_fd(int fd, const char *name, int writable, int line_buffered,
                      int write_through) {
    GpFile *f = (GpFile *)obj_new(&gp_type_file, sizeof(GpFile));
    if (!f)
        return NULL;
    f->fd = fd;
    f->writable = (uint8_t)(writable != 0);
    f->line_buffered = (uint8_t)(line_buffered != 0);
    f->write_through = (uint8_t)(write_through != 0);
    f->name = str_from_cstr(name);
    if (!f->name)
        goto error;
    if (writable) {
        f->wbuf = mem_alloc(WBUF_SIZE);
        if (!f->wbuf) {
            err_no_memory();
            goto error;
        }
    }
    return (GpObject *)f;
error:
    gp_decref((GpObject *)f);
    return NULL;
}

static void file_dealloc(GpObject *self) {
    GpFile *f = (GpFile *)self;
    gp_xdecref(f->name);
    mem_free(f->wbuf);
    mem_free(f->rbuf);
    obj_free(self);
}

/* ---- Writing ---- */

/* Writes n bytes to the fd, retrying on EINTR / short writes. 0 or -1 with errno. */
static int write_all(int fd, const char *s, intptr_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, (size_t)n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        s += w;
        n -= w;
    }
    return 0;
}

static int flush_buffer(GpFile *f) {
    if (f->wlen == 0)
        return 0;
    intptr_t n = f->wlen;
    f->wlen = 0;
    if (write_all(f->fd, f->wbuf, n) < 0) {
        err_set_from_errno(&gp_exc_OSError, NULL);
        return -1;
    }
    return 0;
}

static GpObject *err_closed(void) {
    return err_set_str(&gp_exc_ValueError, "I/O operation on closed file.");
}

int file_write_utf8(GpObject *self, const char *s, intptr_t n) {
    GpFile *f = (GpFile *)self;
    if (f->closed) {
        err_closed();
        return -1;
    }
    if (!f->writable) {
        err_set_str(&gp_exc_OSError, "not writable");
        return -1;
    }
    if (f->wlen + n > WBUF_SIZE) {
        if (flush_buffer(f) < 0)
            return -1;
        if (n >= WBUF_SIZE) {
            if (write_all(f->fd, s, n) < 0) {
                err_set_from_errno(&gp_exc_OSError, NULL);
                return -1;
            }
            return 0;
        }
    }
    memcpy(f->wbuf + f->wlen, s, (size_t)n);
    f->wlen += n;
    if (f->write_through ||
        (f->line_buffered && (memchr(s, '\n', (size_t)n) || memchr(s, '\r', (size_t)n))))
        return flush_buffer(f);
    return 0;
}

int file_write_obj(GpObject *f, GpObject *s) {
    if (FILE_CHECK(f) && STR_CHECK(s))
        return file_write_utf8(f, STR_DATA(s), STR_NBYTES(s));
    GpObject *r = obj_call_method(f, "write", &s, 1);
    if (!r)
        return -1;
    gp_decref(r);
    return 0;
}

int file_write_cstr(GpObject *f, const char *s) {
    if (FILE_CHECK(f))
        return file_write_utf8(f, s, (intptr_t)strlen(s));
    GpObject *str = str_from_cstr(s);
    if (!str)
        return -1;
    int r = file_write_obj(f, str);
    gp_decref(str);
    return r;
}

int file_flush_obj(GpObject *f) {
    if (FILE_CHECK(f)) {
        if (((GpFile *)f)->closed) {
            err_closed();
            return -1;
        }
        return flush_buffer((GpFile *)f);
    }
    GpObject *r = obj_call_method(f, "flush", NULL, 0);
    if (!r)
        return -1;
    gp_decref(r);
    return 0;
}

void file_flush_std(void) {
    if (!gp_interp)
        return;
    GpObject *saved = err_fetch();
    GpObject *streams[2] = {gp_interp->std_out, gp_interp->std_err};
    for (int i = 0; i < 2; i++) {
        GpFile *f = (GpFile *)streams[i];
        if (f && !f->closed && flush_buffer(f) < 0)
            err_clear();
    }
    /* A replaced sys.stdout (e.g. a user object) is flushed too, as CPython's flush_io. */
    GpObject *cur = file_sys_stream(GP_ID(stdout));
    if (cur && cur != GP_NONE && cur != gp_interp->std_out && file_flush_obj(cur) < 0)
        err_clear();
    gp_xdecref(cur);
    err_restore(saved);
}

void file_discard_std(void) {
    if (gp_interp && gp_interp->std_out)
        ((GpFile *)gp_interp->std_out)->wlen = 0;
}

GpObject *file_sys_stream(GpObject *name) {
    if (!gp_interp->sys_module)
        return NULL;
    GpObject *v = dict_getitem(MODULE_DICT(gp_interp->sys_module), name);
    if (!v) {
        err_clear();
        return NULL;
    }
    return gp_newref(v);
}

int file_closed(GpObject *f) {
    return FILE_CHECK(f) && ((GpFile *)f)->closed;
}

int file_fd(GpObject *f) {
    return FILE_CHECK(f) ? ((GpFile *)f)->fd : -1;
}

/* ---- Reading ---- */

/* Reads more bytes into rbuf. Returns the count (0 at EOF) or -1 with an exception. */
static intptr_t fill(GpFile *f) {
    if (f->eof)
        return 0;
    if (f->rpos > 0 && f->rpos == f->rlen)
        f->rpos = f->rlen = 0;
    if (f->rlen + RBUF_SIZE > f->rcap) {
        if (f->rpos > 0) {
            memmove(f->rbuf, f->rbuf + f->rpos, (size_t)(f->rlen - f->rpos));
            f->rlen -= f->rpos;
            f->rpos = 0;
        }
        if (f->rlen + RBUF_SIZE > f->rcap) {
            intptr_t cap = f->rcap ? f->rcap * 2 : RBUF_SIZE;
            while (cap < f->rlen + RBUF_SIZE)
                cap *= 2;
            char *nb = mem_realloc(f->rbuf, (size_t)cap);
            if (!nb) {
                err_no_memory();
                return -1;
            }
            f->rbuf = nb;
            f->rcap = cap;
        }
    }
    for (;;) {
        ssize_t r = read(f->fd, f->rbuf + f->rlen, RBUF_SIZE);
        if (r < 0) {
            if (errno == EINTR) {
                if (vm_check_signals() < 0)
                    return -1;
                continue;
            }
            err_set_from_errno(&gp_exc_OSError, NULL);
            return -1;
        }
        if (r == 0)
            f->eof = 1;
        f->rlen += r;
        return r;
    }
}

static int check_readable(GpFile *f) {
    if (f->closed) {
        err_closed();
        return -1;
    }
    if (f->writable) {
        err_set_str(&gp_exc_OSError, "not readable");
        return -1;
    }
    return 0;
}

/* Bytes of the first `chars` code points in s[0..n) (all of them if fewer). */
static intptr_t utf8_prefix(const char *s, intptr_t n, intptr_t chars) {
    intptr_t i = 0;
    while (i < n && chars > 0) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        chars--;
    }
    return i;
}

/* Code points in s[0..n) (lead bytes), and whether the last one is complete. */
static intptr_t utf8_count(const char *s, intptr_t n, int *last_complete) {
    intptr_t cps = 0, last = -1;
    for (intptr_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            cps++;
            last = i;
        }
    *last_complete = 1;
    if (last >= 0) {
        unsigned char b = (unsigned char)s[last];
        intptr_t need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        *last_complete = n - last >= need;
    }
    return cps;
}

/* Takes up to `limit` code points (-1: no limit), stopping after a '\n' if `line`. */
static GpObject *read_text(GpFile *f, intptr_t limit, int line) {
    if (check_readable(f) < 0)
        return NULL;
    intptr_t scanned = 0;
    for (;;) {
        const char *start = f->rbuf ? f->rbuf + f->rpos : "";
        intptr_t avail = f->rlen - f->rpos;
        intptr_t take = -1;
        if (line && avail > scanned) {
            const char *nl = memchr(start + scanned, '\n', (size_t)(avail - scanned));
            if (nl)
                take = nl - start + 1;
            else
                scanned = avail;
        }
        if (limit >= 0) {
            intptr_t upto = take >= 0 ? take : avail;
            int complete;
            intptr_t cps = utf8_count(start, upto, &complete);
            if (cps > limit || (cps == limit && complete))
                take = utf8_prefix(start, upto, limit);
        }
        if (take < 0 && f->eof)
            take = avail;
        if (take >= 0) {
            GpObject *r = take == 0 ? str_from_cstr("") : str_decode_utf8(start, take);
            if (r)
                f->rpos += take;
            return r;
        }
        if (fill(f) < 0)
            return NULL;
    }
}

GpObject *file_readline(GpObject *f) {
    return read_text((GpFile *)f, -1, 1);
}

GpObject *file_readline_obj(GpObject *f) {
    if (FILE_CHECK(f))
        return file_readline(f);
    return obj_call_method(f, "readline", NULL, 0);
}

/* ---- Methods ---- */

static GpObject *file_write_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    (void)nargs;
    (void)kwnames;
    GpObject *s = args[0];
    if (!STR_CHECK(s))
        return err_format(&gp_exc_TypeError, "write() argument must be str, not %T", s);
    if (file_write_utf8(self, STR_DATA(s), STR_NBYTES(s)) < 0)
        return NULL;
    return int_from_i64(STR_LEN(s));
}

static GpObject *file_flush_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    GpFile *f = (GpFile *)self;
    if (f->closed)
        return err_closed();
    if (f->writable && flush_buffer(f) < 0)
        return NULL;
    return gp_none();
}

/* The optional size argument of read/readline: -1 when absent or None. */
static int size_arg(const char *fname, GpObject *const *args, intptr_t nargs, intptr_t *out) {
    if (args_check_count(fname, nargs, 0, 1) < 0)
        return -1;
    *out = -1;
    if (nargs == 1 && args[0] != GP_NONE) {
        intptr_t v = obj_as_ssize(args[0]);
        if (v == -1 && err_occurred())
            return -1;
        *out = v < 0 ? -1 : v;
    }
    return 0;
}

static GpObject *file_readline_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    (void)kwnames;
    intptr_t size;
    if (size_arg("readline", args, nargs, &size) < 0)
        return NULL;
    return read_text((GpFile *)self, size, 1);
}

static GpObject *file_read_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    (void)kwnames;
    intptr_t size;
    if (size_arg("read", args, nargs, &size) < 0)
        return NULL;
    return read_text((GpFile *)self, size, 0);
}

static GpObject *file_readlines_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                     GpObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    GpObject *lst = list_new(0);
    if (!lst)
        return NULL;
    for (;;) {
        GpObject *line = read_text((GpFile *)self, -1, 1);
        if (!line)
            goto error;
        if (STR_NBYTES(line) == 0) {
            gp_decref(line);
            return lst;
        }
        if (list_append_steal(lst, line) < 0)
            goto error;
    }
error:
    gp_decref(lst);
    return NULL;
}

static GpObject *file_fileno_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return int_from_i64(((GpFile *)self)->fd);
}

static GpObject *file_isatty_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    GpFile *f = (GpFile *)self;
    if (f->closed)
        return err_closed();
    return gp_bool(isatty(f->fd));
}

static GpObject *file_readable_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return gp_bool(!((GpFile *)self)->writable);
}

static GpObject *file_writable_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return gp_bool(((GpFile *)self)->writable);
}

static GpObject *file_close_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    GpFile *f = (GpFile *)self;
    if (f->closed)
        return gp_none();
    int r = f->writable ? flush_buffer(f) : 0;
    f->closed = 1;
    return r < 0 ? NULL : gp_none();
}

static GpObject *file_enter_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    if (((GpFile *)self)->closed)
        return err_closed();
    return gp_newref(self);
}

static GpObject *file_exit_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                GpObject *kwnames) {
    return file_close_meth(self, args, nargs, kwnames);
}

/* __sizeof__: honest (DESIGN.md §2.4): the object's block and its buffers. */
static GpObject *file_sizeof_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    GpFile *f = (GpFile *)self;
    return int_from_i64((int64_t)(obj_alloc_size(self) + mem_size(f->wbuf) + mem_size(f->rbuf)));
}

static GpMethodDef file_methods[] = {
    {"__sizeof__", file_sizeof_meth, METH_NOARGS, NULL},
    {"write", file_write_meth, METH_O, NULL},
    {"flush", file_flush_meth, METH_NOARGS, NULL},
    {"readline", file_readline_meth, METH_VARARGS, NULL},
    {"read", file_read_meth, METH_VARARGS, NULL},
    {"readlines", file_readlines_meth, METH_NOARGS, NULL},
    {"fileno", file_fileno_meth, METH_NOARGS, NULL},
    {"isatty", file_isatty_meth, METH_NOARGS, NULL},
    {"readable", file_readable_meth, METH_NOARGS, NULL},
    {"writable", file_writable_meth, METH_NOARGS, NULL},
    {"seekable", file_readable_meth, METH_NOARGS, NULL},
    {"close", file_close_meth, METH_NOARGS, NULL},
    {"__enter__", file_enter_meth, METH_NOARGS, NULL},
    {"__exit__", file_exit_meth, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GpObject *file_get_name(GpObject *self) {
    return gp_newref(((GpFile *)self)->name);
}
static GpObject *file_get_mode(GpObject *self) {
    return str_from_cstr(((GpFile *)self)->writable ? "w" : "r");
}
static GpObject *file_get_encoding(GpObject *self) {
    (void)self;
    return str_from_cstr("utf-8");
}
static GpObject *file_get_errors(GpObject *self) {
    return str_from_cstr(((GpFile *)self)->fd == 2 ? "backslashreplace" : "strict");
}
static GpObject *file_get_closed(GpObject *self) {
    return gp_bool(((GpFile *)self)->closed);
}
static GpObject *file_get_line_buffering(GpObject *self) {
    return gp_bool(((GpFile *)self)->line_buffered);
}
static GpObject *file_get_write_through(GpObject *self) {
    return gp_bool(((GpFile *)self)->write_through);
}

static GpGetSetDef file_getset[] = {
    {"name", file_get_name, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL},
    {"errors", file_get_errors, NULL, NULL},
    {"closed", file_get_closed, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL},
    {"write_through", file_get_write_through, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static GpObject *file_repr(GpObject *self) {
    GpFile *f = (GpFile *)self;
    return str_from_format("<_io.TextIOWrapper name=%R mode='%s' encoding='utf-8'>", f->name,
                           f->writable ? "w" : "r");
}

static GpObject *file_iter(GpObject *self) {
    if (((GpFile *)self)->closed)
        return err_closed();
    return gp_newref(self);
}

static GpObject *file_iternext(GpObject *self) {
    GpObject *line = file_readline(self);
    if (line && STR_NBYTES(line) == 0) {
        gp_decref(line);
        return NULL;
    }
    return line;
}

GpType gp_type_file = {
    GP_TYPE_HEAD,
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(GpFile),
    .dealloc = file_dealloc,
    .repr = file_repr,
    .hash = NULL,
    .iter = file_iter,
    .iternext = file_iternext,
    .methods = file_methods,
    .getset = file_getset,
};
