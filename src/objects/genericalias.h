/* genericalias.h — types.GenericAlias (list[int]) and types.UnionType (int | None): the
 * objects that builtin generics and `|` between classes make for type annotations.
 */
#ifndef GP_GENERICALIAS_H
#define GP_GENERICALIAS_H

#include "object.h"

extern GpType gp_type_generic_alias, gp_type_union;

#define GENERIC_ALIAS_CHECK(o) (GP_TYPE(o) == &gp_type_generic_alias)
#define UNION_CHECK(o) (GP_TYPE(o) == &gp_type_union)

/* origin[args]: a new GenericAlias (args a tuple is the argument list, anything else a
 * single argument). Borrows both. */
GpObject *generic_alias_new(GpObject *origin, GpObject *args);
/* a | b for classes, aliases and unions (type's and the alias types' NB_OR slot): a new
 * union, the one type when both sides name it, or NotImplemented. */
GpObject *union_type_or(GpObject *a, GpObject *b);
/* The members of a union (borrowed tuple). */
GpObject *union_args(GpObject *u);
/* Installs __class_getitem__ (a class method making a GenericAlias) in list, dict, tuple,
 * set, frozenset and type; builtins_init calls it through bytes_init. 0 or -1. */
int generic_alias_install(void);

#endif
