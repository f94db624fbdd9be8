# The order of __set_name__, __init_subclass__, the metaclass's __new__ and __init__, and
# a metaclass's __init_subclass__ when the metaclass itself is subclassed.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new start", name, kw)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("meta new end", name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name, kw)
        super().__init__(name, bases, ns, **kw)

    def __init_subclass__(mcls, **kw):
        print("metaclass subclassed", mcls.__name__)


class SubMeta(Meta):
    pass


class Base(metaclass=Meta):
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag)
        super().__init_subclass__(**kw)


class Child(Base, tag="t1"):
    f = Field()


class Grand(Child, metaclass=SubMeta):
    g = Field()


print(type(Grand).__name__, Grand.__mro__)
X = SubMeta("X", (Base,), {"h": Field()}, tag="dyn")
print(type(X).__name__, X.__bases__)
