# bin(), hex() and oct().
for n in (0, 1, 2, 7, 8, 15, 16, 255, 256, 1000, -1, -8, -255):
    print(n, bin(n), oct(n), hex(n))
print(hex(9223372036854775807), bin(9223372036854775807))
print(oct(-9223372036854775807))
print(bin(True), hex(False))
print(int(bin(37), 2), int(hex(3054), 16), int(oct(511), 8))
print(hex(0xABCDEF))
try:
    hex('1')
except TypeError as e:
    print(e)
