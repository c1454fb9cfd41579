# -c CODE runs CODE; sys.argv is ['-c', args...].
$GLASSPY -c 'print(1+1)'
echo "status $?"
$GLASSPY -c 'x = 6
print(x * 7)'
$GLASSPY -c 'import sys; print(sys.argv)' a b
$GLASSPY -c 'import sys; print(sys.argv)'
$GLASSPY -c 'import sys; print(sys.argv)' -c --flag
$GLASSPY -c ''
echo "status $?"
