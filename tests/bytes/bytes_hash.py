print(hash(b''), hash(b'a'), hash(b'abc'), hash(b'hello world'))
print(hash(b'abc') == hash('abc'), hash(b'\xff\x00'))
d = {b'a': 1, b'b': 2, 'a': 3}
print(d[b'a'], d['a'], len(d))
print({b'x', b'y', b'z', b'x', b'hello'})
print(set(b'hello'), frozenset([b'a', b'b']))
