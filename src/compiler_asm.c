/* compiler_asm.c — instruction emission and the assembler: labels, the exception-handler
 * stack, a few peephole rewrites, stack depth, unreachable-code removal, jump resolution
 * with EXTENDED_ARG, the line table and the exception table; then the code object.
 *
 * Invariants:
 * - Instructions are in final order; a label is an index into u->labels giving the
 *   instruction it stands before. Jump opargs become absolute unit offsets only here.
 * - The stack depth of every reachable instruction is unique (a worklist walk over both
 *   the fall-through and jump edges, opcode_stack_effect); an inconsistency is a compiler
 *   bug (assert in debug builds, SystemError otherwise). Unreachable instructions and
 *   pseudo-instructions produce no code.
 * - Instruction sizes only grow while laying out jumps, so the layout loop terminates;
 *   each oparg gets exactly the EXTENDED_ARG prefixes it needs.
 */
#include <assert.h>
#include <string.h>

#include "compile_internal.h"
#include "errors.h"
#include "interp.h"
#include "mem/alloc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "symtable.h"

/* ---- Emission ---- */

static int grow(void **arr, int *cap, int n, size_t elsize) {
    if (n < *cap)
        return 0;
    int ncap = *cap ? *cap * 2 : 32;
    void *p = mem_realloc(*arr, (size_t)ncap * elsize);
    if (!p) {
        err_no_memory();
        return -1;
    }
    *arr = p;
    *cap = ncap;
    return 0;
}

int emit(Compiler *c, int op, int arg) {
    Unit *u = c->u;
    int handler = u->nh ? u->hstack[u->nh - 1] : -1;
    /* BUILD_TUPLE n; UNPACK_SEQUENCE n (a, b = b, a) → SWAP n, as CPython's optimiser. */
    if (op == OP_UNPACK_SEQUENCE && u->ninstr > 0 && u->fence < u->ninstr) {
        Instr *prev = &u->instrs[u->ninstr - 1];
        if (prev->op == OP_BUILD_TUPLE && prev->arg == arg && prev->handler == handler) {
            if (arg == 1) {
                u->ninstr--;
                return 0;
            }
            if (arg == 2 || arg == 3) {
                prev->op = OP_SWAP;
                return 0;
            }
        }
    }
    if (grow((void **)&u->instrs, &u->capinstr, u->ninstr, sizeof(Instr)) < 0)
        return -1;
    Instr *in = &u->instrs[u->ninstr++];
    in->op = op;
    in->arg = arg;
    in->lineno = u->loc.lineno;
    in->handler = handler;
    return 0;
}

int emit_jump(Compiler *c, int op, int label) { return emit(c, op, label); }

int unit_ends_with_return(Unit *u) {
    return u->ninstr > 0 && u->fence != u->ninstr &&
           u->instrs[u->ninstr - 1].op == OP_RETURN_VALUE;
}

int new_label(Compiler *c) {
    Unit *u = c->u;
    if (grow((void **)&u->labels, &u->caplabels, u->nlabels, sizeof(int)) < 0)
        return -1;
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void bind_label(Compiler *c, int label) {
    Unit *u = c->u;
    u->labels[label] = u->ninstr;
    u->fence = u->ninstr;
}

int emit_setup(Compiler *c, int pseudo, int label) {
    Unit *u = c->u;
    if (u->nh >= MAX_HANDLERS)
        return compiler_error(c, "too many statically nested blocks");
    if (emit(c, pseudo, label) < 0)
        return -1;
    u->hstack[u->nh++] = label;
    return 0;
}

void pop_block(Compiler *c) {
    assert(c->u->nh > 0);
    c->u->nh--;
}

int unit_add_const(Unit *u, GpObject *o) {
    int i = pmap_get(&u->const_index, o);
    if (i >= 0)
        return i;
    if (grow((void **)&u->consts, &u->capconsts, u->nconsts, sizeof(GpObject *)) < 0)
        return -1;
    if (pmap_put(&u->const_index, o, u->nconsts) < 0)
        return -1;
    u->consts[u->nconsts] = gp_newref(o);
    return u->nconsts++;
}

int emit_load_const(Compiler *c, GpObject *o) {
    int i = unit_add_const(c->u, o);
    return i < 0 ? -1 : emit(c, OP_LOAD_CONST, i);
}

static int add_str(const char ***arr, int *n, int *cap, StrMap *index, const char *name) {
    int i = smap_get(index, name);
    if (i >= 0)
        return i;
    if (grow((void **)arr, cap, *n, sizeof(char *)) < 0)
        return -1;
    if (smap_put(index, name, *n) < 0)
        return -1;
    (*arr)[*n] = name;
    return (*n)++;
}

int unit_add_name(Unit *u, const char *name) {
    return add_str(&u->names, &u->nnames, &u->capnames, &u->name_index, name);
}

int unit_add_varname(Unit *u, const char *name) {
    return add_str(&u->varnames, &u->nvarnames, &u->capvarnames, &u->varname_index, name);
}

int emit_name(Compiler *c, int op, const char *name) {
    int i = unit_add_name(c->u, name);
    return i < 0 ? -1 : emit(c, op, i);
}

/* ---- Assembly ---- */

static int is_jump(int op) { return op < OP_COUNT && opcode_argkind[op] == ARG_JUMP; }
static int is_setup(int op) { return op == PSEUDO_SETUP || op == PSEUDO_SETUP_WITH; }
static int is_terminator(int op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE ||
           op == OP_RAISE_VARARGS;
}

static int ext_size(unsigned arg) {
    return arg <= 0xFF ? 1 : arg <= 0xFFFF ? 2 : arg <= 0xFFFFFF ? 3 : 4;
}

static int depth_mismatch(int at) {
#ifdef GP_DEBUG
    assert(!"inconsistent stack depth");
#endif
    err_format(&gp_exc_SystemError, "compiler bug: inconsistent stack depth at %d", at);
    return -1;
}

/* Fills depth[] (-1: unreachable) and returns the maximum depth, or -1 on error.
 * A handler is reachable only if some reachable instruction is covered by it; its entry
 * depth comes from its SETUP, which precedes every instruction it covers. */
static int stack_depths(Unit *u, int *depth) {
    int n = u->ninstr;
    int *work = mem_alloc((size_t)(n + 1) * sizeof *work);
    int *setup_depth = mem_alloc((size_t)(u->nlabels + 1) * sizeof *setup_depth);
    if (!work || !setup_depth) {
        mem_free(work);
        mem_free(setup_depth);
        err_no_memory();
        return -1;
    }
    int nwork = 0, maxdepth = 0, bad = -1;
    for (int i = 0; i < n; i++)
        depth[i] = -1;
    for (int i = 0; i < u->nlabels; i++)
        setup_depth[i] = -1;
    if (n > 0) {
        depth[0] = 0;
        work[nwork++] = 0;
    }
/* Gives instruction t the depth td (scheduling it), or checks it has it. */
#define REACH(t, td)                                                                              \
    do {                                                                                          \
        int t_ = (t), td_ = (td);                                                                 \
        if (t_ < 0 || t_ >= n || td_ < 0) {                                                       \
            bad = j;                                                                              \
            goto done;                                                                            \
        }                                                                                         \
        if (td_ > maxdepth)                                                                       \
            maxdepth = td_;                                                                       \
        if (depth[t_] < 0) {                                                                      \
            depth[t_] = td_;                                                                      \
            work[nwork++] = t_;                                                                   \
        } else if (depth[t_] != td_) {                                                            \
            bad = t_;                                                                             \
            goto done;                                                                            \
        }                                                                                         \
    } while (0)
    while (nwork > 0) {
        int i = work[--nwork];
        int d = depth[i];
        for (int j = i; j < n; j++) {
            if (j != i) {
                if (depth[j] >= 0) {
                    if (depth[j] != d) {
                        bad = j;
                        goto done;
                    }
                    break;
                }
                depth[j] = d;
            }
            Instr *in = &u->instrs[j];
            if (is_setup(in->op)) {
                int sd = d + (in->op == PSEUDO_SETUP ? 1 : 0);
                if (setup_depth[in->arg] >= 0 && setup_depth[in->arg] != sd) {
                    bad = j;
                    goto done;
                }
                setup_depth[in->arg] = sd;
                continue;
            }
            if (in->handler >= 0)
                REACH(u->labels[in->handler], setup_depth[in->handler]);
            if (is_jump(in->op))
                REACH(u->labels[in->arg], d + opcode_stack_effect(in->op, in->arg, 1));
            if (is_terminator(in->op))
                break;
            d += opcode_stack_effect(in->op, in->arg, 0);
            if (d < 0) {
                bad = j;
                goto done;
            }
            if (d > maxdepth)
                maxdepth = d;
        }
    }
#undef REACH
done:
    mem_free(work);
    mem_free(setup_depth);
    if (bad >= 0)
        return depth_mismatch(bad);
    return maxdepth;
}

/* LOAD_CONST x n; BUILD_TUPLE n inside one basic block → LOAD_CONST (the tuple), the new
 * constant going to the end of co_consts as in CPython's fold_tuple_on_constants (the
 * folded-away loads become PSEUDO_NOP). */
static int fold_const_tuples(Compiler *c) {
    Unit *u = c->u;
    int n = u->ninstr;
    char *target = mem_calloc((size_t)(n + 1), 1);
    if (!target) {
        err_no_memory();
        return -1;
    }
    for (int l = 0; l < u->nlabels; l++)
        if (u->labels[l] >= 0 && u->labels[l] <= n)
            target[u->labels[l]] = 1;
    int r = 0;
    for (int i = 0; i < n; i++) {
        Instr *in = &u->instrs[i];
        int k = in->arg;
        if (in->op != OP_BUILD_TUPLE || k < 0 || k > i)
            continue;
        int ok = 1;
        for (int j = i - k; j < i && ok; j++)
            if (u->instrs[j].op != OP_LOAD_CONST || (j > i - k && target[j]))
                ok = 0;
        if (!ok || target[i])
            continue;
        GpObject *t = tuple_new(k);
        if (!t) {
            r = -1;
            break;
        }
        for (int j = 0; j < k; j++)
            TUPLE_SET_ITEM(t, j, gp_newref(u->consts[u->instrs[i - k + j].arg]));
        GpObject *canon = const_tuple_steal(c, t);
        int idx = canon ? unit_add_const(u, canon) : -1;
        if (idx < 0) {
            r = -1;
            break;
        }
        for (int j = i - k; j < i; j++)
            u->instrs[j].op = PSEUDO_NOP;
        in->op = OP_LOAD_CONST;
        in->arg = idx;
    }
    mem_free(target);
    return r;
}

/* Retargets jumps whose target is an unconditional JUMP. */
static void thread_jumps(Unit *u) {
    for (int i = 0; i < u->ninstr; i++) {
        Instr *in = &u->instrs[i];
        if (!is_jump(in->op))
            continue;
        for (int guard = 0; guard < 16; guard++) {
            int t = u->labels[in->arg];
            if (t < 0 || t >= u->ninstr)
                break;
            Instr *tin = &u->instrs[t];
            if (tin->op != OP_JUMP || tin->arg == in->arg)
                break;
            in->arg = tin->arg;
        }
    }
}

static GpObject *str_tuple(const char *const *names, int n) {
    GpObject *t = tuple_new(n);
    if (!t)
        return NULL;
    for (int i = 0; i < n; i++) {
        GpObject *s = str_intern_cstr(names[i]);
        if (!s) {
            gp_decref(t);
            return NULL;
        }
        TUPLE_SET_ITEM(t, i, s);
    }
    return t;
}

static int code_flags(Unit *u) {
    if (u->kind == UNIT_MODULE || u->kind == UNIT_CLASS)
        return 0;
    int flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (u->ste->varargs)
        flags |= CO_VARARGS;
    if (u->ste->varkeywords)
        flags |= CO_VARKEYWORDS;
    if (u->ste->nested)
        flags |= CO_NESTED;
    if (u->ste->generator)
        flags |= CO_GENERATOR;
    return flags;
}

GpCode *assemble(Compiler *c) {
    Unit *u = c->u;
    int n = u->ninstr;
    GpCode *co = NULL;
    int *depth = NULL, *newidx = NULL, *size = NULL, *off = NULL;
    char *kept = NULL;
    Instr **ki = NULL;
    int nconsts = 0;

    if (fold_const_tuples(c) < 0)
        goto error;
    thread_jumps(u);
    depth = mem_alloc((size_t)(n + 1) * sizeof *depth);
    newidx = mem_alloc((size_t)(n + 1) * sizeof *newidx);
    kept = mem_alloc((size_t)(n + 1));
    if (!depth || !newidx || !kept) {
        err_no_memory();
        goto error;
    }
    int maxdepth = stack_depths(u, depth);
    if (maxdepth < 0)
        goto error;

    /* Keep reachable real instructions; then drop jumps to the next kept instruction. */
    for (int pass = 0; pass < 2; pass++) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            newidx[i] = k;
            if (pass == 0)
                kept[i] = depth[i] >= 0 && u->instrs[i].op < OP_COUNT;
            if (kept[i])
                k++;
        }
        newidx[n] = k;
        if (pass == 0) {
            int changed = 0;
            for (int i = 0; i < n; i++) {
                Instr *in = &u->instrs[i];
                if (kept[i] && in->op == OP_JUMP && newidx[u->labels[in->arg]] == newidx[i] + 1) {
                    kept[i] = 0;
                    changed = 1;
                }
            }
            if (!changed)
                break;
        }
    }
    int nk = newidx[n];

    /* Drop trailing constants no kept instruction uses (3.11's trim_unused_consts; the
     * first one stays: it may be the docstring). */
    int max_const = 0;
    for (int i = 0; i < n; i++)
        if (kept[i] && opcode_argkind[u->instrs[i].op] == ARG_CONST &&
            u->instrs[i].arg > max_const)
            max_const = u->instrs[i].arg;
    nconsts = u->nconsts < max_const + 1 ? u->nconsts : max_const + 1;

    /* Layout: sizes grow until every jump's target offset fits. */
    size = mem_alloc((size_t)(nk + 1) * sizeof *size);
    off = mem_alloc((size_t)(nk + 1) * sizeof *off);
    ki = mem_alloc((size_t)(nk + 1) * sizeof *ki);
    if (!size || !off || !ki) {
        err_no_memory();
        goto error;
    }
    for (int i = 0, k = 0; i < n; i++) {
        if (!kept[i])
            continue;
        ki[k] = &u->instrs[i];
        size[k] = is_jump(ki[k]->op) ? 1 : ext_size((unsigned)ki[k]->arg);
        k++;
    }
    for (;;) {
        int total = 0;
        for (int k = 0; k < nk; k++) {
            off[k] = total;
            total += size[k];
        }
        off[nk] = total;
        int changed = 0;
        for (int k = 0; k < nk; k++) {
            if (!is_jump(ki[k]->op))
                continue;
            int need = ext_size((unsigned)off[newidx[u->labels[ki[k]->arg]]]);
            if (need > size[k]) {
                size[k] = need;
                changed = 1;
            }
        }
        if (!changed)
            break;
    }
    int ncode = off[nk];

    co = code_alloc();
    if (!co)
        goto error;
    co->code = mem_alloc((size_t)(ncode ? ncode : 1) * sizeof(GpCodeUnit));
    co->lines = mem_alloc((size_t)(ncode ? ncode : 1) * sizeof(int32_t));
    if (!co->code || !co->lines) {
        err_no_memory();
        goto error;
    }
    co->ncode = ncode;
    int nexc = 0, capexc = 0;
    int run_handler = -1, run_start = 0;
    for (int k = 0; k <= nk; k++) {
        int h = k < nk ? ki[k]->handler : -1;
        if (h != run_handler) {
            if (run_handler >= 0) {
                int hpos = u->labels[run_handler];
                if (depth[hpos] < 1) {
                    depth_mismatch(hpos);
                    goto error;
                }
                if (grow((void **)&co->exctable, &capexc, nexc, sizeof(GpExcEntry)) < 0)
                    goto error;
                GpExcEntry *ent = &co->exctable[nexc++];
                ent->start = run_start;
                ent->end = off[k];
                ent->target = off[newidx[hpos]];
                ent->depth = depth[hpos] - 1;
                co->nexc = nexc;
            }
            run_handler = h;
            run_start = k < nk ? off[k] : 0;
        }
        if (k == nk)
            break;
        Instr *in = ki[k];
        unsigned arg = is_jump(in->op) ? (unsigned)off[newidx[u->labels[in->arg]]]
                                       : (unsigned)in->arg;
        int pos = off[k];
        for (int shift = size[k] - 1; shift > 0; shift--) {
            co->lines[pos] = in->lineno;
            co->code[pos++] = CU_MAKE(OP_EXTENDED_ARG, (arg >> (8 * shift)) & 0xFF);
        }
        co->lines[pos] = in->lineno;
        co->code[pos] = CU_MAKE(in->op, arg & 0xFF);
    }
    /* Tables of objects. */
    co->consts = tuple_new(nconsts);
    if (!co->consts)
        goto error;
    for (int i = 0; i < nconsts; i++)
        TUPLE_SET_ITEM(co->consts, i, gp_newref(u->consts[i]));
    if (!(co->names = str_tuple(u->names, u->nnames)) ||
        !(co->varnames = str_tuple(u->varnames, u->nvarnames)) ||
        !(co->cellvars = str_tuple(u->cellvars, u->ncellvars)) ||
        !(co->freevars = str_tuple(u->freevars, u->nfreevars)))
        goto error;
    int nargs = u->argcount + u->kwonlyargcount + (u->ste && u->ste->varargs ? 1 : 0) +
                (u->ste && u->ste->varkeywords ? 1 : 0);
    if (u->kind == UNIT_MODULE || u->kind == UNIT_CLASS)
        nargs = 0;
    int any = 0;
    for (int i = 0; i < u->ncellvars; i++) {
        int a = smap_get(&u->varname_index, u->cellvars[i]);
        if (a >= 0 && a < nargs)
            any = 1;
    }
    if (any) {
        co->cell2arg = mem_alloc((size_t)u->ncellvars * sizeof(int16_t));
        if (!co->cell2arg) {
            err_no_memory();
            goto error;
        }
        for (int i = 0; i < u->ncellvars; i++) {
            int a = smap_get(&u->varname_index, u->cellvars[i]);
            co->cell2arg[i] = (int16_t)(a >= 0 && a < nargs ? a : -1);
        }
    }
    co->filename = gp_newref(c->filename);
    if (!(co->name = str_intern_cstr(u->name)))
        goto error;
    co->qualname = gp_newref(u->qualname);
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->nlocals = u->nvarnames;
    co->ncellvars = u->ncellvars;
    co->nfreevars = u->nfreevars;
    co->stacksize = maxdepth;
    co->flags = code_flags(u);
    co->firstlineno = u->firstlineno;
    goto done;

error:
    if (co)
        gp_decref((GpObject *)co);
    co = NULL;
done:
    mem_free(depth);
    mem_free(newidx);
    mem_free(kept);
    mem_free(size);
    mem_free(off);
    mem_free(ki);
    return co;
}
