# sys.tracebacklimit trims an uncaught exception's traceback to its innermost entries
# (none, and no header, for 0 or less), as CPython's printer does.
for limit in 1 2 0 -1; do
    echo "limit $limit:"
    $GLASSPY -c "import sys
sys.tracebacklimit = $limit
def inner(): raise ValueError('deep')
def outer(): inner()
outer()" 2>&1
done
