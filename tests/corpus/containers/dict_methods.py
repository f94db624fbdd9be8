d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.pop("b"), d.pop("z", "none"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"a": 10}, x=5); print(d)
print(d.popitem(), d, "a" in d, 10 in d)
print(dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys([1, 2], 0), dict(zip("ab", [1, 2])))
