# glasspy-exp: hand
# DESIGN §1's rule: `print` at the start of a statement followed by something that makes the
# line invalid Python 3 — a name, number, string, `{`, `~`, `lambda`, None/True/False, or
# `not` that is not `not in` — is the Python 2 statement; any line valid in Python 3 keeps
# its Python 3 meaning.
x = 5
l = [1, 2]
print x
print 7, 8.5
print 'str', "dq"
print {'k': 1}
print ~x
print None, True, False
print not x
print x, l, (1, 2)
print 'no newline',
print 'after a trailing comma'
if x:
    print 'in a block', x
for i in range(2): print i,
print                                 # valid Python 3: names print, prints nothing
print('a Python 3 call', x)
print (x), 'a tuple: print(x) is called'
print not in [1]                      # `print not in [1]`: a comparison, nothing printed
r = print -1 if False else 'print -1 would be a subtraction'
print r
print
try:
    print -1
except TypeError as e:
    print 'TypeError:', e
def f():
    print 'in a function', x
f()
