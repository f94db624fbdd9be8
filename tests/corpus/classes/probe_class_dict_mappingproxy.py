class A:
    "doc"
    x = 1
    def method(self):
        return 2
class B(A):
    y = 2
class E(Exception):
    pass
def public(ns):
    return {k: v for k, v in ns.items() if not k.startswith("__")}
print(type(A.__dict__).__name__, public(B.__dict__), list(public(A.__dict__)))
print(repr(B.__dict__).startswith("mappingproxy({"), str(B.__dict__).startswith("{'__module__'"))
print(A.__dict__["__dict__"], type(A.__dict__["__dict__"]).__name__, A.__dict__["__weakref__"])
print("__dict__" in B.__dict__, "__weakref__" in E.__dict__, "__dict__" in E.__dict__)
print(A.__dict__["__doc__"], B.__dict__["__doc__"], B.__dict__.get("__module__"))
print(A.__dict__.get("x"), A.__dict__.get("nope"), A.__dict__.get("nope", 0), "x" in A.__dict__, "y" in A.__dict__)
print(callable(A.__dict__["method"]), A.__dict__["method"].__name__)
print(sorted(k for k in A.__dict__.keys() if not k.startswith("__")))
print(sorted(v for k, v in B.__dict__.items() if k == "y"), len(B.__dict__) == len(dict(B.__dict__)))
for k in B.__dict__:
    if not k.startswith("__"):
        print("key", k)
try:
    A.__dict__["x"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.__dict__["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__dict__.update({})
except AttributeError as e:
    print(e)
try:
    A.__dict__["missing"]
except KeyError as e:
    print("KeyError", e)
A.z = 3
print(A.__dict__["z"], vars(A)["z"], public(vars(A)))
print(public(B.__dict__ | {"z": 1}))
class Base:
    pass
class Child1(Base):
    pass
class Child2(Base):
    pass
class Grand(Child1):
    pass
print([c.__name__ for c in Base.__subclasses__()], Grand.__subclasses__(), Child1.__subclasses__())
def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out
print(all_subclasses(Base))
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
class Csv(Plugin): pass
class Json(Plugin): pass
print(Plugin.registry, [c.__name__ for c in Plugin.__subclasses__()])
try:
    Base.__subclasses__(1)
except TypeError as e:
    print(e)
