# -V prints one line on stdout that starts with "glasspy ".
out=$($GLASSPY -V)
echo "status $?"
printf '%s\n' "$out" | cut -d' ' -f1
printf '%s\n' "$out" | wc -l
