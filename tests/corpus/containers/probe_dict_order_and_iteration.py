d = {}
d["z"] = 1
d["a"] = 2
d[3] = 3
d[1.0] = 4
d[True] = 5
print(d, list(d), len(d))
d.pop("z")
d["z"] = 6
print(d)
for k, v in d.items():
    print(k, v)
squares = {n: n * n for n in range(5) if n % 2 == 0}
print(squares, {v: k for k, v in squares.items()})
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {}
for k, v in [("x", 1), ("y", 1), ("z", 2)]:
    inv.setdefault(v, []).append(k)
print(inv)
try:
    for k in d:
        d[k + 1 if isinstance(k, int) else k + "!"] = 0
except RuntimeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
print({(1, 2): "tuple key"}[(1, 2)], {None: 0}[None], {1: "a", 1.0: "b"})
d["missing"]
