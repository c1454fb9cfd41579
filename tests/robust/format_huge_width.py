# glasspy-exp: hand — widths too large to lay out fail at once with MemoryError (CPython
# 3.11 loops for hours over zero-padded grouped widths first); ordinary widths, fills and
# grouping keep CPython's layout.
def show(v, spec):
    try:
        r = format(v, spec)
    except MemoryError:
        print(spec[:6], "MemoryError")
    except ValueError as e:
        print(spec[:6], "ValueError", e)
    else:
        print(repr(r) if len(r) < 40 else (len(r), r[:12], r[-12:]))

for v in (1, -2.5, 'ab'):
    show(v, str(2**62))
    show(v, '*^' + str(2**62))
    show(v, '\u20ac<' + str(2**61))
for spec in ('0=%d,' % 2**50, '0%d,' % 2**62, '0%d_x' % 2**60, '0=%d_' % 2**61):
    show(1, spec)
    show(-1.5, spec)
show(1, '9999999999999999999d')
for v in (0, 5, -5, 1234567, -1234567, 12345678901234567890, -1234.5678):
    for spec in ('0=15,', '020,', '015_', ',', '_', '+09,', '^12,', '0=1,', '0=5,', '0=6,'):
        show(v, spec)
for v in (255, -255, 2**40):
    for spec in ('_x', '010_x', '#012_b', '#_o', '020_X'):
        show(v, spec)
show(-12345, '\u20ac^+20,')
show(7, '0=100000,')
show(1.5, '\u20ac>30000')
