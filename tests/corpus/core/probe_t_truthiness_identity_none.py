values = [0, 0.0, -0.0, "", " ", [], [0], {}, {0: 0}, set(), (), (None,), None, False, True, 2, range(0), range(1)]
print([bool(v) for v in values])
print(None is None, None == None, [] is [], [] == [], (1,) == (1,), 1 == 1.0, not None, not [], not [0])
print(0 or "default", "" or None or 0, "x" and "y", [] and "never", 1 and 0 and 2, None or [] or {}, (0, 1)[True])
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c), a is not c)
def check(x):
    if x is None:
        return "none"
    elif not x:
        return "falsy"
    return "truthy"
print([check(v) for v in [None, 0, "", "a", [], [1]]])
x = None
print(x if x is not None else "fallback", type(None).__name__, repr(None), str(None), None.__class__.__name__)
try:
    x()
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    for _ in None: pass
except TypeError as e:
    print(e)
try:
    x[0]
except TypeError as e:
    print(e)
print(max(0, None is None), sorted([True, False, 0, 1]), sum([True, True, False]), True == 1, hash(True) == hash(1), {1: "a", True: "b"})
