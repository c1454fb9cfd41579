# Augmented assignment on subscripts and sequences.
l = [1, 2, 3]
l[0] += 10
l[-1] *= 2
print(l)
d = {'a': 1}
d['a'] += 1
d['a'] -= 5
print(d)
alias = l
l += [4, 5]
print(l, alias, l is alias)
l *= 2
print(l is alias, len(alias))
s = 'ab'
s += 'cd'
print(s)
s *= 2
print(s)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
