# collections.namedtuple: the missing-argument count leaves out defaulted fields, and fields
# cannot be set or deleted (CPython's _tuplegetter messages).
from collections import namedtuple
P = namedtuple("P", "x y z", defaults=[0])
for f in (lambda: P(), lambda: P(1), lambda: P(1, 2), lambda: P(z=3)):
    try:
        print(f())
    except TypeError as e:
        print(e)
p = P(1, 2)
for f in (lambda: setattr(p, "x", 5), lambda: delattr(p, "y")):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
print(P.x.__class__.__name__ if False else "", p.x, p.z)
