# An uncaught exception: CPython's traceback on stderr (without 3.11's ^^^ marker lines), status 1.
$GLASSPY zerodiv.py 2>/dev/null
echo "status $?"
$GLASSPY zerodiv.py 2>&1 >/dev/null | sed 's|File "/[^"]*/zerodiv\.py"|File "zerodiv.py"|'
$GLASSPY tb_func.py 2>&1 >/dev/null | sed 's|File "/[^"]*/tb_func\.py"|File "tb_func.py"|'
$GLASSPY tb_func.py 2>/dev/null
echo "status $?"
$GLASSPY -c 'print(undefined_name)' 2>&1
echo "status $?"
