# An unknown option: "Unknown option: -Z", then a usage line, on stderr; status 2.
$GLASSPY -Z 2>&1 | head -n 1
$GLASSPY -Z 2>&1 | sed -n 2p | cut -d' ' -f1
$GLASSPY -Z >/dev/null 2>&1
echo "status $?"
$GLASSPY -Z 2>/dev/null | wc -c
