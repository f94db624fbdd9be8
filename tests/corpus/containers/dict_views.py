d = {"x": 1, "y": 2}
keys, values, items = d.keys(), d.values(), d.items()
d["z"] = 3
print(list(keys), list(values), list(items), len(keys), "z" in keys, ("x", 1) in items)
print(sorted(d.keys() - {"x"}), list(reversed(d)))
