# A metaclass's __instancecheck__/__subclasscheck__ answer isinstance/issubclass (not for an
# exact instance), its __getitem__ comes before __class_getitem__, and __call__ can refuse.
class Duck(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Quacker), isinstance(3, Quacker), isinstance(Quacker(), Quacker))
print(issubclass(Mallard, Quacker), issubclass(int, Quacker), isinstance(Mallard(), (int, Quacker)))


class Lookup(type):
    def __getitem__(cls, key):
        return f"{cls.__name__}[{key!r}] from the metaclass"


class Table(metaclass=Lookup):
    def __class_getitem__(cls, key):
        return "class_getitem"


class Plain:
    def __class_getitem__(cls, key):
        return f"Plain class_getitem {key}"


print(Table["a"], Plain[int])


class NoInstances(type):
    def __call__(cls, *args, **kwargs):
        raise TypeError(f"{cls.__name__} cannot be instantiated")


class Namespace(metaclass=NoInstances):
    X = 1

    @staticmethod
    def double(v):
        return 2 * v


try:
    Namespace()
except TypeError as e:
    print("TypeError:", e)
print(Namespace.X, Namespace.double(4))


class Counted(type):
    count = 0

    def __call__(cls, *args):
        Counted.count += 1
        obj = super().__call__(*args)
        obj.serial = Counted.count
        return obj


class Widget(metaclass=Counted):
    def __init__(self, name):
        self.name = name


class Button(Widget):
    pass


w, b = Widget("w"), Button("b")
print(w.name, w.serial, b.name, b.serial, type(b).__name__, Counted.count)
try:
    Widget()
except TypeError as e:
    print("TypeError:", e)
