# pop() and insert().
l = [0, 1, 2, 3, 4, 5]
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-1), l)
print(l.pop(1), l)
l.insert(0, 'start')
print(l)
l.insert(len(l), 'end')
print(l)
l.insert(2, 'mid')
print(l)
l.insert(-1, 'before end')
print(l)
l.insert(100, 'far')
l.insert(-100, 'far front')
print(l)
e = []
e.insert(0, 'x')
print(e, e.pop(), e)
try:
    [].pop()
except IndexError as ex:
    print('IndexError:', ex)
try:
    [1, 2].pop(5)
except IndexError as ex:
    print('IndexError:', ex)
