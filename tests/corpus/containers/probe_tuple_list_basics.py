t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, len(t), (1,) * 0, tuple("ab"), tuple([1]), ())
print(max(t), min(t), sorted(t), t[1:], 2 in t, t == (1, 2, 3, 2), (1, 2) < (1, 3), hash((1,)) == hash((1,)))
single = (5,)
not_tuple = (5)
print(type(single).__name__, type(not_tuple).__name__, repr(single), repr(()))
l = [1, 2]
l2 = l
l = l + [3]
print(l, l2)
l2 += [4]
print(l2)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    nested[0] += [4]
except TypeError as e:
    print(e, nested)
print(list("abc"), list({"x": 1}), list(range(3)), [*range(2), *"ab"], (*[1], 2))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t.remove(1)
except AttributeError as e:
    print(e)
