# len() and truth of lists.
l = []
print(len(l), bool(l), not l)
l.append(None)
print(len(l), bool(l))
while l:
    l.pop()
print(len(l))
print(len([[], [], []]), bool([[]]), bool([0]))
stack = [1, 2, 3]
while stack:
    print(stack.pop())
