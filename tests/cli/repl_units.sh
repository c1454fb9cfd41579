# Each REPL input is its own compiled unit: equal constants are shared within one input only.
printf 'm = 300\nn = 300\nm is n\nm = 300; n = 300\nm is n\nm = 30\nn = 30\nm is n\n' | $GLASSPY -i 2>/dev/null
