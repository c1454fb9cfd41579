# The REPL (-i) echoes the repr of expression statements (not None) and binds _.
printf 'x = 5\nx + 1\n_\n' | $GLASSPY -i 2>/dev/null
echo "status $?"
printf '"abc"\nNone\n1, 2\n[1, "a"]\nprint("printed")\n5\nNone\n_\n' | $GLASSPY -i 2>/dev/null
