d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
l = [1, 2, 3, 4]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
for x in l[:]:
    l.append(x)
print(l)
d = {"a": 1, "b": 2}
for k in list(d):
    if d[k] == 1:
        del d[k]
print(d)
d = {k: v for k, v in {"x": 1, "y": 2}.items() if v > 1}
print(d, {v: k for k, v in {"x": 1, "y": 1}.items()})
d = dict.fromkeys(["b", "a"], 0)
d["b"] = 5; d["c"] = 1; del d["a"]; d["a"] = 2
print(d, list(d), list(d.values()), d.popitem(), d)
keys = d.keys()
d["z"] = 9
print(keys, len(keys), "z" in keys)
