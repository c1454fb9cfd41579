# With no script, a non-tty stdin is read as a whole program (no echo of expressions).
echo 'print(5)' | $GLASSPY
echo "status $?"
printf 'x = 5\nx + 1\nprint(x * 2)\n' | $GLASSPY
$GLASSPY < argv.py
echo 'import sys; print(sys.argv)' | $GLASSPY - a b
printf 'for i in range(3):\n    print(i)\nprint("after the loop")\n' | $GLASSPY
printf '' | $GLASSPY
echo "status $?"
