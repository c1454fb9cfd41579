def g(a):
    b = a + 1
    yield b
    c = 3
    yield c

x = g(1)
f = x.gi_frame
print(type(f).__name__, f.f_lineno, f.f_code is x.gi_code, sorted(f.f_locals.items()))
next(x)
print(x.gi_frame.f_lineno, sorted(x.gi_frame.f_locals.items()), x.gi_frame.f_back)
next(x)
print(x.gi_frame.f_lineno, sorted(x.gi_frame.f_locals.items()))
print(x.gi_frame.f_globals is globals())
list(x)
print(x.gi_frame, f.f_lineno)
print(x.gi_code.co_name)
