d = {"b": 2, "a": 1}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["c"] = 3
print(k, v, i, len(k), len(v), len(i))
print(k - {"a"}, k | {"z"}, k & {"a", "q"}, k ^ {"a", "y"}, {"a"} - k if False else "")
print(sorted(k | ["z"]), i - {("a", 1)}, i & {("b", 2)}, k == {"a", "b", "c"}, k == ["a", "b", "c"])
print(k.isdisjoint({"x"}), "a" in k, ("a", 1) in i, ("a", 2) in i, 3 in v, list(reversed(k)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__, list(iter(v)), next(iter(i)))
print({}.keys(), {}.values(), {}.items(), {1: 2}.items())
e = {"x": 1}
it = iter(e)
e["y"] = 2
try:
    next(it)
except RuntimeError as ex:
    print(ex)
print(k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, {"a": 1}.keys() == {"a": 2}.keys())
