def f(a, b, c=3):
    return a, b, c
def g(x, /, y, *, z):
    return x, y, z
def h(*args, **kwargs):
    return args, kwargs
class K:
    def m(self, a):
        return a
print(f(1, 2), f(1, b=2), f(c=0, b=1, a=9), g(1, 2, z=3), g(1, y=2, z=3), h(1, x=2), h(*[1, 2], **{"k": 3}))
tests = [
    ('f(1)', lambda: f(1)),
    ('f()', lambda: f()),
    ('f(1, 2, 3, 4)', lambda: f(1, 2, 3, 4)),
    ('f(1, a=2)', lambda: f(1, a=2)),
    ('f(1, 2, d=4)', lambda: f(1, 2, d=4)),
    ('g(x=1, y=2, z=3)', lambda: g(x=1, y=2, z=3)),
    ('g(1, 2, 3)', lambda: g(1, 2, 3)),
    ('g(1, 2)', lambda: g(1, 2)),
    ('K().m()', lambda: K().m()),
    ('K().m(1, 2)', lambda: K().m(1, 2)),
    ('K.m(1)', lambda: K.m(1)),
    ('h(**{1: 2})', lambda: h(**{1: 2})),
    ('f(*5)', lambda: f(*5)),
    ('f(**[1])', lambda: f(**[1])),
    ("f(1, 2, **{'c': 1}, c=2)", lambda: f(1, 2, **{'c': 1}, c=2)),
    ('(lambda: 0)(1)', lambda: (lambda: 0)(1)),
    ('(lambda x: 0)()', lambda: (lambda x: 0)()),
    ('len()', lambda: len()),
    ('len(1, 2)', lambda: len(1, 2)),
    ('print(end=1)', lambda: print(end=1)),
]
for t, call in tests:
    try:
        print(t, "=", call())
    except TypeError as e:
        print(t, "->", e)
def kwonly(*, a, b):
    pass
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly()
except TypeError as e:
    print(e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
f(1, 2, 3, c=4)
