a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3:], a[:-3], a[-1:-4:-1], a[8:2:-2], a[100:], a[-100:2], a[5:1])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 7]
print(b)
b[::2] = range(len(b[::2]))
print(b)
b[:] = []
print(b)
c = list(range(6))
del c[::2]
print(c)
del c[-1]
del c[:1]
print(c)
s = "abcdefgh"
print(s[1:6:2], s[::-3], s[-2:], s[:0], s[3:-3])
t = (0, 1, 2, 3)
print(t[1:3], t[::-1], t[:10])
print(slice(1, 5, 2).indices(10), slice(None, None, -1).indices(4), range(10)[2:8:3], range(10)[::-1])
try:
    x = list(range(6))
    x[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    a[::0]
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
