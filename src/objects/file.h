/* file.h — text streams over file descriptors: sys.stdin, sys.stdout, sys.stderr
 * (type _io.TextIOWrapper), with their own buffers, UTF-8 only.
 *
 * Buffering follows CPython: stdout is line-buffered on a terminal and block-buffered
 * otherwise, stderr is always line-buffered, -u makes both write through. The original
 * streams (gp_interp->std_out/std_err) are flushed at exit and before a traceback.
 */
#ifndef GP_FILE_H
#define GP_FILE_H

#include "object.h"

extern GpType gp_type_file;
#define FILE_CHECK(o) (GP_TYPE(o) == &gp_type_file)

/* A stream over fd: name is "<stdout>" etc., writable selects mode 'w' (else 'r'),
 * line_buffered flushes after each write containing a newline, write_through after every
 * write. New reference. */
GpObject *file_new_fd(int fd, const char *name, int writable, int line_buffered, int write_through);

/* Appends UTF-8 bytes to a GpFile (the fast path of print). 0 or -1. */
int file_write_utf8(GpObject *f, const char *s, intptr_t n);
/* f.write(s) for any file-like object f (fast path for a GpFile); s a str. 0 or -1. */
int file_write_obj(GpObject *f, GpObject *s);
int file_write_cstr(GpObject *f, const char *s);
/* f.flush() for any file-like object (fast path for a GpFile). 0 or -1. */
int file_flush_obj(GpObject *f);
/* Flushes the original stdout and stderr, ignoring errors (keeps a pending exception). */
void file_flush_std(void);
/* Drops the unwritten output of the original stdout (after a broken pipe at exit). */
void file_discard_std(void);

/* One line (with its '\n' unless at end of file) from a GpFile: new str, '' at EOF.
 * Interrupted by Ctrl-C: NULL with KeyboardInterrupt. */
GpObject *file_readline(GpObject *f);
/* Reads a line for input() from any file-like object: f.readline() for others. */
GpObject *file_readline_obj(GpObject *f);

/* New reference to sys.<name> (name a str, e.g. GP_ID(stdout)); NULL with no exception
 * set if sys or the attribute is gone. */
GpObject *file_sys_stream(GpObject *name);

/* Whether a GpFile was closed (close()). */
int file_closed(GpObject *f);
/* The fd of a GpFile, or -1. */
int file_fd(GpObject *f);

#endif
