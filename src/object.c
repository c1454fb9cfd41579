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

GpObject *obj_getattr(GpObject *o, GpObject *name) {
    GetAttrFn f = GP_TYPE(o)->getattr;
    if (!STR_CHECK(name))
        return bad_attr_name(name);
    if (!f)
        return generic_getattr(o, name, 0);
    return f(o, name);
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
    return *method ? 0 : -1;
}

/* ---- isinstance / issubclass ---- */

#define TYPE_CHECK(o) ((GP_TYPE(o)->flags & TPFLAG_TYPE_SUBCLASS) != 0)

int obj_isinstance(GpObject *o, GpObject *cls) {
    if (TYPE_CHECK(cls))
        return obj_is_instance_of(o, (GpType *)cls);
    if (TUPLE_CHECK(cls)) {
        if (gp_enter_recursive_call(" in __instancecheck__") < 0)
            return -1;
        int r = 0;
        for (intptr_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++)
            r = obj_isinstance(o, TUPLE_ITEM(cls, i));
        gp_leave_recursive_call();
        return r;
    }
    err_set_str(&gp_exc_TypeError,
                "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int obj_issubclass(GpObject *derived, GpObject *cls) {
    if (!TYPE_CHECK(derived)) {
        err_set_str(&gp_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (TYPE_CHECK(cls))
        return type_is_subtype((GpType *)derived, (GpType *)cls);
    if (TUPLE_CHECK(cls)) {
        if (gp_enter_recursive_call(" in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (intptr_t i = 0; i < TUPLE_SIZE(cls) && r == 0; i++)
            r = obj_issubclass(derived, TUPLE_ITEM(cls, i));
        gp_leave_recursive_call();
        return r;
    }
    err_set_str(&gp_exc_TypeError,
                "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
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
        ((GpHeapType *)old)->slotnames || ((GpHeapType *)nt)->slotnames) {
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

static GpMethodDef object_methods[] = {
    {"__format__", object_format_meth, METH_O, NULL},
    {"__dir__", object_dir_meth, METH_NOARGS, NULL},
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
