/* type.h — type objects: readying static built-in types (dict from methods/getsets, MRO),
 * calling a type to make an instance, and type attributes (__name__, __mro__, ...).
 */
#ifndef GP_TYPE_H
#define GP_TYPE_H

#include "object.h"

/* Fills type->dict (method descriptors, getset descriptors) and type->mro, inherits unset
 * slots from the base (CPython's inherit_slots subset), sets TPFLAG_READY. 0 or -1. */
int type_ready(GpType *type);
/* Drops the dict and MRO of a static type (interp tear-down). */
void type_fini(GpType *type);
/* The types of a built-in module, readied when it is first imported and dropped at
 * tear-down (import_fini): NULL-terminated lists; ready skips the ready ones, fini the
 * others. 0 or -1. */
int type_ready_all(GpType *const *types);
void type_fini_all(GpType *const *types);
/* Looks name up along type's MRO dicts: borrowed or NULL (no exception). */
GpObject *type_lookup(GpType *type, GpObject *name);
/* After the dict of t changed: t and the classes that inherit from it get new attribute
 * cache versions (type_lookup's cache must not serve the old values). */
void type_modified(GpType *t);
/* Releases the attribute cache (interpreter tear-down). */
void type_cache_fini(void);

/* ---- classes: heap types (classes made at run time: `class` statements, type(n, b, d)) ----
 * A heap type is a GpHeapType allocated with obj_new; it owns its name, qualname, bases
 * tuple, dict and MRO (whose item 0 is the type itself: like CPython's classes, they are
 * cyclic and freed by the cycle collector, which type's traverse/clear serve). Instances hold
 * a reference to their heap type (obj_new takes it). Live heap types are linked in a list
 * (gp_interp->heap_types, not references) for __subclasses__ and slot updates. */
typedef struct GpHeapType {
    GpType type;
    GpObject *name;          /* str; type.name points into it */
    GpObject *qualname;      /* str */
    GpObject *bases;         /* tuple of types */
    GpObject *slotnames;     /* __slots__ member names (tuple) or NULL */
    intptr_t slotoffset;     /* byte offset of the first __slots__ member */
    struct GpHeapType *prev, *next;
} GpHeapType;

#define TYPE_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS) != 0)
#define HEAPTYPE_CHECK(t) ((((GpType *)(t))->flags & TPFLAG_HEAPTYPE) != 0)

/* type(name, bases, dict): a new class (new reference). Borrows all three. */
GpObject *type_new_class(GpObject *name, GpObject *bases, GpObject *dict, GpObject *kwnames_init,
                         GpObject *const *kwvalues);
/* The same with the metaclass meta (type or a subclass of it). */
GpObject *type_new_class_meta(GpType *meta, GpObject *name, GpObject *bases, GpObject *dict,
                              GpObject *kwnames_init, GpObject *const *kwvalues);
/* Instance dicts of classes whose built-in base has a variable-size layout (str, int, tuple,
 * bytes, ...) live in a side table (their type's dictoffset is -1). The slot for o (made on
 * demand; NULL only if out of memory), or with find_only NULL if o has none. */
GpObject **type_side_dict_ptr(GpObject *o, int find_only);
/* The first non-heap type along t's base chain (the one whose layout instances have). */
GpType *type_static_base(GpType *t);
/* Binds descr (found on type's MRO) for access on obj (NULL: through the class itself),
 * CPython's tp_descr_get: functions become bound methods, method descriptors builtin
 * methods, getsets call their getter; anything else with descr_get is asked. New ref. */
GpObject *type_descr_bind(GpObject *descr, GpObject *obj, GpType *type);

/* 0 if t may be instantiated by object.__new__, else -1 with CPython's TypeError ("Can't
 * instantiate abstract class C with abstract method f") when its own __abstractmethods__ is
 * non-empty. */
int type_check_abstract(GpType *t);
/* object.c: type.__instancecheck__(cls, obj) and type.__subclasscheck__(cls, sub), the
 * checks isinstance/issubclass make without a metaclass's hooks (METH_O). */
GpObject *type_instancecheck_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames);
GpObject *type_subclasscheck_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames);

/* slots.c: special methods. */
/* Adds the "slot wrappers" (__add__, __len__, __init__, __new__, ...) of a static type's own
 * slots to its dict (type_ready). 0 or -1. */
int slots_add_wrappers(GpType *t, GpObject *dict);
/* Installs, for each special method a heap type (or its bases) defines in Python, the slot
 * function that looks it up and calls it; inherits C slots otherwise. */
void slots_fixup(GpType *t);
/* True if name is a dunder name that maps to a slot ("__add__", "__len__", ...). */
int slots_is_special(GpObject *name);
/* Calls the special method descr found on type(self) with self and args (kwnames may be
 * NULL). New reference. */
GpObject *slots_call_found(GpObject *self, GpObject *descr, GpObject *const *args,
                           intptr_t nargs, GpObject *kwnames);
/* The object's __init__ descriptor and list/dict/BaseException's: "does nothing special". */
int slots_is_builtin_init(GpObject *descr);
int slots_is_builtin_new(GpObject *descr);
extern GpType gp_type_slot_wrapper, gp_type_method_wrapper;

/* descr.c: property, staticmethod, classmethod, super, member descriptors (__slots__),
 * __build_class__. */
extern GpType gp_type_property, gp_type_staticmethod, gp_type_classmethod, gp_type_super,
    gp_type_member_descr;
GpObject *staticmethod_new(GpObject *func);  /* new reference */
GpObject *classmethod_new(GpObject *func);   /* new reference */
GpObject *staticmethod_func(GpObject *sm);   /* borrowed */
GpObject *classmethod_func(GpObject *cm);    /* borrowed */
GpObject *member_descr_new(GpType *type, GpObject *name, intptr_t offset);
GpObject *builtin_build_class(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames);
/* frame.c (classes addition): runs the class body function func with locals ns; new
 * reference to its result (the __class__ cell or None). */
GpObject *vm_eval_class_body(GpObject *func, GpObject *ns);

#endif
