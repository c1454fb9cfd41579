# Class-method alternate constructors of built-in types called on subclasses make the subclass.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, [v])
class F(float):
    pass
class B(bytes):
    pass
class BA(bytearray):
    pass
class I(int):
    def __repr__(self):
        return f"I({int(self)})"
d = D.fromkeys("ab", 1)
print(type(d).__name__, d, type(D().fromkeys([1])).__name__, dict.fromkeys([1, 2]), type({}.fromkeys("x")))
print(type(F.fromhex("0x1.8p1")).__name__, F.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), 1.5.fromhex("0x10"))
print(type(B.fromhex("41 42")).__name__, B.fromhex("4142"), bytes.fromhex("ff00"))
print(bytearray.fromhex("de ad"), type(BA.fromhex("00")).__name__, bytearray(b"x").fromhex("41"))
print(I.from_bytes(b"\x01\x00", "big"), type(I.from_bytes(b"\x01", "little")).__name__, bool.from_bytes(b"\x01", "big"))
print(bool.from_bytes(b"\x00", "big"), int.from_bytes(b"\xff", "big", signed=True), (5).from_bytes(b"\x02", "big"))
print(bytearray.maketrans(b"ab", b"xy") == bytes.maketrans(b"ab", b"xy"), bytearray(b"abc").translate(bytes.maketrans(b"a", b"z")))
print(dict.fromkeys.__name__, {1: 2}.keys().mapping, {1: 2}.values().mapping[1], {1: 2}.items().mapping == {1: 2})
def set_mapping():
    m = {1: 2}.keys().mapping
    m[1] = 3
for bad in (lambda: bytearray.fromhex("4g"), lambda: bytearray.fromhex(b"41"), lambda: F.fromhex("zz"),
            lambda: D.fromkeys(3), lambda: I.from_bytes("x", "big"), set_mapping):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
