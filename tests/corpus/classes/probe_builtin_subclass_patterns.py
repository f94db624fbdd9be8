from collections import defaultdict
class Registry(dict):
    def register(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco
r = Registry()
@r.register("hi")
def hi(): return "hello"
print(r["hi"](), list(r), r.keys(), [k for k, v in r.items()], len(r))
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, a)
try:
    a.z
except AttributeError as e:
    print("AttributeError", e)
class DefaultList(list):
    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return None
dl = DefaultList([1, 2])
print(dl[0], dl[5], dl[-1], dl[:1])
class Vec(tuple):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))
    def __repr__(self):
        return f"Vec{tuple.__repr__(self)}"
v = Vec((1, 2)) + Vec((3, 4))
print(v, type(v).__name__, v[0], sum(v), max(v), list(v), v == (4, 6), v.count(4), v.index(6))
class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())
n = Name("  ada lovelace ")
print(n, len(n), n.split(), n.upper(), n == "Ada Lovelace", {n: 1}["Ada Lovelace"], n[0], n * 2, "-".join([n, n]))
print(f"{n:>15}|", "%s!" % n, repr(n), type(n.lower()).__name__)
class Money(int):
    def __str__(self):
        return f"${int(self)}"
m = Money(5)
print(m, m + 5, repr(m), f"{m}", f"{m:03d}", m * 2, -m, abs(m), m > 3, int(m), float(m), hash(m) == 5, m // 2, divmod(m, 2))
class Celsius(float):
    def to_f(self): return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), round(c), c.is_integer())
class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
t = Tags()
t.add_all("a")
print(t, len(t), "a" in t, Tags({1}) | {2}, sorted(Tags("ba")))
class Ordered(list):
    def __init__(self, *items):
        super().__init__(sorted(items))
    def append(self, x):
        super().append(x)
        self.sort()
o = Ordered(3, 1, 2)
o.append(0)
print(o, o == [0, 1, 2, 3], o + [9], type(o + [9]).__name__)
o += [7]
print(o, type(o).__name__)
o.extend([5]); del o[0]; o[0] = 100
print(o, o.pop(), o.index(100), 100 in o, reversed(o).__class__.__name__, list(reversed(o)))
class Count(dict):
    def __missing__(self, k):
        return 0
cc = Count()
cc["x"] += 2
print(cc, cc["y"], "y" in cc, cc.get("y", "d"), dict(cc), isinstance(cc, Count))
try:
    hash(o)
except TypeError as e:
    print(e)
class Bad(list, dict):
    pass
