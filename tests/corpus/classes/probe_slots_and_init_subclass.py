class Registry:
    subclasses = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.subclasses.append(cls.__name__)
class A(Registry):
    pass
class B(A):
    pass
print(Registry.subclasses)
class Tagged:
    def __init_subclass__(cls, tag="none"):
        cls.tag = tag
class T1(Tagged, tag="one"):
    pass
class T2(Tagged):
    pass
print(T1.tag, T2.tag)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, "y"), Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, str(e).startswith("'Slotted' object has no attribute 'z'"))
try:
    print(s.y)
except AttributeError as e:
    print(e)
