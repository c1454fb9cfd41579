# The REPL keeps `_` alive (DESIGN §2.2): the last echoed value holds its slot until the next
# echo replaces it, and is freed then (its slot is the next one handed out).
printf 'n = 10**6\nn + 1\na = id(_)\nn + 2\nid(_) == a\nn + 3\nb = id(_)\nn + 4\nc = n + 5\nid(c) == b\n' |
    $GLASSPY -i 2>/dev/null
