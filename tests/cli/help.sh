# -h prints a usage text on stdout, first word "usage:", and exits 0.
out=$($GLASSPY -h)
echo "status $?"
printf '%s\n' "$out" | head -n 1 | cut -d' ' -f1
