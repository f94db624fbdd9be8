# super() and __class__ in classes made by a metaclass, class decorators, a metaclass
# __getattr__, a metaclass made by type(), __prepare__ seeding the namespace, ABC conflicts.
from abc import ABC, abstractmethod


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registered = True

    def hello(self):
        return f"hello from {self.tag} {__class__.__name__}"


class Child(Base):
    def hello(self):
        return "child " + super().hello()


print(Child().hello(), Child.tag, Child.registered, Child.__qualname__, Child.__module__)


def deco(cls):
    cls.decorated = True
    return cls


@deco
class D(metaclass=Meta):
    pass


print(D.decorated, D.tag, type(D).__name__)

try:
    class Bad(ABC, metaclass=Meta):
        @abstractmethod
        def f(self): ...
    print("made", type(Bad).__name__)
except TypeError as e:
    print("TypeError", e)


class Attrs(type):
    def __getattr__(cls, name):
        return f"dynamic {name}"


class Dyn(metaclass=Attrs):
    real = 1


print(Dyn.real, Dyn.anything, getattr(Dyn, "other"))
M2 = type("M2", (type,), {"greet": lambda cls: "hi " + cls.__name__})
X = M2("X", (), {})
print(X.greet(), type(X) is M2, M2.__mro__)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"order_seen": []}

    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("_") and k != "order_seen"]
        return super().__new__(mcls, name, bases, ns)


class Rec(metaclass=Ordered):
    b = 1
    a = 2

    def m(self):
        pass


print(Rec.fields, Rec.order_seen)
print(repr(Meta), Meta.__name__, Meta.__class__, isinstance(Meta, type), callable(Child))
print(Child.__class__.__class__, type.__class__)
