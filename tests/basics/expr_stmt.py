# Expression statements are evaluated, their value discarded.
1 + 2
'a string'
None
x = [1]
x.append(2)
x
len(x)
x.pop
print(x)
def f():
    print('called')
    return 42
f()
f() + 1
[f(), f()]
print('end')
