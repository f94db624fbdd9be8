class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            print("class access", objtype.__name__)
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("set", value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete")
        delattr(obj, self.name)
class C:
    x = Desc()
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        print("p set", v)
    @p.deleter
    def p(self):
        print("p del")
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm(a, b):
        return a + b
c = C()
print(c.x)
c.x = 5
print(c.x)
del c.x
print(c.x)
print(type(C.x).__name__)
print(type(C.p).__name__, C.p.fget.__name__, isinstance(C.p, property))
c.p = 3
del c.p
print(C.cm(), c.cm(), C.sm(1, 2), c.sm(3, 4))
print(isinstance(C.__dict__["cm"], classmethod), isinstance(C.__dict__["sm"], staticmethod))
class Ro:
    @property
    def v(self): return 1
r = Ro()
try:
    r.v = 2
except AttributeError as e:
    print(e)
try:
    del r.v
except AttributeError as e:
    print(e)
class NonData:
    def __get__(self, obj, typ=None):
        return 42
class D:
    nd = NonData()
d = D()
print(d.nd, D.nd)
d.__dict__["nd"] = 7
print(d.nd)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner):
        if obj is None: return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
class Person:
    age = Typed(int)
    def __init__(self, age): self.age = age
p = Person(3)
print(p.age)
try:
    Person("x")
except TypeError as e:
    print(e)
