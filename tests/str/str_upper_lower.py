# upper() and lower().
print('Hello World'.upper(), 'Hello World'.lower())
print('ABC123xyz!'.upper(), 'ABC123xyz!'.lower())
print(repr(''.upper()), repr(''.lower()))
print('already lower'.lower(), 'ALREADY UPPER'.upper())
s = 'MiXeD'
t = s.lower()
print(s, t, s.upper().lower() == t)
print('a1b2'.upper(), '_-+'.lower())
