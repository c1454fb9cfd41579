print('hello'.encode(), 'héllo'.encode(), 'héllo'.encode('utf-8'), '€'.encode())
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'ÿ'.encode('latin1'))
print('\U0001F600'.encode(), ''.encode(), 'a\x00b'.encode())
for s, enc in [('héllo', 'ascii'), ('a€b', 'latin-1'), ('ab\u20ac\u20acc', 'ascii'),
               ('x\U0001F600', 'latin-1'), ('\ud800', 'utf-8')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            print(s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print('UnicodeEncodeError:', e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.args[0], e.args[1], e.args[2], e.args[3], e.args[4])
try:
    'x'.encode('nope')
except LookupError as e:
    print('LookupError', e)
print('round trip'.encode().decode(), 'ü'.encode('utf-8').decode('utf-8'))
