# s += x in a loop: 200,000 appends (linear with in-place concatenation, as in CPython).
s = ""
for i in range(200000):
    s += "x"
print(len(s))
