d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 7), d.setdefault("c"), d)
print(d.pop("a"), d.pop("zz", "dflt"), d.get("zz"), d.get("zz", 0), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d, dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict(a=1, b=2), dict([(1, 2)], c=3))
e = {"x": 0} | {"q": 9}
e |= {"x": 5}
print(e, {1: "a"} | {1: "b"}, list({3: 1, 1: 2}), dict(zip("ab", [1, 2])))
print(d.copy() == d, d.copy() is d, len(d), "x" in d, 1 in d.values(), ("y", 2) in d.items())
k = d.keys()
del d["x"]
print(k, len(k), list(k)[0])
d.clear()
print(d, k)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    d.update(1)
except TypeError as e:
    print(e)
print({}.get)
