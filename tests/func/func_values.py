# Functions are values: stored, passed, returned.
def double(x):
    return x * 2
def square(x):
    return x * x
def apply(f, v):
    return f(v)
print(apply(double, 5), apply(square, 5), apply(len, 'abc'))
ops = {'double': double, 'square': square}
for name in ops:
    print(name, ops[name](7))
pipeline = [double, square, double]
v = 3
for f in pipeline:
    v = f(v)
print(v)
def choose(flag):
    if flag:
        return double
    return square
print(choose(True)(4), choose(False)(4))
print(apply(double, 'ab'))
builtins_list = [abs, len, str]
print(builtins_list[0](-3), builtins_list[1]([1, 2]), builtins_list[2](99))
print(double is ops['double'], pipeline[0] is pipeline[2])
