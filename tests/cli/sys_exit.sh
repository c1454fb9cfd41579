# sys.exit: an int is the exit status, None is 0, a string is printed on stderr with status 1.
$GLASSPY -c 'import sys; sys.exit(3)'
echo "status $?"
$GLASSPY -c 'import sys; sys.exit()'
echo "status $?"
$GLASSPY -c 'import sys; sys.exit(0)'
echo "status $?"
$GLASSPY -c 'import sys; sys.exit(None)'
echo "status $?"
$GLASSPY -c 'import sys; print("before"); sys.exit(5); print("after")'
echo "status $?"
$GLASSPY -c 'import sys; sys.exit("message")' 2>&1
echo "status $?"
$GLASSPY -c 'import sys
def f():
    try:
        sys.exit(4)
    finally:
        print("finally runs")
f()'
echo "status $?"
