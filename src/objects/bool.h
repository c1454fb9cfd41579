/* bool.h — True and False: static int objects of type bool (not from the int blocks). */
#ifndef GP_BOOL_H
#define GP_BOOL_H

#include "objects/int.h"

extern GpType gp_type_bool;
extern GpInt gp_true_obj, gp_false_obj;
#define GP_TRUE ((GpObject *)&gp_true_obj)
#define GP_FALSE ((GpObject *)&gp_false_obj)
#define BOOL_CHECK(o) (GP_TYPE(o) == &gp_type_bool)

/* New reference to True or False. */
static inline GpObject *gp_bool(int v) { return gp_newref(v ? GP_TRUE : GP_FALSE); }

/* NoneType, NotImplementedType and ellipsis live in none.c. */
extern GpType gp_type_none, gp_type_notimpl, gp_type_ellipsis;

#endif
