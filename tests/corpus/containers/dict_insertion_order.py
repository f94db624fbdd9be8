d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
d[3] = "updated"
del d[9]
d[9] = "readded"
print(d, list(d))
for k, v in d.items():
    print(k, v)
