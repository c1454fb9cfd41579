# Mutually recursive functions, resolved through globals at call time.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

for n in (0, 1, 10, 15, 100):
    print(n, is_even(n), is_odd(n))
