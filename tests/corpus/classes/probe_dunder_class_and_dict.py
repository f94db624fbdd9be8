class Animal:
    def kind(self):
        return __class__.__name__, type(self).__name__, self.__class__.__name__
class Cat(Animal):
    pass
print(Cat().kind())
c = Cat()
c.__dict__["sound"] = "meow"
print(c.sound, c.__dict__)
c.__class__ = Animal
print(type(c).__name__, isinstance(c, Cat))
print(Cat.__dict__.get("kind"), "kind" in Animal.__dict__, type(Animal.__dict__).__name__)
class WithRepr:
    def __repr__(self):
        return "WR"
    def __str__(self):
        return "str-WR"
w = WithRepr()
print(w, [w], str(w), repr(w), f"{w}", f"{w!r}", "%s %r" % (w, w), str([w]), (w,))
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str([o])[:10] == "[<__main__" , format(o), "{}".format(o))
