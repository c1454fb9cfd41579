/* sanitize.h — AddressSanitizer hooks for glasspy's own allocators (pools, int/float blocks,
 * the fixed-heap large heap): free memory is poisoned so a use after free is reported even
 * though the memory never goes back to malloc (DESIGN.md §8).
 *
 * POISON(p, n) marks [p, p+n) unaddressable, UNPOISON makes it addressable again; both
 * compile to nothing without ASan. GP_ASAN is defined in sanitizer builds (the fixed heap
 * then lies high, region.c).
 */
#ifndef GP_SANITIZE_H
#define GP_SANITIZE_H

#if defined(__SANITIZE_ADDRESS__)
#define GP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GP_ASAN 1
#endif
#endif

#ifdef GP_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#endif
