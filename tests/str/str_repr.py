# repr() chooses quotes and escapes like CPython.
print(repr('plain'))
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print(repr('back\\slash'))
print(repr('line\nbreak'), repr('tab\there'))
print(repr(''))
print(['a', "b'c", 'd"e'])
print(('x',), {'key': 'value'})
s = 'x\ny'
print(s)
print(repr(s))
print(str(s) == s, repr(repr('a')))
