# A script that cannot be opened: python3's message with the absolute path, status 2.
$GLASSPY nope.py 2>&1 | sed "s|^.*glasspy: can't open file '/[^']*/nope\.py'|glasspy: can't open file 'DIR/nope.py'|"
$GLASSPY nope.py 2>/dev/null
echo "status $?"
$GLASSPY nope.py 2>/dev/null | wc -c
