# Syntax errors: file, line, the source line, a caret, the message; nothing runs; status 1.
$GLASSPY syn_unclosed.py 2>&1 | sed 's|File "/[^"]*/syn_unclosed\.py"|File "syn_unclosed.py"|'
echo "status ${PIPESTATUS[0]}"
$GLASSPY syn_late.py 2>&1 | sed 's|File "/[^"]*/syn_late\.py"|File "syn_late.py"|'
echo "status ${PIPESTATUS[0]}"
$GLASSPY -c 'x = = 1' 2>&1
echo "status $?"
