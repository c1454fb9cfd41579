class S(set):
    pass
s = S([1, 2])
print(s, type(s).__name__, s | {3}, type(s | {3}).__name__, len(s), 1 in s)
print(type(s.copy()).__name__, type(s & {1}).__name__, type(s - {1}).__name__, s == {1, 2})
s.add(5)
print(s, isinstance(s, set), S(), repr(S('a')))
class F(frozenset):
    pass
f = F('ab')
print(sorted(f), type(f.copy()).__name__, f == frozenset('ab'), hash(f) == hash(frozenset('ab')), F())
class R:
    def __repr__(self):
        return 'R' + repr(t)
t = set()
t.add(R())
print(t)
