Point = type("Point", (), {"x": 1, "show": lambda self: f"x={self.x}"})
p = Point()
print(Point.__name__, p.show(), type(p).__name__, Point.__bases__)
Sub = type("Sub", (Point,), {})
print(Sub().show(), issubclass(Sub, Point))
class C:
    a = 1
    def __init__(self):
        self.b = 2
    def m(self):
        pass
c = C()
print(vars(c), [n for n in dir(c) if not n.startswith("__")], "m" in dir(C), "__init__" in dir(c))
print(sorted(vars(C).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__qualname__"}) if False else "")
try:
    vars(5)
except TypeError as e:
    print(e)
print(type(5), type("s"), type(None), type([]) is list, type(type(5)), type(C), type(c))
print(C.__doc__, C.m.__doc__, len.__doc__ is not None)
class D:
    """Docstring of D."""
    def f(self):
        "f doc"
print(D.__doc__, D.f.__doc__, D().f.__doc__)
