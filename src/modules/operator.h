/* operator.h — the operator module (operator.c): function forms of the operators and the
 * itemgetter, attrgetter and methodcaller types. */
#ifndef GP_OPERATOR_MODULE_H
#define GP_OPERATOR_MODULE_H

#include "object.h"

/* A new operator module (its types are readied on first import). New reference, or NULL
 * with an exception set. */
GpObject *operator_module_create(void);
/* Drops the module's types (import_fini). */
void operator_fini(void);

#endif
