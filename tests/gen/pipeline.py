def numbers(n):
    for i in range(n):
        yield i

def square(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total

print(list(running_sum(evens(square(numbers(10))))))

lines = ["a 1", "b 2", "# comment", "c 3", ""]
def parse(ls):
    for line in ls:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, num = line.split()
        yield name, int(num)
print(dict(parse(lines)))
print(sum(n for _, n in parse(lines)))
print(list(zip(numbers(3), square(numbers(5)))))
print(list(enumerate(evens(numbers(7)))))
print(list(map(str, numbers(3))), list(filter(None, numbers(4))))
print(sorted(square(numbers(5)), reverse=True))
print(min(square(x - 5 for x in range(10))))
a, b, *c = numbers(5)
print(a, b, c)
print([*numbers(3), *square(numbers(3))])
print("-".join(str(x) for x in running_sum(numbers(5))))
