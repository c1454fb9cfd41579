/* object.c — the generic object operations of object.h that are not dispatch on operators
 * (those live in object_ops.c): dealloc, repr/str/ascii, hash, truth, attributes, the
 * recursion and repr guards, isinstance, and the `object` type itself.
 *
 * Invariants:
 * - obj_repr/obj_str always return a str or NULL; a slot returning anything else is a
 *   TypeError. Both count against gp_interp->recursion_depth (shared with the VM).
 * - Attribute lookup follows CPython's generic algorithm: data descriptors (getsets) on
 *   the type win over the instance dict, which wins over other class attributes; method
 *   descriptors and Python functions found on the type bind to the instance.
 * - gp_interp->repr_active exists only while some repr is in progress (freed when empty),
 *   so it never outlives the objects it holds.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

void obj_dealloc(GpObject *o) { GP_TYPE(o)->dealloc(o); }

void obj_static_dealloc(GpObject *o) {
#ifdef GP_DEBUG
    fprintf(stderr, "glasspy: fatal: deallocating a static object of type '%s'\n",
            GP_TYPE(o)->name);
    abort();
#else
    o->refcnt = (intptr_t)1 << 40;
#endif
}

const char *obj_type_name(GpObject *o) { return GP_TYPE(o)->name; }

GpObject *obj_get_dict_at(GpObject **slot) {
    if (!*slot && !(*slot = dict_new()))
        return NULL;
    return gp_newref(*slot);
}

int obj_set_dict_at(GpObject **slot, GpObject *value) {
    if (!value) {
        err_set_str(&gp_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!DICT_CHECK(value)) {
        err_format(&gp_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   obj_type_name(value));
        return -1;
    }
    GP_SETREF(*slot, gp_newref(value));
    return 0;
}

GpObject **obj_dict_ptr(GpObject *o) {
    intptr_t off = GP_TYPE(o)->dictoffset;
    if (off > 0)
        return (GpObject **)((char *)o + off);
    return off ? type_side_dict_ptr(o, 0) : NULL;
}

/* ---- Recursion guards ---- */

int gp_enter_recursive_call(const char *where) {
    GpInterp *in = gp_interp;
    int limit = in->recursion_limit > 0 ? in->recursion_limit : 1000;
    if (++in->recursion_depth > limit) {
        if (in->recursion_headroom && in->recursion_depth <= limit + 50)
            return 0;
        in->recursion_headroom++;
        err_format(&gp_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        in->recursion_headroom--;
        in->recursion_depth--;
        return -1;
    }
    /* The depth limit may be raised far past what the C stack holds (setrecursionlimit):
     * also stop where the eval loop would (its limit is set on its first entry). */
    if (in->c_stack_limit && (uintptr_t)__builtin_frame_address(0) < in->c_stack_limit) {
        in->recursion_headroom++;
        err_format(&gp_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        in->recursion_headroom--;
        in->recursion_depth--;
        return -1;
    }
    return 0;
}

void gp_leave_recursive_call(void) { gp_interp->recursion_depth--; }

int obj_repr_enter(GpObject *o) {
    GpObject *l = gp_interp->repr_active;
    if (!l) {
        l = list_new(0);
        if (!l)
            return -1;
        gp_interp->repr_active = l;
    }
    for (intptr_t i = LIST_SIZE(l) - 1; i >= 0; i--)
        if (LIST_ITEM(l, i) == o)
            return 1;
    if (list_append(l, o) < 0) {
        if (LIST_SIZE(l) == 0)
            GP_CLEAR(gp_interp->repr_active);
        return -1;
    }
    return 0;
}

void obj_repr_leave(GpObject *o) {
    GpObject *l = gp_interp->repr_active;
    if (!l)
        return;
    GpObject *exc = err_fetch();
    GpList *lst = (GpList *)l;
    for (intptr_t i = lst->size - 1; i >= 0; i--) {
        if (lst->items[i] == o) {
            for (intptr_t j = i; j + 1 < lst->size; j++)
                lst->items[j] = lst->items[j + 1];
            lst->size--;
            gp_decref(o);
            break;
        }
    }
    if (lst->size == 0)
        GP_CLEAR(gp_interp->repr_active);
    err_restore(exc);
}

/* ---- repr / str / ascii ---- */

/* New reference: CPython's default repr "<T object at 0x...>" (module-qualified for classes). */
static GpObject *object_repr(GpObject *o) {
    GpType *t = GP_TYPE(o);
    if ((t->flags & TPFLAG_HEAPTYPE) && t->dict) {
        GpObject *mod = dict_getitem(t->dict, GP_ID(__module__));
        GpObject *q = ((GpHeapType *)t)->qualname;
        if (mod && STR_CHECK(mod) && !str_eq_cstr(mod, "builtins"))
            return q ? str_from_format("<%U.%U object at %p>", mod, q, (void *)o)
                     : str_from_format("<%U.%s object at %p>", mod, t->name, (void *)o);
        err_clear();
    }
    return str_from_format("<%s object at %p>", t->name, (void *)o);
}

GpObject *obj_repr(GpObject *o) {
    UnaryFn f = GP_TYPE(o)->repr;
    if (!f)
        f = object_repr;
    if (gp_enter_recursive_call(" while getting the repr of an object") < 0)
        return NULL;
    GpObject *r = f(o);
    gp_leave_recursive_call();
    if (r && !STR_CHECK(r)) {
        err_format(&gp_exc_TypeError, "__repr__ returned non-string (type %s)", obj_type_name(r));
        GP_CLEAR(r);
    }
    return r;
}

/* object's str slot: the repr. */
static GpObject *object_str(GpObject *o) { return obj_repr(o); }

GpObject *obj_str(GpObject *o) {
    if (STR_CHECK_EXACT(o))
        return gp_newref(o);
    UnaryFn f = GP_TYPE(o)->str;
    if (!f || f == object_str)
        return obj_repr(o);
    if (gp_enter_recursive_call(" while getting the str of an object") < 0)
        return NULL;
    GpObject *r = f(o);
    gp_leave_recursive_call();
    if (r && !STR_CHECK(r)) {
        err_format(&gp_exc_TypeError, "__str__ returned non-string (type %s)", obj_type_name(r));
        GP_CLEAR(r);
    }
    return r;
}

/* Decodes one UTF-8 sequence at s (valid UTF-8 assumed); returns its length. */
static int utf8_decode(const unsigned char *s, uint32_t *cp) {
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (s[0] < 0xE0) {
        *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if (s[0] < 0xF0) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
          ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}

GpObject *obj_ascii(GpObject *o) {
    GpObject *r = obj_repr(o);
    if (!r || ((GpStr *)r)->ascii)
        return r;
    StrBuf sb = STRBUF_INIT;
    const unsigned char *s = (const unsigned char *)STR_DATA(r);
    const unsigned char *end = s + STR_NBYTES(r);
    while (s < end) {
        uint32_t cp;
        s += utf8_decode(s, &cp);
        int rc;
        if (cp < 0x80)
            rc = sb_append_char(&sb, (char)cp);
        else if (cp < 0x100)
            rc = sb_printf(&sb, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000)
            rc = sb_printf(&sb, "\\u%04x", (unsigned)cp);
        else
            rc = sb_printf(&sb, "\\U%08x", (unsigned)cp);
        if (rc < 0) {
            sb_discard(&sb);
            gp_decref(r);
            return NULL;
        }
    }
    gp_decref(r);
    return sb_finish(&sb);
}

/* ---- hash / truth ---- */

int64_t obj_hash(GpObject *o) {
    HashFn f = GP_TYPE(o)->hash;
    if (!f) {
        err_format(&gp_exc_TypeError, "unhashable type: '%s'", obj_type_name(o));
        return -1;
    }
    return f(o);
}

/* CPython's _Py_HashPointer: the address rotated right by 4 bits. */
static int64_t object_hash(GpObject *o) {
    uint64_t y = (uint64_t)(uintptr_t)o;
    y = (y >> 4) | (y << 60);
    int64_t x = (int64_t)y;
    return x == -1 ? -2 : x;
}

int obj_is_true(GpObject *o) {
    if (o == GP_TRUE)
        return 1;
    if (o == GP_FALSE || o == GP_NONE)
        return 0;
    GpType *t = GP_TYPE(o);
    if (t->bool_)
        return t->bool_(o);
    if (t->len) {
        intptr_t n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int obj_not(GpObject *o) {
    int r = obj_is_true(o);
    return r < 0 ? r : !r;
}

/* ---- Attributes ---- */

static GpObject *no_attribute(GpObject *o, GpObject *name) {
    return err_format(&gp_exc_AttributeError, "'%s' object has no attribute '%U'",
                      obj_type_name(o), name);
}

static GpObject *bad_attr_name(GpObject *name) {
    return err_format(&gp_exc_TypeError, "attribute name must be string, not '%T'", name);
}

/* obj_generic_getattr (CPython's PyObject_GenericGetAttr): data descriptors on the type
 * win over the instance dict, which wins over other class attributes (bound through their
 * type's descr_get). With suppress, a missing attribute returns NULL with no exception. */
static GpObject *generic_getattr(GpObject *o, GpObject *name, int suppress) {
    if (!STR_CHECK(name))
        return bad_attr_name(name);
    GpType *tp = GP_TYPE(o);
    GpObject *descr = type_lookup(tp, name);
    GpObject *res = NULL;
    if (descr) {
        GpType *dt = GP_TYPE(descr);
        if (dt == &gp_type_getset_descr) {
            GpGetSetDescr *d = (GpGetSetDescr *)descr;
            res = d->def->get(o);
            if (!res && suppress && err_matches(&gp_exc_AttributeError))
                err_clear();
            return res;
        }
        gp_incref(descr);
        if (dt->descr_get && dt->descr_set) {
            res = dt->descr_get(descr, o, (GpObject *)tp);
            goto done;
        }
    }
    GpObject **dictptr = obj_dict_ptr(o);
    if (dictptr && *dictptr) {
        res = dict_getitem(*dictptr, name);
        if (res) {
            gp_incref(res);
            goto done;
        }
        if (err_occurred())
            goto done;
    }
    if (descr) {
        res = type_descr_bind(descr, o, tp);
        goto done;
    }
    if (!suppress)
        no_attribute(o, name);
done:
    gp_xdecref(descr);
    if (!res && suppress && err_matches(&gp_exc_AttributeError))
        err_clear();
    return res;
}

GpObject *obj_generic_getattr(GpObject *o, GpObject *name) { return generic_getattr(o, name, 0); }

/* A failed attribute lookup's AttributeError gets name and obj (CPython 3.11's
 * set_attribute_error_context), unless it already has them. Returns NULL. */
static GpObject *attr_error_context(GpObject *o, GpObject *name) {
    if (!err_matches(&gp_exc_AttributeError))
        return NULL;
    GpObject *exc = err_fetch();
    if (exc && obj_is_instance_of(exc, &gp_exc_AttributeError)) {
        GpExcNamed *e = (GpExcNamed *)exc;
        if (!e->name && !e->extra) {
            e->name = gp_newref(name);
            e->extra = gp_newref(o);
        }
    }
    err_restore(exc);
    return NULL;
}

GpObject *obj_getattr(GpObject *o, GpObject *name) {
    GetAttrFn f = GP_TYPE(o)->getattr;
    if (!STR_CHECK(name))
        return bad_attr_name(name);
    GpObject *r = f ? f(o, name) : generic_getattr(o, name, 0);
    return r ? r : attr_error_context(o, name);
}

GpObject *obj_getattr_cstr(GpObject *o, const char *name) {
    GpObject *n = str_intern_cstr(name);
    if (!n)
        return NULL;
    GpObject *r = obj_getattr(o, n);
    gp_decref(n);
    return r;
}

GpObject *obj_lookup_attr(GpObject *o, GpObject *name) {
    GetAttrFn f = GP_TYPE(o)->getattr;
    if (!f || f == obj_generic_getattr)
        return generic_getattr(o, name, 1);
    GpObject *r = f(o, name);
    if (!r && err_matches(&gp_exc_AttributeError))
        err_clear();
    return r;
}

int obj_generic_setattr(GpObject *o, GpObject *name, GpObject *value) {
    if (!STR_CHECK(name)) {
        bad_attr_name(name);
        return -1;
    }
    GpType *tp = GP_TYPE(o);
    GpObject *descr = type_lookup(tp, name);
    if (descr && GP_TYPE(descr) == &gp_type_getset_descr) {
        GpGetSetDescr *d = (GpGetSetDescr *)descr;
        if (!d->def->set) {
            err_format(&gp_exc_AttributeError, "attribute '%U' of '%s' objects is not writable",
                       name, d->objtype->name);
            return -1;
        }
        return d->def->set(o, value);
    }
    if (descr && GP_TYPE(descr)->descr_set) {
        gp_incref(descr);
        int r = GP_TYPE(descr)->descr_set(descr, o, value);
        gp_decref(descr);
        return r;
    }
    GpObject **dictptr = obj_dict_ptr(o);
    if (dictptr) {
        if (value) {
            if (!*dictptr && !(*dictptr = dict_new()))
                return -1;
            return dict_setitem(*dictptr, name, value);
        }
        if (*dictptr) {
            if (dict_delitem(*dictptr, name) == 0)
                return 0;
            if (!err_matches(&gp_exc_KeyError))
                return -1;
            err_clear();
        }
    }
    if (descr)
        err_format(&gp_exc_AttributeError, "'%s' object attribute '%U' is read-only",
                   obj_type_name(o), name);
    else
        no_attribute(o, name);
    return -1;
}

int obj_setattr(GpObject *o, GpObject *name, GpObject *value) {
    if (!STR_CHECK(name)) {
        bad_attr_name(name);
        return -1;
    }
    SetAttrFn f = GP_TYPE(o)->setattr;
    if (!f) {
        GpObject *descr = type_lookup(GP_TYPE(o), name);
        if (descr)
            err_format(&gp_exc_AttributeError, "'%s' object attribute '%U' is read-only",
                       obj_type_name(o), name);
        else
            no_attribute(o, name);
        return -1;
    }
    return f(o, name, value);
}

int obj_get_method(GpObject *o, GpObject *name, GpObject **method) {
    GpType *tp = GP_TYPE(o);
    *method = NULL;
    if (tp->getattr && tp->getattr != obj_generic_getattr) {
        *method = obj_getattr(o, name);
        return *method ? 0 : -1;
    }
    GpObject *descr = type_lookup(tp, name);
    if (descr && (GP_TYPE(descr) == &gp_type_method_descr || FUNC_CHECK(descr))) {
        GpObject **dictptr = obj_dict_ptr(o);
        if (dictptr && *dictptr) {
            GpObject *v = dict_getitem(*dictptr, name);
            if (v) {
                *method = gp_newref(v);
                return 0;
            }
            if (err_occurred())
                return -1;
        }
        *method = gp_newref(descr);
        return 1;
    }
    *method = generic_getattr(o, name, 0);
    if (!*method) {
        attr_error_context(o, name);
        return -1;
    }
    return 0;
}

/* ---- isinstance / issubclass ---- */

#define TYPE_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS) != 0)

/* The __bases__ of a class-like object (a tuple, new reference), or NULL with no exception
 * when it has none (CPython's abstract_get_bases). */
static GpObject *abstract_bases(GpObject *cls) {
    GpObject *b = obj_lookup_attr(cls, GP_ID(__bases__));
    if (b && !TUPLE_CHECK(b))
        GP_CLEAR(b);
    return b;
}

/* derived is cls or inherits from it along __bases__: 1, 0, -1. */
static int abstract_issubclass(GpObject *derived, GpObject *cls) {
    GpObject *held = NULL;   /* derived, when only the last __bases__ tuple held it */
    int r = 0;
    for (;;) {
        if (derived == cls) {
            r = 1;
            break;
        }
        GpObject *bases = abstract_bases(derived);
        if (!bases) {
            r = err_occurred() ? -1 : 0;
            break;
        }
        intptr_t n = TUPLE_SIZE(bases);
        if (n == 0) {
            gp_decref(bases);
            break;
        }
        if (n == 1) {   /* no recursion for single inheritance */
            derived = gp_newref(TUPLE_ITEM(bases, 0));
            gp_decref(bases);   /* a computed __bases__ may hold the only reference */
            gp_xdecref(held);
            held = derived;
            continue;
        }
        if (gp_enter_recursive_call(" in __issubclass__") < 0) {
            gp_decref(bases);
            r = -1;
            break;
        }
        for (intptr_t i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(TUPLE_ITEM(bases, i), cls);
        gp_leave_recursive_call();
        gp_decref(bases);
        break;
    }
    gp_xdecref(held);
    return r;
}

static int check_class(GpObject *cls, const char *msg) {
    if (TYPE_CHECK(cls))
        return 1;
    GpObject *b = abstract_bases(cls);
    if (b) {
        gp_decref(b);
        return 1;
    }
    if (!err_occurred())
        err_set_str(&gp_exc_TypeError, msg);
    return 0;
}

/* Whether o.__class__ is surely type(o): object's own __class__ through the generic
 * lookup (the common case, which then needs no attribute lookup). */
static int class_is_type(GpObject *o) {
    GpType *t = GP_TYPE(o);
    if (t->getattr && t->getattr != obj_generic_getattr)
        return 0;
    GpObject *d = type_lookup(t, GP_ID(__class__));
    return d && GP_TYPE(d) == &gp_type_getset_descr &&
           ((GpGetSetDescr *)d)->objtype == &gp_type_object;
}

/* isinstance without __instancecheck__: type(o), then o.__class__ if it differs. */
static int recursive_isinstance(GpObject *o, GpObject *cls) {
    GpObject *icls;
    int r = 0;
    if (TYPE_CHECK(cls)) {
        if (obj_is_instance_of(o, (GpType *)cls))
            return 1;
        if (class_is_type(o))
            return 0;
        icls = obj_lookup_attr(o, GP_ID(__class__));
        if (!icls)
            return err_occurred() ? -1 : 0;
        if (icls != (GpObject *)GP_TYPE(o) && TYPE_CHECK(icls))
            r = type_is_subtype((GpType *)icls, (GpType *)cls);
        gp_decref(icls);
        return r;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        return -1;
    icls = obj_lookup_attr(o, GP_ID(__class__));
    if (!icls)
        return err_occurred() ? -1 : 0;
    r = abstract_issubclass(icls, cls);
    gp_decref(icls);
    return r;
}

/* type(cls).name when it is not type's own check (a metaclass's __instancecheck__, or a
 * non-type object's): borrowed, or NULL. */
static GpObject *custom_check(GpObject *cls, GpObject *name) {
    if (GP_TYPE(cls) == &gp_type_type)
        return NULL;
    GpObject *d = type_lookup(GP_TYPE(cls), name);
    if (!d || (GP_TYPE(d) == &gp_type_method_descr &&
               ((GpMethodDescr *)d)->objtype == &gp_type_type))
        return NULL;
    return d;
}

/* Calls the checker descr found on type(cls) with cls and arg; its truth: 1, 0, -1. */
static int call_check(GpObject *cls, GpObject *descr, GpObject *arg, const char *where) {
    if (gp_enter_recursive_call(where) < 0)
        return -1;
    gp_incref(descr);
    GpObject *r = slots_call_found(cls, descr, &arg, 1, NULL);
    gp_decref(descr);
    gp_leave_recursive_call();
    if (!r)
        return -1;
    int t = obj_is_true(r);
    gp_decref(r);
    return t;
}

int obj_isinstance(GpObject *o, GpObject *cls) {
    if ((GpObject *)GP_TYPE(o) == cls)
        return 1;
    if (GP_TYPE(cls) == &gp_type_type)
        return recursive_isinstance(o, cls);
    if (UNION_CHECK(cls))   /* isinstance(x, int | str) */
        cls = union_args(cls);
    if (GENERIC_ALIAS_CHECK(cls)) {
        err_set_str(&gp_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
        return -1;
    }
    if (TUPLE_CHECK(cls)) {
        if (gp_enter_recursive_call(" in __instancecheck__") < 0)
            return -1;
        int r = 0;
        for (intptr_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++)
            r = obj_isinstance(o, TUPLE_ITEM(cls, i));
        gp_leave_recursive_call();
        return r;
    }
    GpObject *checker = custom_check(cls, GP_ID(__instancecheck__));
    if (checker)
        return call_check(cls, checker, o, " in __instancecheck__");
    return recursive_isinstance(o, cls);
}

/* issubclass without __subclasscheck__. */
static int recursive_issubclass(GpObject *derived, GpObject *cls) {
    if (TYPE_CHECK(cls) && TYPE_CHECK(derived))
        return type_is_subtype((GpType *)derived, (GpType *)cls);
    if (!check_class(derived, "issubclass() arg 1 must be a class"))
        return -1;
    if (!UNION_CHECK(cls) &&
        !check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        return -1;
    return abstract_issubclass(derived, cls);
}

int obj_issubclass(GpObject *derived, GpObject *cls) {
    if (GP_TYPE(cls) == &gp_type_type) {
        if (derived == cls)
            return 1;
        return recursive_issubclass(derived, cls);
    }
    if (UNION_CHECK(cls))
        cls = union_args(cls);
    if (GENERIC_ALIAS_CHECK(cls)) {
        err_set_str(&gp_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
        return -1;
    }
    if (TUPLE_CHECK(cls)) {
        if (gp_enter_recursive_call(" in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (intptr_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++)
            r = obj_issubclass(derived, TUPLE_ITEM(cls, i));
        gp_leave_recursive_call();
        return r;
    }
    GpObject *checker = custom_check(cls, GP_ID(__subclasscheck__));
    if (checker)
        return call_check(cls, checker, derived, " in __subclasscheck__");
    return recursive_issubclass(derived, cls);
}

/* type.__instancecheck__(cls, obj) / type.__subclasscheck__(cls, sub): the checks without
 * a metaclass's hooks. */
GpObject *type_instancecheck_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    (void)nargs; (void)kwnames;
    int r = recursive_isinstance(args[0], self);
    return r < 0 ? NULL : gp_bool(r);
}

GpObject *type_subclasscheck_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    (void)nargs; (void)kwnames;
    int r = recursive_issubclass(args[0], self);
    return r < 0 ? NULL : gp_bool(r);
}

/* ---- The object type ---- */

static void object_dealloc(GpObject *o) { obj_free(o); }

/* object's ==: identity, else NotImplemented (obj_richcompare then falls back to identity). */
static GpObject *object_richcompare(GpObject *a, GpObject *b, int op) {
    if (op == CMP_OP_EQ)
        return gp_newref(a == b ? GP_TRUE : GP_NOTIMPL);
    if (op == CMP_OP_NE && GP_TYPE(a)->richcompare) {
        GpObject *r = GP_TYPE(a)->richcompare(a, b, CMP_OP_EQ);
        if (r && r != GP_NOTIMPL) {
            int t = obj_is_true(r);
            gp_decref(r);
            return t < 0 ? NULL : gp_bool(!t);
        }
        return r;
    }
    return gp_newref(GP_NOTIMPL);
}

static GpObject *object_new(GpType *t, GpObject *const *args, intptr_t nargs, GpObject *kwnames) {
    (void)args;
    if (nargs || (kwnames && TUPLE_SIZE(kwnames)))
        return err_format(&gp_exc_TypeError, "%s() takes no arguments", t->name);
    return obj_new(t, t->basicsize);
}

static GpObject *object_get_class(GpObject *o) { return gp_newref((GpObject *)GP_TYPE(o)); }

/* Whether a's and b's nearest classes adding __slots__ members are one class, or two with
 * the same base adding the same names (CPython's same_slots_added): 1 or 0. */
static int same_slots(GpType *a, GpType *b) {
    while ((a->flags & TPFLAG_HEAPTYPE) &&
           !(((GpHeapType *)a)->slotnames && TUPLE_SIZE(((GpHeapType *)a)->slotnames)))
        a = a->base;
    while ((b->flags & TPFLAG_HEAPTYPE) &&
           !(((GpHeapType *)b)->slotnames && TUPLE_SIZE(((GpHeapType *)b)->slotnames)))
        b = b->base;
    int ha = (a->flags & TPFLAG_HEAPTYPE) != 0, hb = (b->flags & TPFLAG_HEAPTYPE) != 0;
    if (!ha || !hb)
        return ha == hb;
    if (a == b)
        return 1;
    GpHeapType *x = (GpHeapType *)a, *y = (GpHeapType *)b;
    if (a->base != b->base || x->slotoffset != y->slotoffset ||
        obj_richcompare_bool(x->slotnames, y->slotnames, CMP_OP_EQ) != 1) {
        err_clear();
        return 0;
    }
    return 1;
}

/* obj.__class__ = C: allowed between classes with the same instance layout. */
static int object_set_class(GpObject *o, GpObject *v) {
    if (!v) {
        err_set_str(&gp_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!(GP_TYPE(v)->flags & TPFLAG_TYPE_SUBCLASS)) {
        err_format(&gp_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                   obj_type_name(v));
        return -1;
    }
    GpType *old = GP_TYPE(o), *nt = (GpType *)v;
    if (!(old->flags & TPFLAG_HEAPTYPE) || !(nt->flags & TPFLAG_HEAPTYPE)) {
        err_set_str(&gp_exc_TypeError, "__class__ assignment only supported for mutable types "
                                       "or ModuleType subclasses");
        return -1;
    }
    if (type_static_base(old) != type_static_base(nt) || old->basicsize != nt->basicsize ||
        old->dictoffset != nt->dictoffset || old->dealloc != nt->dealloc ||
        !same_slots(old, nt)) {
        err_format(&gp_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                   nt->name, old->name);
        return -1;
    }
    gp_incref(v);
    o->type = nt;
    gp_decref((GpObject *)old);
    return 0;
}

/* object.__format__(spec): str(self) for an empty spec. */
static GpObject *object_format_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    (void)nargs; (void)kwnames;
    if (!STR_CHECK(args[0]))
        return err_format(&gp_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (STR_LEN(args[0]) != 0)
        return err_format(&gp_exc_TypeError, "unsupported format string passed to %s.__format__",
                          obj_type_name(self));
    return obj_str(self);
}

static GpObject *object_dir_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                 GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    GpObject *names = dict_new();
    if (!names)
        return NULL;
    GpObject **dp = obj_dict_ptr(self);
    if (dp && *dp && dict_update(names, *dp) < 0)
        goto error;
    GpObject *mro = GP_TYPE(self)->mro;
    for (intptr_t i = 0; mro && i < TUPLE_SIZE(mro); i++) {
        GpType *t = (GpType *)TUPLE_ITEM(mro, i);
        if (t->dict && dict_update(names, t->dict) < 0)
            goto error;
    }
    GpObject *r = dict_keys_list(names);
    gp_decref(names);
    return r;
error:
    gp_decref(names);
    return NULL;
}

/* object.__sizeof__(): the instance's fixed size in bytes. */
static GpObject *object_sizeof_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return int_from_i64((int64_t)GP_TYPE(self)->basicsize);
}

/* ---- Pickling protocol: __getstate__, __reduce__, __reduce_ex__ (CPython's typeobject.c
 * and copyreg, without a copyreg module: __newobj__ and _reconstructor are built-ins) ---- */

/* __newobj__(cls, *args): cls.__new__(cls, *args). */
static GpObject *reduce_newobj_fn(GpObject *self, GpObject *const *args, intptr_t nargs,
                                  GpObject *kwnames) {
    (void)self; (void)kwnames;
    if (nargs < 1)
        return err_set_str(&gp_exc_TypeError, "__newobj__() missing required argument 'cls'");
    GpObject *newf = obj_getattr_cstr(args[0], "__new__");
    if (!newf)
        return NULL;
    GpObject *r = obj_call(newf, args, nargs, NULL);
    gp_decref(newf);
    return r;
}

/* _reconstructor(cls, base, state): base.__new__(cls, state), then base.__init__ if any. */
static GpObject *reduce_reconstructor_fn(GpObject *self, GpObject *const *args, intptr_t nargs,
                                         GpObject *kwnames) {
    (void)self; (void)kwnames;
    if (nargs != 3)
        return err_format(&gp_exc_TypeError,
                          "_reconstructor() takes 3 positional arguments but %zd were given",
                          (ssize_t)nargs);
    GpObject *cls = args[0], *base = args[1], *state = args[2];
    GpObject *obj;
    if (base == (GpObject *)&gp_type_object) {
        GpObject *a[1] = {cls};
        obj = obj_call_method(base, "__new__", a, 1);
        return obj;
    }
    GpObject *a[2] = {cls, state};
    obj = obj_call_method(base, "__new__", a, 2);
    if (!obj)
        return NULL;
    GpObject *binit = obj_getattr_cstr(base, "__init__");
    GpObject *oinit = binit ? obj_getattr_cstr((GpObject *)&gp_type_object, "__init__") : NULL;
    if (!oinit) {
        gp_xdecref(binit);
        gp_decref(obj);
        return NULL;
    }
    if (binit != oinit) {
        GpObject *b[2] = {obj, state};
        GpObject *r = obj_call(binit, b, 2, NULL);
        if (!r)
            GP_CLEAR(obj);
        gp_xdecref(r);
    }
    gp_decref(binit);
    gp_decref(oinit);
    return obj;
}

/* __newobj_ex__(cls, args, kwargs): cls.__new__(cls, *args, **kwargs). */
static GpObject *reduce_newobj_ex_fn(GpObject *self, GpObject *const *args, intptr_t nargs,
                                     GpObject *kwnames) {
    (void)self; (void)kwnames;
    if (nargs != 3 || !TUPLE_CHECK(args[1]) || !DICT_CHECK(args[2]))
        return err_set_str(&gp_exc_TypeError, "__newobj_ex__() takes (cls, args, kwargs)");
    GpObject *newf = obj_getattr_cstr(args[0], "__new__");
    if (!newf)
        return NULL;
    GpObject *full = tuple_new(TUPLE_SIZE(args[1]) + 1);
    GpObject *r = NULL;
    if (full) {
        TUPLE_SET_ITEM(full, 0, gp_newref(args[0]));
        for (intptr_t i = 0; i < TUPLE_SIZE(args[1]); i++)
            TUPLE_SET_ITEM(full, i + 1, gp_newref(TUPLE_ITEM(args[1], i)));
        r = obj_call_tuple_dict(newf, full, args[2]);
        gp_decref(full);
    }
    gp_decref(newf);
    return r;
}

static GpMethodDef newobj_def = {"__newobj__", reduce_newobj_fn, METH_VARARGS, NULL};
static GpMethodDef newobj_ex_def = {"__newobj_ex__", reduce_newobj_ex_fn, METH_VARARGS, NULL};
static GpMethodDef reconstructor_def = {"_reconstructor", reduce_reconstructor_fn, METH_VARARGS,
                                        NULL};

static GpObject *cannot_pickle(GpObject *o) {
    return err_format(&gp_exc_TypeError, "cannot pickle '%s' object", obj_type_name(o));
}

/* object.__getstate__'s default: the instance dict (None if empty or absent), paired with a
 * dict of the set __slots__ members when there are any. required: instances whose built-in
 * base holds more than object does cannot be rebuilt from that. New reference. */
static GpObject *object_getstate_default(GpObject *self, int required) {
    GpType *t = GP_TYPE(self);
    if (required && t->itemsize == 0) {
        /* more in the instance than object's header, a dict and __slots__: state that
         * this cannot capture (CPython compares tp_basicsize the same way) */
        size_t expect = sizeof(GpObject) + (t->dictoffset > 0 ? sizeof(GpObject *) : 0);
        for (GpType *h = t; h && (h->flags & TPFLAG_HEAPTYPE); h = h->base)
            if (((GpHeapType *)h)->slotnames)
                expect += sizeof(GpObject *) * (size_t)TUPLE_SIZE(((GpHeapType *)h)->slotnames);
        if (t->basicsize > expect)
            return cannot_pickle(self);
    } else if (required) {
        return cannot_pickle(self);
    }
    GpObject *state;
    GpObject **dp = t->dictoffset ? obj_dict_ptr(self) : NULL;
    if (dp && *dp && dict_size(*dp) > 0)
        state = dict_copy(*dp);
    else
        state = gp_none();
    if (!state)
        return NULL;
    GpObject *slots = NULL;
    for (GpType *h = t; h && (h->flags & TPFLAG_HEAPTYPE); h = h->base) {
        GpObject *names = ((GpHeapType *)h)->slotnames;
        for (intptr_t i = 0; names && i < TUPLE_SIZE(names); i++) {
            GpObject *v = obj_lookup_attr(self, TUPLE_ITEM(names, i));
            if (!v) {
                if (err_occurred())
                    goto error;
                continue;
            }
            if (!slots && !(slots = dict_new())) {
                gp_decref(v);
                goto error;
            }
            int r = dict_setitem(slots, TUPLE_ITEM(names, i), v);
            gp_decref(v);
            if (r < 0)
                goto error;
        }
    }
    if (slots) {
        GpObject *pair = tuple_pack(2, state, slots);
        gp_decref(state);
        gp_decref(slots);
        return pair;
    }
    return state;
error:
    gp_decref(state);
    gp_xdecref(slots);
    return NULL;
}

static GpObject *object_getstate_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                      GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return object_getstate_default(self, 0);
}

/* self.__getstate__() unless it is object's own (then the default with required). */
static GpObject *reduce_getstate(GpObject *self, int required) {
    GpObject *name = str_intern_cstr("__getstate__");
    if (!name)
        return NULL;
    GpObject *d = type_lookup(GP_TYPE(self), name);
    GpObject *r;
    if (d && GP_TYPE(d) == &gp_type_method_descr &&
        ((GpMethodDescr *)d)->def->fn == object_getstate_meth)
        r = object_getstate_default(self, required);
    else
        r = obj_call_method(self, "__getstate__", NULL, 0);
    gp_decref(name);
    return r;
}

/* The arguments __new__ needs: type(self).__getnewargs_ex__(self) as (tuple, dict) with the
 * dict in *kwargs (new reference), or __getnewargs__() as a tuple; NULL with no exception when
 * the type has neither. */
static GpObject *reduce_newargs(GpObject *self, int *failed, GpObject **kwargs) {
    *failed = 0;
    *kwargs = NULL;
    GpObject *exname = str_intern_cstr("__getnewargs_ex__");
    if (!exname) {
        *failed = 1;
        return NULL;
    }
    GpObject *exd = type_lookup(GP_TYPE(self), exname);
    gp_decref(exname);
    if (exd) {
        *failed = 1;
        GpObject *r = obj_call_method(self, "__getnewargs_ex__", NULL, 0);
        if (!r)
            return NULL;
        if (!TUPLE_CHECK(r)) {
            err_format(&gp_exc_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'",
                       obj_type_name(r));
        } else if (TUPLE_SIZE(r) != 2) {
            err_format(&gp_exc_ValueError,
                       "__getnewargs_ex__ should return a tuple of length 2, not %zd",
                       (ssize_t)TUPLE_SIZE(r));
        } else if (!TUPLE_CHECK(TUPLE_ITEM(r, 0))) {
            err_format(&gp_exc_TypeError, "first item of the tuple returned by "
                       "__getnewargs_ex__ must be a tuple, not '%s'",
                       obj_type_name(TUPLE_ITEM(r, 0)));
        } else if (!DICT_CHECK(TUPLE_ITEM(r, 1))) {
            err_format(&gp_exc_TypeError, "second item of the tuple returned by "
                       "__getnewargs_ex__ must be a dict, not '%s'",
                       obj_type_name(TUPLE_ITEM(r, 1)));
        } else {
            *failed = 0;
            GpObject *a = gp_newref(TUPLE_ITEM(r, 0));
            *kwargs = gp_newref(TUPLE_ITEM(r, 1));
            gp_decref(r);
            return a;
        }
        gp_decref(r);
        return NULL;
    }
    GpObject *name = str_intern_cstr("__getnewargs__");
    if (!name) {
        *failed = 1;
        return NULL;
    }
    GpObject *d = type_lookup(GP_TYPE(self), name);
    gp_decref(name);
    if (!d)
        return NULL;
    GpObject *r = obj_call_method(self, "__getnewargs__", NULL, 0);
    if (r && !TUPLE_CHECK(r)) {
        err_format(&gp_exc_TypeError, "__getnewargs__ should return a tuple, not '%s'",
                   obj_type_name(r));
        GP_CLEAR(r);
    }
    if (!r)
        *failed = 1;
    return r;
}

/* Protocol 2+: (__newobj__, (cls, *newargs), state, listitems, dictitems). */
static GpObject *reduce_newobj(GpObject *self) {
    GpType *t = GP_TYPE(self);
    if (!t->new_)
        return cannot_pickle(self);
    int failed;
    GpObject *kwargs;
    GpObject *args = reduce_newargs(self, &failed, &kwargs);
    if (failed)
        return NULL;
    GpObject *fn = NULL, *newargs = NULL, *state = NULL, *li = NULL, *di = NULL, *res = NULL;
    int ex = kwargs && dict_size(kwargs) > 0;
    if (ex) {
        newargs = tuple_pack(3, (GpObject *)t, args, kwargs);
        if (!newargs)
            goto done;
    } else {
        intptr_t n = args ? TUPLE_SIZE(args) : 0;
        newargs = tuple_new(n + 1);
        if (!newargs)
            goto done;
        TUPLE_SET_ITEM(newargs, 0, gp_newref((GpObject *)t));
        for (intptr_t i = 0; i < n; i++)
            TUPLE_SET_ITEM(newargs, i + 1, gp_newref(TUPLE_ITEM(args, i)));
    }
    state = reduce_getstate(self, !(args || LIST_CHECK(self) || DICT_CHECK(self)));
    if (!state)
        goto done;
    if (LIST_CHECK(self)) {
        if (!(li = obj_iter(self)))
            goto done;
    } else {
        li = gp_none();
    }
    if (DICT_CHECK(self)) {
        GpObject *items = obj_call_method(self, "items", NULL, 0);
        di = items ? obj_iter(items) : NULL;
        gp_xdecref(items);
        if (!di)
            goto done;
    } else {
        di = gp_none();
    }
    fn = cfunction_new(ex ? &newobj_ex_def : &newobj_def, NULL, NULL);
    if (fn)
        res = tuple_pack(5, fn, newargs, state, li, di);
done:
    gp_xdecref(args);
    gp_xdecref(kwargs);
    gp_xdecref(fn);
    gp_xdecref(newargs);
    gp_xdecref(state);
    gp_xdecref(li);
    gp_xdecref(di);
    return res;
}

/* Protocols 0 and 1 (copyreg._reduce_ex): (_reconstructor, (cls, base, base(self)), state). */
static GpObject *reduce_copyreg(GpObject *self) {
    GpType *t = GP_TYPE(self);
    GpType *base = type_static_base(t);
    GpObject *bstate;
    if (base == &gp_type_object) {
        bstate = gp_none();
    } else {
        if (base == t)
            return cannot_pickle(self);
        bstate = obj_call1((GpObject *)base, self);
        if (!bstate)
            return NULL;
    }
    GpObject *args = tuple_pack(3, (GpObject *)t, (GpObject *)base, bstate);
    gp_decref(bstate);
    if (!args)
        return NULL;
    GpObject *state = NULL;
    GpObject *name = str_intern_cstr("__getstate__");
    GpObject *gs = name ? type_lookup(t, name) : NULL;
    if (gs && GP_TYPE(gs) == &gp_type_method_descr &&
        ((GpMethodDescr *)gs)->def->fn == object_getstate_meth) {
        GpObject *sl = obj_lookup_attr(self, GP_ID(__slots__));
        int has = sl ? obj_is_true(sl) : (err_occurred() ? -1 : 0);
        gp_xdecref(sl);
        if (has) {
            if (has > 0)
                err_set_str(&gp_exc_TypeError, "a class that defines __slots__ without defining "
                                               "__getstate__ cannot be pickled");
            gp_xdecref(name);
            gp_decref(args);
            return NULL;
        }
    }
    if (gs)
        state = reduce_getstate(self, 0);
    else if (name)
        state = gp_none();
    gp_xdecref(name);
    GpObject *fn = state ? cfunction_new(&reconstructor_def, NULL, NULL) : NULL;
    GpObject *res = NULL;
    if (fn) {
        int truth = obj_is_true(state);
        if (truth > 0)
            res = tuple_pack(3, fn, args, state);
        else if (truth == 0)
            res = tuple_pack(2, fn, args);
    }
    gp_xdecref(fn);
    gp_xdecref(state);
    gp_decref(args);
    return res;
}

static GpObject *object_reduce_common(GpObject *self, intptr_t proto) {
    return proto >= 2 ? reduce_newobj(self) : reduce_copyreg(self);
}

static GpObject *object_reduce_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                    GpObject *kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return object_reduce_common(self, 0);
}

/* object.__reduce_ex__(protocol): an overriding __reduce__ wins. */
static GpObject *object_reduce_ex_meth(GpObject *self, GpObject *const *args, intptr_t nargs,
                                       GpObject *kwnames) {
    (void)nargs; (void)kwnames;
    if (!INT_CHECK(args[0]))
        return err_format(&gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(args[0]));
    intptr_t proto = obj_as_ssize(args[0]);
    if (proto == -1 && err_occurred())
        return NULL;
    GpObject *name = str_intern_cstr("__reduce__");
    if (!name)
        return NULL;
    GpObject *d = type_lookup(GP_TYPE(self), name);
    gp_decref(name);
    if (d && !(GP_TYPE(d) == &gp_type_method_descr &&
               ((GpMethodDescr *)d)->def->fn == object_reduce_meth))
        return obj_call_method(self, "__reduce__", NULL, 0);
    return object_reduce_common(self, proto);
}

static GpMethodDef object_methods[] = {
    {"__format__", object_format_meth, METH_O, NULL},
    {"__dir__", object_dir_meth, METH_NOARGS, NULL},
    {"__sizeof__", object_sizeof_meth, METH_NOARGS, NULL},
    {"__getstate__", object_getstate_meth, METH_NOARGS, NULL},
    {"__reduce__", object_reduce_meth, METH_NOARGS, NULL},
    {"__reduce_ex__", object_reduce_ex_meth, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static GpGetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, NULL},
    {NULL, NULL, NULL, NULL},
};

GpType gp_type_object = {
    GP_TYPE_HEAD,
    .name = "object",
    .basicsize = sizeof(GpObject),
    .flags = TPFLAG_BASETYPE,
    .base = NULL,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .methods = object_methods,
    .getset = object_getset,
};
