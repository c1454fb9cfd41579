# Non-ASCII text and \u escapes.
s = '\u00e9t\u00e9'
print(s)
print(len(s))
print(repr(s))
print('caf\xe9' == 'café')
print(len('café'), len('naïve'))
print('ÉTÉ'.lower(), 'été'.upper())
print(repr('\u2603'), len('\u2603'))
print('\u0041\u0042')
print('日本'[1], len('日本語'))
