/* ast.c — the parse arena and the AST dumper.
 *
 * Invariants:
 * - Arena: memory comes from calloc'd chunks (so every allocation is zeroed, and nothing is
 *   ever reused before arena_free); every allocation is 16-byte aligned; requests larger
 *   than a quarter chunk get a chunk of their own.
 * - ast_dump_ex reproduces Python's ast.dump(tree, indent=..., include_attributes=...)
 *   character for character (for trees the parser builds), so it can be diffed against
 *   CPython; ast_dump is ast.dump(tree, indent=1). It formats children into temporary
 *   buffers exactly as ast.dump's _format does (a node fits on one line when all its fields
 *   are simple and there are at most three).
 */
#include "ast.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Arena ---- */

#ifndef ARENA_CHUNK          /* tests build with tiny chunks to exercise every path */
#define ARENA_CHUNK (64 * 1024)
#endif
#define ARENA_ALIGN 16

typedef struct Chunk {
    struct Chunk *next;
    size_t size;  /* usable bytes after the header */
    size_t pad;   /* keeps data 16-byte aligned */
    size_t pad2;
} Chunk;

struct Arena {
    Chunk *chunks;
    char *cur;
    size_t left;
};

Arena *arena_new(void)
{
    return calloc(1, sizeof(Arena));
}

static Chunk *chunk_new(size_t size)
{
    Chunk *c = calloc(1, sizeof(Chunk) + size);
    if (!c) return NULL;
    c->size = size;
    return c;
}

void *arena_alloc(Arena *a, size_t size)
{
    if (!a) return NULL;
    if (size == 0) size = 1;
    if (size > (size_t)-1 / 2) return NULL;
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size > ARENA_CHUNK / 4) {
        /* A chunk of its own, linked behind the current one so the bump space stays. */
        Chunk *c = chunk_new(size);
        if (!c) return NULL;
        if (a->chunks) {
            c->next = a->chunks->next;
            a->chunks->next = c;
        } else {
            a->chunks = c;
        }
        return (char *)(c + 1);
    }
    if (size > a->left) {
        Chunk *c = chunk_new(ARENA_CHUNK);
        if (!c) return NULL;
        c->next = a->chunks;
        a->chunks = c;
        a->cur = (char *)(c + 1);
        a->left = ARENA_CHUNK;
    }
    void *r = a->cur;
    a->cur += size;
    a->left -= size;
    return r;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    if (n == (size_t)-1) return NULL;
    char *r = arena_alloc(a, n + 1);
    if (!r) return NULL;
    if (n) memcpy(r, s, n);
    r[n] = 0;
    return r;
}

void arena_free(Arena *a)
{
    if (!a) return;
    Chunk *c = a->chunks;
    while (c) {
        Chunk *n = c->next;
        free(c);
        c = n;
    }
    free(a);
}

/* ---- string buffers ---- */

typedef struct {
    char *s;
    size_t len, cap;
    int oom;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *t = realloc(b->s, cap);
        if (!t) { b->oom = 1; return; }
        b->s = t;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void buf_puts(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

static void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void buf_printf(Buf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0) buf_add(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static void buf_free(Buf *b) { free(b->s); }

/* ---- reprs of values ---- */

static unsigned utf8_decode(const unsigned char *s, size_t n, size_t *adv)
{
    unsigned c = s[0];
    int k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if ((size_t)k > n || c >= 0xF8 || (c >= 0x80 && c < 0xC0)) { *adv = 1; return c; }
    unsigned v = k == 1 ? c : k == 2 ? c & 0x1F : k == 3 ? c & 0x0F : c & 0x07;
    for (int i = 1; i < k; i++) v = (v << 6) | (s[i] & 0x3F);
    *adv = (size_t)k;
    return v;
}

/* Printable as Python's str.isprintable() sees it, approximately (see lexer.c). */
static int printable(unsigned c)
{
    if (c < 0x20 || c == 0x7F) return 0;
    if (c < 0x7F) return 1;
    return !((c >= 0x80 && c <= 0xA0) || c == 0xAD || (c >= 0x600 && c <= 0x605) ||
             c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x1680 || c == 0x180E ||
             (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
             (c >= 0x205F && c <= 0x206F) || c == 0x3000 || (c >= 0xD800 && c <= 0xF8FF) ||
             c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF ||
             c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F) || c >= 0xF0000);
}

static void repr_str(Buf *b, const char *str, size_t n, int is_bytes)
{
    const unsigned char *s = (const unsigned char *)str;
    int sq = 0, dq = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\'') sq = 1;
        if (s[i] == '"') dq = 1;
    }
    char q = (sq && !dq) ? '"' : '\'';
    if (is_bytes) buf_puts(b, "b");
    buf_add(b, &q, 1);
    size_t i = 0;
    while (i < n) {
        size_t adv = 1;
        unsigned c = is_bytes ? s[i] : utf8_decode(s + i, n - i, &adv);
        if (c == (unsigned char)q || c == '\\') {
            char t[2] = {'\\', (char)c};
            buf_add(b, t, 2);
        } else if (c == '\t') {
            buf_puts(b, "\\t");
        } else if (c == '\n') {
            buf_puts(b, "\\n");
        } else if (c == '\r') {
            buf_puts(b, "\\r");
        } else if (c < 0x20 || c == 0x7F || (is_bytes && c >= 0x80)) {
            buf_printf(b, "\\x%02x", c);
        } else if (c < 0x7F || printable(c)) {
            buf_add(b, str + i, adv);
        } else if (c <= 0xFF) {
            buf_printf(b, "\\x%02x", c);
        } else if (c <= 0xFFFF) {
            buf_printf(b, "\\u%04x", c);
        } else {
            buf_printf(b, "\\U%08x", c);
        }
        i += adv;
    }
    buf_add(b, &q, 1);
}

/* repr of an int literal's text ("0x1f", "00", "12"): its decimal value. */
static void repr_int(Buf *b, const char *text)
{
    int base = 10;
    const char *s = text;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) base = 8, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, s += 2;
    size_t n = strlen(s);
    /* Decimal digits, least significant first: a hex digit needs log10(16) < 2. */
    unsigned char *dec = calloc(2 * n + 2, 1);
    if (!dec) { b->oom = 1; return; }
    size_t nd = 1;
    for (size_t i = 0; i < n; i++) {
        int c = s[i];
        int v = c <= '9' ? c - '0' : (c | 32) - 'a' + 10;
        int carry = v;
        for (size_t k = 0; k < nd; k++) {
            int t = dec[k] * base + carry;
            dec[k] = (unsigned char)(t % 10);
            carry = t / 10;
        }
        while (carry) {
            dec[nd++] = (unsigned char)(carry % 10);
            carry /= 10;
        }
    }
    while (nd > 1 && dec[nd - 1] == 0) nd--;
    for (size_t k = nd; k-- > 0;) {
        char c = (char)('0' + dec[k]);
        buf_add(b, &c, 1);
    }
    free(dec);
}

/* Python's repr(float) ('r' format); add_dot_0 for floats, not for complex parts. */
static void repr_double(Buf *b, double d, int add_dot_0)
{
    if (isinf(d)) { buf_puts(b, d < 0 ? "-inf" : "inf"); return; }
    if (isnan(d)) { buf_puts(b, "nan"); return; }
    char tmp[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
        if (strtod(tmp, NULL) == d) break;
    }
    /* tmp is [-]d[.ddd]e[+-]xx: split into digits and exponent. */
    char digits[32];
    int nd = 0, neg = 0;
    const char *s = tmp;
    if (*s == '-') neg = 1, s++;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9') digits[nd++] = *s;
    int exp10 = atoi(s + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    if (d == 0) nd = 1, digits[0] = '0', exp10 = 0;
    int decpt = exp10 + 1;
    if (neg) buf_puts(b, "-");
    if (decpt <= -4 || decpt > 16) {
        buf_add(b, digits, 1);
        if (nd > 1) {
            buf_puts(b, ".");
            buf_add(b, digits + 1, (size_t)nd - 1);
        }
        buf_printf(b, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        buf_puts(b, "0.");
        for (int i = 0; i < -decpt; i++) buf_puts(b, "0");
        buf_add(b, digits, (size_t)nd);
    } else if (decpt >= nd) {
        buf_add(b, digits, (size_t)nd);
        for (int i = nd; i < decpt; i++) buf_puts(b, "0");
        if (add_dot_0) buf_puts(b, ".0");
    } else {
        buf_add(b, digits, (size_t)decpt);
        buf_puts(b, ".");
        buf_add(b, digits + decpt, (size_t)(nd - decpt));
    }
}

static void repr_const(Buf *b, const AstConst *c)
{
    switch (c->kind) {
    case CONST_NONE: buf_puts(b, "None"); break;
    case CONST_TRUE: buf_puts(b, "True"); break;
    case CONST_FALSE: buf_puts(b, "False"); break;
    case CONST_ELLIPSIS: buf_puts(b, "Ellipsis"); break;
    case CONST_INT: repr_int(b, c->text); break;
    case CONST_FLOAT: repr_double(b, strtod(c->text, NULL), 1); break;
    case CONST_IMAG: repr_double(b, strtod(c->text, NULL), 0); buf_puts(b, "j"); break;
    case CONST_STR: repr_str(b, c->text, c->len, 0); break;
    case CONST_BYTES: repr_str(b, c->text, c->len, 1); break;
    }
}

/* ---- the dumper ---- */

typedef struct {
    int indent;   /* -1: one line */
    int attrs;    /* include positions */
} Dumper;

#define MAXFIELDS 10

/* One node being formatted: its fields, each already formatted. */
typedef struct {
    const Dumper *d;
    int lvl;  /* the level its children are formatted at */
    const char *names[MAXFIELDS];
    Buf vals[MAXFIELDS];
    int n, allsimple;
} Node;

static int dump_expr(const Dumper *d, const Expr *e, int level, Buf *out);
static int dump_stmt(const Dumper *d, const Stmt *s, int level, Buf *out);

static void node_begin(Node *nd, const Dumper *d, int level)
{
    memset(nd, 0, sizeof *nd);
    nd->d = d;
    nd->lvl = d->indent >= 0 ? level + 1 : level;
    nd->allsimple = 1;
}

static Buf *node_field(Node *nd, const char *name)
{
    nd->names[nd->n] = name;
    return &nd->vals[nd->n++];
}

static void node_simple(Node *nd, const char *name, const char *text)
{
    buf_puts(node_field(nd, name), text);
}

static void node_str(Node *nd, const char *name, const char *s)
{
    Buf *b = node_field(nd, name);
    if (s) repr_str(b, s, strlen(s), 0);
    else buf_puts(b, "None");
}

static void node_int(Node *nd, const char *name, long v)
{
    buf_printf(node_field(nd, name), "%ld", v);
}

static void node_expr(Node *nd, const char *name, const Expr *e, int optional)
{
    if (!e && optional) return;
    Buf *b = node_field(nd, name);
    if (!e) { buf_puts(b, "None"); return; }
    if (!dump_expr(nd->d, e, nd->lvl, b)) nd->allsimple = 0;
}

static void prefix_sep(const Dumper *d, int lvl, Buf *prefix, Buf *sep)
{
    if (d->indent >= 0) {
        buf_puts(prefix, "\n");
        buf_puts(sep, ",\n");
        for (int i = 0; i < d->indent * lvl; i++) {
            buf_puts(prefix, " ");
            buf_puts(sep, " ");
        }
    } else {
        buf_puts(prefix, "");
        buf_puts(sep, ", ");
    }
}

/* Formats a list whose items are produced by item(i, level, out) -> simple. */
typedef int (*ItemFn)(const Dumper *d, const void *list, int i, int level, Buf *out);

static void node_list(Node *nd, const char *name, const void *list, int len, ItemFn item)
{
    Buf *b = node_field(nd, name);
    if (len <= 0) { buf_puts(b, "[]"); return; }
    nd->allsimple = 0;
    /* A list is formatted one level deeper than the node's fields (ast.dump's _format
     * increments the level for lists too). */
    int ll = nd->d->indent >= 0 ? nd->lvl + 1 : nd->lvl;
    Buf prefix = {0}, sep = {0};
    prefix_sep(nd->d, ll, &prefix, &sep);
    buf_puts(b, "[");
    buf_add(b, prefix.s ? prefix.s : "", prefix.len);
    for (int i = 0; i < len; i++) {
        if (i) buf_add(b, sep.s, sep.len);
        item(nd->d, list, i, ll, b);
    }
    buf_puts(b, "]");
    buf_free(&prefix);
    buf_free(&sep);
}

static void node_pos(Node *nd, AstPos pos)
{
    if (!nd->d->attrs) return;
    node_int(nd, "lineno", pos.lineno);
    node_int(nd, "col_offset", pos.col_offset);
    node_int(nd, "end_lineno", pos.end_lineno);
    node_int(nd, "end_col_offset", pos.end_col_offset);
}

/* Finishes the node into out; returns whether it is simple (as _format's second value). */
static int node_end(Node *nd, const char *cls, Buf *out)
{
    int simple;
    buf_puts(out, cls);
    buf_puts(out, "(");
    if (nd->allsimple && nd->n <= 3) {
        for (int i = 0; i < nd->n; i++) {
            if (i) buf_puts(out, ", ");
            buf_puts(out, nd->names[i]);
            buf_puts(out, "=");
            buf_add(out, nd->vals[i].s ? nd->vals[i].s : "", nd->vals[i].len);
        }
        simple = nd->n == 0;
    } else {
        Buf prefix = {0}, sep = {0};
        prefix_sep(nd->d, nd->lvl, &prefix, &sep);
        buf_add(out, prefix.s ? prefix.s : "", prefix.len);
        for (int i = 0; i < nd->n; i++) {
            if (i) buf_add(out, sep.s, sep.len);
            buf_puts(out, nd->names[i]);
            buf_puts(out, "=");
            buf_add(out, nd->vals[i].s ? nd->vals[i].s : "", nd->vals[i].len);
        }
        buf_free(&prefix);
        buf_free(&sep);
        simple = 0;
    }
    buf_puts(out, ")");
    for (int i = 0; i < nd->n; i++) buf_free(&nd->vals[i]);
    if (nd->vals[0].oom) out->oom = 1;
    return simple;
}

static int item_expr(const Dumper *d, const void *list, int i, int level, Buf *out)
{
    const Expr *e = ((const ExprList *)list)->items[i];
    if (!e) { buf_puts(out, "None"); return 1; }
    return dump_expr(d, e, level, out);
}

static int item_stmt(const Dumper *d, const void *list, int i, int level, Buf *out)
{
    return dump_stmt(d, ((const StmtList *)list)->items[i], level, out);
}

static int item_name(const Dumper *d, const void *list, int i, int level, Buf *out)
{
    (void)d, (void)level;
    const char *s = ((const NameList *)list)->items[i];
    repr_str(out, s, strlen(s), 0);
    return 1;
}

static int item_cmpop(const Dumper *d, const void *list, int i, int level, Buf *out)
{
    static const char *const names[] = {"Lt()", "LtE()", "Eq()", "NotEq()", "Gt()", "GtE()",
                                        "Is()", "IsNot()", "In()", "NotIn()"};
    (void)d, (void)level;
    buf_puts(out, names[((const CmpOpKind *)list)[i]]);
    return 1;
}

static int dump_arg(const Dumper *d, const Arg *a, int level, Buf *out)
{
    Node nd;
    node_begin(&nd, d, level);
    node_str(&nd, "arg", a->arg);
    node_expr(&nd, "annotation", a->annotation, 1);
    node_pos(&nd, a->pos);
    return node_end(&nd, "arg", out);
}

static int item_arg(const Dumper *d, const void *list, int i, int level, Buf *out)
{
    return dump_arg(d, ((const ArgList *)list)->items[i], level, out);
}

static int item_keyword(const Dumper *d, const void *list, int i, int level, Buf *out)
{
    const Keyword *k = ((const KeywordList *)list)->items[i];
    Node nd;
    node_begin(&nd, d, level);
    if (k->arg) node_str(&nd, "arg", k->arg);
    node_expr(&nd, "value", k->value, 0);
    node_pos(&nd, k->pos);
    return node_end(&nd, "keyword", out);
}

static int item_alias(const Dumper *d, const void *list, int i, int level, Buf *out)
{
    const Alias *a = ((const AliasList *)list)->items[i];
    Node nd;
    node_begin(&nd, d, level);
    node_str(&nd, "name", a->name);
    if (a->asname) node_str(&nd, "asname", a->asname);
    node_pos(&nd, a->pos);
    return node_end(&nd, "alias", out);
}

static int item_withitem(const Dumper *d, const void *list, int i, int level, Buf *out)
{
    const WithItem *w = ((const WithItemList *)list)->items[i];
    Node nd;
    node_begin(&nd, d, level);
    node_expr(&nd, "context_expr", w->context_expr, 0);
    node_expr(&nd, "optional_vars", w->optional_vars, 1);
    return node_end(&nd, "withitem", out);
}

static int item_handler(const Dumper *d, const void *list, int i, int level, Buf *out)
{
    const ExceptHandler *h = ((const ExceptHandlerList *)list)->items[i];
    Node nd;
    node_begin(&nd, d, level);
    node_expr(&nd, "type", h->type, 1);
    if (h->name) node_str(&nd, "name", h->name);
    node_list(&nd, "body", &h->body, h->body.len, item_stmt);
    node_pos(&nd, h->pos);
    return node_end(&nd, "ExceptHandler", out);
}

static int item_comprehension(const Dumper *d, const void *list, int i, int level, Buf *out)
{
    const Comprehension *c = ((const ComprehensionList *)list)->items[i];
    Node nd;
    node_begin(&nd, d, level);
    node_expr(&nd, "target", c->target, 0);
    node_expr(&nd, "iter", c->iter, 0);
    node_list(&nd, "ifs", &c->ifs, c->ifs.len, item_expr);
    node_int(&nd, "is_async", c->is_async);
    return node_end(&nd, "comprehension", out);
}

static void node_arguments(Node *nd, const char *name, const Arguments *a)
{
    Buf *b = node_field(nd, name);
    Node an;
    node_begin(&an, nd->d, nd->lvl);
    node_list(&an, "posonlyargs", &a->posonlyargs, a->posonlyargs.len, item_arg);
    node_list(&an, "args", &a->args, a->args.len, item_arg);
    if (a->vararg) {
        Buf *v = node_field(&an, "vararg");
        if (!dump_arg(an.d, a->vararg, an.lvl, v)) an.allsimple = 0;
    }
    node_list(&an, "kwonlyargs", &a->kwonlyargs, a->kwonlyargs.len, item_arg);
    node_list(&an, "kw_defaults", &a->kw_defaults, a->kw_defaults.len, item_expr);
    if (a->kwarg) {
        Buf *v = node_field(&an, "kwarg");
        if (!dump_arg(an.d, a->kwarg, an.lvl, v)) an.allsimple = 0;
    }
    node_list(&an, "defaults", &a->defaults, a->defaults.len, item_expr);
    if (!node_end(&an, "arguments", b)) nd->allsimple = 0;
}

static const char *const binop_names[] = {"Add()", "BitAnd()", "FloorDiv()", "LShift()",
                                          "MatMult()", "Mult()", "Mod()", "BitOr()", "Pow()",
                                          "RShift()", "Sub()", "Div()", "BitXor()"};
static const char *const ctx_names[] = {"Load()", "Store()", "Del()"};

static int dump_expr(const Dumper *d, const Expr *e, int level, Buf *out)
{
    static const char *const unop_names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
    Node nd;
    const char *cls = "?";
    node_begin(&nd, d, level);
    switch (e->kind) {
    case E_BOOLOP:
        cls = "BoolOp";
        node_simple(&nd, "op", e->v.boolop.op == BOOL_AND ? "And()" : "Or()");
        node_list(&nd, "values", &e->v.boolop.values, e->v.boolop.values.len, item_expr);
        break;
    case E_NAMEDEXPR:
        cls = "NamedExpr";
        node_expr(&nd, "target", e->v.namedexpr.target, 0);
        node_expr(&nd, "value", e->v.namedexpr.value, 0);
        break;
    case E_BINOP:
        cls = "BinOp";
        node_expr(&nd, "left", e->v.binop.left, 0);
        node_simple(&nd, "op", binop_names[e->v.binop.op]);
        node_expr(&nd, "right", e->v.binop.right, 0);
        break;
    case E_UNARYOP:
        cls = "UnaryOp";
        node_simple(&nd, "op", unop_names[e->v.unaryop.op]);
        node_expr(&nd, "operand", e->v.unaryop.operand, 0);
        break;
    case E_LAMBDA:
        cls = "Lambda";
        node_arguments(&nd, "args", e->v.lambda.args);
        node_expr(&nd, "body", e->v.lambda.body, 0);
        break;
    case E_IFEXP:
        cls = "IfExp";
        node_expr(&nd, "test", e->v.ifexp.test, 0);
        node_expr(&nd, "body", e->v.ifexp.body, 0);
        node_expr(&nd, "orelse", e->v.ifexp.orelse, 0);
        break;
    case E_DICT:
        cls = "Dict";
        node_list(&nd, "keys", &e->v.dict.keys, e->v.dict.keys.len, item_expr);
        node_list(&nd, "values", &e->v.dict.values, e->v.dict.values.len, item_expr);
        break;
    case E_SET:
        cls = "Set";
        node_list(&nd, "elts", &e->v.set.elts, e->v.set.elts.len, item_expr);
        break;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_GENEXP:
        cls = e->kind == E_LISTCOMP ? "ListComp" : e->kind == E_SETCOMP ? "SetComp"
                                                                       : "GeneratorExp";
        node_expr(&nd, "elt", e->v.comp.elt, 0);
        node_list(&nd, "generators", &e->v.comp.generators, e->v.comp.generators.len,
                  item_comprehension);
        break;
    case E_DICTCOMP:
        cls = "DictComp";
        node_expr(&nd, "key", e->v.comp.key, 0);
        node_expr(&nd, "value", e->v.comp.value, 0);
        node_list(&nd, "generators", &e->v.comp.generators, e->v.comp.generators.len,
                  item_comprehension);
        break;
    case E_YIELD:
        cls = "Yield";
        node_expr(&nd, "value", e->v.yield.value, 1);
        break;
    case E_YIELDFROM:
        cls = "YieldFrom";
        node_expr(&nd, "value", e->v.yield.value, 0);
        break;
    case E_COMPARE:
        cls = "Compare";
        node_expr(&nd, "left", e->v.compare.left, 0);
        node_list(&nd, "ops", e->v.compare.ops, e->v.compare.n, item_cmpop);
        node_list(&nd, "comparators", &e->v.compare.comparators,
                  e->v.compare.comparators.len, item_expr);
        break;
    case E_CALL:
        cls = "Call";
        node_expr(&nd, "func", e->v.call.func, 0);
        node_list(&nd, "args", &e->v.call.args, e->v.call.args.len, item_expr);
        node_list(&nd, "keywords", &e->v.call.keywords, e->v.call.keywords.len, item_keyword);
        break;
    case E_FORMATTEDVALUE:
        cls = "FormattedValue";
        node_expr(&nd, "value", e->v.formattedvalue.value, 0);
        node_int(&nd, "conversion", e->v.formattedvalue.conversion);
        node_expr(&nd, "format_spec", e->v.formattedvalue.format_spec, 1);
        break;
    case E_JOINEDSTR:
        cls = "JoinedStr";
        node_list(&nd, "values", &e->v.joinedstr.values, e->v.joinedstr.values.len, item_expr);
        break;
    case E_CONSTANT:
        cls = "Constant";
        repr_const(node_field(&nd, "value"), &e->v.constant);
        break;
    case E_ATTRIBUTE:
        cls = "Attribute";
        node_expr(&nd, "value", e->v.attribute.value, 0);
        node_str(&nd, "attr", e->v.attribute.attr);
        node_simple(&nd, "ctx", ctx_names[e->v.attribute.ctx]);
        break;
    case E_SUBSCRIPT:
        cls = "Subscript";
        node_expr(&nd, "value", e->v.subscript.value, 0);
        node_expr(&nd, "slice", e->v.subscript.slice, 0);
        node_simple(&nd, "ctx", ctx_names[e->v.subscript.ctx]);
        break;
    case E_STARRED:
        cls = "Starred";
        node_expr(&nd, "value", e->v.starred.value, 0);
        node_simple(&nd, "ctx", ctx_names[e->v.starred.ctx]);
        break;
    case E_NAME:
        cls = "Name";
        node_str(&nd, "id", e->v.name.id);
        node_simple(&nd, "ctx", ctx_names[e->v.name.ctx]);
        break;
    case E_LIST:
    case E_TUPLE:
        cls = e->kind == E_LIST ? "List" : "Tuple";
        node_list(&nd, "elts", &e->v.list.elts, e->v.list.elts.len, item_expr);
        node_simple(&nd, "ctx", ctx_names[e->v.list.ctx]);
        break;
    case E_SLICE:
        cls = "Slice";
        node_expr(&nd, "lower", e->v.slice.lower, 1);
        node_expr(&nd, "upper", e->v.slice.upper, 1);
        node_expr(&nd, "step", e->v.slice.step, 1);
        break;
    }
    node_pos(&nd, e->pos);
    return node_end(&nd, cls, out);
}

static int dump_stmt(const Dumper *d, const Stmt *s, int level, Buf *out)
{
    Node nd;
    const char *cls = "?";
    node_begin(&nd, d, level);
    switch (s->kind) {
    case S_FUNCTIONDEF:
        cls = "FunctionDef";
        node_str(&nd, "name", s->v.functiondef.name);
        node_arguments(&nd, "args", s->v.functiondef.args);
        node_list(&nd, "body", &s->v.functiondef.body, s->v.functiondef.body.len, item_stmt);
        node_list(&nd, "decorator_list", &s->v.functiondef.decorator_list,
                  s->v.functiondef.decorator_list.len, item_expr);
        node_expr(&nd, "returns", s->v.functiondef.returns, 1);
        break;
    case S_CLASSDEF:
        cls = "ClassDef";
        node_str(&nd, "name", s->v.classdef.name);
        node_list(&nd, "bases", &s->v.classdef.bases, s->v.classdef.bases.len, item_expr);
        node_list(&nd, "keywords", &s->v.classdef.keywords, s->v.classdef.keywords.len,
                  item_keyword);
        node_list(&nd, "body", &s->v.classdef.body, s->v.classdef.body.len, item_stmt);
        node_list(&nd, "decorator_list", &s->v.classdef.decorator_list,
                  s->v.classdef.decorator_list.len, item_expr);
        break;
    case S_RETURN:
        cls = "Return";
        node_expr(&nd, "value", s->v.return_.value, 1);
        break;
    case S_DELETE:
        cls = "Delete";
        node_list(&nd, "targets", &s->v.delete_.targets, s->v.delete_.targets.len, item_expr);
        break;
    case S_ASSIGN:
        cls = "Assign";
        node_list(&nd, "targets", &s->v.assign.targets, s->v.assign.targets.len, item_expr);
        node_expr(&nd, "value", s->v.assign.value, 0);
        break;
    case S_AUGASSIGN:
        cls = "AugAssign";
        node_expr(&nd, "target", s->v.augassign.target, 0);
        node_simple(&nd, "op", binop_names[s->v.augassign.op]);
        node_expr(&nd, "value", s->v.augassign.value, 0);
        break;
    case S_ANNASSIGN:
        cls = "AnnAssign";
        node_expr(&nd, "target", s->v.annassign.target, 0);
        node_expr(&nd, "annotation", s->v.annassign.annotation, 0);
        node_expr(&nd, "value", s->v.annassign.value, 1);
        node_int(&nd, "simple", s->v.annassign.simple);
        break;
    case S_FOR:
        cls = "For";
        node_expr(&nd, "target", s->v.for_.target, 0);
        node_expr(&nd, "iter", s->v.for_.iter, 0);
        node_list(&nd, "body", &s->v.for_.body, s->v.for_.body.len, item_stmt);
        node_list(&nd, "orelse", &s->v.for_.orelse, s->v.for_.orelse.len, item_stmt);
        break;
    case S_WHILE:
    case S_IF:
        cls = s->kind == S_WHILE ? "While" : "If";
        node_expr(&nd, "test", s->v.if_.test, 0);
        node_list(&nd, "body", &s->v.if_.body, s->v.if_.body.len, item_stmt);
        node_list(&nd, "orelse", &s->v.if_.orelse, s->v.if_.orelse.len, item_stmt);
        break;
    case S_WITH:
        cls = "With";
        node_list(&nd, "items", &s->v.with.items, s->v.with.items.len, item_withitem);
        node_list(&nd, "body", &s->v.with.body, s->v.with.body.len, item_stmt);
        break;
    case S_RAISE:
        cls = "Raise";
        node_expr(&nd, "exc", s->v.raise.exc, 1);
        node_expr(&nd, "cause", s->v.raise.cause, 1);
        break;
    case S_TRY:
        cls = "Try";
        node_list(&nd, "body", &s->v.try_.body, s->v.try_.body.len, item_stmt);
        node_list(&nd, "handlers", &s->v.try_.handlers, s->v.try_.handlers.len, item_handler);
        node_list(&nd, "orelse", &s->v.try_.orelse, s->v.try_.orelse.len, item_stmt);
        node_list(&nd, "finalbody", &s->v.try_.finalbody, s->v.try_.finalbody.len, item_stmt);
        break;
    case S_ASSERT:
        cls = "Assert";
        node_expr(&nd, "test", s->v.assert_.test, 0);
        node_expr(&nd, "msg", s->v.assert_.msg, 1);
        break;
    case S_IMPORT:
        cls = "Import";
        node_list(&nd, "names", &s->v.import.names, s->v.import.names.len, item_alias);
        break;
    case S_IMPORTFROM:
        cls = "ImportFrom";
        if (s->v.importfrom.module) node_str(&nd, "module", s->v.importfrom.module);
        node_list(&nd, "names", &s->v.importfrom.names, s->v.importfrom.names.len, item_alias);
        node_int(&nd, "level", s->v.importfrom.level);
        break;
    case S_GLOBAL:
    case S_NONLOCAL:
        cls = s->kind == S_GLOBAL ? "Global" : "Nonlocal";
        node_list(&nd, "names", &s->v.global.names, s->v.global.names.len, item_name);
        break;
    case S_EXPR:
        cls = "Expr";
        node_expr(&nd, "value", s->v.expr.value, 0);
        break;
    case S_PASS: cls = "Pass"; break;
    case S_BREAK: cls = "Break"; break;
    case S_CONTINUE: cls = "Continue"; break;
    }
    node_pos(&nd, s->pos);
    return node_end(&nd, cls, out);
}

void ast_dump_ex(const Mod *mod, FILE *out, int indent, int include_attributes)
{
    Dumper d = {indent, include_attributes};
    Node nd;
    Buf b = {0};
    node_begin(&nd, &d, 0);
    const char *cls;
    if (mod->mode == MODE_EVAL) {
        cls = "Expression";
        node_expr(&nd, "body", mod->expr, 0);
    } else {
        cls = mod->mode == MODE_FILE ? "Module" : "Interactive";
        node_list(&nd, "body", &mod->body, mod->body.len, item_stmt);
        if (mod->mode == MODE_FILE) node_simple(&nd, "type_ignores", "[]");
    }
    node_end(&nd, cls, &b);
    if (b.oom) fputs("<out of memory>\n", out);
    else fprintf(out, "%s\n", b.s);
    buf_free(&b);
}

void ast_dump(const Mod *mod, FILE *out)
{
    ast_dump_ex(mod, out, 1, 0);
}
