# Cooperative multitasking: generator-based tasks, a round-robin scheduler with sleeping,
# message channels, task cancellation via throw()/close(), and return values via StopIteration.


class Cancelled(Exception):
    pass


class SysCall:
    def handle(self, sched, task):
        raise NotImplementedError(type(self).__name__)


class Sleep(SysCall):
    def __init__(self, ticks):
        self.ticks = ticks

    def handle(self, sched, task):
        sched.sleeping.append((sched.clock + self.ticks, task.tid, task))
        sched.sleeping.sort(key=lambda e: (e[0], e[1]))


class Spawn(SysCall):
    def __init__(self, gen, name):
        self.gen, self.name = gen, name

    def handle(self, sched, task):
        child = sched.spawn(self.gen, self.name)
        task.value = child.tid
        sched.ready.append(task)


class Join(SysCall):
    def __init__(self, tid):
        self.tid = tid

    def handle(self, sched, task):
        target = sched.tasks.get(self.tid)
        if target is None:
            task.value = sched.results.get(self.tid)
            sched.ready.append(task)
        else:
            target.joiners.append(task)


class Cancel(SysCall):
    def __init__(self, tid):
        self.tid = tid

    def handle(self, sched, task):
        target = sched.tasks.get(self.tid)
        task.value = target is not None
        if target:
            target.pending_exc = Cancelled(f"task {self.tid} cancelled by {task.tid}")
            if target not in sched.ready:
                sched.sleeping = [e for e in sched.sleeping if e[2] is not target]
                for ch in sched.channels:
                    if target in ch.waiting:
                        ch.waiting.remove(target)
                sched.ready.append(target)
        sched.ready.append(task)


class Channel:
    def __init__(self, name):
        self.name = name
        self.items = []
        self.waiting = []

    def put(self, item):
        return _Put(self, item)

    def get(self):
        return _Get(self)


class _Put(SysCall):
    def __init__(self, ch, item):
        self.ch, self.item = ch, item

    def handle(self, sched, task):
        self.ch.items.append(self.item)
        if self.ch.waiting:
            waiter = self.ch.waiting.pop(0)
            waiter.value = self.ch.items.pop(0)
            sched.ready.append(waiter)
        sched.ready.append(task)


class _Get(SysCall):
    def __init__(self, ch):
        self.ch = ch

    def handle(self, sched, task):
        if self.ch.items:
            task.value = self.ch.items.pop(0)
            sched.ready.append(task)
        else:
            self.ch.waiting.append(task)


class Task:
    def __init__(self, tid, gen, name):
        self.tid, self.gen, self.name = tid, gen, name
        self.value = None
        self.pending_exc = None
        self.joiners = []
        self.steps = 0

    def __repr__(self):
        return f"<Task {self.tid} {self.name}>"

    def step(self):
        self.steps += 1
        if self.pending_exc is not None:
            exc, self.pending_exc = self.pending_exc, None
            return self.gen.throw(exc)
        value, self.value = self.value, None
        return self.gen.send(value)


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.tasks = {}
        self.results = {}
        self.channels = []
        self.clock = 0
        self.next_tid = 1
        self.log = []

    def channel(self, name):
        ch = Channel(name)
        self.channels.append(ch)
        return ch

    def spawn(self, gen, name=None):
        t = Task(self.next_tid, gen, name or gen.__name__)
        self.next_tid += 1
        self.tasks[t.tid] = t
        self.ready.append(t)
        return t

    def _finish(self, task, result, how):
        del self.tasks[task.tid]
        self.results[task.tid] = result
        self.log.append(f"t={self.clock:<3} {task.name} {how}: {result!r}")
        for j in task.joiners:
            j.value = result
            self.ready.append(j)

    def run(self, limit=1000):
        while (self.ready or self.sleeping) and limit:
            limit -= 1
            if not self.ready:
                self.clock = self.sleeping[0][0]
            while self.sleeping and self.sleeping[0][0] <= self.clock:
                self.ready.append(self.sleeping.pop(0)[2])
            task = self.ready.pop(0)
            try:
                call = task.step()
            except StopIteration as stop:
                self._finish(task, stop.value, "returned")
                continue
            except Cancelled as e:
                self._finish(task, str(e), "cancelled")
                continue
            except Exception as e:
                self._finish(task, f"{type(e).__name__}: {e}", "crashed")
                continue
            if isinstance(call, SysCall):
                call.handle(self, task)
            else:
                task.value = call
                self.ready.append(task)
            self.clock += 1
        return self


def countdown(name, n, delay):
    total = 0
    while n:
        yield Sleep(delay)
        total += n
        n -= 1
    return f"{name} done, total {total}"


def producer(ch, items):
    for it in items:
        yield ch.put(it)
        yield Sleep(1)
    yield ch.put(None)
    return len(items)


def consumer(ch, name):
    got = []
    while True:
        item = yield ch.get()
        if item is None:
            break
        got.append(item * 10)
    return got


def forever():
    n = 0
    try:
        while True:
            n += 1
            yield Sleep(2)
    except Cancelled:
        yield Sleep(1)  # cleanup still gets scheduled
        raise
    finally:
        sched.log.append(f"forever cleanup after {n} rounds")


def crasher():
    yield Sleep(3)
    return 1 // 0


def parent():
    kids = []
    for i in range(3):
        tid = yield Spawn(countdown(f"kid{i}", i + 1, i + 1), f"kid{i}")
        kids.append(tid)
    loop_tid = yield Spawn(forever(), "forever")
    results = []
    for tid in kids:
        results.append((yield Join(tid)))
    cancelled = yield Cancel(loop_tid)
    final = yield Join(loop_tid)
    missing = yield Cancel(999)
    return results, cancelled, final, missing


sched = Scheduler()
ch = sched.channel("numbers")
sched.spawn(producer(ch, [1, 2, 3, 4]), "producer")
sched.spawn(consumer(ch, "c1"), "consumer")
sched.spawn(parent(), "parent")
sched.spawn(crasher(), "crasher")
sched.spawn((x for x in range(3)), "plain-genexpr")
sched.run()
print("\n".join(sched.log))
print("clock:", sched.clock, "remaining:", sched.tasks, "results:", len(sched.results))
print(sorted((tid, type(r).__name__) for tid, r in sched.results.items()))

gen = countdown("manual", 2, 1)
print(next(gen).ticks, gen.send(None).ticks)
try:
    gen.send(None)
except StopIteration as s:
    print("manual result:", s.value)
g2 = forever()
next(g2)
g2.close()
print(sched.log[-1])
print(g2.gi_running, g2.gi_frame, getattr(g2, "gi_yieldfrom", "n/a"))
try:
    SysCall().handle(None, None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
