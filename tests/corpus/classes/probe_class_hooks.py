class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    title = Field()
    count = Field()
m = Model()
m.title = "hello"
print(m.title, m.count, Model.title.name)
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls
class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.registry))
try:
    class Bad(Plugin, name="bad", colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __slots__ = ("z",)
p = Point3(1, 2)
p.z = 3
print(p.x, p.y, p.z, hasattr(p, "__dict__"))
try:
    p.w = 4
except AttributeError as e:
    print(str(e).startswith("'Point3' object has no attribute 'w'"))
class Loose(Point):
    pass
q = Loose(1, 2)
q.extra = 5
print(q.extra, "extra" in q.__dict__)
