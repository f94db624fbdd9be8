a = list(range(10))
print(a[2:7], a[::3], a[::-2], a[-3:], a[:-7])
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0] * 6
print(a)
del a[::3]
print(a)
b = a[:]
b.append("new")
print(len(a), len(b))
