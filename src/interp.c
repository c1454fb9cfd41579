/* interp.c — the interpreter state: start-up in the order the object model needs,
 * tear-down that frees every object and counts leaks, PYTHONHASHSEED, and importing the
 * built-in C modules.
 *
 * Invariants:
 * - Start-up order (interp.h): hash key → int/float regions → the small-int cache (the
 *   very first ints) → empty str/tuple and interned ids → every built-in type readied →
 *   exceptions → builtins → sys → __main__. type_ready needs the ids (__doc__), so they
 *   come before the types.
 * - Tear-down clears __main__, then the other modules, then sys and builtins (breaking the
 *   module ↔ function cycles), then drops the shared objects in reverse start-up order.
 *   Whatever is still live afterwards is a leak.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "interp.h"
#include "mem/gc.h"

#include "builtins.h"
#include "code.h"
#include "errors.h"
#include "frame.h"
#include "mem/intblock.h"
#include "modules/heap.h"
#include "modules/sys.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/genericalias.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

GpInterp *gp_interp;

/* Every static built-in type except the exceptions (exception.c readies those), in an
 * order where a base comes before its subclasses (type_ready readies bases anyway). */
static GpType *const builtin_types[] = {
    &gp_type_object,
    &gp_type_type,
    &gp_type_int,
    &gp_type_bool,
    &gp_type_float,
    &gp_type_none,
    &gp_type_notimpl,
    &gp_type_ellipsis,
    &gp_type_str,
    &gp_type_str_iterator,
    &gp_type_str_ascii_iterator,
    &gp_type_tuple,
    &gp_type_tuple_iterator,
    &gp_type_list,
    &gp_type_list_iterator,
    &gp_type_list_reverseiterator,
    &gp_type_dict,
    &gp_type_dict_keys,
    &gp_type_dict_values,
    &gp_type_dict_items,
    &gp_type_dict_keyiterator,
    &gp_type_dict_valueiterator,
    &gp_type_dict_itemiterator,
    &gp_type_dict_reversekeyiterator,
    &gp_type_dict_reversevalueiterator,
    &gp_type_dict_reverseitemiterator,
    &gp_type_set,
    &gp_type_frozenset,
    &gp_type_set_iterator,
    &gp_type_bytes,
    &gp_type_bytes_iterator,
    &gp_type_bytearray,
    &gp_type_bytearray_iterator,
    &gp_type_range,
    &gp_type_range_iterator,
    &gp_type_longrange_iterator,
    &gp_type_slice,
    &gp_type_generic_alias,
    &gp_type_union,
    &gp_type_seqiter,
    &gp_type_enumerate,
    &gp_type_zip,
    &gp_type_map,
    &gp_type_filter,
    &gp_type_reversed,
    &gp_type_callable_iterator,
    &gp_type_generator,
    &gp_type_module,
    &gp_type_function,
    &gp_type_cell,
    &gp_type_slot_wrapper,      /* classes */
    &gp_type_method_wrapper,
    &gp_type_property,
    &gp_type_staticmethod,
    &gp_type_classmethod,
    &gp_type_super,
    &gp_type_member_descr,
    &gp_type_mappingproxy,
    &gp_type_method,
    &gp_type_cfunction,
    &gp_type_method_descr,
    &gp_type_getset_descr,
    &gp_type_code,
    &gp_type_file,
    &gp_type_quitter,
    NULL,
};

/* ---- PYTHONHASHSEED ---- */

/* CPython's lcg_urandom: the secret for an integer PYTHONHASHSEED. */
static void lcg_fill(uint32_t x, unsigned char *buf, size_t n) {
    for (size_t i = 0; i < n; i++) {
        x = x * 214013u + 2531011u;
        buf[i] = (unsigned char)((x >> 16) & 0xff);
    }
}

static uint64_t le64(const unsigned char *b) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | b[i];
    return v;
}

/* Sets gp_interp->hash_k0/k1. 0, or -1 after printing CPython's fatal message. Under
 * --fixed-heap an unset PYTHONHASHSEED means 0, so that set and dict order, and with it
 * everything a program allocates, is the same from run to run. */
static int set_hash_key(int ignore_env, int fixed_heap) {
    const char *s = ignore_env ? NULL : getenv("PYTHONHASHSEED");
    unsigned char secret[16];
    if (fixed_heap && (!s || !*s))
        s = "0";
    if (!s || !*s || strcmp(s, "random") == 0) {
        size_t got = 0;
        while (got < sizeof secret) {
            ssize_t r = getrandom(secret + got, sizeof secret - got, 0);
            if (r < 0) {
                if (errno == EINTR)
                    continue;
                fprintf(stderr, "Fatal Python error: failed to get random numbers to "
                                "initialize Python\n");
                return -1;
            }
            got += (size_t)r;
        }
    } else {
        char *end;
        errno = 0;
        unsigned long seed = strtoul(s, &end, 10);
        if (*end != '\0' || seed > 4294967295UL || errno == ERANGE || s[0] == '-') {
            fprintf(stderr, "Fatal Python error: PYTHONHASHSEED must be \"random\" or an "
                            "integer in range [0; 4294967295]\n");
            return -1;
        }
        if (seed == 0) {
            /* CPython disables randomisation: the key is all zeros. */
            memset(secret, 0, sizeof secret);
        } else {
            lcg_fill((uint32_t)seed, secret, sizeof secret);
        }
    }
    gp_interp->hash_k0 = le64(secret);
    gp_interp->hash_k1 = le64(secret + 8);
    return 0;
}

/* ---- Start-up ---- */

static int init_ids(void) {
#define ID(name)                                                                                   \
    if (!(gp_interp->ids.name = str_intern_cstr(#name)))                                           \
        return -1;
#include "ids.def"
#undef ID
    return 0;
}

static void fini_ids(void) {
#define ID(name) GP_CLEAR(gp_interp->ids.name);
#include "ids.def"
#undef ID
}

/* sys.argv, allocated outside the heap: its length must not move other objects. */
static int init_argv(int argc, char **argv) {
    alloc_outside_begin();
    GpObject *lst = list_new(0);
    int r = lst ? 0 : -1;
    gp_interp->argv = lst;
    for (int i = 0; i < argc && r == 0; i++) {
        GpObject *s = str_decode_utf8(argv[i], (intptr_t)strlen(argv[i]));
        if (!s || list_append_steal(lst, s) < 0)
            r = -1;
    }
    alloc_outside_end();
    return r;
}

static int init_main(void) {
    GpObject *m = module_new("__main__");
    if (!m)
        return -1;
    gp_interp->main_module = m;
    if (dict_setitem(MODULE_DICT(m), GP_ID(__builtins__), gp_interp->builtins_module) < 0)
        return -1;
    /* CPython's __main__ starts with an empty __annotations__. */
    GpObject *ann = dict_new();
    if (!ann)
        return -1;
    int ra = dict_setitem(MODULE_DICT(m), GP_ID(__annotations__), ann);
    gp_decref(ann);
    if (ra < 0)
        return -1;
    if (dict_setitem(gp_interp->modules, GP_ID(__main__), m) < 0)
        return -1;
    GpObject *name = str_from_cstr("builtins");
    if (!name)
        return -1;
    int r = dict_setitem(gp_interp->modules, name, gp_interp->builtins_module);
    gp_decref(name);
    return r;
}

GpInterp *interp_new_config(int argc, char **argv, const GpConfig *cfg) {
    static const GpConfig defaults = {0, 0, 0, 0, 0, ""};
    if (!cfg)
        cfg = &defaults;
    GpInterp *in = calloc(1, sizeof *in);
    if (!in) {
        fprintf(stderr, "glasspy: out of memory at start-up\n");
        return NULL;
    }
    gp_interp = in;
    in->recursion_limit = 1000;
    in->int_max_str_digits = 0;
    in->unbuffered = cfg->unbuffered;
    in->inspect = cfg->inspect;
    in->interactive = cfg->interactive;
    in->progname = argc > 0 ? argv[0] : "glasspy";
    const char *fh = cfg->ignore_env ? NULL : getenv("GLASSPY_FIXED_HEAP");
    in->fixed_heap = cfg->fixed_heap || (fh && strcmp(fh, "1") == 0);
#ifdef GP_DEBUG
    in->leak_check = 1;
#endif
    const char *lc = cfg->ignore_env ? NULL : getenv("GLASSPY_LEAKCHECK");
    if (lc && *lc)
        in->leak_check = strcmp(lc, "0") != 0;
    if (set_hash_key(cfg->ignore_env, in->fixed_heap) < 0) {
        free(in);
        gp_interp = NULL;
        return NULL;
    }
    /* The region, the pools and the int/float blocks (--fixed-heap: at the fixed address),
     * before any object exists. */
    if (alloc_init(in->fixed_heap) < 0) {
        free(in);
        gp_interp = NULL;
        return NULL;
    }
    /* The small-int cache must be the first ints allocated (DESIGN.md §2.3). */
    if (int_init_small_cache() < 0)
        goto error;
    if (str_init() < 0 || tuple_init() < 0 || init_ids() < 0)
        goto error;
    for (GpType *const *t = builtin_types; *t; t++)
        if (type_ready(*t) < 0)
            goto error;
    if (exceptions_init() < 0)
        goto error;
    in->modules = dict_new();
    if (!in->modules || init_argv(argc, argv) < 0)
        goto error;
    if (builtins_init() < 0 || sys_init(cfg->path0) < 0 || init_main() < 0)
        goto error;
    return in;
error:
    fprintf(stderr, "glasspy: start-up failed\n");
    if (in->exc) {
        GpObject *e = err_fetch();
        GpObject *s = EXC_CHECK(e) ? obj_str(e) : NULL;
        fprintf(stderr, "%s: %s\n", GP_TYPE(e)->name, s ? str_cstr(s) : "");
        gp_xdecref(s);
        gp_decref(e);
        err_clear();
    }
    interp_free(in);
    return NULL;
}

GpInterp *interp_new(int argc, char **argv) {
    return interp_new_config(argc, argv, NULL);
}

/* ---- Tear-down ---- */

static void clear_module_dict(GpObject *m) {
    if (m && MODULE_CHECK(m) && MODULE_DICT(m))
        dict_clear(MODULE_DICT(m));
}

void interp_forget_module(GpObject *m) {
    for (intptr_t i = 0; i < gp_interp->ndying_modules; i++)
        if (gp_interp->dying_modules[i] == m)
            gp_interp->dying_modules[i] = NULL;
}

/* Ends the modules as CPython's finalize_modules does: they all leave sys.modules, and a
 * collection then finalizes and frees those that only cycles keep alive (a module's
 * namespace is held by its functions) with every namespace still intact, so a __del__ at
 * exit sees its globals. The namespaces of the modules still alive after that are
 * cleared, __main__ first, sys and builtins last. */
static void clear_modules(void) {
    GpInterp *in = gp_interp;
    intptr_t n = 0;
    GpObject **mods = NULL;   /* weak: a module that dies NULLs its slot */
    if (in->modules && dict_size(in->modules) > 0 &&
        (mods = mem_alloc(sizeof(GpObject *) * (size_t)(dict_size(in->modules) + 1)))) {
        intptr_t pos = 0;
        GpObject *k, *v;
        if (in->main_module)
            mods[n++] = in->main_module;
        while (dict_next(in->modules, &pos, &k, &v))
            if (MODULE_CHECK(v) && v != in->main_module && v != in->sys_module &&
                v != in->builtins_module)
                mods[n++] = v;
        in->dying_modules = mods;
        in->ndying_modules = n;
    }
    err_clear();
    if (in->modules)
        dict_clear(in->modules);
    GP_CLEAR(in->main_module);
    gc_collect();
    err_clear();
    for (intptr_t i = 0; i < n; i++) {
        GpObject *m = mods[i];
        if (m) {
            gp_incref(m);
            clear_module_dict(m);
            gp_decref(m);
        }
    }
    in->dying_modules = NULL;
    in->ndying_modules = 0;
    mem_free(mods);
    err_clear();
    clear_module_dict(in->sys_module);
    clear_module_dict(in->builtins_module);
}

intptr_t interp_free(GpInterp *in) {
    if (!in)
        return 0;
    gp_interp = in;
    file_flush_std();
    err_clear();
    GP_CLEAR(in->handled_exc);
    if (in->memory_error) {
        /* The preallocated MemoryError keeps its last traceback (frames, so namespaces)
         * until it is raised again: let go of it now. */
        GpException *pre = (GpException *)in->memory_error;
        GP_CLEAR(pre->traceback);
        GP_CLEAR(pre->context);
        GP_CLEAR(pre->cause);
    }
    clear_modules();   /* its collection also finalizes the garbage made before exit */
    err_clear();
    GP_CLEAR(in->modules);
    GP_CLEAR(in->argv);
    in->builtins = NULL;
    GP_CLEAR(in->builtins_module);
    sys_fini();
    GP_CLEAR(in->sys_module);
    GP_CLEAR(in->repr_active);
    err_clear();
    gc_fini(); /* the cycles left once the modules are cleared */
    exceptions_fini();
    intptr_t n = 0;
    while (builtin_types[n])
        n++;
    while (n-- > 0)
        type_fini(builtin_types[n]);
    type_cache_fini();
    fini_ids();
    str_fini();
    GP_CLEAR(in->empty_str);
    GP_CLEAR(in->empty_tuple);
    for (int i = 0; i < 256; i++)
        GP_CLEAR(in->char_cache[i]);
    for (int i = 0; i < 257; i++)
        GP_CLEAR(in->bytes_cache[i]);
    int_fini_small_cache();
    frame_fini();
    intptr_t leaks = in->mem.live_objects + intblock_live_ints() + intblock_live_floats();
    if (in->leak_check && (leaks || in->mem.live_buffers))
        fprintf(stderr, "[glasspy: %ld objects leaked, %ld buffers (%ld bytes) not freed]\n",
                (long)leaks, (long)in->mem.live_buffers, (long)in->mem.live_buffer_bytes);
    else if (in->leak_check == 2)
        fprintf(stderr, "[glasspy: 0 objects, 0 buffers live after tear-down]\n");
    alloc_fini();
    free(in);
    gp_interp = NULL;
    return leaks;
}

/* ---- Imports: import_module and the table of built-in C modules are in import.c ---- */
