# Recursive functions.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(0), fact(1), fact(5), fact(20))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    moves = hanoi(n - 1, src, via, dst, moves)
    moves += 1
    return hanoi(n - 1, via, dst, src, moves)
print(hanoi(10, 'A', 'C', 'B', 0))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def flatten(l, out):
    for x in l:
        if type(x) is list:
            flatten(x, out)
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]]], []))
def power_set_count(items):
    if not items:
        return 1
    return 2 * power_set_count(items[1:])
print(power_set_count([1, 2, 3, 4, 5]))
