# Sequence repetition from either side, __rmul__ of the right operand, and the errors.
class R:
    def __rmul__(self, other):
        return ("rmul", type(other).__name__)
    def __mul__(self, other):
        return ("mul", type(other).__name__)

class Idx:
    def __index__(self):
        return 2

for seq in ["ab", [1, 2], (1, 2), b"ab", bytearray(b"ab")]:
    print(seq * 2, 2 * seq, seq * 0, seq * -1, seq * Idx(), Idx() * seq)
    print(seq * R(), R() * seq)
    for bad in [1.5, "x", [1], (1,), b"x", None]:
        for expr in (lambda: seq * bad, lambda: bad * seq):
            try:
                print(expr())
            except TypeError as e:
                print("TypeError", e)
    try:
        seq * (2 ** 100)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
