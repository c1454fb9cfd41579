# Generator pipeline: chained generators, a generator expression, yield from and send,
# about 2 million resumptions.
def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    yield from (x for x in it if x % 2 == 0)

def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total // count

def run(n):
    s = sum(evens(squares(numbers(n))))
    acc = averager()
    next(acc)
    last = 0
    for i in range(n // 2):
        last = acc.send(i)
    return s, last

print(run(500000))
