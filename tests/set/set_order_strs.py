# Iteration order of sets of strs under PYTHONHASHSEED=0.
print({'a', 'b', 'hello', 'world', 'x', 'yy'})
print(set('abracadabra'))
print(set(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape']))
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(set(words))
print(frozenset(words))
print({w.upper() for w in words})
print(set('héllo wörld ü'))
