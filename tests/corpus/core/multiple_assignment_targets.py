a = b = c = []
a.append(1)
print(a, b, c)
x = y = 5
x += 1
print(x, y)
d = {}
d["k"] = d2 = [0]
print(d, d2)
