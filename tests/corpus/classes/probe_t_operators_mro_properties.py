class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x}, {self.y})"
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __neg__(self): return Vector(-self.x, -self.y)
    def __lt__(self, o): return abs(self) < abs(o)
v = Vector(3, 4)
print(v + v, v * 2, 2 * v, abs(v), bool(Vector(0, 0)), len(v), v[0], list(v), -v, v == Vector(3, 4), v != v, {v: 1}[Vector(3, 4)], sorted([v, Vector(1, 1)]), max(v, Vector(9, 9)))
try:
    v + 1
except AttributeError as e: print(e)
try:
    v - v
except TypeError as e: print(e)
try:
    v < 1
except AttributeError as e: print(e)
try:
    Vector(1)
except TypeError as e: print(e)
try:
    Vector(1, 2, 3)
except TypeError as e: print(e)
class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B+" + super().hello()
class C(A):
    def hello(self): return "C+" + super().hello()
class D(B, C):
    def hello(self): return "D+" + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__], D.mro()[1].__name__)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
t = Temp(); t.c = 5; print(t.c)
try: t.c = -300
except ValueError as e: print(e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2 = Counter(), Counter()
print(Counter.count, c1.id, c2.id, c1.count)
c1.count = 99; print(Counter.count, c1.count, c2.count)
print(type(c1).__name__, type(c1) is Counter, isinstance(c1, object), issubclass(Counter, object), Counter.__name__, Counter.__qualname__, c1.__class__.__name__)
print(hasattr(c1, "id"), getattr(c1, "nope", "dflt"), vars(c1), c1.__dict__)
setattr(c1, "new", 1); delattr(c1, "new"); print(hasattr(c1, "new"))
try: delattr(c1, "new")
except AttributeError as e: print(e)
class Abstract:
    def area(self): raise NotImplementedError("subclass must implement")
try: Abstract().area()
except NotImplementedError as e: print(e)
class Meta:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class T1(Meta, tag="one"): pass
print(T1.tag)
class WithClassVar:
    items = []
    def add(self, x): self.items.append(x)
w1, w2 = WithClassVar(), WithClassVar(); w1.add(1); print(w2.items)
print(str(Vector), repr(Vector), Vector.__init__.__name__, Vector.__module__)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None); return True
with Ctx() as cx:
    raise ValueError("x")
print("after with")
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try: hash(Num(1))
except TypeError as e: print(e)
print(Num(1) == Num(1), Num(1) in [Num(1)], [Num(2)].index(Num(2)), [Num(1), Num(1)].count(Num(1)))
class Base2:
    def __init__(self, name): self.name = name
class Child2(Base2):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def __str__(self): return f"{self.name} ({self.age})"
print(Child2("Ann", 30), [str(Child2("B", 1))], f"{Child2('C', 2)!s}")
print(callable(Child2), callable(Child2("a", 1)), Child2.__bases__, Child2.__base__)
