# In sanitizer builds the free slots of the int and float blocks and of the pools, and freed
# large blocks, are poisoned, so reading freed memory is reported although it never goes
# back to malloc (DESIGN §8). heap._touch_freed(kind) (sanitizer builds only) frees a fresh
# object or buffer of that kind and reads it. Release builds poison nothing: there the
# expected lines are printed as they are, the check runs under `make asan`.
kinds="int float object buffer large"
if grep -aq __asan_init "$GLASSPY"; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    check() {
        # A fresh ASAN_OPTIONS: the report goes to stderr, not to the runner's log.
        ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 $GLASSPY "$@" >/dev/null 2>"$tmp/err"
        if grep -qE 'AddressSanitizer: (use-after-poison|heap-use-after-free)' "$tmp/err"; then
            echo caught
        else
            echo NOT caught
        fi
    }
    for k in $kinds; do
        echo "$k: $(check -c "import heap; heap._touch_freed('$k')")"
    done
    echo "large, --fixed-heap: $(check --fixed-heap -c "import heap; heap._touch_freed('large')")"
else
    for k in $kinds; do
        echo "$k: caught"
    done
    echo "large, --fixed-heap: caught"
fi
