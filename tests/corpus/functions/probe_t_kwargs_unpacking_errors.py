def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 3}), f(**{"a": 1, "c": 2, "z": 9}))
def g(a, b): return a + b
tests = [
    lambda: g(1, a=2),
    lambda: g(*[1, 2, 3]),
    lambda: g(**{"a": 1}),
    lambda: g(**{1: 2}),
    lambda: g(*1),
    lambda: g(**[1]),
    lambda: g(1, **{"b": 2, "c": 3}),
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, c2=2)["x"],
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: k)(1),
    lambda: (lambda *, k: k)(),
    lambda: dict(**{"a": 1}, a=2),
    lambda: print(**{"sep": "-"}, end="|\n") or "printed",
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def safe(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe(1), safe(2))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter(); c(); print(c(), c.__name__, c.__qualname__)
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs], [(lambda i=i: i)() for i in range(3)])
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y=1): return x + y
print(add(2, y=3), add.__name__)
def kwonly(*, a, b=1): return a, b
try: kwonly(1)
except TypeError as e: print(e)
def posonly(a, b, /, c): return a, b, c
print(posonly(1, 2, c=3))
try: posonly(1, b=2, c=3)
except TypeError as e: print(e)
print((lambda *a, **k: (a, k))(1, 2, x=3))
