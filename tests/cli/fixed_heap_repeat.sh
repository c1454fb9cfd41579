# --fixed-heap (DESIGN §2.4): every object from the allocator has the same id from run to
# run — int and float blocks, pools and large objects alike — with the flag or with
# GLASSPY_FIXED_HEAP=1, and objects made from the environment (the script's path, sys.argv,
# sys.path) do not move anything: a longer path and another directory give the same ids.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
long="$tmp/a-much-longer-directory-name-than-before/and/one/more/level"
mkdir -p "$long"
cp fixed_heap_ids.py "$long/"
$GLASSPY --fixed-heap fixed_heap_ids.py arg > "$tmp/1"
$GLASSPY --fixed-heap fixed_heap_ids.py arg > "$tmp/2"
GLASSPY_FIXED_HEAP=1 $GLASSPY fixed_heap_ids.py arg > "$tmp/3"
(cd "$tmp" && EXTRA_ENV_VARIABLE=$long $GLASSPY --fixed-heap "$long/fixed_heap_ids.py" arg) > "$tmp/4"
cmp -s "$tmp/1" "$tmp/2" && echo 'run twice: identical'
cmp -s "$tmp/1" "$tmp/3" && echo 'GLASSPY_FIXED_HEAP=1: identical'
cmp -s "$tmp/1" "$tmp/4" && echo 'another directory and a longer path: identical'
wc -l < "$tmp/1"
tail -n 2 "$tmp/1"
# Without the flag the region is wherever the kernel puts it.
env -u GLASSPY_FIXED_HEAP $GLASSPY fixed_heap_ids.py | tail -n 2
