print({x % 7 for x in range(100)})
print({c for c in 'mississippi'})
print({(x, y) for x in range(3) for y in range(2) if x != y})
print({*range(3), *'ab', 9})
print({*[], *()})
a = [3, 1, 2]
print({*a, 0}, {1, *a})
def f():
    return {i * i for i in range(6)}
print(f())
for x in {3, 1, 2}:
    print(x, end=' ')
print()
print(5 in {1, 5, 9}, 6 not in {1, 5, 9})
