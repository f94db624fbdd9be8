import sys
t = (1, 2, 3); print(t + (4,), t * 2, t[1:], t.count(2), t.index(3), (1,), (), tuple("ab"), len(t), 2 in t, max(t), t == (1, 2, 3), t < (1, 3))
a = [1, 2]; b = a; b.append(3); print(a, a is b, a == [1, 2, 3], [1, 2] * 2, [[0] * 2] * 2)
print(sorted([3, 1, 2]) == [1, 2, 3], list(zip(*[(1, "a"), (2, "b")])), dict(sorted({"b": 1, "a": 2}.items())), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(globals()["__name__"], __name__, type(globals()).__name__, "sys" in globals())
x = 5
def scope():
    global x
    x = 10
    y = 1
    def inner():
        nonlocal y
        y += 1
        return y
    return inner(), locals().get("y") if False else ""
print(scope(), x)
print(sys.version_info[:2] >= (3, 8), sys.maxsize > 2 ** 31, type(sys.argv).__name__)

