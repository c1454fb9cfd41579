# -m module: finds the module on sys.path (the current directory first) and runs it as
# __main__; packages run their __main__.py; errors as python3's (program name aside).
cd ../import/_helpers
$GLASSPY -m show_argv one two
$GLASSPY -m main_guard
$GLASSPY -m pkg_main x
out=$($GLASSPY -m no_such_module_xyz 2>&1)
echo "status $?: ${out#*: }"
out=$($GLASSPY -m pkg_all 2>&1)
echo "status $?: ${out#*: }"
out=$($GLASSPY -m gc 2>&1)
echo "status $?: ${out#*: }"
$GLASSPY -m pkg_main.runme
out=$($GLASSPY -m no_such_pkg_xyz.mod 2>&1)
echo "status $?: ${out#*: }"
out=$($GLASSPY -m mod_all.x 2>&1)
echo "status $?: ${out#*: }"
$GLASSPY -m raises_on_import >/dev/null 2>&1
echo "status $?"
