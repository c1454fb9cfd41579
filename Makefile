# glasspy — build, test and benchmark targets.
#
#   make              release build: build/glasspy
#   make debug        build/debug/glasspy (-O0, GP_DEBUG)
#   make asan         build/asan/glasspy (ASan + UBSan, GP_DEBUG), then the test suite under it
#   make test         release build, then tests/run build/glasspy
#   make test DISPATCH=switch   (or make test-switch) the same with the switch-dispatch VM,
#                     built in build/switch/
#   make run          install missing Debian packages (or say how), build, run examples/seeds.py
#   make bench        bench/run (glasspy vs python3)
#   make format       clang-format -i over src/ and include/
#   make clean
#
# Each variant keeps its objects apart (build/obj, build/debug/obj, build/asan/obj,
# build/switch/obj), with header dependencies from -MMD -MP. A variant's compiler flags are
# recorded in its object directory, so changing CFLAGS rebuilds that variant.

CC      ?= cc
SRCDIRS := src src/objects src/mem src/modules
SRCS    := $(sort $(wildcard $(addsuffix /*.c,$(SRCDIRS))))

PKG_CONFIG ?= pkg-config
EDIT_CFLAGS := $(shell $(PKG_CONFIG) --cflags libedit 2>/dev/null || echo -I/usr/include/editline)
EDIT_LIBS   := $(shell $(PKG_CONFIG) --libs libedit 2>/dev/null || echo -ledit)
GMP_CFLAGS  := $(shell $(PKG_CONFIG) --cflags gmp 2>/dev/null)
GMP_LIBS    := $(shell $(PKG_CONFIG) --libs gmp 2>/dev/null || echo -lgmp)

CPPFLAGS += -Isrc -Iinclude -D_GNU_SOURCE $(EDIT_CFLAGS) $(GMP_CFLAGS)
WARN     := -std=c11 -Wall -Wextra -Werror -fno-strict-aliasing
CFLAGS   ?= -O2 -g
LDLIBS   += $(EDIT_LIBS) $(GMP_LIBS) -lm

DEBUG_CFLAGS  := -O0 -g -DGP_DEBUG
ASAN_CFLAGS   := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
                 -fno-sanitize-recover=undefined -DGP_DEBUG
SWITCH_CFLAGS := $(CFLAGS) -DGP_SWITCH_DISPATCH

# The environment the sanitizer build's tests run in.
ASAN_ENV := ASAN_OPTIONS=allocator_may_return_null=1:detect_leaks=1 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            TEST_TIMEOUT=$${TEST_TIMEOUT:-180}

BIN        := build/glasspy
DEBUG_BIN  := build/debug/glasspy
ASAN_BIN   := build/asan/glasspy
SWITCH_BIN := build/switch/glasspy

ifeq ($(DISPATCH),switch)
TEST_BIN := $(SWITCH_BIN)
else
TEST_BIN := $(BIN)
endif

# Debian packages the build needs (make run installs them, or prints the command).
DEB_PKGS := gcc make pkg-config libgmp-dev libedit-dev

.PHONY: all debug asan test test-switch run deps bench format clean FORCE
.DEFAULT_GOAL := all

all: $(BIN)
debug: $(DEBUG_BIN)

# variant NAME, OBJDIR, BINARY, CFLAGS: objects from src/X.c go to OBJDIR/X.o.
define variant
$(1)_OBJS := $$(patsubst src/%.c,$(2)/%.o,$$(SRCS))

$(3): $$($(1)_OBJS)
	@mkdir -p $$(@D)
	$$(CC) $(4) $$(LDFLAGS) -o $$@ $$($(1)_OBJS) $$(LDLIBS)

$(2)/%.o: src/%.c $(2)/.flags
	@mkdir -p $$(@D)
	$$(CC) $$(WARN) $(4) $$(CPPFLAGS) -MMD -MP -c $$< -o $$@

# Rewritten only when the flags change, so objects rebuild exactly then.
$(2)/.flags: FORCE
	@mkdir -p $$(@D)
	@echo '$$(CC) $$(WARN) $(4) $$(CPPFLAGS)' | cmp -s - $$@ || \
	  echo '$$(CC) $$(WARN) $(4) $$(CPPFLAGS)' > $$@

-include $$($(1)_OBJS:.o=.d)
endef

$(eval $(call variant,REL,build/obj,$(BIN),$(CFLAGS)))
$(eval $(call variant,DBG,build/debug/obj,$(DEBUG_BIN),$(DEBUG_CFLAGS)))
$(eval $(call variant,ASAN,build/asan/obj,$(ASAN_BIN),$(ASAN_CFLAGS)))
$(eval $(call variant,SW,build/switch/obj,$(SWITCH_BIN),$(SWITCH_CFLAGS)))

test: $(TEST_BIN)
	tests/run $(TEST_BIN)

test-switch: $(SWITCH_BIN)
	tests/run $(SWITCH_BIN)

asan: $(ASAN_BIN)
	$(ASAN_ENV) tests/run $(ASAN_BIN)

# Checks the Debian packages first: as root it installs what is missing, otherwise it prints
# the one command to run and stops.
run: deps
	@$(MAKE) --no-print-directory $(BIN)
	$(BIN) examples/seeds.py

deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
	  echo "note: not a Debian system; make sure these are installed: $(DEB_PKGS)"; \
	  exit 0; \
	fi; \
	missing=""; \
	for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || \
	    missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "installing:$$missing"; \
	  apt-get update && apt-get install -y $$missing; \
	else \
	  echo "missing packages:$$missing; install them with:"; \
	  echo "sudo apt-get install -y$$missing"; \
	  exit 1; \
	fi

bench: $(BIN)
	bench/run

FORMAT_FILES = $(wildcard $(addsuffix /*.[ch],$(SRCDIRS)) include/*.h)
format:
	clang-format -i $(FORMAT_FILES)

clean:
	rm -rf build

FORCE:
