/* module.h — module objects: a namespace dict with a name. */
#ifndef GP_MODULE_H
#define GP_MODULE_H

#include "object.h"

typedef struct GpModule {
    GP_HEAD;
    GpObject *dict;          /* __name__, __doc__, ... */
    int builtin;             /* containers: made by module_new (repr "(built-in)") */
} GpModule;

extern GpType gp_type_module;
#define MODULE_CHECK(o) (GP_TYPE(o) == &gp_type_module)
#define MODULE_DICT(o) (((GpModule *)(o))->dict)      /* borrowed */

/* New module named name with an empty dict except __name__ and __doc__ (None). */
GpObject *module_new(const char *name);
/* Adds the C functions of defs (NULL-name terminated) to the module as
 * builtin_function_or_method objects bound to the module. 0 or -1. */
int module_add_functions(GpObject *module, GpMethodDef *defs);
/* module.name = value (borrows value). */
int module_add_object(GpObject *module, const char *name, GpObject *value);

#endif
