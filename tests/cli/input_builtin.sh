# input() reads a line from stdin; its prompt goes to stdout; EOF raises EOFError.
printf 'Alice\n' | $GLASSPY -c 'name = input("Name: "); print("Hello", name)'
printf '3\n4\n' | $GLASSPY -c 'a = int(input()); b = int(input()); print(a + b)'
printf 'no newline at end' | $GLASSPY -c 'print(repr(input()))'
printf '  spaced  \n\n' | $GLASSPY -c 'print(repr(input())); print(repr(input()))'
$GLASSPY -c 'input()' </dev/null 2>&1
echo "status $?"
