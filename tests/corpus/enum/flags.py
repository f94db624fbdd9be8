# Flag and IntFlag: auto powers of two, |, &, ^, ~, in, iteration over a composite, bool,
# reprs and strs, STRICT/KEEP boundaries.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(list(Perm), Perm.X.value, rw, repr(rw), rw.value, rw.name)
print(Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(rw), bool(Perm(0)))
print(repr(Perm(0)), str(Perm(0)), repr(~Perm.R), rw & Perm.W, rw ^ Perm.R, repr(Perm(7)))
print(Perm(3) is rw, Perm(3) == rw, repr(Perm), len(Perm))
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(list(Color), repr(Color.WHITE), repr(Color.RED | Color.GREEN), list(Color.WHITE))


class Access(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


a = Access.READ | Access.WRITE
print(a, repr(a), a == 6, a + 1, repr(Access.READ | 8), Access.EXEC in a, repr(Access(0)))
print(repr(~Access.READ), isinstance(a, int), list(a))
