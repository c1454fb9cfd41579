x, y, name = 42, 3.14159, "world"
w, p = 10, 3
print(f"hello {name}!", f"{x}", f"{x:5}|", f"{x:<5}|", f"{y:.2f}", f"{y:{w}.{p}f}|", f"{name!r}", f"{name!s:>8}", f"{'é'!a}")
print(f"{x=}", f"{y=:.1f}", f"{name = }", f"{x + 1 = }")
print(f"{{}}", f"{{{x}}}", f"{x:{'>'}{w}}|", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{x if x else 0}")
print(f"{x:#x} {x:08b} {x:,} {1234567:_d} {0.5:%} {x:c}")
print(f'{"nested"}', f"{'single'}", f"""{'tri'}""", rf"\n{x}", fr"{x}\t")
print(f"{3.0}", f"{1e100}", f"{None}", f"{True:d}", f"{[1, 'a']}", f"{(1,)}")
def g():
    return "called"
print(f"{g()} {g().upper():>10}", f"{len('abc') * 2}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{x!r:^8}|")
print(f"a" f"b" "c" f"{x}")
print(f"{x:{w}}|{x:>{w}}|{x:0{w}}|{-x:={w}}")
print(f"{'%d' % 5}", f"{x>10}", f"{(lambda: 7)()}")
