# status: 3
def g():
    try:
        yield 1
    finally:
        print("finally at exit")
x = g()
next(x)
def h():
    try:
        yield 1
    finally:
        print("h finally")
        raise ValueError("in h finally")
y = h()
next(y)
import sys
l = [g() for _ in range(3)]
for it in l: next(it)
raise SystemExit(3)
