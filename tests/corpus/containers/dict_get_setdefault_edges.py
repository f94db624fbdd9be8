# dict.get / dict.setdefault through method calls: int and str keys present and absent,
# defaults, keys equal across types (1 == 1.0 == True), keys whose class defines __eq__ and
# __hash__, unhashable keys, argument-count errors, dict subclasses and unbound calls.
d = {1: "one", "a": "A", 2**70: "big", (1, 2): "pair", None: "none"}
print(d.get(1), d.get("a"), d.get(3), d.get("b", "dflt"), d.get(3, None), d.get(2**70))
print(d.get(1.0), d.get(True), d.get((1, 2)), d.get(None), d.get(-1, [0]))
print(d.setdefault(1), d.setdefault("a", "other"), d.setdefault(1.0, "x"))
print(d.setdefault("new"), d.setdefault(5, "five"), d)
counts = {}
for i in range(20):
    k = i % 3
    counts[k] = counts.get(k, 0) + 1
    bucket = counts.setdefault("b%d" % k, [])
    bucket.append(i)
print(counts)
e = {}
print(e.get(0), e.get("x", 1), e.setdefault("y", 2), e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other


k = {Key(7): "seven", 7.5: "float"}
print(k.get(7), k.get(8), k.setdefault(7, "x"), k.get(7.5))
s = {"s": 1}
s[Key("t")] = 2
print(s.get("t"), s.get("s"), s.setdefault("t", 0))


class Str(str):
    pass


print(d.get(Str("a")), {Str("z"): 1}.get("z"))
for bad in ([1], {}, {1}):
    try:
        d.get(bad)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        d.setdefault(bad, 1)
    except TypeError as exc:
        print("TypeError:", exc)
for args in [(), (1, 2, 3)]:
    try:
        d.get(*args)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        d.setdefault(*args)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    d.get()
except TypeError as exc:
    print("TypeError:", exc)
try:
    d.setdefault(1, 2, 3)
except TypeError as exc:
    print("TypeError:", exc)


class D(dict):
    def get(self, key, default=None):
        return ("sub", super().get(key, default))


sub = D(a=1)
print(sub.get("a"), sub.get("z", 0), sub.setdefault("a", 9), dict.get(sub, "a"))
print(dict.get(d, "a"), dict.setdefault(d, "a"), d.get.__name__)
get = d.get
print(get(1), get("zz", "-"))
