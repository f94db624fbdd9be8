grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, [2, 3]]
b = a[:]
c = list(a)
import copy
d = copy.deepcopy(a)
a[1].append(4); a.append(5)
print(a, b, c, d, b is a, b[1] is a[1], d[1] is a[1])
s = "hello"
print(s[1:3], s[:-1], s[::-1], s[10:], s[-3:], s[1:4:2], s[::3], s[-1::-2])
l = list(range(10))
l[2:5] = []
print(l)
l[:0] = [-1]
print(l)
del l[::2]
print(l)
l[len(l):] = [99]
print(l, l[-1], l[-len(l)])
try: l[len(l)]
except IndexError as e: print(e)
try: l[-100] = 0
except IndexError as e: print(e)
t = (1, [2])
t[1].append(3)
print(t)
try: t[0] = 5
except TypeError as e: print(e)
try: t += ([4],); print(t)
except TypeError as e: print(e)
try: "abc"[0] = "x"
except TypeError as e: print(e)
m = {"k": [1]}
n = dict(m); n["k"].append(2); n["j"] = 0
print(m, n)
x = y = []
x += [1]
print(x, y, x is y)
x = x + [2]
print(x, y, x is y)
