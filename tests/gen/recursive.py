def tree_walk(t):
    if isinstance(t, list):
        for sub in t:
            yield from tree_walk(sub)
    else:
        yield t

print(list(tree_walk([1, [2, [3, [4, 5]], 6], [[7]]])))

def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest
print(list(perms([1, 2, 3])))
print(sum(1 for _ in perms(list(range(5)))))

def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)
print(list(countdown(50)))

def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(len(list(hanoi(6, "A", "B", "C"))), list(hanoi(2, "A", "B", "C")))
