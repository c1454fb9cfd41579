/* operator.h — the operator module (operator.c): function forms of the operators and the
 * itemgetter, attrgetter and methodcaller types. */
#ifndef GP_OPERATOR_MODULE_H
#define GP_OPERATOR_MODULE_H

#include "object.h"

extern GpType gp_type_itemgetter, gp_type_attrgetter, gp_type_methodcaller;

/* A new operator module. New reference, or NULL with an exception set. */
GpObject *operator_module_create(void);

#endif
