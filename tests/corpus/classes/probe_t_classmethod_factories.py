class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_valid(s):
        parts = s.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
    def __eq__(self, other):
        if not isinstance(other, Date):
            return NotImplemented
        return (self.y, self.m, self.d) == (other.y, other.m, other.d)
    def __lt__(self, other):
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)
class MyDate(Date):
    pass
d = MyDate.from_string("2024-01-15")
print(d, Date.is_valid("2024-1-2"), Date.is_valid("x"), Date.count, d == Date(2024, 1, 15), d != Date(2024, 1, 16), d == "x")
print(sorted([Date(2024, 5, 1), Date(2023, 1, 1), Date(2024, 1, 1)]), min(Date(1, 1, 1), Date(0, 1, 1)))
try: Date(1, 1, 1) <= Date(1, 1, 2)
except TypeError as e: print(e)
try: Date(1, 1, 1) < 5
except AttributeError as e: print(e)
print(Date(1, 2, 3) > Date(1, 1, 1))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_valid"]).__name__, Date.from_string.__self__ is Date if hasattr(Date.from_string, "__self__") else "")
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
class Shape:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return round(3.14159 * self.r ** 2, 2)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(sorted(Shape.registry), Shape.create("circle", 2).area(), Shape.create("square", 3).area())
try: Shape.create("hexagon")
except ValueError as e: print(e)
