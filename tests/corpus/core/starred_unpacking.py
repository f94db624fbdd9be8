first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = [1, 2]
print(a, mid, b)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *(4, 5)], {**{"a": 1}, "b": 2})
