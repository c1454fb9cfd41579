/* interp.h — the interpreter state: everything mutable glasspy has lives in one GpInterp,
 * reached through gp_interp (the current interpreter), so an embedder can create and tear
 * down interpreters and every object is freed at exit.
 *
 * Start-up order (interp.c), which the seed object model depends on:
 *   allocator and int/float regions → the small-int cache (-5..256, the very first ints)
 *   → built-in types readied → empty tuple / str, interned ids → exceptions → builtins
 *   module → sys module → __main__.
 * Tear-down runs it backwards and, in debug builds, reports live objects (leaks).
 */
#ifndef GP_INTERP_H
#define GP_INTERP_H

#include <stdint.h>

#include "mem/alloc.h"
#include "object.h"

#define SMALL_INT_MIN (-5)
#define SMALL_INT_MAX 256
#define SMALL_INT_COUNT (SMALL_INT_MAX - SMALL_INT_MIN + 1)

typedef struct GpIds {
#define ID(name) GpObject *name;
#include "ids.def"
#undef ID
} GpIds;

typedef struct GpFrame GpFrame;     /* vm: one activation */

/* The handled exception of a running generator's resumer, set aside while the generator's
 * own is current (objects/gen.c); the links live on the C stack, innermost first. */
typedef struct GpExcLink {
    GpObject *exc;                  /* owned, or NULL */
    struct GpExcLink *prev;
} GpExcLink;

typedef struct GpInterp {
    /* errors.c */
    GpObject *exc;                  /* the pending exception, or NULL */
    GpObject *handled_exc;          /* the exception being handled (sys.exc_info()), or NULL */
    GpExcLink *exc_outer;           /* gen.c: resumers' handled exceptions (see interp_handled_exc) */

    /* interp.c: shared objects */
    GpObject *small_ints[SMALL_INT_COUNT];  /* -5..256, allocated first, kept to the end */
    GpObject *empty_tuple;
    GpObject *empty_str;
    GpObject *char_cache[256];      /* one-character strs for U+0000..U+00FF, made lazily */
    GpObject *bytes_cache[257];     /* bytes.c: b'' at [256], one-byte bytes at [0..255], lazily */
    GpObject *interned;             /* dict: str → the same str */
    GpIds ids;
    GpObject *builtins;             /* the builtins module's dict */
    GpObject *builtins_module;
    GpObject *modules;              /* sys.modules */
    GpObject *sys_module;
    GpObject *main_module;

    /* mem/ */
    MemStats mem;
    void *intblock_state;           /* owned by intblock.c */
    void *heap;                     /* owned by alloc.c: the region, pools, large lists */
    int leak_check;                 /* report leaks at exit (debug builds, GLASSPY_LEAKCHECK=1);
                                       2: report even none (-X showrefcount) */

    /* str.c: SipHash-1-3 key (PYTHONHASHSEED) */
    uint64_t hash_k0, hash_k1;

    /* vm */
    GpFrame *frame;                 /* the innermost running frame, or NULL */
    void *frame_chunks;             /* owned by frame.c: the frame stack allocator */
    int recursion_depth;            /* Python calls and C recursion guards */
    int recursion_limit;            /* sys.getrecursionlimit(), default 1000 */
    int recursion_headroom;         /* set while raising RecursionError past the limit */
    int repr_depth;
    GpObject *repr_active;          /* list of objects being repr'd (for [...]), or NULL */

    /* sys */
    GpObject *argv;                 /* list of str */
    int int_max_str_digits;         /* 0: no limit (glasspy's default) */
    int interactive;                /* running the REPL */
    const char *progname;           /* argv[0] of the process, for messages */

    /* runtime: */
    GpObject *memory_error;         /* preallocated MemoryError (err_no_memory never allocates) */
    GpObject *std_in, *std_out, *std_err;   /* the original sys.__stdin__/__stdout__/__stderr__ */
    int fixed_heap;                 /* --fixed-heap or GLASSPY_FIXED_HEAP=1 (allocator, issue 5) */
    int unbuffered;                 /* -u: stdout/stderr write through */
    int inspect;                    /* -i: the REPL follows the script */
    int exit_code;                  /* set by run.c when SystemExit ends the program */

    /* vm: */
    uintptr_t c_stack_limit;        /* frame.c: lowest C stack address at which the eval loop may be
                                       re-entered (0: not measured yet) */
    void *global_cache;             /* vm.c: LOAD_GLOBAL's lookup cache (no references held), or NULL */
    void *attr_cache;               /* vm.c: LOAD_ATTR/STORE_ATTR's instance-dict hints (no
                                       references held), or NULL */

    /* containers: */
    GpObject **trash;               /* list.c trashcan: deallocations deferred to bound C
                                       recursion when freeing deep chains (LIFO) */
    intptr_t trash_len, trash_cap;
    int trash_depth;                /* nesting of container deallocs in progress */
    int containers_fixed;           /* dict_init has installed dict.fromkeys, str.maketrans */
    GpObject *str_pos_str;          /* str.c: the last non-ASCII str indexed (not a reference; */
    intptr_t str_pos_index;         /*   cleared when it is freed), a code point index in it, */
    intptr_t str_pos_offset;        /*   and that index's byte offset */

    /* classes: */
    void *heap_types;               /* type.c: the live heap types (GpHeapType list; not
                                       references) */
    void *side_dicts;               /* type.c: instance dicts of str/int/tuple/bytes
                                       subclasses (a table keyed by address), or NULL */
    void *type_cache;               /* type.c: type_lookup's cache (TypeCacheEntry[]), or NULL */
    uint64_t next_type_version;     /* type.c: the next attribute-cache tag to hand out */

    /* modules+gc: */
    struct GcState *gc;             /* mem/gc.c: the cycle collector's state (allocated on
                                       first use, freed by gc_fini), or NULL */
    void *import_initializing;      /* import.c: the modules whose code is running (a stack
                                       of records on the C stack; no references) */
    GpObject **dying_modules;       /* interp.c: during tear-down, the modules that left
                                       sys.modules (not references: a dying module NULLs
                                       its slot, interp_forget_module), else NULL */
    intptr_t ndying_modules;        /* interp.c: the length of dying_modules */
} GpInterp;

extern GpInterp *gp_interp;

/* The exception being handled as sys.exc_info(), implicit chaining and a bare `raise` see
 * it: handled_exc, else the innermost resumer's of a running generator that has none of its
 * own (CPython's _PyErr_GetTopmostException). Borrowed, or NULL. */
static inline GpObject *interp_handled_exc(void) {
    GpObject *e = gp_interp->handled_exc;
    for (GpExcLink *l = gp_interp->exc_outer; (!e || e == GP_NONE) && l; l = l->prev)
        e = l->exc;
    return e == GP_NONE ? NULL : e;
}

#define GP_ID(name) (gp_interp->ids.name)

/* Creates and starts an interpreter and makes it current. Returns NULL on failure (a
 * message is printed). argv: sys.argv items. */
GpInterp *interp_new(int argc, char **argv);

/* runtime: start-up options known before the interpreter exists (main.c). */
typedef struct GpConfig {
    int fixed_heap;          /* also GLASSPY_FIXED_HEAP=1 */
    int unbuffered;          /* -u */
    int inspect;             /* -i */
    int interactive;         /* the REPL runs (prompts, exit/quit reprs) */
    int ignore_env;          /* -E / -I: PYTHON* variables are ignored */
    const char *path0;       /* sys.path[0]: the script's directory, or "" */
} GpConfig;
/* interp_new with options; cfg may be NULL (defaults). */
GpInterp *interp_new_config(int argc, char **argv, const GpConfig *cfg);
/* Frees every object and the interpreter. Returns the number of objects still live
 * (leaks), which debug builds report and tests require to be 0. */
intptr_t interp_free(GpInterp *interp);
/* module_dealloc during tear-down: m is gone, drop it from gp_interp->dying_modules. */
void interp_forget_module(GpObject *m);

/* The built-in C modules (sys, builtins, later math/gc/heap): import by name.
 * Returns a new reference to the module, or NULL with ModuleNotFoundError
 * ("No module named 'x'"). Caches in sys.modules. */
GpObject *import_module(GpObject *name);

#endif
