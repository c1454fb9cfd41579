# Subclassing list: extra methods, overridden methods, builtin operations still work.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"
s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, s.peek(), len(s), s.pop(), s, 2 in s, list(s), s[0])
print(isinstance(s, list), type(s).__name__, s == [1, 2], sorted(Stack([3, 1, 2])))
s.extend([7, 8])
print(s[1:3], type(s[1:3]).__name__, s + [9], type(s + [9]).__name__)
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        return super().__len__() * 10
l = Logged([1])
l.append(2)
print(l[0], len(l), list.__len__(l), bool(Logged()))
l.attr = "x"
print(l.attr, l)
for x in Logged([5, 6]):
    print("iter", x)
