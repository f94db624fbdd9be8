# Attribute loads and stores repeated at one site while classes change under them: every
# change to a class namespace (or to a base's) must be seen by the next access.


class Base:
    pass


class Point(Base):
    def __init__(self, x):
        self.x = x


def read(objs):
    return [o.x for o in objs]


def write(o, v):
    o.x = v


p = Point(1)
for _ in range(3):
    print(read([p]))

# a property on the base shadows the instance attribute (a data descriptor)
Base.x = property(lambda self: "from property", lambda self, v: print("setter got", v))
print(read([p]))
write(p, 5)
print(p.__dict__)
del Base.x
print(read([p]))
write(p, 6)
print(read([p]))

# a plain class attribute does not shadow the instance attribute, but is read when it is gone
Point.y = "class y"
q = Point(2)
del q.x
try:
    print(q.x)
except AttributeError as e:
    print("AttributeError:", e)
Point.x = "class x"
print(q.x, read([q]))
del Point.x


# __setattr__ added to the base after stores were cached
def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


for v in range(2):
    write(p, v)
Base.__setattr__ = logging_setattr
write(p, 10)
del Base.__setattr__
write(p, 11)
print(read([p]))


# __getattr__ added after a miss
class Lazy:
    pass


lz = Lazy()
for _ in range(2):
    try:
        lz.missing
    except AttributeError as e:
        print("AttributeError:", e)
Lazy.__getattr__ = lambda self, name: "computed " + name
print(lz.missing)

# __class__ assignment moves an instance to a class with different rules
class Other:
    @property
    def x(self):
        return "Other.x"


r = Point(3)
print(read([r]))
r.__class__ = Other
print(read([r]))
r.__class__ = Point
print(read([r]))
