# exit() and sys.exit() leave the REPL; EOF leaves it with status 0.
printf 'print(1)\nexit()\nprint(2)\n' | $GLASSPY -i 2>/dev/null
echo "status $?"
printf 'exit(4)\nprint(2)\n' | $GLASSPY -i 2>/dev/null
echo "status $?"
printf 'import sys\nsys.exit(7)\n' | $GLASSPY -i 2>/dev/null
echo "status $?"
printf 'print(3)\n' | $GLASSPY -i 2>/dev/null
echo "status $?"
