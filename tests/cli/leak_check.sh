# The leak check: after tear-down every object and buffer must have been freed. With
# GLASSPY_LEAKCHECK=1 (tests/run sets it; debug and sanitizer builds always check) glasspy
# reports what is left on stderr, and the runner fails any test that shows the report.
# heap._leak(obj) takes a reference that is never dropped, so obj outlives tear-down.
# (LeakSanitizer would report the leaked blocks that come from malloc: it is off for these.)
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
err=$(GLASSPY_LEAKCHECK=1 $GLASSPY -c 'import heap; heap._leak([10**6, 2.5])' 2>&1 >/dev/null)
echo "reported: $err"
err=$(GLASSPY_LEAKCHECK=1 $GLASSPY -c 'import heap; heap._leak("x" * 1000)' 2>&1 >/dev/null)
echo "reported: $err"
# Nothing to report for a program that leaks nothing, and nothing when the check is off.
err=$(GLASSPY_LEAKCHECK=1 $GLASSPY -c 'l = [10**6, 2.5, "x" * 1000, {1: 2}]' 2>&1 >/dev/null)
echo "clean program: [$err]"
err=$(GLASSPY_LEAKCHECK=0 $GLASSPY -c 'import heap; heap._leak([10**6])' 2>&1 >/dev/null)
echo "check off: [$err]"
# -X showrefcount reports even when nothing is left.
$GLASSPY -X showrefcount -c 'pass' 2>&1
