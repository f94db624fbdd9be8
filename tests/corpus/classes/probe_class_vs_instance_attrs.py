class Dog:
    tricks = []
    species = "canis"
    def __init__(self, name):
        self.name = name
    def add(self, t):
        self.tricks.append(t)
a, b = Dog("a"), Dog("b")
a.add("roll")
b.species = "wolf"
print(a.tricks, b.tricks, a.species, b.species, Dog.species, "species" in vars(b), vars(a))
Dog.species = "changed"
print(a.species, b.species)
del b.species
print(b.species)
print(Dog.__name__, Dog.__qualname__, Dog.add.__name__, Dog.add.__qualname__, a.__class__.__name__, type(a) is Dog)
class Outer:
    class Inner:
        def m(self):
            pass
    def meth(self):
        def local():
            pass
        return local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().meth().__qualname__, Outer.__module__)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")), a.__dict__, Dog("z").__dict__)
print(getattr(a, "name"), getattr(a, "missing", "dflt"), hasattr(a, "add"), hasattr(a, "nope"), callable(a.add), callable(a), callable(Dog))
setattr(a, "age", 3)
delattr(a, "age")
print(hasattr(a, "age"))
try:
    getattr(a, "missing")
except AttributeError as e:
    print(e)
try:
    del a.nothing
except AttributeError as e:
    print(e)
try:
    Dog.nothing
except AttributeError as e:
    print(e)
