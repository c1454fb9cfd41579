# s += x appends in place only when nothing else can see s (aliasing, interning, caches)
s = ""
for i in range(1000):
    s += "ab"
print(len(s), s[:6], s[-4:])

# aliasing: t keeps the old value
s = "abc" * 3
t = s
s += "x"
print(t, s, t is s)

# a string held in a list and a dict
s = "hello" * 2
lst = [s]
d = {s: 1}
s += "!"
print(lst[0], s, d.get("hellohello"), d.get(s))

# hash reset after growth
s = "k" * 40
h1 = hash(s)
s += "z"
print(hash(s) == hash("k" * 40 + "z"), hash("k" * 40) == h1)
d = {s: "v"}
print(d["k" * 40 + "z"])

# interned and cached strings are never changed
a = "interned_name"
b = "interned_name"
a += "_more"
print(a, b, "interned_name")
c = "q"
c += "r"
print(c, "q")
e = ""
e += "x"
print(repr(e), repr(""), len(""))

# functions: fast locals, cells, globals
def local_loop(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s
print(local_loop(25))

def cell_loop(n):
    s = "<"
    def get():
        return s
    for i in range(n):
        s += "c"
    return get()
print(cell_loop(12))

g = "G"
def global_loop():
    global g
    for i in range(5):
        g += "g"
print(global_loop(), g)

# non-ASCII, and indexing after growth
u = "é"
for ch in "ñü€😀":
    u += ch
    print(len(u), u[-1], u[1:])
u2 = u
u += "z"
print(u2, u, u[4], u[-2])

# class bodies and exec'd code use names
class C:
    s = "c"
    for i in range(3):
        s += "!"
print(C.s)
ns = {}
exec("s = 'e'\nfor i in range(4):\n    s += str(i)\n", ns)
print(ns["s"])

# operand types other than str take the normal path
class S(str):
    pass
x = S("sub")
x += "y"
print(type(x).__name__, x)
try:
    s = "a"
    s += 1
except TypeError as err:
    print(err)
print(s)

# the same object on both sides
s = "ab" * 10
s += s
print(s)

# growth across the small-block classes and into large blocks
s = "x" * 500
keep = s
for i in range(20):
    s += "y" * 7
print(len(s), len(keep), s.count("y"))
