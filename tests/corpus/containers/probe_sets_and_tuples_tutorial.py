a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, {1} < a, a.isdisjoint({9}))
a.add(10)
a.discard(1)
a.discard(99)
print(sorted(a), len(a), 10 in a)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError:", e)
seen = set()
dups = [x for x in [1, 2, 1, 3, 2, 4] if x in seen or seen.add(x)]
print(dups, seen)
print(set(), frozenset([1, 2]), {frozenset({1}): "ok"}, set("aab"))
point = (3, 4)
x, y = point
print(x, y, point[0], len(point), point + (5,), point * 2, (1,) == (1,), (1) == 1)
print((1, 2) < (1, 3), (2,) > (1, 9), max([(1, "b"), (1, "a")]), tuple("abc"), tuple([1, 2]))
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
records = [("ann", 31), ("bob", 25)]
for name, age in records:
    print(f"{name} is {age}")
names, ages = zip(*records)
print(names, ages, dict(records))
print((1, 2, 3).index(2), (1, 1, 2).count(1), hash((1, 2)) == hash((1, 2)), sorted({3: "c", 1: "a"}))
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 8, 1])
print(lo, hi, type(min_max([1])).__name__)
first, *middle, last = range(6)
print(first, middle, last)
(a1, b1), c1 = (1, 2), 3
print(a1, b1, c1)
coords = {(0, 0): "origin", (1, 2): "p"}
print(coords[(1, 2)], coords.get((5, 5), "none"))
