# A metaclass: __prepare__, __new__ via super(), __init__, type(C), isinstance, methods of the
# metaclass bound to the class, attribute fallback to the metaclass, inheritance of the metaclass.
log = []


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", mcls.__name__, name, len(bases), kw))
        return {"injected": 42}

    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", mcls.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw))
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", cls.__name__, kw))
        super().__init__(name, bases, ns)

    def describe(cls):
        return f"{cls.__name__} made by {type(cls).__name__}"

    meta_only = "from the metaclass"


class A(metaclass=Meta, flavor="x"):
    x = 1

    def __init_subclass__(cls, **kw):
        log.append(("init_subclass", cls.__name__, kw))


class B(A):
    y = 2


for entry in log:
    print(entry)
print(type(A) is Meta, type(B) is Meta, type(Meta) is type)
print(isinstance(A, Meta), isinstance(A, type), isinstance(A(), Meta), issubclass(Meta, type))
print(A.injected, A.created_by, B.created_by, A.x, B.y)
print(A.describe(), B.describe())
print(A.meta_only, B.meta_only)
print(hasattr(A(), "meta_only"), hasattr(A(), "describe"))
print(Meta.__mro__)
print(A.__class__, B.__class__, A().__class__)
print(repr(A), repr(B))
try:
    A().meta_only
except AttributeError as e:
    print("AttributeError:", e)
