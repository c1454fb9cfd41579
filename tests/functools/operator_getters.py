from operator import itemgetter, attrgetter, methodcaller
import gc

g = itemgetter(1)
print(g([10, 20, 30]), g('xyz'), g({1: 'one'}))
print(itemgetter(0, 2)('abc'), itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(repr(itemgetter(1)), repr(itemgetter('a', (1, 2))), repr(itemgetter(1, 2, 3)))
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)))
print(list(map(itemgetter(0), data)))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct

p = P('root', P('leaf', P('deep')))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('child.child.name')(p))
print(attrgetter('name', 'child.name')(p))
print(repr(attrgetter('name')), repr(attrgetter('a.b', 'c')))
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p))
print(methodcaller('upper')('abc'), methodcaller('split', ',', 1)('a,b,c'))
print(repr(methodcaller('greet')), repr(methodcaller('greet', 'hi', 2, punct='?')))
print(type(itemgetter(1)), type(attrgetter('x')), type(methodcaller('x')))

tests = [
    lambda: itemgetter(),
    lambda: itemgetter(1)(),
    lambda: itemgetter(1)([1], [2]),
    lambda: itemgetter(5)([1]),
    lambda: itemgetter('k')({}),
    lambda: itemgetter(1)(5),
    lambda: itemgetter(1, key=2),
    lambda: attrgetter(),
    lambda: attrgetter(1),
    lambda: attrgetter('a', 2),
    lambda: attrgetter('missing')(p),
    lambda: attrgetter('child.missing')(p),
    lambda: attrgetter('name')(p, p),
    lambda: methodcaller(),
    lambda: methodcaller(5),
    lambda: methodcaller('nope')(p),
    lambda: methodcaller('greet')(p),
    lambda: methodcaller('upper')(),
    lambda: methodcaller('upper')('a', x=1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

# cycles through the getters' references
class Node:
    pass
n = Node()
n.getter = itemgetter(n)
n.caller = methodcaller('f', n, k=n)
n.attr = attrgetter('x')
del n
print(gc.collect() >= 2)
