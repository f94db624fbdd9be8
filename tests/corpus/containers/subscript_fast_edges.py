# Item reads and stores on lists, tuples and dicts: in-range and negative indexes, errors,
# equal keys of other types, keys with their own __eq__/__hash__, subclasses.
items = [10, 20, 30]
t = (1, 2, 3)
print(items[0], items[-1], items[-3], t[1], t[-1])
for bad in [3, -4, True, 2**63]:
    try:
        print(items[bad])
    except Exception as e:
        print(type(e).__name__, e)
items[-1] = 99
items[True] = 21
print(items)
try:
    items[5] = 0
except IndexError as e:
    print("IndexError", e)
try:
    t[7]
except IndexError as e:
    print("IndexError", e)

d = {1: "one", "a": "A", 2.0: "two", (1, 2): "pair"}
print(d[1], d[True], d[1.0], d["a"], d[2], d[(1, 2)])
d[True] = "true"
d[2] = "TWO"
d["a"] = d["a"] * 2
d["new"] = 0
print(d)
for k in ["missing", 3, [1]]:
    try:
        print(d[k])
    except Exception as e:
        print(type(e).__name__, e)


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("Key.__eq__", self.n, other)
        return other == self.n


e = {Key(1): "k1"}
print(e[1], e.get(1))
e[1] = "int one"
print(sorted(v for v in e.values()))


class Defaulting(dict):
    def __missing__(self, key):
        return f"missing {key}"


class Loud(list):
    def __getitem__(self, i):
        return ("Loud", i)


dd = Defaulting(a=1)
print(dd["a"], dd["b"], Loud([1, 2])[0])
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
    counts[w] += 0
print(counts)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
grid[-1][0] += 1
print(grid)
