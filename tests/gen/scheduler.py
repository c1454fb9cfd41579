# A tiny cooperative scheduler: tasks are generators that yield system calls.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

class Spawn:
    def __init__(self, gen):
        self.gen = gen

def run(main):
    ready = [(main, None)]
    sleeping = []
    tick = 0
    log = []
    while ready or sleeping:
        if not ready:
            tick += 1
            still = []
            for when, task in sleeping:
                if when <= tick:
                    ready.append((task, None))
                else:
                    still.append((when, task))
            sleeping = still
            continue
        task, value = ready.pop(0)
        try:
            call = task.send(value)
        except StopIteration as e:
            log.append((task.__name__, "returned", e.value))
            continue
        except Exception as e:
            log.append((task.__name__, "failed", repr(e)))
            continue
        if isinstance(call, Sleep):
            sleeping.append((tick + call.ticks, task))
        elif isinstance(call, Spawn):
            ready.append((call.gen, None))
            ready.append((task, call.gen.__name__))
        else:
            ready.append((task, call))
    return log

def worker(name, n):
    total = 0
    for i in range(n):
        print(name, "step", i)
        yield Sleep(i)
        total += i
    return total

def crasher():
    yield Sleep(1)
    raise ValueError("crash")

def main():
    child = yield Spawn(worker("w1", 3))
    print("spawned", child)
    yield Spawn(worker("w2", 2))
    yield Spawn(crasher())
    echoed = yield "ping"
    print("echo", echoed)
    return "main done"

for entry in run(main()):
    print(entry)

def coroutine(func):
    def start(*args):
        g = func(*args)
        next(g)
        return g
    return start

@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count

a = averager()
print(a.send(10), a.send(30), a.send(5))
