# When stdin is not a terminal the prompts ">>> " and "... " go to stderr; a newline at EOF.
# (Anything printed before the first prompt, such as a banner, is ignored.)
printf 'x = 1\nif x:\n    print("yes")\n\n' | $GLASSPY -i 2>/dev/null
printf 'x = 1\nif x:\n    print("yes")\n\n' | $GLASSPY -i 2>&1 >/dev/null | sed -n '/>>> /,$p'
