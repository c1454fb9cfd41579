# An error in the REPL prints a traceback (File "<stdin>", line 1) and the REPL carries on.
printf '1/0\nprint("after")\nx = = 1\nundefined\nprint("end")\n' | $GLASSPY -i 2>/dev/null
echo "status $?"
printf '1/0\nprint("after")\nx = = 1\nundefined\n' | $GLASSPY -i 2>&1 >/dev/null | sed -n '/>>> /,$p'
