def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "{:{}{}{}}".format(42, "*", "^", 9))
t(lambda: "{0:{1}}".format(3.14159, ".3"))
t(lambda: "{:>{}.{}f}".format(2.71828, 10, 2))
t(lambda: "{x:{y}}".format(x="v", y=">4"))
t(lambda: "{0[0]:{0[1]}}".format(("z", "^5")))
t(lambda: "{:{fmt}}".format(255, fmt="#x"))
t(lambda: "{:{}}{:{}}".format(1, 3, 2, 4))
t(lambda: "{a:{b}{c}}".format(a=5, b="0", c="3"))
t(lambda: "{:{:{}}}".format(1, 2, 3))
t(lambda: "{:{}".format(1, 2))
t(lambda: "{0:{}}".format(1, 2))
t(lambda: "{:{0}}".format(1, 2))
