# Ctrl-C: SIGINT raises KeyboardInterrupt in a running loop (catchable) and inside
# time.sleep; uncaught, it prints the traceback and the process dies by SIGINT (status 130).
set -m   # job control: a background job keeps SIGINT's default disposition
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/ki.py" <<'PY'
import time
print("ready", flush=True)
try:
    while True:
        pass
except KeyboardInterrupt:
    print("caught KeyboardInterrupt in a loop", flush=True)
def f():
    print("sleeping", flush=True)
    time.sleep(100)
f()
PY
cd "$dir"
$GLASSPY ki.py > out.txt 2> err.txt &
pid=$!
for i in $(seq 200); do grep -q ready out.txt && break; sleep 0.05; done
sleep 0.2
kill -INT $pid
for i in $(seq 200); do grep -q sleeping out.txt && break; sleep 0.05; done
sleep 0.3
kill -INT $pid
wait $pid 2>/dev/null
echo "status $?"
cat out.txt
sed "s|$dir/||" err.txt
$GLASSPY -c 'raise KeyboardInterrupt' 2>/dev/null &   # background: bash itself would
wait $! 2>/dev/null                                    # exit after a foreground SIGINT death
echo "raised: status $?"
$GLASSPY -c 'import sys; sys.exit(256 + 7)'
echo "sys.exit(263): status $?"
