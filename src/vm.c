/* vm.c — the eval loop: runs frames instruction by instruction (dispatch.h), Python →
 * Python calls inline (a new frame, no C recursion), exceptions by the code's table.
 *
 * Invariants:
 * - Registers: `frame` is gp_interp->frame; code/ip/sp/fast/consts/names mirror it
 *   (LOAD_FRAME after every frame switch). frame->ip is stored at each instruction, so
 *   frame->ip - 1 is the running unit; frame->sp is stored only when a frame is suspended
 *   for an inline call.
 * - Every stack slot below sp is an owned reference or NULL; an instruction either
 *   consumes its operands and pushes its result, or fails leaving on the stack only owned
 *   references (NULL allowed) for the unwinder to release.
 * - Operands die as soon as the instruction has consumed them (DESIGN.md §2.2): an int
 *   fast path allocates the result before dropping the operands, as CPython 3.11 does.
 * - An exception passing through a frame gets one traceback entry there (not for RERAISE
 *   or a bare `raise`); a fresh exception is chained to the handled one (vm_chain_context).
 * - A generator's frame (objects/gen.c) always runs as the entry frame of its own
 *   vm_run_frame call: YIELD_VALUE returns from it, leaving the frame suspended.
 */
#include <signal.h>
#include <string.h>

#include "code.h"
#include "dispatch.h"
#include "errors.h"
#include "frame.h"
#include "interp.h"
#include "objects/bool.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm.h"
#include "vm_cache.h"
#include "vm_ops.h"

volatile sig_atomic_t gp_sigint_pending;

int vm_check_signals(void) {
    if (!gp_sigint_pending)
        return 0;
    gp_sigint_pending = 0;
    err_set_object(&gp_exc_KeyboardInterrupt, NULL);
    return -1;
}

int vm_current_line(void) {
    GpFrame *f = gp_interp ? gp_interp->frame : NULL;
    if (!f)
        return 0;
    intptr_t i = f->ip - f->code->code - 1;
    return code_line_at(f->code, i < 0 ? 0 : i);
}

/* The first exception-table entry covering unit i, or NULL. */
static const GpExcEntry *find_handler(const GpCode *co, intptr_t i) {
    for (int k = 0; k < co->nexc; k++) {
        const GpExcEntry *e = &co->exctable[k];
        if (e->start <= i && i < e->end)
            return e;
    }
    return NULL;
}

/* Python's floor division and modulo on int64 (b != 0; a is never INT64_MIN). */
static inline int64_t floordiv_i64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}
static inline int64_t mod_i64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

/* eval+concat: `s += x` on two exact strs in linear time (CPython's unicode_concatenate).
 * When the left operand is referenced only by the value stack and by the variable that the
 * next instruction (STORE_FAST, STORE_DEREF or STORE_NAME into an exact dict) overwrites,
 * that variable lets go of it (refcount 2 → 1: a fast/cell slot becomes NULL, a dict entry
 * holds None so the dict keeps its order), str_append_inplace grows it in place and the
 * STORE puts the result back. Lifetimes are as without it: the old value was about to be
 * replaced by that STORE, and nothing else could see it. On failure the variable gets the
 * left operand back. Returns 1 with *lhsp updated (possibly moved), 0 if not applicable,
 * -1 with an exception set. */
static int str_inplace_add(GpFrame *frame, GpObject **fast, GpObject *const *names,
                           GpCodeUnit next, GpObject **lhsp, GpObject *rhs) {
    GpObject *lhs = *lhsp, **slot = NULL, *locals = NULL, *name = NULL;
    if (GP_REFCNT(lhs) != 2 || !STR_CHECK_EXACT(rhs))
        return 0;
    int arg = CU_ARG(next);
    switch (CU_OP(next)) {
    case OP_STORE_FAST:
        slot = &fast[arg];
        break;
    case OP_STORE_DEREF:
        slot = &((GpCell *)fast[frame->code->nlocals + arg])->ref;
        break;
    case OP_STORE_NAME:
        locals = frame->locals;
        name = names[arg];
        if (!locals || !DICT_CHECK_EXACT(locals))
            return 0;
        if (dict_getitem(locals, name) != lhs)
            return err_occurred() ? -1 : 0;
        break;
    default:
        return 0;
    }
    if (slot && *slot != lhs)
        return 0;
    /* The variable lets go of lhs (dict_setitem drops the dict's reference itself). */
    if (slot) {
        *slot = NULL;
        gp_decref(lhs);
    } else if (dict_setitem(locals, name, GP_NONE) < 0) {
        return -1;
    }
    if (!str_can_append_inplace(lhs) || str_append_inplace(lhsp, rhs) < 0) {
        int failed = err_occurred() != NULL;
        /* Give it back (no change seen; dict_setitem takes its own reference). */
        if (slot)
            *slot = gp_newref(lhs);
        else if (dict_setitem(locals, name, lhs) < 0)
            failed = 1;
        return failed ? -1 : 0;
    }
    return 1;
}

/* Small-int arithmetic for BINARY_OP: 1 with *r set, 0 when the slow path must run
 * (overflow, division by zero, INT64_MIN, unsupported op). */
static inline int small_int_binop(int op, int64_t a, int64_t b, int64_t *r) {
    if (op >= NB_INPLACE_BASE)
        op -= NB_INPLACE_BASE;
    switch (op) {
    case NB_ADD:
        if (__builtin_add_overflow(a, b, r))
            return 0;
        break;
    case NB_SUBTRACT:
        if (__builtin_sub_overflow(a, b, r))
            return 0;
        break;
    case NB_MULTIPLY:
        if (__builtin_mul_overflow(a, b, r))
            return 0;
        break;
    case NB_FLOOR_DIVIDE:
        if (b == 0)
            return 0;
        *r = floordiv_i64(a, b);
        break;
    case NB_REMAINDER:
        if (b == 0)
            return 0;
        /* CPython returns a itself when 0 <= a < b (or b < a <= 0) past one 30-bit digit:
         * int_mod applies that identity rule. */
        if ((b >= (1 << 30) && a >= 0 && a < b) || (b <= -(1 << 30) && a <= 0 && a > b))
            return 0;
        *r = mod_i64(a, b);
        break;
    case NB_AND:
        *r = a & b;
        break;
    case NB_OR:
        *r = a | b;
        break;
    case NB_XOR:
        *r = a ^ b;
        break;
    case NB_LSHIFT:
        if (b < 0 || b > 62)
            return 0;
        *r = (int64_t)((uint64_t)a << b);
        if ((*r >> b) != a)
            return 0;
        break;
    case NB_RSHIFT:
        if (b < 0)
            return 0;
        *r = b > 63 ? (a < 0 ? -1 : 0) : a >> b;
        break;
    default:
        return 0;
    }
    return *r != INT64_MIN;
}

static inline int small_int_compare(int op, int64_t a, int64_t b) {
    switch (op) {
    case CMP_OP_LT: return a < b;
    case CMP_OP_LE: return a <= b;
    case CMP_OP_EQ: return a == b;
    case CMP_OP_NE: return a != b;
    case CMP_OP_GT: return a > b;
    default: return a >= b;
    }
}

#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define JUMP_TO(target) (ip = code->code + (target))

#define LOAD_FRAME()                                           \
    do {                                                       \
        code = frame->code;                                    \
        ip = frame->ip;                                        \
        sp = frame->sp;                                        \
        fast = frame->localsplus;                              \
        consts = ((GpTuple *)code->consts)->items;             \
        names = ((GpTuple *)code->names)->items;               \
    } while (0)

/* Is v false / true, for the conditional jumps: 1, 0, or -1 on error. */
#define TRUTH(v) ((v) == GP_TRUE ? 1 : (v) == GP_FALSE ? 0 : (v) == GP_NONE ? 0 : obj_is_true(v))

/* gcc merges the identical tails of instruction bodies (cross-jumping), which funnels
 * many opcodes through one indirect jump and defeats the branch predictor: keep one
 * dispatch jump per instruction, as threaded code wants. */
#if GP_COMPUTED_GOTO && defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-crossjumping")))
#endif
GpObject *vm_run_frame(GpFrame *frame) {
    GpCode *code;
    GpCodeUnit *ip;
    GpObject **sp;
    GpObject **fast;
    GpObject *const *consts;
    GpObject *const *names;
    int opcode = 0, oparg = 0;
    GpObject *kwnames = NULL;   /* from KW_NAMES for the next CALL (borrowed constant) */

#if GP_COMPUTED_GOTO
    DISPATCH_TABLE_PUSH_
    static void *const dispatch_table[256] = {
        [0 ... 255] = &&unknown_opcode,
#define OP(name, argkind, effect, jump_effect) [OP_##name] = &&TARGET_##name,
#include "opcodes.def"
#undef OP
    };
    DISPATCH_TABLE_POP_
#endif

    LOAD_FRAME();
    if (frame->is_entry & FRAME_THROW) {
        /* gen.throw()/close(): raise the pending exception at the suspended yield. */
        frame->is_entry &= ~FRAME_THROW;
        goto error_traceback;
    }
    DISPATCH();

    DISPATCH_BEGIN

    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(EXTENDED_ARG) {
        int high = oparg;
        NEXTOPARG();
        oparg |= high << 8;
        DISPATCH_SAME_OPARG();
    }

    TARGET(POP_TOP) {
        GpObject *v = POP();
        gp_xdecref(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        GpObject *v = PEEK(oparg);
        gp_xincref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        GpObject *v = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = v;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        GpObject *v = consts[oparg];
        gp_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        GpObject *v = fast[oparg];
        if (!v) {
            vm_unbound_local(code, oparg);
            goto error;
        }
        gp_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        GpObject *v = POP();
        GpObject *old = fast[oparg];
        fast[oparg] = v;
        gp_xdecref(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        if (!fast[oparg]) {
            vm_unbound_local(code, oparg);
            goto error;
        }
        GP_CLEAR(fast[oparg]);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        GpObject *v = ((GpCell *)fast[code->nlocals + oparg])->ref;
        if (!v) {
            vm_unbound_deref(code, oparg);
            goto error;
        }
        gp_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        GpCell *cell = (GpCell *)fast[code->nlocals + oparg];
        GpObject *old = cell->ref;
        cell->ref = POP();
        gp_xdecref(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        GpCell *cell = (GpCell *)fast[code->nlocals + oparg];
        if (!cell->ref) {
            vm_unbound_deref(code, oparg);
            goto error;
        }
        GP_CLEAR(cell->ref);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        GpObject *cell = fast[code->nlocals + oparg];
        gp_incref(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        GpObject *v = NULL;
        if (frame->locals) {
            v = vm_locals_lookup(frame->locals, vm_cell_name(code, oparg));
            if (!v && err_occurred())
                goto error;
        }
        if (!v) {
            v = ((GpCell *)fast[code->nlocals + oparg])->ref;
            if (!v) {
                vm_unbound_deref(code, oparg);
                goto error;
            }
            gp_incref(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        GpObject *name = names[oparg];
        GpObject *v;
        if (!frame->locals) {
            err_format(&gp_exc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        v = vm_locals_lookup(frame->locals, name);
        if (!v) {
            if (err_occurred())
                goto error;
            v = dict_getitem(frame->globals, name);
            if (!v) {
                if (err_occurred())
                    goto error;
                v = dict_getitem(frame->builtins, name);
                if (!v) {
                    if (!err_occurred())
                        vm_name_error(name);
                    goto error;
                }
            }
            gp_incref(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        GpObject *name = names[oparg];
        GpObject *v = TOP();
        GpObject *locals = frame->locals;
        int err;
        if (!locals) {
            err_format(&gp_exc_SystemError, "no locals found when storing %R", name);
            goto error;
        }
        err = DICT_CHECK_EXACT(locals) ? dict_setitem(locals, name, v)
                                       : obj_setitem(locals, name, v);
        if (err < 0)
            goto error;
        sp--;
        gp_decref(v);
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        GpObject *name = names[oparg];
        GpObject *locals = frame->locals;
        if (!locals) {
            err_format(&gp_exc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if ((DICT_CHECK_EXACT(locals) ? dict_delitem(locals, name) : obj_delitem(locals, name)) < 0) {
            err_clear();   /* any failure is a NameError, as in CPython */
            vm_name_error(name);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        GpObject *name = names[oparg];
        GpObject *globals = frame->globals, *builtins = frame->builtins;
        GCacheEntry *ce = NULL;
        GpObject *v;
        if (DICT_CHECK_EXACT(globals) && DICT_CHECK_EXACT(builtins) && STR_CHECK_EXACT(name)) {
            ce = gcache_slot(ip);
            if (ce && ce->ip == ip && !ce->in_builtins) {
                v = gcache_get(ce, globals, name);
                if (v)
                    goto load_global_done;
            }
        }
        v = dict_getitem(globals, name);
        if (v) {
            if (ce)
                gcache_set(ce, ip, globals, name, 0);
        } else {
            if (err_occurred())
                goto error;
            if (ce && ce->ip == ip && ce->in_builtins) {
                v = gcache_get(ce, builtins, name);
                if (v)
                    goto load_global_done;
            }
            v = dict_getitem(builtins, name);
            if (!v) {
                if (!err_occurred())
                    vm_name_error(name);
                goto error;
            }
            if (ce)
                gcache_set(ce, ip, builtins, name, 1);
        }
    load_global_done:
        gp_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        GpObject *v = TOP();
        if (dict_setitem(frame->globals, names[oparg], v) < 0)
            goto error;
        sp--;
        gp_decref(v);
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        GpObject *name = names[oparg];
        if (dict_delitem(frame->globals, name) < 0) {
            if (err_matches(&gp_exc_KeyError)) {
                err_clear();
                vm_name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        GpObject *owner = TOP(), *name = names[oparg], *res;
        GpType *tp = GP_TYPE(owner);
        ACacheEntry *ae = tp->getattr == obj_generic_getattr ? acache_entry(tp, ip) : NULL;
        if (ae) {
            /* An instance attribute where the last instance had it (vm_cache.h). */
            GpObject **slot = acache_hit(ae, owner, tp, ip, name);
            if (slot) {
                res = gp_newref(*slot);
                SET_TOP(res);
                gp_decref(owner);
                DISPATCH();
            }
        }
        res = obj_getattr(owner, name);
        if (!res)
            goto error;
        if (ae)
            acache_fill(ae, ip, owner, tp, name);
        SET_TOP(res);
        gp_decref(owner);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        GpObject *owner = TOP(), *v = SECOND(), *name = names[oparg];
        GpType *tp = GP_TYPE(owner);
        ACacheEntry *ae = tp->setattr == obj_generic_setattr ? acache_entry(tp, ip) : NULL;
        if (ae) {
            GpObject **slot = acache_hit(ae, owner, tp, ip, name);
            if (slot) {
                GpObject *old = *slot;
                *slot = v;   /* takes over the stack's reference */
                sp -= 2;
                gp_decref(owner);
                gp_decref(old);
                DISPATCH();
            }
        }
        int err = obj_setattr(owner, name, v);
        if (err < 0)
            goto error;
        if (ae)
            acache_fill(ae, ip, owner, tp, name);
        sp -= 2;
        gp_decref(v);
        gp_decref(owner);
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        GpObject *owner = TOP();
        if (obj_setattr(owner, names[oparg], NULL) < 0)
            goto error;
        sp--;
        gp_decref(owner);
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        GpObject *obj = TOP();
        GpObject *meth = NULL;
        int r = obj_get_method(obj, names[oparg], &meth);
        if (r < 0)
            goto error;
        if (r) {
            SET_TOP(meth);
            PUSH(obj);
        } else {
            SET_TOP(meth);
            gp_decref(obj);
            PUSH(NULL);
        }
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        GpObject *sub = TOP(), *container = SECOND(), *res;
        if (INT_CHECK_EXACT(sub) && INT_IS_SMALL(sub)) {
            int64_t i = INT_VALUE(sub);
            if (LIST_CHECK_EXACT(container)) {
                if (i < 0)
                    i += LIST_SIZE(container);
                if (i >= 0 && i < LIST_SIZE(container)) {
                    res = LIST_ITEM(container, i);
                    goto subscr_done;
                }
            } else if (TUPLE_CHECK_EXACT(container)) {
                if (i < 0)
                    i += TUPLE_SIZE(container);
                if (i >= 0 && i < TUPLE_SIZE(container)) {
                    res = TUPLE_ITEM(container, i);
                    goto subscr_done;
                }
            }
        }
        res = obj_getitem(container, sub);
        if (!res)
            goto error;
        sp--;
        SET_TOP(res);
        gp_decref(container);
        gp_decref(sub);
        DISPATCH();
    subscr_done:
        gp_incref(res);
        sp--;
        SET_TOP(res);
        gp_decref(container);
        gp_decref(sub);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        GpObject *sub = TOP(), *container = SECOND(), *v = THIRD();
        if (LIST_CHECK_EXACT(container) && INT_CHECK_EXACT(sub) && INT_IS_SMALL(sub)) {
            int64_t i = INT_VALUE(sub);
            if (i < 0)
                i += LIST_SIZE(container);
            if (i >= 0 && i < LIST_SIZE(container)) {
                GpObject *old = LIST_ITEM(container, i);
                LIST_ITEM(container, i) = v;
                sp -= 3;
                gp_decref(old);
                gp_decref(container);
                gp_decref(sub);
                DISPATCH();
            }
        }
        if (obj_setitem(container, sub, v) < 0)
            goto error;
        sp -= 3;
        gp_decref(v);
        gp_decref(container);
        gp_decref(sub);
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        GpObject *sub = TOP(), *container = SECOND();
        if (obj_delitem(container, sub) < 0)
            goto error;
        sp -= 2;
        gp_decref(container);
        gp_decref(sub);
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        GpObject *rhs = TOP(), *lhs = SECOND(), *res;
        if (INT_CHECK_EXACT(lhs) && INT_CHECK_EXACT(rhs) && INT_IS_SMALL(lhs) &&
            INT_IS_SMALL(rhs)) {
            int64_t r;
            if (small_int_binop(oparg, INT_VALUE(lhs), INT_VALUE(rhs), &r)) {
                res = int_from_i64(r);
                if (!res)
                    goto error;
                sp--;
                SET_TOP(res);
                gp_decref(rhs);
                gp_decref(lhs);
                DISPATCH();
            }
        }
        if (oparg == NB_INPLACE_BASE + NB_ADD && STR_CHECK_EXACT(lhs)) {
            /* eval+concat: s += x appends in place when only s's variable holds it. */
            int r = str_inplace_add(frame, fast, names, *ip, &lhs, rhs);
            if (r < 0)
                goto error;
            if (r > 0) {
                sp--;
                SET_TOP(lhs);
                gp_decref(rhs);
                DISPATCH();
            }
        }
        res = obj_binop(lhs, rhs, oparg);
        if (!res)
            goto error;
        sp--;
        SET_TOP(res);
        gp_decref(lhs);
        gp_decref(rhs);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        GpObject *v = TOP();
        GpObject *res = obj_pos(v);
        if (!res)
            goto error;
        SET_TOP(res);
        gp_decref(v);
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        GpObject *v = TOP(), *res;
        if (INT_CHECK_EXACT(v) && INT_IS_SMALL(v))
            res = int_from_i64(-INT_VALUE(v));
        else
            res = obj_neg(v);
        if (!res)
            goto error;
        SET_TOP(res);
        gp_decref(v);
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        GpObject *v = TOP();
        int t = TRUTH(v);
        if (t < 0)
            goto error;
        SET_TOP(gp_bool(!t));
        gp_decref(v);
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        GpObject *v = TOP();
        GpObject *res = obj_invert(v);
        if (!res)
            goto error;
        SET_TOP(res);
        gp_decref(v);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        GpObject *rhs = TOP(), *lhs = SECOND(), *res;
        if (INT_CHECK_EXACT(lhs) && INT_CHECK_EXACT(rhs) && INT_IS_SMALL(lhs) &&
            INT_IS_SMALL(rhs)) {
            int r = small_int_compare(oparg, INT_VALUE(lhs), INT_VALUE(rhs));
            int next = CU_OP(*ip);
            if (next == OP_POP_JUMP_IF_FALSE || next == OP_POP_JUMP_IF_TRUE) {
                /* Fused with the conditional jump that follows (CPython 3.11's
                 * COMPARE_OP_INT_JUMP): no bool is pushed. */
                int target = CU_ARG(*ip);
                ip++;
                frame->ip = ip;
                sp -= 2;
                gp_decref(lhs);
                gp_decref(rhs);
                if (r == (next == OP_POP_JUMP_IF_TRUE))
                    JUMP_TO(target);
                DISPATCH();
            }
            res = gp_bool(r);
        } else {
            res = obj_richcompare(lhs, rhs, oparg);
            if (!res)
                goto error;
        }
        sp--;
        SET_TOP(res);
        gp_decref(lhs);
        gp_decref(rhs);
        DISPATCH();
    }

    TARGET(IS_OP) {
        GpObject *rhs = TOP(), *lhs = SECOND();
        int r = (lhs == rhs) ^ oparg;
        sp--;
        SET_TOP(gp_bool(r));
        gp_decref(lhs);
        gp_decref(rhs);
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        GpObject *container = TOP(), *item = SECOND();
        int r = obj_contains(container, item);
        if (r < 0)
            goto error;
        sp--;
        SET_TOP(gp_bool(r ^ oparg));
        gp_decref(item);
        gp_decref(container);
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        GpObject *t = tuple_new(oparg);
        if (!t)
            goto error;
        sp -= oparg;
        for (int i = 0; i < oparg; i++)
            TUPLE_SET_ITEM(t, i, sp[i]);
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        GpObject *l = list_new(oparg);
        if (!l)
            goto error;
        sp -= oparg;
        for (int i = 0; i < oparg; i++)
            LIST_SET_ITEM(l, i, sp[i]);
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        GpObject *s = vm_build_set(sp - oparg, oparg);
        if (!s)
            goto error;
        for (int i = 0; i < oparg; i++) {
            GpObject *v = POP();
            gp_decref(v);
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        GpObject *d = dict_new();
        if (!d)
            goto error;
        for (int i = 0; i < oparg; i++) {
            if (dict_setitem(d, sp[2 * (i - oparg)], sp[2 * (i - oparg) + 1]) < 0) {
                gp_decref(d);
                goto error;
            }
        }
        for (int i = 0; i < 2 * oparg; i++) {
            GpObject *v = POP();
            gp_decref(v);
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        GpObject *keys = TOP();
        if (!TUPLE_CHECK_EXACT(keys) || TUPLE_SIZE(keys) != oparg) {
            err_set_str(&gp_exc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
            goto error;
        }
        GpObject *d = dict_new();
        if (!d)
            goto error;
        for (int i = 0; i < oparg; i++) {
            if (dict_setitem(d, TUPLE_ITEM(keys, i), sp[i - oparg - 1]) < 0) {
                gp_decref(d);
                goto error;
            }
        }
        for (int i = 0; i < oparg + 1; i++) {
            GpObject *v = POP();
            gp_decref(v);
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        GpObject *s = vm_build_string(sp - oparg, oparg);
        if (!s)
            goto error;
        for (int i = 0; i < oparg; i++) {
            GpObject *v = POP();
            gp_decref(v);
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        GpObject *step = oparg == 3 ? TOP() : NULL;
        GpObject *stop = oparg == 3 ? SECOND() : TOP();
        GpObject *start = oparg == 3 ? THIRD() : SECOND();
        GpObject *s = slice_new(start, stop, step);
        if (!s)
            goto error;
        sp -= oparg;
        gp_decref(start);
        gp_decref(stop);
        gp_xdecref(step);
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        GpObject *v = POP();
        if (list_append_steal(PEEK(oparg), v) < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        GpObject *v = TOP();
        if (vm_set_add(PEEK(oparg + 1), v) < 0)
            goto error;
        sp--;
        gp_decref(v);
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        GpObject *value = TOP(), *key = SECOND();
        if (dict_setitem(PEEK(oparg + 2), key, value) < 0)
            goto error;
        sp -= 2;
        gp_decref(key);
        gp_decref(value);
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        GpObject *iterable = TOP();
        if (vm_list_extend(PEEK(oparg + 1), iterable) < 0)
            goto error;
        sp--;
        gp_decref(iterable);
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        GpObject *iterable = TOP();
        if (vm_set_update(PEEK(oparg + 1), iterable) < 0)
            goto error;
        sp--;
        gp_decref(iterable);
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        GpObject *update = TOP();
        if (vm_dict_update(PEEK(oparg + 1), update) < 0)
            goto error;
        sp--;
        gp_decref(update);
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        GpObject *update = TOP();
        /* After the pop the dict is PEEK(oparg); below it the args tuple, the
         * self-or-NULL slot and the callable (CALL_FUNCTION_EX's layout). */
        GpObject *callable = PEEK(oparg + 4);
        if (vm_dict_merge(callable, PEEK(oparg + 1), update) < 0)
            goto error;
        sp--;
        gp_decref(update);
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        GpObject *l = TOP();
        GpObject *t = list_as_tuple(l);
        if (!t)
            goto error;
        SET_TOP(t);
        gp_decref(l);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        GpObject *spec = (oparg & 4) ? TOP() : NULL;
        GpObject *value = (oparg & 4) ? SECOND() : TOP();
        GpObject *res;
        if (!spec && (oparg & 3) == 0 && STR_CHECK_EXACT(value)) {
            DISPATCH();
        }
        res = vm_format_value(value, oparg & 3, spec);
        if (!res)
            goto error;
        if (spec) {
            sp--;
            gp_decref(spec);
        }
        SET_TOP(res);
        gp_decref(value);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        GpObject *seq = TOP();
        GpObject *const *items = NULL;
        if (TUPLE_CHECK_EXACT(seq) && TUPLE_SIZE(seq) == oparg)
            items = ((GpTuple *)seq)->items;
        else if (LIST_CHECK_EXACT(seq) && LIST_SIZE(seq) == oparg)
            items = ((GpList *)seq)->items;
        if (items) {
            sp--;
            for (int i = oparg - 1; i >= 0; i--) {
                gp_incref(items[i]);
                PUSH(items[i]);
            }
        } else {
            sp--;
            if (vm_unpack_iterable(seq, oparg, -1, sp + oparg) < 0) {
                gp_decref(seq);
                goto error;
            }
            sp += oparg;
        }
        gp_decref(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = oparg & 0xFF, after = oparg >> 8;
        GpObject *seq = POP();
        if (vm_unpack_iterable(seq, before, after, sp + before + 1 + after) < 0) {
            gp_decref(seq);
            goto error;
        }
        sp += before + 1 + after;
        gp_decref(seq);
        DISPATCH();
    }

    TARGET(GET_ITER) {
        GpObject *v = TOP();
        GpObject *it = obj_iter(v);
        if (!it)
            goto error;
        SET_TOP(it);
        gp_decref(v);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        GpObject *it = TOP();
        IterNextFn next = GP_TYPE(it)->iternext;
        GpObject *v = next ? next(it) : obj_iternext(it);
        if (v) {
            PUSH(v);
            DISPATCH();
        }
        if (err_occurred()) {
            if (!err_matches(&gp_exc_StopIteration))
                goto error;
            err_clear();
        }
        sp--;
        gp_decref(it);
        JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(JUMP) {
        GpCodeUnit *target = code->code + oparg;
        if (target <= ip - 1 && gp_sigint_pending && vm_check_signals() < 0)
            goto error;
        ip = target;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        GpObject *v = TOP();
        int t = TRUTH(v);
        if (t < 0)
            goto error;
        sp--;
        gp_decref(v);
        if (!t)
            JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        GpObject *v = TOP();
        int t = TRUTH(v);
        if (t < 0)
            goto error;
        sp--;
        gp_decref(v);
        if (t)
            JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        GpObject *v = POP();
        if (v == GP_NONE)
            JUMP_TO(oparg);
        gp_decref(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        GpObject *v = POP();
        if (v != GP_NONE)
            JUMP_TO(oparg);
        gp_decref(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        GpObject *v = TOP();
        int t = TRUTH(v);
        if (t < 0)
            goto error;
        if (!t) {
            JUMP_TO(oparg);
        } else {
            sp--;
            gp_decref(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        GpObject *v = TOP();
        int t = TRUTH(v);
        if (t < 0)
            goto error;
        if (t) {
            JUMP_TO(oparg);
        } else {
            sp--;
            gp_decref(v);
        }
        DISPATCH();
    }

    TARGET(KW_NAMES) {
        kwnames = consts[oparg];
        DISPATCH();
    }

    TARGET(CALL) {
        GpObject **base = sp - oparg - 2;
        GpObject *callable = base[0];
        GpObject **args;
        intptr_t nargs;
        GpObject *kw = kwnames;
        kwnames = NULL;
        if (gp_sigint_pending && vm_check_signals() < 0)
            goto error;
        if (base[1]) {
            args = base + 1;
            nargs = oparg + 1;
        } else if (GP_TYPE(callable) == &gp_type_method) {
            /* Unpack a bound method so a Python function runs inline. */
            GpMethod *m = (GpMethod *)callable;
            base[1] = gp_newref(m->self);
            base[0] = gp_newref(m->func);
            gp_decref(callable);
            callable = base[0];
            args = base + 1;
            nargs = oparg + 1;
        } else {
            args = base + 2;
            nargs = oparg;
        }
        intptr_t npos = nargs - (kw ? TUPLE_SIZE(kw) : 0);
        sp = base;
        if (FUNC_CHECK(callable)) {
            frame->sp = sp;
            GpFrame *callee = frame_push_func_steal(callable, args, npos, kw);
            if (!callee)
                goto error;
            frame = callee;
            LOAD_FRAME();
            DISPATCH();
        }
        GpObject *res;
        GpType *ct = GP_TYPE(callable);
        if (ct == &gp_type_cfunction &&
            (((GpCFunction *)callable)->def->flags == METH_KEYWORDS ||
             (((GpCFunction *)callable)->def->flags == METH_VARARGS && !kw))) {
            /* Straight to the C function, uncounted, as CPython 3.11's specialised
             * PRECALL_BUILTIN_FAST(_WITH_KEYWORDS) does. */
            GpCFunction *cf = (GpCFunction *)callable;
            res = cf->def->fn(cf->self, args, npos, kw);
        } else if (ct == &gp_type_method_descr && npos >= 1 &&
                   (((GpMethodDescr *)callable)->def->flags == METH_KEYWORDS ||
                    (((GpMethodDescr *)callable)->def->flags == METH_VARARGS && !kw)) &&
                   obj_is_instance_of(args[0], ((GpMethodDescr *)callable)->objtype)) {
            GpMethodDescr *md = (GpMethodDescr *)callable;
            res = md->def->fn(args[0], args + 1, npos - 1, kw);
        } else {
            res = obj_call(callable, args, npos, kw);
        }
        gp_decref(callable);
        for (intptr_t i = 0; i < nargs; i++)
            gp_decref(args[i]);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        GpObject *kwargs = (oparg & 1) ? TOP() : NULL;
        GpObject *callargs = PEEK((oparg & 1) + 1);
        GpObject *self = PEEK((oparg & 1) + 2);
        GpObject *callable = PEEK((oparg & 1) + 3);
        GpObject *small[8];
        GpObject **arr = NULL, *kw = NULL;
        intptr_t npos = vm_call_ex_args(callable, self, callargs, kwargs, small, 8, &arr, &kw);
        if (npos < 0)
            goto error;
        intptr_t total = npos + (kw ? TUPLE_SIZE(kw) : 0);
        sp -= (oparg & 1) + 3;
        if (FUNC_CHECK(callable)) {
            /* Runs inline; the * tuple and ** dict are released before the body runs. */
            gp_xdecref(kwargs);
            gp_decref(callargs);
            gp_xdecref(self);
            frame->sp = sp;
            GpFrame *callee = frame_push_func_steal(callable, arr, npos, kw);
            gp_xdecref(kw);
            vm_call_ex_free(arr, small);
            if (!callee)
                goto error;
            frame = callee;
            LOAD_FRAME();
            DISPATCH();
        }
        GpObject *res = obj_call(callable, arr, npos, kw);
        gp_decref(callable);
        gp_decref(callargs);
        gp_xdecref(kwargs);
        gp_xdecref(self);
        for (intptr_t i = 0; i < total; i++)
            gp_decref(arr[i]);
        gp_xdecref(kw);
        vm_call_ex_free(arr, small);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        GpObject *codeobj = TOP();
        GpObject *fn = func_new(codeobj, frame->globals, ((GpCode *)codeobj)->qualname);
        if (!fn)
            goto error;
        sp--;
        gp_decref(codeobj);
        GpFunction *f = (GpFunction *)fn;
        if (oparg & 0x08)
            f->closure = POP();
        if (oparg & 0x04)
            f->annotations = POP();
        if (oparg & 0x02)
            f->kwdefaults = POP();
        if (oparg & 0x01)
            f->defaults = POP();
        PUSH(fn);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        GpObject *retval = POP();
        GpFrame *caller = frame->previous;
        int entry = frame->is_entry;
        frame->sp = sp;
        frame_pop(frame);
        if (entry)
            return retval;
        frame = caller;
        LOAD_FRAME();
        PUSH(retval);
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        GpObject *v = TOP();
        if (vm_print_expr(v) < 0)
            goto error;
        sp--;
        gp_decref(v);
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        GpObject *fromlist = TOP(), *level = SECOND();
        GpObject *mod = vm_import_name(names[oparg], fromlist, level);
        if (!mod)
            goto error;
        sp--;
        SET_TOP(mod);
        gp_decref(level);
        gp_decref(fromlist);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        GpObject *v = vm_import_from(TOP(), names[oparg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        GpObject *mod = TOP();
        if (vm_import_star(frame, mod) < 0)
            goto error;
        sp--;
        gp_decref(mod);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        GpObject *cause = NULL, *exc = NULL;
        if (oparg > 2) {
            err_set_str(&gp_exc_SystemError, "bad RAISE_VARARGS oparg");
            goto error;
        }
        if (oparg == 2)
            cause = POP();
        if (oparg >= 1)
            exc = POP();
        if (vm_do_raise_steal(exc, cause))
            goto exception_unwind;
        goto error_traceback;
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(gp_newref((GpObject *)&gp_exc_AssertionError));
        DISPATCH();
    }

    TARGET(PUSH_EXC_INFO) {
        GpObject *exc = TOP();
        GpObject *prev = gp_interp->handled_exc;
        gp_interp->handled_exc = gp_newref(exc);
        SET_TOP(prev ? prev : gp_none());
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        GpObject *prev = POP();
        GpObject *old = gp_interp->handled_exc;
        if (prev == GP_NONE) {
            gp_decref(prev);
            prev = NULL;
        }
        gp_interp->handled_exc = prev;
        gp_xdecref(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        GpObject *cls = TOP(), *exc = SECOND();
        if (vm_check_except_type(cls) < 0)
            goto error;
        int r = err_given_matches(exc, cls);
        SET_TOP(gp_bool(r));
        gp_decref(cls);
        DISPATCH();
    }

    TARGET(RERAISE) {
        GpObject *exc = POP();
        err_restore(exc);
        goto exception_unwind;
    }

    TARGET(BEFORE_WITH) {
        GpObject *mgr = TOP();
        GpObject *enter, *exit, *res;
        if (vm_with_lookup(mgr, &enter, &exit) < 0)
            goto error;
        SET_TOP(exit);
        gp_decref(mgr);
        res = obj_call0(enter);
        gp_decref(enter);
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        GpObject *res = vm_with_exit(PEEK(3), TOP());
        if (!res)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        GpObject *bc = dict_getitem(frame->builtins, GP_ID(__build_class__));
        if (!bc) {
            if (!err_occurred())
                err_set_str(&gp_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(gp_newref(bc));
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (vm_setup_annotations(frame) < 0)
            goto error;
        DISPATCH();
    }

    TARGET(RETURN_GENERATOR) {
        GpFrame *caller = frame->previous;
        int entry = frame->is_entry;
        frame->sp = sp;
        GpObject *gen = gen_new_from_frame(frame);
        if (!gen)
            goto error;
        if (entry)
            return gen;
        frame = caller;
        LOAD_FRAME();
        PUSH(gen);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        /* Only a generator's frame yields, and it always runs as an entry frame. */
        GpObject *v = POP();
        frame->sp = sp;
        gp_interp->frame = frame->previous;
        frame->previous = NULL;   /* a suspended frame has no f_back */
        gp_interp->recursion_depth--;
        return v;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        GpObject *v = TOP();
        if (!GEN_CHECK(v)) {
            GpObject *it = obj_iter(v);
            if (!it)
                goto error;
            SET_TOP(it);
            gp_decref(v);
        }
        DISPATCH();
    }

    TARGET(SEND) {
        GpObject *v = TOP(), *res;
        int r = gen_send_any(SECOND(), v, &res);
        if (r == GEN_ERROR)
            goto error;
        sp--;
        gp_decref(v);
        if (r == GEN_RETURN) {
            GpObject *it = TOP();
            SET_TOP(res);
            gp_decref(it);
            JUMP_TO(oparg);
        } else {
            PUSH(res);
        }
        DISPATCH();
    }

    DISPATCH_END

unknown_opcode:
    err_format(&gp_exc_SystemError, "unknown opcode %d", opcode);
    goto error;

error:
    /* An instruction of this frame failed with a fresh exception: chain it to the one
     * being handled (CPython does it when the exception is set). */
    {
        GpObject *exc = gp_interp->exc;
        if (!exc) {
            err_set_str(&gp_exc_SystemError, "error return without exception set");
        } else if (interp_handled_exc() && EXC_CHECK(exc) &&
                   !((GpException *)exc)->traceback && !((GpException *)exc)->context) {
            vm_chain_context(exc);
        }
    }
error_traceback:
    kwnames = NULL;
    traceback_here(frame);
exception_unwind:
    {
        const GpExcEntry *h = find_handler(code, frame->ip - code->code - 1);
        if (h) {
            GpObject **target = frame_stack_base(frame) + h->depth;
            while (sp > target) {
                GpObject *v = POP();
                gp_xdecref(v);
            }
            PUSH(err_fetch());
            JUMP_TO(h->target);
            DISPATCH();
        }
        /* No handler: this frame ends, the exception goes to the caller. */
        GpObject **base = frame_stack_base(frame);
        while (sp > base) {
            GpObject *v = POP();
            gp_xdecref(v);
        }
        frame->sp = sp;
        GpFrame *caller = frame->previous;
        int entry = frame->is_entry;
        frame_pop(frame);
        if (entry)
            return NULL;
        frame = caller;
        LOAD_FRAME();
        goto error_traceback;
    }
}
