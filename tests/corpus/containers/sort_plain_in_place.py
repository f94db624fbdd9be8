# list.sort()/sorted() without a key over all-int and all-str lists (sorted in place) and
# the lists that take the general path: duplicates, extremes, reverse, stability of equal strs.
xs = [i * 7 % 10 - 3 for i in range(20)] + [2**63 - 1, -2**63, 0]
a = list(xs)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
print(sorted(xs, reverse=True) == sorted(xs)[::-1], sorted([]), sorted([5]))

# Equal strs that are distinct objects keep their order (reversed too).
parts = ["b", "a", "c"]
words = [p + "x" for p in parts * 3]
tags = {id(w): i for i, w in enumerate(words)}
for rev in (False, True):
    s = sorted(words, reverse=rev)
    print(s, [tags[id(w)] for w in s])
    w2 = list(words)
    w2.sort(reverse=rev)
    print([tags[id(w)] for w in w2])
print(sorted(["\u00e9", "z", "e", "\U0001f600", "Z", ""]))

# General path: bools, floats, mixed, a key, subclass items.
class I(int):
    pass

print(sorted([True, 0, False, 1]), sorted([1.5, 1, 0.5]), sorted([3, I(2), 1]))
print(sorted([3, 1, 2], key=lambda v: -v), sorted(["b", "A", "a"], key=str.lower))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
b = [3, 1, 2]
b.sort(reverse=1)
print(b)
