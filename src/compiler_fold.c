/* compiler_fold.c — the per-unit constant table and constant folding (CPython 3.11's AST
 * optimiser, ast_opt.c).
 *
 * Invariants:
 * - Every literal becomes an object of the unit's table; a folded node becomes an
 *   E_CONSTANT of kind CONST_OBJ whose len is the table index (compile_internal.h).
 * - The table holds one object per (type, value, origin): values compare strictly by type
 *   (0, 0.0, -0.0 and False are four constants), floats by their bits, tuples by the
 *   identity of their (already canonical) items; origin is "folded from a binary operation"
 *   or "anything else", so a fold never merges with a literal (DESIGN.md §1).
 * - Identifier-like strings are interned when they enter the table.
 * - A fold that raises (or would exceed CPython's size limits) leaves the node as it was;
 *   the error is cleared.
 */
#include <string.h>

#include "compile_internal.h"
#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

#define MAX_INT_SIZE 128          /* bits */
#define MAX_COLLECTION_SIZE 256   /* items */
#define MAX_STR_SIZE 4096         /* characters */
#define MAX_TOTAL_ITEMS 1024      /* including nested collections */

/* ---- The constant table ---- */

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

/* Hash consistent with const_equal. -1 never happens for the supported types. */
static int const_hash(GpObject *o, uint64_t *out) {
    uint64_t h = (uint64_t)(uintptr_t)GP_TYPE(o);
    GpType *t = GP_TYPE(o);
    if (t == &gp_type_int || t == &gp_type_bool) {
        int64_t v = obj_hash(o);
        if (v == -1 && err_occurred())
            return -1;
        h = mix(h, (uint64_t)v);
    } else if (t == &gp_type_float) {
        double d = FLOAT_VALUE(o);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        h = mix(h, bits);
    } else if (t == &gp_type_str) {
        h = mix(h, (uint64_t)str_hash(o));
    } else if (t == &gp_type_bytes) {
        h = mix(h, (uint64_t)bytes_hash(o));
    } else if (t == &gp_type_frozenset) {
        /* items are canonical constants: an order-independent mix of their identities */
        uint64_t x = (uint64_t)SET_SIZE(o);
        intptr_t pos = 0;
        GpObject *k;
        while (set_next(o, &pos, &k))
            x ^= mix(0, (uint64_t)(uintptr_t)k);
        h = mix(h, x);
    } else if (t == &gp_type_tuple) {
        h = mix(h, (uint64_t)TUPLE_SIZE(o));
        for (intptr_t i = 0; i < TUPLE_SIZE(o); i++)
            h = mix(h, (uint64_t)(uintptr_t)TUPLE_ITEM(o, i));
    } else {
        h = mix(h, (uint64_t)(uintptr_t)o);
    }
    *out = h;
    return 0;
}

static int const_equal(GpObject *a, GpObject *b) {
    if (a == b)
        return 1;
    GpType *t = GP_TYPE(a);
    if (t != GP_TYPE(b))
        return 0;
    if (t == &gp_type_int)
        return int_compare(a, b) == 0;
    if (t == &gp_type_float) {
        double x = FLOAT_VALUE(a), y = FLOAT_VALUE(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &gp_type_str)
        return str_eq(a, b) == 1;
    if (t == &gp_type_bytes)
        return bytes_eq(a, b);
    if (t == &gp_type_frozenset) {   /* the same canonical items, by identity */
        if (SET_SIZE(a) != SET_SIZE(b))
            return 0;
        intptr_t pa = 0;
        GpObject *ka, *kb;
        while (set_next(a, &pa, &ka)) {
            intptr_t pb = 0;
            int found = 0;
            while (!found && set_next(b, &pb, &kb))
                found = ka == kb;
            if (!found)
                return 0;
        }
        return 1;
    }
    if (t == &gp_type_tuple) {
        if (TUPLE_SIZE(a) != TUPLE_SIZE(b))
            return 0;
        for (intptr_t i = 0; i < TUPLE_SIZE(a); i++)
            if (TUPLE_ITEM(a, i) != TUPLE_ITEM(b, i))
                return 0;
        return 1;
    }
    return 0;   /* bools and singletons: identity only */
}

static int is_identifier_like(GpObject *s) {
    const char *p = str_cstr(s);
    for (intptr_t i = 0; i < STR_NBYTES(s); i++) {
        char ch = p[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_'))
            return 0;
    }
    return 1;
}

static int table_grow(ConstTable *ct) {
    int ncap = ct->cap ? ct->cap * 2 : 32;
    ConstEntry *items = mem_realloc(ct->items, (size_t)ncap * sizeof *items);
    if (!items) {
        err_no_memory();
        return -1;
    }
    ct->items = items;
    ct->cap = ncap;
    int nslots = ncap * 2;
    int *slots = mem_alloc((size_t)nslots * sizeof *slots);
    if (!slots) {
        err_no_memory();
        return -1;
    }
    for (int i = 0; i < nslots; i++)
        slots[i] = -1;
    for (int j = 0; j < ct->n; j++) {
        size_t i = ct->items[j].hash & (size_t)(nslots - 1);
        while (slots[i] >= 0)
            i = (i + 1) & (size_t)(nslots - 1);
        slots[i] = j;
    }
    mem_free(ct->slots);
    ct->slots = slots;
    ct->nslots = nslots;
    return 0;
}

int const_table_add_steal(Compiler *c, GpObject *o, int folded) {
    ConstTable *ct = &c->ct;
    uint64_t h;
    if (const_hash(o, &h) < 0) {
        gp_decref(o);
        return -1;
    }
    h = mix(h, (uint64_t)folded);
    if (ct->nslots) {
        size_t mask = (size_t)ct->nslots - 1;
        for (size_t i = h & mask; ct->slots[i] >= 0; i = (i + 1) & mask) {
            ConstEntry *e = &ct->items[ct->slots[i]];
            if (e->hash == h && e->folded == folded && const_equal(e->obj, o)) {
                gp_decref(o);
                return ct->slots[i];
            }
        }
    }
    if (ct->n == ct->cap && table_grow(ct) < 0) {
        gp_decref(o);
        return -1;
    }
    if (STR_CHECK_EXACT(o) && is_identifier_like(o)) {
        str_intern_inplace(&o);
        if (!o)
            return -1;
    }
    int idx = ct->n++;
    ct->items[idx].obj = o;
    ct->items[idx].hash = h;
    ct->items[idx].folded = folded;
    size_t mask = (size_t)ct->nslots - 1;
    size_t i = h & mask;
    while (ct->slots[i] >= 0)
        i = (i + 1) & mask;
    ct->slots[i] = idx;
    return idx;
}

void const_table_free(ConstTable *ct) {
    for (int i = 0; i < ct->n; i++)
        gp_decref(ct->items[i].obj);
    mem_free(ct->items);
    mem_free(ct->slots);
    memset(ct, 0, sizeof *ct);
}

GpObject *const_str(Compiler *c, const char *s) {
    GpObject *o = str_from_cstr(s);
    if (!o)
        return NULL;
    int idx = const_table_add_steal(c, o, 0);
    return idx < 0 ? NULL : const_table_get(c, idx);
}

GpObject *const_int(Compiler *c, int64_t v) {
    GpObject *o = int_from_i64(v);
    if (!o)
        return NULL;
    int idx = const_table_add_steal(c, o, 0);
    return idx < 0 ? NULL : const_table_get(c, idx);
}

GpObject *const_tuple_steal(Compiler *c, GpObject *tuple) {
    int idx = const_table_add_steal(c, tuple, 0);
    return idx < 0 ? NULL : const_table_get(c, idx);
}

GpObject *const_str_tuple(Compiler *c, const char *const *names, int n) {
    GpObject *t = tuple_new(n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++) {
        GpObject *s = const_str(c, names[i]);
        if (!s) {
            gp_decref(t);
            return NULL;
        }
        TUPLE_SET_ITEM(t, i, gp_newref(s));
    }
    return const_tuple_steal(c, t);
}

/* ---- Turning nodes into constants ---- */

static void make_const_node(Expr *e, int idx) {
    e->kind = E_CONSTANT;
    e->v.constant.kind = CONST_OBJ;
    e->v.constant.text = NULL;
    e->v.constant.len = (size_t)idx;
}

/* Replaces e by the constant newval (stolen; NULL means the fold failed: the error is
 * cleared and e left alone). */
static int make_const(Compiler *c, Expr *e, GpObject *newval, int folded) {
    if (!newval) {
        if (err_occurred()) {
            if (err_matches(&gp_exc_KeyboardInterrupt))
                return -1;
            err_clear();
        }
        return 0;
    }
    GpType *t = GP_TYPE(newval);
    if (t != &gp_type_int && t != &gp_type_bool && t != &gp_type_float && t != &gp_type_str &&
        t != &gp_type_tuple && t != &gp_type_frozenset && t != &gp_type_bytes &&
        newval != GP_NONE && newval != GP_ELLIPSIS) {
        gp_decref(newval);   /* only types the table knows how to compare */
        return 0;
    }
    int idx = const_table_add_steal(c, newval, folded);
    if (idx < 0)
        return -1;
    make_const_node(e, idx);
    return 0;
}

/* A literal (parser's AstConst) as an object of the table. */
static int literal_to_const(Compiler *c, Expr *e) {
    AstConst *k = &e->v.constant;
    GpObject *o = NULL;
    switch ((int)k->kind) {
    case CONST_NONE: o = gp_none(); break;
    case CONST_TRUE: o = gp_bool(1); break;
    case CONST_FALSE: o = gp_bool(0); break;
    case CONST_ELLIPSIS: o = gp_newref(GP_ELLIPSIS); break;
    case CONST_INT: o = int_from_string(k->text, (intptr_t)k->len, 0); break;
    case CONST_FLOAT: o = float_from_string(k->text, (intptr_t)k->len); break;
    case CONST_STR: o = str_from_utf8(k->text, (intptr_t)k->len); break;
    case CONST_IMAG:
        return compile_error(&c->src, &gp_exc_SyntaxError, &e->pos,
                             "complex numbers are not supported yet");
    case CONST_BYTES: o = bytes_from_data(k->text, (intptr_t)k->len); break;
    default:
        return 0;   /* already an object */
    }
    if (!o)
        return -1;
    int idx = const_table_add_steal(c, o, 0);
    if (idx < 0)
        return -1;
    make_const_node(e, idx);
    return 0;
}

/* A new tuple of the constants elts (all CONST_OBJ), or NULL without error if some item
 * is not a constant (or starred). */
static GpObject *make_const_tuple(Compiler *c, const ExprList *elts, int *err) {
    int n = elts ? elts->len : 0;
    *err = 0;
    for (int i = 0; i < n; i++)
        if (!expr_is_const(elts->items[i]))
            return NULL;
    GpObject *t = tuple_new(n);
    if (!t) {
        *err = 1;
        return NULL;
    }
    for (int i = 0; i < n; i++)
        TUPLE_SET_ITEM(t, i, gp_newref(expr_const(c, elts->items[i])));
    return t;
}

/* Number of bits of abs(o) for an int (CPython's _PyLong_NumBits); -1 on error. */
static int64_t int_numbits(GpObject *o) {
    int64_t v;
    if (int_to_i64(o, &v) == 0) {
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        int64_t bits = 0;
        while (u) {
            bits++;
            u >>= 1;
        }
        return bits;
    }
    err_clear();
    GpObject *r = obj_call_method(o, "bit_length", NULL, 0);
    if (!r)
        return -1;
    int rc = int_to_i64(r, &v);
    gp_decref(r);
    return rc < 0 ? -1 : v;
}

/* CPython's check_complexity: -1 past the limit. */
static intptr_t check_complexity(GpObject *o, intptr_t limit) {
    if (TUPLE_CHECK_EXACT(o)) {
        limit -= TUPLE_SIZE(o);
        for (intptr_t i = 0; limit >= 0 && i < TUPLE_SIZE(o); i++)
            limit = check_complexity(TUPLE_ITEM(o, i), limit);
    }
    return limit;
}

/* "Do not fold": NULL with no exception set. */
static GpObject *fold_fail(void) { return NULL; }

static GpObject *safe_multiply(GpObject *v, GpObject *w) {
    if (INT_CHECK(v) && INT_CHECK(w) && int_sign(v) && int_sign(w)) {
        int64_t vbits = int_numbits(v), wbits = int_numbits(w);
        if (vbits < 0 || wbits < 0)
            return NULL;
        if (vbits + wbits > MAX_INT_SIZE)
            return fold_fail();
    } else if (INT_CHECK(v) && TUPLE_CHECK_EXACT(w)) {
        intptr_t size = TUPLE_SIZE(w);
        if (size) {
            int64_t n;
            if (int_to_i64(v, &n) < 0)
                return NULL;
            if (n < 0 || n > MAX_COLLECTION_SIZE / size)
                return fold_fail();
            if (n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0)
                return fold_fail();
        }
    } else if (INT_CHECK(v) && (STR_CHECK_EXACT(w) || BYTES_CHECK_EXACT(w))) {
        intptr_t size = STR_CHECK_EXACT(w) ? STR_LEN(w) : BYTES_SIZE(w);
        if (size) {
            int64_t n;
            if (int_to_i64(v, &n) < 0)
                return NULL;
            if (n < 0 || n > MAX_STR_SIZE / size)
                return fold_fail();
        }
    } else if (INT_CHECK(w) &&
               (TUPLE_CHECK_EXACT(v) || STR_CHECK_EXACT(v) || BYTES_CHECK_EXACT(v))) {
        return safe_multiply(w, v);
    }
    return obj_binop(v, w, NB_MULTIPLY);
}

static GpObject *safe_power(GpObject *v, GpObject *w) {
    if (INT_CHECK(v) && INT_CHECK(w) && int_sign(v) && int_sign(w) > 0) {
        int64_t vbits = int_numbits(v);
        int64_t wbits;
        if (vbits < 0 || int_to_i64(w, &wbits) < 0)
            return NULL;
        if (vbits > MAX_INT_SIZE / wbits)
            return fold_fail();
    }
    return obj_binop(v, w, NB_POWER);
}

static GpObject *safe_lshift(GpObject *v, GpObject *w) {
    if (INT_CHECK(v) && INT_CHECK(w) && int_sign(v) && int_sign(w)) {
        int64_t vbits = int_numbits(v);
        int64_t wbits;
        if (vbits < 0 || int_to_i64(w, &wbits) < 0)
            return NULL;
        if (wbits < 0)
            return fold_fail();
        if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits)
            return fold_fail();
    }
    return obj_binop(v, w, NB_LSHIFT);
}

static GpObject *safe_mod(GpObject *v, GpObject *w) {
    if (STR_CHECK(v) || BYTES_CHECK(v))
        return fold_fail();   /* '%' formatting is not folded */
    return obj_binop(v, w, NB_REMAINDER);
}

/* ---- '%s' % (a, b) → f'{a!s}{b!s}' (3.11's optimize_format) ---- */

#define FMT_MAXDIGITS 3

static Expr *new_expr(Compiler *c, ExprKind kind, const AstPos *pos) {
    Expr *e = arena_alloc(c->arena, sizeof *e);
    if (!e) {
        err_no_memory();
        return NULL;
    }
    e->kind = kind;
    e->pos = *pos;
    return e;
}

/* A constant node for the str text[0..n) with "%%" turned into "%". */
static Expr *format_literal(Compiler *c, const char *text, intptr_t n, const AstPos *pos) {
    char *buf = arena_alloc(c->arena, (size_t)n + 1);
    if (!buf) {
        err_no_memory();
        return NULL;
    }
    intptr_t k = 0;
    for (intptr_t i = 0; i < n; i++) {
        buf[k++] = text[i];
        if (text[i] == '%')
            i++;   /* "%%" */
    }
    GpObject *o = str_from_utf8(buf, k);
    if (!o)
        return NULL;
    int idx = const_table_add_steal(c, o, 0);
    Expr *e = idx < 0 ? NULL : new_expr(c, E_CONSTANT, pos);
    if (e)
        make_const_node(e, idx);
    return e;
}

/* Parses one "%[flags][width][.prec]spec" after the '%'; 0 if unsupported. */
static int format_arg_parse(const char *f, intptr_t len, intptr_t *ppos, int *spec, int *ljust,
                            int *width, int *prec) {
    intptr_t pos = *ppos;
    char ch;
#define NEXTC                                                                                     \
    do {                                                                                          \
        if (pos >= len)                                                                           \
            return 0;                                                                             \
        ch = f[pos++];                                                                            \
    } while (0)
    NEXTC;
    if (ch == '(')
        return 0;
    *ljust = 0;
    for (;;) {
        if (ch == '-')
            *ljust = 1;
        else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0')
            break;
        NEXTC;
    }
    if (ch >= '0' && ch <= '9') {
        int digits = 0;
        *width = 0;
        while (ch >= '0' && ch <= '9') {
            *width = *width * 10 + (ch - '0');
            NEXTC;
            if (++digits >= FMT_MAXDIGITS)
                return 0;
        }
    }
    if (ch == '.') {
        NEXTC;
        *prec = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            *prec = *prec * 10 + (ch - '0');
            NEXTC;
            if (++digits >= FMT_MAXDIGITS)
                return 0;
        }
    }
#undef NEXTC
    *spec = ch;
    *ppos = pos;
    return 1;
}

/* Rewrites e (fmt % (elts...)) into a JoinedStr when every unit is %s/%r/%a. */
static int optimize_format(Compiler *c, Expr *e, GpObject *fmt, const ExprList *elts) {
    const char *f = str_cstr(fmt);
    intptr_t len = STR_NBYTES(fmt), pos = 0;
    int nelts = elts->len, cnt = 0, nvals = 0;
    Expr **vals = arena_alloc(c->arena, sizeof(Expr *) * (size_t)(nelts * 2 + 1));
    if (!vals) {
        err_no_memory();
        return -1;
    }
    for (;;) {
        intptr_t start = pos;
        while (pos < len) {
            if (f[pos] != '%')
                pos++;
            else if (pos + 1 < len && f[pos + 1] == '%')
                pos += 2;
            else
                break;
        }
        if (pos > start) {
            Expr *lit = format_literal(c, f + start, pos - start, &e->pos);
            if (!lit)
                return -1;
            vals[nvals++] = lit;
        }
        if (pos >= len)
            break;
        if (cnt >= nelts)
            return 0;   /* more format units than items */
        pos++;
        int spec, ljust, width = -1, prec = -1;
        if (!format_arg_parse(f, len, &pos, &spec, &ljust, &width, &prec))
            return 0;
        if (spec != 's' && spec != 'r' && spec != 'a')
            return 0;
        Expr *arg = elts->items[cnt++];
        Expr *fv = new_expr(c, E_FORMATTEDVALUE, &arg->pos);
        if (!fv)
            return -1;
        fv->v.formattedvalue.value = arg;
        fv->v.formattedvalue.conversion = spec;
        fv->v.formattedvalue.format_spec = NULL;
        char buf[16], *p = buf;
        if (!ljust && width > 0)
            *p++ = '>';
        if (width >= 0)
            p += snprintf(p, 4, "%d", width);
        if (prec >= 0)
            p += snprintf(p, 5, ".%d", prec);
        if (p != buf) {
            Expr *lit = format_literal(c, buf, p - buf, &arg->pos);
            Expr *js = lit ? new_expr(c, E_JOINEDSTR, &arg->pos) : NULL;
            Expr **one = js ? arena_alloc(c->arena, sizeof(Expr *)) : NULL;
            if (!one) {
                if (js)
                    err_no_memory();
                return -1;
            }
            one[0] = lit;
            js->v.joinedstr.values.len = 1;
            js->v.joinedstr.values.items = one;
            fv->v.formattedvalue.format_spec = js;
        }
        vals[nvals++] = fv;
    }
    if (cnt < nelts)
        return 0;   /* more items than format units */
    e->kind = E_JOINEDSTR;
    e->v.joinedstr.values.len = nvals;
    e->v.joinedstr.values.items = vals;
    return 0;
}

static int fold_binop(Compiler *c, Expr *e) {
    Expr *l = e->v.binop.left, *r = e->v.binop.right;
    if (e->v.binop.op == OP_MOD && expr_is_const(l) && STR_CHECK_EXACT(expr_const(c, l)) &&
        r->kind == E_TUPLE) {
        for (int i = 0; i < r->v.list.elts.len; i++)
            if (r->v.list.elts.items[i]->kind == E_STARRED)
                return 0;
        return optimize_format(c, e, expr_const(c, l), &r->v.list.elts);
    }
    if (!expr_is_const(l) || !expr_is_const(r))
        return 0;
    GpObject *lv = expr_const(c, l), *rv = expr_const(c, r);
    GpObject *res;
    switch (e->v.binop.op) {
    case OP_MUL: res = safe_multiply(lv, rv); break;
    case OP_MOD: res = safe_mod(lv, rv); break;
    case OP_POW: res = safe_power(lv, rv); break;
    case OP_LSHIFT: res = safe_lshift(lv, rv); break;
    case OP_MATMUL: return 0;
    default: res = obj_binop(lv, rv, (int)e->v.binop.op); break;
    }
    return make_const(c, e, res, 1);
}

static int fold_unaryop(Compiler *c, Expr *e) {
    Expr *arg = e->v.unaryop.operand;
    if (!expr_is_const(arg)) {
        /* not (a is b) → a is not b; likewise in / not in. */
        if (e->v.unaryop.op == UOP_NOT && arg->kind == E_COMPARE && arg->v.compare.n == 1) {
            CmpOpKind op = arg->v.compare.ops[0], nop;
            switch (op) {
            case CMP_IS: nop = CMP_IS_NOT; break;
            case CMP_IS_NOT: nop = CMP_IS; break;
            case CMP_IN: nop = CMP_NOT_IN; break;
            case CMP_NOT_IN: nop = CMP_IN; break;
            default: return 0;
            }
            arg->v.compare.ops[0] = nop;
            *e = *arg;
        }
        return 0;
    }
    GpObject *v = expr_const(c, arg);
    GpObject *res = NULL;
    switch (e->v.unaryop.op) {
    case UOP_INVERT: res = obj_invert(v); break;
    case UOP_UADD: res = obj_pos(v); break;
    case UOP_USUB: res = obj_neg(v); break;
    case UOP_NOT: {
        int t = obj_not(v);
        res = t < 0 ? NULL : gp_bool(t);
        break;
    }
    }
    return make_const(c, e, res, 0);
}

static int fold_tuple(Compiler *c, Expr *e) {
    if (e->v.list.ctx != CTX_LOAD)
        return 0;
    int err;
    GpObject *t = make_const_tuple(c, &e->v.list.elts, &err);
    if (!t)
        return err ? -1 : 0;
    return make_const(c, e, t, 0);
}

static int fold_subscr(Compiler *c, Expr *e) {
    Expr *v = e->v.subscript.value, *idx = e->v.subscript.slice;
    if (e->v.subscript.ctx != CTX_LOAD || !expr_is_const(v) || !expr_is_const(idx))
        return 0;
    return make_const(c, e, obj_getitem(expr_const(c, v), expr_const(c, idx)), 1);
}

/* A frozenset of the items of tuple t (stolen), built twice as CPython's compiler does (the
 * optimiser's PyFrozenSet_New, then merge_consts_recursive rebuilding it from its own
 * iteration order), so its order (and a set display's copy of it) matches CPython's.
 * New reference or NULL. */
GpObject *const_frozenset_from_tuple_steal(GpObject *t) {
    GpObject *fs = frozenset_new(t);
    gp_decref(t);
    if (!fs)
        return NULL;
    GpObject *items = tuple_from_iterable(fs);
    gp_decref(fs);
    if (!items)
        return NULL;
    fs = frozenset_new(items);
    gp_decref(items);
    return fs;
}

/* A list display iterated by `for` or tested by `in` becomes a tuple (a constant one when
 * every item is constant); a set display of constants becomes a frozenset constant. */
static int fold_iter(Compiler *c, Expr *arg) {
    if (arg->kind == E_SET) {
        int err;
        GpObject *t = make_const_tuple(c, &arg->v.set.elts, &err);
        if (!t)
            return err ? -1 : 0;
        return make_const(c, arg, const_frozenset_from_tuple_steal(t), 0);
    }
    if (arg->kind != E_LIST)
        return 0;
    ExprList *elts = &arg->v.list.elts;
    for (int i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == E_STARRED)
            return 0;
    arg->kind = E_TUPLE;
    int err;
    GpObject *t = make_const_tuple(c, elts, &err);
    if (!t)
        return err ? -1 : 0;
    return make_const(c, arg, t, 0);
}

/* ---- The walk ---- */

static int fold_expr(Compiler *c, Expr *e);
static int fold_stmts(Compiler *c, StmtList *l);

static int fold_exprs(Compiler *c, ExprList *l) {
    if (!l)
        return 0;
    for (int i = 0; i < l->len; i++)
        if (l->items[i] && fold_expr(c, l->items[i]) < 0)
            return -1;
    return 0;
}

static int fold_arguments(Compiler *c, Arguments *a) {
    ArgList *lists[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int j = 0; j < 3; j++)
        for (int i = 0; i < lists[j]->len; i++)
            if (lists[j]->items[i]->annotation &&
                fold_expr(c, lists[j]->items[i]->annotation) < 0)
                return -1;
    if (a->vararg && a->vararg->annotation && fold_expr(c, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && a->kwarg->annotation && fold_expr(c, a->kwarg->annotation) < 0)
        return -1;
    if (fold_exprs(c, &a->kw_defaults) < 0)
        return -1;
    return fold_exprs(c, &a->defaults);
}

static int fold_keywords(Compiler *c, KeywordList *l) {
    if (!l)
        return 0;
    for (int i = 0; i < l->len; i++)
        if (fold_expr(c, l->items[i]->value) < 0)
            return -1;
    return 0;
}

static int fold_comprehensions(Compiler *c, ComprehensionList *l) {
    for (int i = 0; i < l->len; i++) {
        Comprehension *g = l->items[i];
        if (fold_expr(c, g->target) < 0 || fold_expr(c, g->iter) < 0 ||
            fold_exprs(c, &g->ifs) < 0 || fold_iter(c, g->iter) < 0)
            return -1;
    }
    return 0;
}

static int fold_expr_inner(Compiler *c, Expr *e) {
    switch (e->kind) {
    case E_BOOLOP:
        return fold_exprs(c, &e->v.boolop.values);
    case E_NAMEDEXPR:
        return fold_expr(c, e->v.namedexpr.value);
    case E_BINOP:
        if (fold_expr(c, e->v.binop.left) < 0 || fold_expr(c, e->v.binop.right) < 0)
            return -1;
        return fold_binop(c, e);
    case E_UNARYOP:
        if (fold_expr(c, e->v.unaryop.operand) < 0)
            return -1;
        return fold_unaryop(c, e);
    case E_LAMBDA:
        if (fold_arguments(c, e->v.lambda.args) < 0)
            return -1;
        return fold_expr(c, e->v.lambda.body);
    case E_IFEXP:
        if (fold_expr(c, e->v.ifexp.test) < 0 || fold_expr(c, e->v.ifexp.body) < 0)
            return -1;
        return fold_expr(c, e->v.ifexp.orelse);
    case E_DICT:
        if (fold_exprs(c, &e->v.dict.keys) < 0)
            return -1;
        return fold_exprs(c, &e->v.dict.values);
    case E_SET:
        return fold_exprs(c, &e->v.set.elts);
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_GENEXP:
        if (fold_expr(c, e->v.comp.elt) < 0)
            return -1;
        return fold_comprehensions(c, &e->v.comp.generators);
    case E_DICTCOMP:
        if (fold_expr(c, e->v.comp.key) < 0 || fold_expr(c, e->v.comp.value) < 0)
            return -1;
        return fold_comprehensions(c, &e->v.comp.generators);
    case E_YIELD:
    case E_YIELDFROM:
        return e->v.yield.value ? fold_expr(c, e->v.yield.value) : 0;
    case E_COMPARE: {
        if (fold_expr(c, e->v.compare.left) < 0 || fold_exprs(c, &e->v.compare.comparators) < 0)
            return -1;
        int n = e->v.compare.n;
        if (n > 0) {
            CmpOpKind op = e->v.compare.ops[n - 1];
            if ((op == CMP_IN || op == CMP_NOT_IN) &&
                fold_iter(c, e->v.compare.comparators.items[n - 1]) < 0)
                return -1;
        }
        return 0;
    }
    case E_CALL:
        if (fold_expr(c, e->v.call.func) < 0 || fold_exprs(c, &e->v.call.args) < 0)
            return -1;
        return fold_keywords(c, &e->v.call.keywords);
    case E_FORMATTEDVALUE:
        if (fold_expr(c, e->v.formattedvalue.value) < 0)
            return -1;
        return e->v.formattedvalue.format_spec ? fold_expr(c, e->v.formattedvalue.format_spec)
                                               : 0;
    case E_JOINEDSTR:
        return fold_exprs(c, &e->v.joinedstr.values);
    case E_CONSTANT:
        return literal_to_const(c, e);
    case E_ATTRIBUTE:
        return fold_expr(c, e->v.attribute.value);
    case E_SUBSCRIPT:
        if (fold_expr(c, e->v.subscript.value) < 0 || fold_expr(c, e->v.subscript.slice) < 0)
            return -1;
        return fold_subscr(c, e);
    case E_STARRED:
        return fold_expr(c, e->v.starred.value);
    case E_SLICE:
        if (e->v.slice.lower && fold_expr(c, e->v.slice.lower) < 0)
            return -1;
        if (e->v.slice.upper && fold_expr(c, e->v.slice.upper) < 0)
            return -1;
        return e->v.slice.step ? fold_expr(c, e->v.slice.step) : 0;
    case E_NAME:
        if (e->v.name.ctx == CTX_LOAD && strcmp(e->v.name.id, "__debug__") == 0)
            return make_const(c, e, gp_bool(1), 0);
        return 0;
    case E_LIST:
        return fold_exprs(c, &e->v.list.elts);
    case E_TUPLE:
        if (fold_exprs(c, &e->v.list.elts) < 0)
            return -1;
        return fold_tuple(c, e);
    }
    return 0;
}

static int fold_expr(Compiler *c, Expr *e) {
    if (compiler_enter_rec(c) < 0)
        return -1;
    int r = fold_expr_inner(c, e);
    compiler_leave_rec(c);
    return r;
}

static int fold_stmt_inner(Compiler *c, Stmt *s) {
    switch (s->kind) {
    case S_FUNCTIONDEF:
        if (fold_arguments(c, s->v.functiondef.args) < 0 ||
            fold_stmts(c, &s->v.functiondef.body) < 0 ||
            fold_exprs(c, &s->v.functiondef.decorator_list) < 0)
            return -1;
        return s->v.functiondef.returns ? fold_expr(c, s->v.functiondef.returns) : 0;
    case S_CLASSDEF:
        if (fold_exprs(c, &s->v.classdef.bases) < 0 ||
            fold_keywords(c, &s->v.classdef.keywords) < 0 ||
            fold_stmts(c, &s->v.classdef.body) < 0)
            return -1;
        return fold_exprs(c, &s->v.classdef.decorator_list);
    case S_RETURN:
        return s->v.return_.value ? fold_expr(c, s->v.return_.value) : 0;
    case S_DELETE:
        return fold_exprs(c, &s->v.delete_.targets);
    case S_ASSIGN:
        if (fold_exprs(c, &s->v.assign.targets) < 0)
            return -1;
        return fold_expr(c, s->v.assign.value);
    case S_AUGASSIGN:
        if (fold_expr(c, s->v.augassign.target) < 0)
            return -1;
        return fold_expr(c, s->v.augassign.value);
    case S_ANNASSIGN:
        if (fold_expr(c, s->v.annassign.target) < 0 || fold_expr(c, s->v.annassign.annotation) < 0)
            return -1;
        return s->v.annassign.value ? fold_expr(c, s->v.annassign.value) : 0;
    case S_FOR:
        if (fold_expr(c, s->v.for_.target) < 0 || fold_expr(c, s->v.for_.iter) < 0 ||
            fold_stmts(c, &s->v.for_.body) < 0 || fold_stmts(c, &s->v.for_.orelse) < 0)
            return -1;
        return fold_iter(c, s->v.for_.iter);
    case S_WHILE:
        if (fold_expr(c, s->v.while_.test) < 0 || fold_stmts(c, &s->v.while_.body) < 0)
            return -1;
        return fold_stmts(c, &s->v.while_.orelse);
    case S_IF:
        if (fold_expr(c, s->v.if_.test) < 0 || fold_stmts(c, &s->v.if_.body) < 0)
            return -1;
        return fold_stmts(c, &s->v.if_.orelse);
    case S_WITH:
        for (int i = 0; i < s->v.with.items.len; i++) {
            WithItem *item = s->v.with.items.items[i];
            if (fold_expr(c, item->context_expr) < 0)
                return -1;
            if (item->optional_vars && fold_expr(c, item->optional_vars) < 0)
                return -1;
        }
        return fold_stmts(c, &s->v.with.body);
    case S_RAISE:
        if (s->v.raise.exc && fold_expr(c, s->v.raise.exc) < 0)
            return -1;
        return s->v.raise.cause ? fold_expr(c, s->v.raise.cause) : 0;
    case S_TRY:
        if (fold_stmts(c, &s->v.try_.body) < 0)
            return -1;
        for (int i = 0; i < s->v.try_.handlers.len; i++) {
            ExceptHandler *h = s->v.try_.handlers.items[i];
            if (h->type && fold_expr(c, h->type) < 0)
                return -1;
            if (fold_stmts(c, &h->body) < 0)
                return -1;
        }
        if (fold_stmts(c, &s->v.try_.orelse) < 0)
            return -1;
        return fold_stmts(c, &s->v.try_.finalbody);
    case S_ASSERT:
        if (fold_expr(c, s->v.assert_.test) < 0)
            return -1;
        return s->v.assert_.msg ? fold_expr(c, s->v.assert_.msg) : 0;
    case S_EXPR:
        return fold_expr(c, s->v.expr.value);
    default:
        return 0;
    }
}

static int fold_stmts(Compiler *c, StmtList *l) {
    if (!l)
        return 0;
    for (int i = 0; i < l->len; i++) {
        if (compiler_enter_rec(c) < 0)
            return -1;
        int r = fold_stmt_inner(c, l->items[i]);
        compiler_leave_rec(c);
        if (r < 0)
            return -1;
    }
    return 0;
}

int fold_module(Compiler *c, Mod *mod) {
    if (mod->mode == MODE_EVAL)
        return mod->expr ? fold_expr(c, mod->expr) : 0;
    return fold_stmts(c, &mod->body);
}
