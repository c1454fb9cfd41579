/* time.c — the time module: clocks as floats of seconds or ints of nanoseconds, and sleep.
 *
 * Invariants: time() is CLOCK_REALTIME, perf_counter() and monotonic() CLOCK_MONOTONIC,
 * process_time() CLOCK_PROCESS_CPUTIME_ID (as CPython on Linux). sleep() resumes after a
 * signal unless Ctrl-C is pending, in which case it raises KeyboardInterrupt itself.
 */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "modules/time.h"

#include "errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm.h"

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static GpObject *clock_float(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return float_from_double((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static GpObject *t_time(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return clock_float(CLOCK_REALTIME);
}
static GpObject *t_time_ns(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return int_from_i64(clock_ns(CLOCK_REALTIME));
}
static GpObject *t_perf(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return clock_float(CLOCK_MONOTONIC);
}
static GpObject *t_perf_ns(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return int_from_i64(clock_ns(CLOCK_MONOTONIC));
}
static GpObject *t_process(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return clock_float(CLOCK_PROCESS_CPUTIME_ID);
}
static GpObject *t_process_ns(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)a, (void)n, (void)kw;
    return int_from_i64(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}

static GpObject *t_sleep(GpObject *self, GpObject *const *a, intptr_t n, GpObject *kw) {
    (void)self, (void)n, (void)kw;
    double secs;
    GpObject *o = a[0];
    if (!INT_CHECK(o) && !FLOAT_CHECK(o))
        return err_format(&gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(o));
    if (obj_as_double(o, &secs) < 0) {
        if (INT_CHECK(o) && err_matches(&gp_exc_OverflowError))
            err_set_str(&gp_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return NULL;
    }
    if (isnan(secs))
        return err_set_str(&gp_exc_ValueError, "Invalid value NaN (not a number)");
    /* CPython converts to nanoseconds in an int64 first (either sign), then checks the sign;
     * the overflow is worded by the argument's type. */
    if (secs > 9.2e9 || secs < -9.2e9)
        return err_set_str(&gp_exc_OverflowError,
                           INT_CHECK(o) ? "timestamp too large to convert to C _PyTime_t"
                                        : "timestamp out of range for platform time_t");
    if (secs < 0)
        return err_set_str(&gp_exc_ValueError, "sleep length must be non-negative");
    struct timespec ts = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
        if (vm_check_signals() < 0)
            return NULL;   /* Ctrl-C: KeyboardInterrupt from inside sleep, as CPython */
    }
    return gp_none();
}

static GpMethodDef time_functions[] = {
    {"time", t_time, METH_NOARGS, "Return the current time in seconds since the Epoch."},
    {"time_ns", t_time_ns, METH_NOARGS, "Return the current time in nanoseconds since the Epoch."},
    {"perf_counter", t_perf, METH_NOARGS, "Performance counter for benchmarking."},
    {"perf_counter_ns", t_perf_ns, METH_NOARGS, "Performance counter for benchmarking as nanoseconds."},
    {"monotonic", t_perf, METH_NOARGS, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", t_perf_ns, METH_NOARGS, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", t_process, METH_NOARGS, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", t_process_ns, METH_NOARGS, "Process time for profiling as nanoseconds."},
    {"sleep", t_sleep, METH_O, "sleep(seconds)\n\nDelay execution for a given number of seconds."},
    {NULL, NULL, 0, NULL},
};

GpObject *time_module_create(void) {
    GpObject *m = module_new("time");
    if (!m)
        return NULL;
    if (module_add_functions(m, time_functions) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
