s = {1, 2.5, 'a', (1, 2), None, frozenset({1})}
print(1 in s, 2.5 in s, 'a' in s, (1, 2) in s, None in s, 3 not in s)
print(1.0 in s, True in s, {1} in s, frozenset({1}) in s)
try:
    [1] in s
except TypeError as e:
    print(e)
try:
    {1}.remove([1])
except TypeError as e:
    print(e)
t = {frozenset({1, 2})}
t.discard({1, 2})
print(t)
t.add(frozenset({3}))
t.remove({3})
print(t)
print(s.__contains__('a'))
