# A compound statement in the REPL ends at a blank line.
printf 'for i in range(3):\n    print(i)\n\nprint("done")\n' | $GLASSPY -i 2>/dev/null
printf 'def f(x):\n    return x * 2\n\nf(21)\nif 1:\n    y = 7\n\ny\n' | $GLASSPY -i 2>/dev/null
