# typing.NamedTuple (class and call forms, defaults, methods, match, immutability) and
# typing.TypedDict (total, required/optional keys; calling it makes a plain dict).
from typing import NamedTuple, TypedDict, Optional
import typing


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.x, p[1], p.norm1(), len(p), p._fields, p._field_defaults)
print(p._replace(x=1), type(p._replace(x=1)).__name__, p._asdict(), Point._make([5, 6, "z"]))
print(isinstance(p, tuple), Point.__annotations__, tuple(p), p == (3, -4, None))
x, y, label = p
print(x, y, label)
match p:
    case Point(x=3, y=yy):
        print("matched", yy)
try:
    Point()
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
Pair = NamedTuple("Pair", [("left", int), ("right", str)])
print(Pair(1, "r"), Pair._fields)
Emp = typing.NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1))


class Movie(TypedDict):
    name: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__, Movie.__total__, Partial.__total__)
print(Movie.__required_keys__ == frozenset({"name", "year"}), Partial.__optional_keys__ == frozenset({"rating"}))
print(Movie({"name": "x", "year": 1}))
