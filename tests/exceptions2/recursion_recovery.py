import sys
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr", e)
class G:
    def __getattr__(self, n): return getattr(self, n)
try:
    G().x
except RecursionError as e:
    print("getattr", e)
def gen(n):
    yield from gen(n + 1)
try:
    list(gen(0))
except RecursionError as e:
    print("gen", e)
l = []
l.append(l)
print(l)
d = {}
d[1] = d
print(d)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
for i in range(3):
    try:
        mutual_a(0)
    except RecursionError as e:
        print(i, e)
sys.setrecursionlimit(100)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 50)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(e)
sys.setrecursionlimit(1000)
x = eval("[" * 90 + "]" * 90)
print(len(x))
def nested_try(n):
    try:
        if n > 0:
            nested_try(n - 1)
        else:
            raise ValueError("bottom")
    finally:
        pass
try:
    nested_try(50)
except ValueError as e:
    n = 0; tb = e.__traceback__
    while tb: n += 1; tb = tb.tb_next
    print(n)
