/* object.h — the object header, type objects and their slots, reference counting, and the
 * generic operations every part of glasspy uses (object.c implements them).
 *
 * Invariants:
 * - Every object starts with GpObject: a signed word reference count, then its type
 *   (16 bytes on 64-bit). An object is freed the instant its count reaches zero
 *   (gp_decref calls type->dealloc), never later.
 * - Errors: a function returning GpObject * returns NULL with an exception pending
 *   (errors.h); one returning int returns -1. Every caller checks.
 * - Ownership is stated for every function: "new reference" (caller must decref),
 *   "borrowed" (do not decref), "steals" (the callee takes over the caller's reference;
 *   such functions end in _steal).
 * - Static objects (None, True, False, NotImplemented, Ellipsis, built-in types) live in the
 *   binary; their counts move like any other object's but they are never deallocated.
 */
#ifndef GP_OBJECT_H
#define GP_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct GpObject GpObject;
typedef struct GpType GpType;

struct GpObject {
    intptr_t refcnt;
    GpType *type;
};

/* Put first in every object struct: `typedef struct { GP_HEAD; int64_t value; } GpInt;` */
#define GP_HEAD GpObject ob

#define GP_TYPE(o) (((GpObject *)(o))->type)
#define GP_REFCNT(o) (((GpObject *)(o))->refcnt)

/* ---- Reference counting ---- */
static inline void gp_incref(GpObject *o) { o->refcnt++; }
void obj_dealloc(GpObject *o); /* calls o->type->dealloc; only gp_decref calls it */
static inline void gp_decref(GpObject *o) {
    if (--o->refcnt == 0)
        obj_dealloc(o);
}
static inline void gp_xincref(GpObject *o) { if (o) gp_incref(o); }
static inline void gp_xdecref(GpObject *o) { if (o) gp_decref(o); }
/* Returns o with its count raised: `return gp_newref(x);` hands out a new reference. */
static inline GpObject *gp_newref(GpObject *o) { o->refcnt++; return o; }
/* Drops the reference in *p and sets *p to NULL (decref happens after the store, so a
 * destructor that looks at *p sees NULL). */
#define GP_CLEAR(p) do { GpObject *tmp_ = (GpObject *)(p); if (tmp_) { (p) = NULL; gp_decref(tmp_); } } while (0)
/* Stores v (a new reference, stolen) in *p and drops the old value afterwards. */
#define GP_SETREF(p, v) do { GpObject *tmp_ = (GpObject *)(p); (p) = (v); gp_xdecref(tmp_); } while (0)
/* In a traverse slot (parameters visit and arg): visits o unless NULL, returning the first
 * non-zero result (CPython's Py_VISIT). */
#define GP_VISIT(o)                                                                        \
    do {                                                                                   \
        if (o) {                                                                           \
            int visit_r_ = visit((GpObject *)(o), arg);                                    \
            if (visit_r_)                                                                  \
                return visit_r_;                                                           \
        }                                                                                  \
    } while (0)

/* ---- Slot signatures ---- */
typedef void (*DeallocFn)(GpObject *self);
typedef GpObject *(*UnaryFn)(GpObject *self);                       /* new reference */
typedef GpObject *(*BinaryFn)(GpObject *a, GpObject *b);            /* new reference */
typedef GpObject *(*TernaryFn)(GpObject *a, GpObject *b, GpObject *c);
typedef int64_t (*HashFn)(GpObject *self);                          /* -1 on error */
typedef GpObject *(*RichCmpFn)(GpObject *a, GpObject *b, int op);   /* new ref or NotImplemented */
typedef GpObject *(*GetAttrFn)(GpObject *self, GpObject *name);     /* name is a str */
typedef int (*SetAttrFn)(GpObject *self, GpObject *name, GpObject *value); /* value NULL: delete */
typedef intptr_t (*LenFn)(GpObject *self);                          /* -1 on error */
typedef int (*BoolFn)(GpObject *self);                              /* 1, 0, or -1 on error */
typedef int (*ContainsFn)(GpObject *self, GpObject *item);          /* 1, 0, or -1 */
typedef int (*SetItemFn)(GpObject *self, GpObject *key, GpObject *value); /* value NULL: delete */
/* Vectorcall: args[0..nargs) are positional; if kwnames (a tuple of str) is not NULL, the
 * len(kwnames) values of the keyword arguments follow in args[nargs..]. All borrowed. */
typedef GpObject *(*CallFn)(GpObject *callable, GpObject *const *args, intptr_t nargs,
                            GpObject *kwnames);
/* Constructor called by type(...): same convention as CallFn, receives the type called
 * (which may be a subclass later). */
typedef GpObject *(*NewFn)(GpType *type, GpObject *const *args, intptr_t nargs,
                           GpObject *kwnames);
/* Returns the next item (new reference), or NULL: with an exception set on error, with
 * none when exhausted (StopIteration is never set by iternext slots). */
typedef GpObject *(*IterNextFn)(GpObject *self);
/* Visits each object the container references (cycle collector, issue 6). */
typedef int (*VisitFn)(GpObject *o, void *arg);
typedef int (*TraverseFn)(GpObject *self, VisitFn visit, void *arg);

/* ---- Binary operators: CPython 3.11's BINARY_OP oparg order (ast.h BinOpKind agrees) ---- */
typedef enum {
    NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_MULTIPLY,
    NB_REMAINDER, NB_OR, NB_POWER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR,
    NB_COUNT,
    /* In-place forms: NB_INPLACE_BASE + NB_ADD is `+=` etc. (the BINARY_OP oparg). */
    NB_INPLACE_BASE = NB_COUNT
} GpBinop;

/* Rich comparison operators, CPython's order. */
enum { CMP_OP_LT, CMP_OP_LE, CMP_OP_EQ, CMP_OP_NE, CMP_OP_GT, CMP_OP_GE };

/* ---- Built-in methods and attributes of types ---- */
typedef enum {
    METH_NOARGS,   /* fn(self, NULL, 0, NULL); the caller checks "takes no arguments" */
    METH_O,        /* fn(self, &arg, 1, NULL); the caller checks "takes exactly one argument" */
    METH_VARARGS,  /* positional only, any count; the caller rejects keywords */
    METH_KEYWORDS  /* positional and keyword (vectorcall with kwnames) */
} GpMethFlags;

typedef GpObject *(*MethodFn)(GpObject *self, GpObject *const *args, intptr_t nargs,
                              GpObject *kwnames);

typedef struct GpMethodDef {
    const char *name;
    MethodFn fn;
    GpMethFlags flags;
    const char *doc;   /* may be NULL */
} GpMethodDef;

typedef GpObject *(*GetterFn)(GpObject *self);                   /* new reference */
typedef int (*SetterFn)(GpObject *self, GpObject *value);        /* value NULL: delete */
typedef struct GpGetSetDef {
    const char *name;
    GetterFn get;
    SetterFn set;      /* NULL: read-only ("attribute 'x' of 'T' objects is not writable") */
    const char *doc;
} GpGetSetDef;

/* ---- Type objects ---- */
enum {
    TPFLAG_BASETYPE = 1 << 0,   /* may be subclassed */
    TPFLAG_HEAPTYPE = 1 << 1,   /* a class created at run time (issue 6) */
    TPFLAG_GC = 1 << 2,         /* container tracked by the cycle collector (issue 6) */
    TPFLAG_READY = 1 << 3,      /* type_ready has run */
    TPFLAG_SUBCLASSED = 1 << 4, /* some class has it in its MRO (type.c: attribute cache) */
    /* Fast subclass checks, set on the type and inherited: */
    TPFLAG_INT_SUBCLASS = 1 << 8,
    TPFLAG_STR_SUBCLASS = 1 << 9,
    TPFLAG_TUPLE_SUBCLASS = 1 << 10,
    TPFLAG_LIST_SUBCLASS = 1 << 11,
    TPFLAG_DICT_SUBCLASS = 1 << 12,
    TPFLAG_EXC_SUBCLASS = 1 << 13,  /* BaseException and subclasses */
    TPFLAG_TYPE_SUBCLASS = 1 << 14,
    /* Bits 20-23: an exception type's family + 1 (exception.c's cache; 0: not known yet). */
    TPFLAG_EXC_KIND_SHIFT = 20,
    TPFLAG_EXC_KIND_MASK = 15 << 20,
};

struct GpType {
    GP_HEAD;
    const char *name;          /* "int", "list", "ZeroDivisionError" (tp_name) */
    size_t basicsize;          /* bytes of a fixed-size instance (or the header part) */
    size_t itemsize;           /* bytes per item for variable-size objects, else 0 */
    unsigned long flags;
    GpType *base;              /* NULL only for object */

    DeallocFn dealloc;
    UnaryFn repr;
    UnaryFn str;               /* NULL: use repr */
    HashFn hash;               /* NULL: unhashable ("unhashable type: 'list'") */
    RichCmpFn richcompare;     /* NULL: identity for ==/!=, TypeError for orderings */
    GetAttrFn getattr;         /* NULL: obj_generic_getattr */
    SetAttrFn setattr;         /* NULL: attributes read-only */
    CallFn call;               /* NULL: "'T' object is not callable" */
    NewFn new_;                /* called for T(...); NULL: "cannot create 'T' instances" */
    UnaryFn iter;              /* iter(x); NULL: not iterable (unless getitem: old protocol) */
    IterNextFn iternext;       /* next(x) */

    /* number protocol. obj_binop calls a's slot and/or b's slot, each as slot(a, b) in
     * expression order (CPython's nb_* convention): a slot must check both operands and
     * handle its own type on either side (`2 * 'ab'` reaches str's slot as (2, 'ab')). */
    BinaryFn binop[NB_COUNT];   /* a OP b: return NotImplemented (new ref) if unsupported */
    BinaryFn inplace[NB_COUNT]; /* a OP= b: NULL falls back to binop */
    TernaryFn power3;           /* pow(a, b, m) */
    UnaryFn neg, pos, invert, abs;
    BoolFn bool_;               /* truth; NULL: len if present, else true */
    UnaryFn index;              /* __index__: returns an int (new reference) */
    UnaryFn to_int;             /* int(x) for non-int x (e.g. float): new int */
    UnaryFn to_float;           /* float(x) */

    /* sequence / mapping protocol */
    LenFn len;
    BinaryFn getitem;          /* o[key] */
    SetItemFn setitem;         /* o[key] = v, del o[key] (v NULL) */
    ContainsFn contains;       /* NULL: search by iteration */

    /* format(x, spec): NULL means the default (str(x) if spec is empty, else TypeError) */
    BinaryFn format;

    TraverseFn traverse;       /* issue 6 */
    UnaryFn clear;             /* issue 6 */

    GpMethodDef *methods;      /* NULL-name terminated, or NULL */
    GpGetSetDef *getset;       /* NULL-name terminated, or NULL */

    /* Filled by type_ready: */
    GpObject *dict;            /* attribute dict: method descriptors, getsets, ... */
    GpObject *mro;             /* tuple: (type, base, ..., object) */

    /* objcore: byte offset of a `GpObject *` instance dict (NULL until first set) inside
     * instances, used by obj_generic_getattr/setattr; 0: instances have no __dict__. */
    intptr_t dictoffset;

    /* classes: the descriptor protocol (__get__/__set__/__delete__). descr_get(descr, obj,
     * type): obj is NULL for access through the class; new reference. descr_set(descr, obj,
     * value): value NULL deletes; 0 or -1. A type with descr_set is a data descriptor. */
    TernaryFn descr_get;
    int (*descr_set)(GpObject *descr, GpObject *obj, GpObject *value);

    /* classes: the attribute cache's tag (type.c): 0 until the first lookup of a ready type;
     * a new one whenever the dict of the type or of a type in its MRO changes. */
    uint64_t version;
};

/* Declares a static type object header for initialisers:
 *   GpType gp_type_list = { GP_TYPE_HEAD, .name = "list", ... }; */
#define GP_TYPE_HEAD .ob = { 1, &gp_type_type }

extern GpType gp_type_type;      /* type */
extern GpType gp_type_object;    /* object */

/* ---- Singletons (static objects) ---- */
extern GpObject gp_none_obj, gp_notimpl_obj, gp_ellipsis_obj;
#define GP_NONE (&gp_none_obj)
#define GP_NOTIMPL (&gp_notimpl_obj)
#define GP_ELLIPSIS (&gp_ellipsis_obj)
/* return gp_none(); → a new reference to None */
static inline GpObject *gp_none(void) { return gp_newref(GP_NONE); }

/* ---- Generic operations (object.c). All take borrowed arguments. ---- */

/* Returns the type's name, for messages ("int"). Borrowed C string. */
const char *obj_type_name(GpObject *o);

/* Compare op: CMP_OP_*. Returns a new reference (any object, usually a bool); falls back
 * to the reflected operation and raises CPython's TypeError
 * ("'<' not supported between instances of 'int' and 'str'"). */
GpObject *obj_richcompare(GpObject *a, GpObject *b, int op);
/* The bool (new reference) that comparison op gives when a three-way comparison found c
 * (negative: less, 0: equal, positive: greater). */
GpObject *obj_cmp_result(int c, int op);
/* Same as a boolean: 1, 0, -1 on error. For CMP_OP_EQ/NE, identity implies equality
 * (CPython's PyObject_RichCompareBool shortcut, used by containers). */
int obj_richcompare_bool(GpObject *a, GpObject *b, int op);

GpObject *obj_repr(GpObject *o);   /* new reference to a str; guards deep recursion */
GpObject *obj_str(GpObject *o);    /* new reference to a str */
GpObject *obj_ascii(GpObject *o);  /* new reference to a str */
int64_t obj_hash(GpObject *o);     /* -1 on error; TypeError "unhashable type: 'list'" */
int obj_is_true(GpObject *o);      /* 1, 0, -1 */
int obj_not(GpObject *o);          /* 1, 0, -1 */

/* Attributes. name is a str. Returns a new reference, or NULL with AttributeError
 * ("'int' object has no attribute 'foo'"). */
GpObject *obj_getattr(GpObject *o, GpObject *name);
GpObject *obj_getattr_cstr(GpObject *o, const char *name);
/* Like obj_getattr, but a missing attribute returns NULL with NO exception set; other
 * errors return NULL with the exception set (check err_occurred()). */
GpObject *obj_lookup_attr(GpObject *o, GpObject *name);
int obj_setattr(GpObject *o, GpObject *name, GpObject *value);   /* value NULL: delete */
/* The default attribute lookup: the type's MRO dicts (descriptors: method descriptors bind,
 * getsets call their getter), then the instance dict if the object has one. */
GpObject *obj_generic_getattr(GpObject *o, GpObject *name);
int obj_generic_setattr(GpObject *o, GpObject *name, GpObject *value);

/* For LOAD_METHOD-style calls without allocating a bound method: if `name` resolves to a
 * plain method (a method descriptor or Python function found on the type), stores it in
 * *method (new reference) and returns 1: call it with o as the first argument. Otherwise
 * stores the attribute value in *method (new reference) and returns 0. -1 on error. */
int obj_get_method(GpObject *o, GpObject *name, GpObject **method);

/* Calls. Return new references. */
GpObject *obj_call(GpObject *callable, GpObject *const *args, intptr_t nargs,
                   GpObject *kwnames);
GpObject *obj_call0(GpObject *callable);
GpObject *obj_call1(GpObject *callable, GpObject *arg);
/* Calls with args from a tuple and kwargs from a dict (either may be NULL). */
GpObject *obj_call_tuple_dict(GpObject *callable, GpObject *args, GpObject *kwargs);
/* Calls o.name(args...) (positional only). */
GpObject *obj_call_method(GpObject *o, const char *name, GpObject *const *args, intptr_t nargs);
int obj_is_callable(GpObject *o);

/* Items and lengths. */
GpObject *obj_getitem(GpObject *o, GpObject *key);               /* new reference */
int obj_setitem(GpObject *o, GpObject *key, GpObject *value);
int obj_delitem(GpObject *o, GpObject *key);
intptr_t obj_len(GpObject *o);     /* -1 on error: "object of type 'int' has no len()" */
int obj_contains(GpObject *container, GpObject *item);   /* `item in container`: 1, 0, -1 */
/* The same by iteration only (no __contains__): what `in` falls back to. */
int obj_contains_by_iter(GpObject *container, GpObject *item);

/* Iteration. obj_iter returns a new iterator ("'int' object is not iterable");
 * obj_iternext returns a new reference, or NULL — check err_occurred() to tell an error
 * from exhaustion. */
GpObject *obj_iter(GpObject *o);
GpObject *obj_iternext(GpObject *iter);

/* Arithmetic. op is a GpBinop; for in-place pass NB_INPLACE_BASE + op to obj_binop or use
 * obj_inplace. Dispatch follows CPython: a's slot, then b's (b first if b's type is a
 * subclass of a's), NotImplemented from both → TypeError
 * "unsupported operand type(s) for +: 'int' and 'str'". */
GpObject *obj_binop(GpObject *a, GpObject *b, int op);
GpObject *obj_inplace(GpObject *a, GpObject *b, int op);  /* op is the plain NB_* */
GpObject *obj_power3(GpObject *a, GpObject *b, GpObject *m);
GpObject *obj_neg(GpObject *o);
GpObject *obj_pos(GpObject *o);
GpObject *obj_invert(GpObject *o);
GpObject *obj_abs(GpObject *o);
/* The operator's symbol for messages: "+", "//", "**", "+=" (op may be in-place). */
const char *binop_symbol(int op);

/* __index__: returns a new int or raises TypeError
 * "'str' object cannot be interpreted as an integer". */
GpObject *obj_index(GpObject *o);
/* Converts with __index__ to a C value; OverflowError if it does not fit
 * ("Python int too large to convert to C ssize_t"); -1 with an exception on error
 * (check err_occurred() when -1 is a possible value). */
intptr_t obj_as_ssize(GpObject *o);

/* format(o, spec): new reference to a str. spec is a str. */
GpObject *obj_format(GpObject *o, GpObject *spec);

/* type(o) is t or a subclass of t. */
bool type_is_subtype(GpType *t, GpType *base);
static inline bool obj_is_instance_of(GpObject *o, GpType *t) {
    return GP_TYPE(o) == t || type_is_subtype(GP_TYPE(o), t);
}
/* isinstance(o, cls) with tuples of classes: 1, 0, -1. */
int obj_isinstance(GpObject *o, GpObject *cls);
int obj_issubclass(GpObject *derived, GpObject *cls);

/* Recursion guard for C recursion (repr of nested containers, comparisons, calls from C):
 * returns -1 with RecursionError ("maximum recursion depth exceeded" + where) if too deep. */
int gp_enter_recursive_call(const char *where);
void gp_leave_recursive_call(void);

/* repr guard for self-referencing containers: returns 1 if o is already being repr'd
 * (print "[...]"), 0 if not (then obj_repr_leave must be called), -1 on error. */
int obj_repr_enter(GpObject *o);
void obj_repr_leave(GpObject *o);

/* objcore additions: */
/* The dealloc slot of static objects (None, True, built-in types...): reaching it is a
 * reference-count bug; debug builds abort, release builds restore the count. */
void obj_static_dealloc(GpObject *o);
/* divmod(a, b): a.__divmod__(b), then b.__rdivmod__(a); TypeError
 * "unsupported operand type(s) for divmod(): 'str' and 'int'". New reference. */
GpObject *obj_divmod(GpObject *a, GpObject *b);

/* The operands of a sequence type's `*` slot, which is called as slot(a, b) in expression
 * order, so the sequence may be either operand; a_is_seq says whether it is a. self is the
 * calling slot. Returns 1 with *seq (borrowed) and *count (the repeat count, possibly
 * negative) set; 0 with *result (a new reference) when the right operand's own `*` answered
 * (a class with __rmul__ — never another sequence's repetition: CPython repeats the left
 * sequence and blames the right operand's type); -1 with TypeError "can't multiply sequence
 * by non-int of type 'X'" or OverflowError. */
int seq_repeat_operands(GpObject *a, GpObject *b, int a_is_seq, BinaryFn self, GpObject **seq,
                        intptr_t *count, GpObject **result);
/* The instance dict slot of o (type->dictoffset), or NULL if its type has none. */
GpObject **obj_dict_ptr(GpObject *o);
/* The __dict__ getter and setter of an object keeping its dict in *slot (made on first
 * use, as CPython's PyObject_GenericGetDict; the setter wants a dict and refuses
 * deletion with CPython's messages). New reference / 0 or -1. */
GpObject *obj_get_dict_at(GpObject **slot);
int obj_set_dict_at(GpObject **slot, GpObject *value);

#endif
