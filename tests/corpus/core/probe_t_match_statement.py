def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case None:
            return "none"
        case True:
            return "true"
        case [] :
            return "empty list"
        case [only]:
            return f"one item {only}"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} with {sorted(others)}"
        case _:
            return "something else"
for v in [0, 2, -5, 7, 2.5, "", "hi", None, True, [], [9], [1, 2, 3], (4, 5), {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 1, "h": 2}, {"x": 1}, {1, 2}]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, r): self.r = r
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Circle(r=r):
            return f"circle {r}"
        case _:
            return "not a shape"
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 5), Circle(3), "x"]:
    print(where(p))
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "can't go there"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"
for c in ["go north", "go west", "take apple pear", "take", "exit", "dance now", ""]:
    print(repr(c), command(c))
match (1, 2):
    case (a, b, c):
        print("three")
    case (a, b):
        print("two", a, b)
x = 5
match x:
    case 1:
        print("one")
print("no match fallthrough ok")
try:
    match Circle(1):
        case Circle(1):
            pass
except TypeError as e:
    print(e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match 42:
    case bool():
        print("bool")
    case int(v):
        print("int", v)
def f(p):
    match p:
        case {"k": [a, (b, c)]}:
            return lambda: a + b + c
    return None
print(f({"k": [1, (2, 3)]})(), f({}))
match "abc":
    case [a, b, c]:
        print("seq")
    case str() as s if len(s) == 3:
        print("str3", s)
match range(3):
    case [0, *mid]:
        print(mid)
import collections
match collections.Counter("aab"):
    case {"a": n}:
        print("a count", n)
match 3.0:
    case 3:
        print("3 == 3.0")
match [1, [2, 3]]:
    case [x, [y, *_]] | [x, y]:
        print(x, y)
