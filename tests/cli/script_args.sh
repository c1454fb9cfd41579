# A script's arguments, including ones that look like options, go to sys.argv.
$GLASSPY argv.py one two 'three four'
echo "status $?"
$GLASSPY ./argv.py
$GLASSPY argv.py -c x -V
$GLASSPY "$PWD/argv.py" | sed "s|$PWD|DIR|"
