/* time.h — the time module (time, time_ns, perf_counter[_ns], monotonic[_ns], sleep,
 * process_time[_ns]). */
#ifndef GP_TIME_MODULE_H
#define GP_TIME_MODULE_H

#include "object.h"

/* A new time module. New reference, or NULL with an exception set. */
GpObject *time_module_create(void);

#endif
