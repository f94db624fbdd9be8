t = (1, "two", 3.0)
print(t, t[1], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]))
print(t.index("two"), (1, 1, 2).count(1), 3.0 in t, t[::-1])
x, = (5,)
print(x, (1, 2) == (1, 2), (1, 2) < (1, 3))
t[0] = 9
