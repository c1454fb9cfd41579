# Error messages from lists.
l = [1, 2, 3]
try:
    l[3]
except IndexError as e:
    print('IndexError:', e)
try:
    l[-4]
except IndexError as e:
    print('IndexError:', e)
try:
    l['a']
except TypeError as e:
    print('TypeError:', e)
try:
    l.nosuch
except AttributeError as e:
    print('AttributeError:', e)
try:
    l.append()
except TypeError as e:
    print('TypeError:', e)
try:
    l.append(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    l.extend(5)
except TypeError as e:
    print('TypeError:', e)
try:
    l.insert(0)
except TypeError as e:
    print('TypeError:', e)
try:
    l.pop('x')
except TypeError as e:
    print('TypeError:', e)
try:
    {}[l]
except TypeError as e:
    print('TypeError:', e)
print(l)
