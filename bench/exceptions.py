# Raising and catching: 300,000 exceptions caught in the raising frame, 300,000 caught one
# call up, and 100,000 that unwind through three frames.
def same_frame(n):
    caught = 0
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError:
            caught += 1
    return caught

def fail(i):
    raise KeyError(i)

def one_up(n):
    caught = 0
    for i in range(n):
        try:
            fail(i)
        except KeyError as e:
            caught += e.args[0] & 1
    return caught

def deep(k):
    if k == 0:
        return {}[k]
    return deep(k - 1)

def through(n):
    caught = 0
    for i in range(n):
        try:
            deep(3)
        except LookupError:
            caught += 1
    return caught

print(same_frame(300000), one_up(300000), through(100000))
