def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ([1, 2, 3][3]))
t(lambda: ([1, 2, 3][-4]))
t(lambda: ([][0]))
t(lambda: ([1]["0"]))
t(lambda: ([1][None]))
t(lambda: ([1][1.0]))
t(lambda: ([1, 2].index(5)))
t(lambda: ([1, 2].index(1, 1)))
t(lambda: ([1, 2].index(2, -1)))
t(lambda: ([1, 2].remove(3)))
t(lambda: ([].pop()))
t(lambda: ([1].pop(1)))
t(lambda: ([1].pop(-2)))
a = [1, 2]
def s(): a[5] = 1
t(lambda: (s()))
def dl(): del a[-3]
t(lambda: (dl()))
t(lambda: ([1, 2][0:1:0]))
t(lambda: ([1, 2, 3][True]))
t(lambda: ([1, 2, 3][False:True]))
t(lambda: ([1, 2].__getitem__(slice(None))))
t(lambda: ([1, 2] * "a"))
t(lambda: ([1] + "a"))
b = [1]
def ia(): b.__iadd__(5)
t(lambda: (ia()))
def ia2():
    global b
    b += "xy"
    return b
t(lambda: (ia2()))
