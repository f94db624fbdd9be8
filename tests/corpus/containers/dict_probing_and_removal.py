# Dict lookups, inserts and removals through the index table: equal keys of different types,
# keys sharing a hash, negative and huge hashes, user __hash__/__eq__, removals that leave
# dummies and compact the entries, and list displays built in a loop.
d = {}
d[1] = "int"
d[1.0] = "float"  # same key as 1
d[True] = "bool"  # same key as 1
print(d, len(d))
d[-1] = "minus one"  # hash(-1) == hash(-2) == -2
d[-2] = "minus two"
print(d[-1], d[-2], d.get(-1), d.get(-3, "absent"), hash(-1), hash(-2))
big = 2**61 - 1  # hashes to 0, as 0 does
d[big] = "big"
d[0] = "zero"
print(d[big], d[0], d.get(2**61), d.get(2**64, "no"))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 4

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Key) and other.v == self.v


u = {Key(1): "a", Key(5): "b", 9: "nine"}
print(u[Key(5)], u.get(Key(13), "none"), 9 in u, u.get(9))
u[1] = "int one"  # shares Key(1)'s hash: compares with it first
print(len(u), u.setdefault(1, "other"), u.setdefault(17, []))

# Many keys, then most removed, re-added and removed again: order and lookups hold.
m = {}
for i in range(1000):
    m[i * 7919 % 1009] = i
for i in range(0, 1000, 3):
    del m[i * 7919 % 1009]
print(len(m), list(m)[:8], m.get(7919 % 1009), m.get(2 * 7919 % 1009))
for i in range(0, 1000, 3):
    m[i * 7919 % 1009] = -i
print(len(m), list(m)[-5:], sum(m.values()))
while len(m) > 3:
    m.popitem()
print(m, m.get(0), list(m.items()))
for k in list(m):
    del m[k]
print(m, m.get(0, "gone"))
m["a"] = 1
m[("t", 1)] = 2
m[frozenset({1})] = 3
print(m, m[("t", 1)], m[frozenset([1])])

# Counting and grouping with setdefault and get.
counts = {}
groups = {}
for i in range(300):
    key = (i * 37) % 41 - 20
    counts[key] = counts.get(key, 0) + 1
    bucket = groups.setdefault(key % 5, [])
    if len(bucket) < 3:
        bucket.append([i, [], [key]])
print(sorted(counts.items())[:6], groups[0], groups[4])
lists = [[] for _ in range(3)]
lists[1].append([lists[0], []])
print(lists, [[], [[]], [1, [2, []]]])
try:
    {}.setdefault([], 1)
except TypeError as e:
    print("TypeError:", e)
try:
    counts[[]] = 1
except TypeError as e:
    print("TypeError:", e)
print(counts[-20])
print(counts[99])
