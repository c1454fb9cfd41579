import sys
print(sys.getsizeof(b'') >= 33, sys.getsizeof(b'abc' * 40) > sys.getsizeof(b''))
print(b'x' * 3 == b'xxx', len(b'\x00' * 1000), bytes(10000).count(0))
