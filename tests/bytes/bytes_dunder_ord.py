print(ord(b'a'))
try:
    ord(b'ab')
except TypeError as e:
    print(e)
print(list(map(len, [b'a', b'bc'])), b'abc'.__len__(), b'a'.__add__(b'b'), b'a'.__contains__(97))
print(bytes.__name__, type(b'') is bytes, isinstance(b'', bytes), bytes is not str)
print(b'x'.__hash__() == hash(b'x'), b'a'.__eq__('a'), b'ab'.__getitem__(1))
