def fail(n):
    return 10 // n
