from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, KW_ONLY, InitVar
from typing import ClassVar, Optional


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)
    count: ClassVar[int] = 0

    def total(self) -> float:
        return self.price * self.quantity


a = Item("apple", 0.5, 4)
b = Item("apple", 0.5, 4, secret="y")
print(a, a.total(), a == b, a is b, Item.count)
print([f.name for f in fields(Item)], is_dataclass(a), is_dataclass(Item), is_dataclass(3))
print(asdict(a), astuple(a))
print(replace(a, quantity=10))
a.tags.append("fruit")
print(a.tags, Item("pear", 1.0).tags)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = None


root = Node(1)
root.children.append(Node(2, parent=None))
print(root)
print(asdict(root))


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Derived(Base):
    z: int = 5
    label: str = "d"


d = Derived(1, 2, 3)
print(d, Derived(7), isinstance(d, Base), [f.name for f in fields(d)])


@dataclass
class WithPost:
    a: int
    b: int
    total: int = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.total = (self.a + self.b) * scale


print(WithPost(1, 2), WithPost(1, 2, 10))


@dataclass
class Options:
    host: str
    _: KW_ONLY
    port: int = 80
    debug: bool = False


print(Options("h", port=8080))
try:
    Options("h", 8080)
except TypeError as e:
    print(e)


@dataclass(eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), hash(Plain(1)) != 0)


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def moved(self, dx):
        return replace(self, x=self.x + dx)


p = Point(1.0, 2.0)
print(p, p.moved(3), {p: "here"}[Point(1.0, 2.0)])
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1), max(Version(3), Version(2, 9)))
try:
    Version(1) < 3
except TypeError as e:
    print(e)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"<Custom {self.a}>"


print(Custom(3), Custom(3) == Custom(3))
try:
    Item()
except TypeError as e:
    print(e)
try:
    Item("a")
except TypeError as e:
    print(e)
try:
    Item("a", 1, 2, [], "s", 9)
except TypeError as e:
    print(e)
try:
    replace(a, total=3)
except TypeError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x = field(default=1)
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad2:
        x: int
except ValueError as e:
    print(e)
print(Item.__doc__, Point.__doc__)
