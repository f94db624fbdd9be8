class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __lt__(self, o):
        return abs(self) < abs(o)
v, w = Vector(3, 4), Vector(1, 1)
print(v + w, v - w, v * 2, 3 * w, abs(v), bool(Vector(0, 0)), len(v), v[1], list(v))
print(v == Vector(3, 4), v != w, {v, Vector(3, 4)}, sorted([v, w]), max(v, w))
x, y = v
print(x, y, str(v), f"{v!r}")
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def __len__(self):
        return len(self._items)
    def __contains__(self, x):
        return x in self._items
    def __str__(self):
        return "Stack" + str(self._items)
    def __call__(self, x):
        return self.push(x)
s = Stack().push(1).push(2)
s(3)
print(s, len(s), 2 in s, 9 in s, callable(s))
class Money:
    rate = {"EUR": 1.0, "USD": 0.5}
    def __init__(self, amount, cur="EUR"):
        self.amount, self.cur = amount, cur
    @classmethod
    def zero(cls):
        return cls(0)
    @staticmethod
    def fmt(x):
        return f"{x:.2f}"
    def __format__(self, spec):
        return format(self.amount, spec) + " " + self.cur
print(f"{Money(3.14159):.2f}", Money.zero().amount, Money.fmt(2), format(Money(2, "USD"), ">6"))
