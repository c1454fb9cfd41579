# A traceback through an imported module names the module's file and line.
cd ../import/_helpers
out=$($GLASSPY tb_main.py 2>&1)
echo "status $?"
printf '%s\n' "$out" | sed "s|$(pwd)|<dir>|" | grep -v '^ *[~^]*$'
