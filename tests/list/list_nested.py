# Lists of lists.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1])
total = 0
for row in m:
    for x in row:
        total += x
print(total)
t = [[], [], []]
for i in range(3):
    for j in range(3):
        t[j].append(m[i][j])
print(t)
m[0][0] = 'changed'
print(m[0])
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0])
print(len(m), len(m[0]), len(deep))
