# Method calls on built-in values and on subclasses: overrides, shadowing, replacement,
# wrong argument counts, keys with their own __eq__/__hash__.
class D(dict):
    def get(self, k, default=None):
        return ("D.get", k, default)


class S(str):
    def upper(self):
        return "S.upper:" + str.upper(self)


class L(list):
    pass


d = D(a=1)
print(d.get("a", 0), dict.get(d, "a"), d.setdefault("b", 2), d)
s = S("abc")
print(s.upper(), s.lower(), s.join(["x", "y"]))
lst = L([3, 1, 2])
lst.append(4)
print(lst, lst.pop(), type(lst).__name__)
lst.append = lambda x: print("shadowed append", x)
lst.append(9)
print(lst)
L.sort = lambda self: print("replaced sort on", list(self))
lst.sort()
del L.sort
lst.sort()
print(lst)


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n


counts = {}
for n in [1, 4, 1, 4, 7]:
    k = Key(n)
    counts[k] = counts.get(k, 0) + 1
print(sorted((k.n, v) for k, v in counts.items()))
print({Key(1): "one"}.get(Key(1)), {Key(1): "one"}.get(Key(4), "none"))

for call in [
    lambda: {}.get(),
    lambda: {}.get(1, 2, 3),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: "".join(),
    lambda: "".join([1]),
    lambda: "a b".split(1),
    lambda: "a".upper(1),
    lambda: {}.setdefault(),
    lambda: [].pop(0),
    lambda: [1].index(2),
    lambda: (1, 2).count(),
    lambda: {1}.add(),
    lambda: frozenset().union(5),
    lambda: b"a".decode(1),
    lambda: {}.get([]),
    lambda: "abc".nosuch(),
    lambda: None.nosuch(),
    lambda: (1).real(),
    lambda: "x".__class__.nosuch(),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

print(str.upper("abc"), "x".__class__("yz"), None.__repr__(), (5).bit_length())
print("a-b".split("-"), "-".join("abc"), [1, 2].copy(), (1, 2, 2).count(2))
print({1, 2}.union({3}), frozenset({1}).union({2}), b"ab".upper(), {"a": 1}.items())
for call in [
    lambda: "ABC".casefold(1),
    lambda: "abc".lower(None),
    lambda: {}.get(1, 2, 3, 4),
    lambda: {}.setdefault(1, 2, 3),
    lambda: {1}.add(1, 2),
    lambda: (1,).count(1, 2),
    lambda: "-".join([], []),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
