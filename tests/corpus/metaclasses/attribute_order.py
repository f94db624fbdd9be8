# type.__getattribute__'s order for class attributes: data descriptors on the metaclass first,
# then the class's MRO, then other metaclass attributes; setattr through a metaclass property.
class Meta(type):
    @property
    def kind(cls):
        return "meta-property " + cls.__name__

    @property
    def size(cls):
        return cls._size

    @size.setter
    def size(cls, value):
        print("setting size", value)
        cls._size = value

    label = "meta label"

    def shout(cls):
        return cls.__name__.upper()

    @classmethod
    def meta_cm(mcls):
        return mcls.__name__

    @staticmethod
    def meta_sm(x):
        return x * 2


class C(metaclass=Meta):
    kind = "class kind"
    label = "class label"
    _size = 1


print(C.kind, C.label, C().kind, C().label)
C.size = 5
print(C.size, C._size)
print(C.shout(), C.meta_cm(), C.meta_sm(4))
print(type(C.shout).__name__, C.shout.__self__ is C)
print(getattr(C, "shout")(), hasattr(C, "meta_cm"), "shout" in dir(Meta))
print("shout" in C.__dict__, "label" in C.__dict__)
try:
    C.missing
except AttributeError as e:
    print(e)
C.label = "changed"
print(C.label, Meta.label)
