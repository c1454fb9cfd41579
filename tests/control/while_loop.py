# while loops.
i = 0
while i < 5:
    print(i)
    i += 1
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
print('collatz steps', steps)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
l = [1, 2, 3]
while l:
    l.pop()
print(l)
count = 0
while True:
    count += 1
    if count >= 10:
        break
print(count)
while 0:
    print('never')
