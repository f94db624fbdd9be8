# The metaclass's __call__ runs instantiation (singletons, counting), and special methods of a
# class are looked up on its metaclass: len, iter, for, [], in, repr, ==, bool, |.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        self.name = name
        self.debug = debug


a = Config("app", debug=True)
b = Config("other")
print(a is b, a.name, b.debug)


class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._items = [k for k in ns if not k.startswith("_")]
        return cls

    def __len__(cls):
        return len(cls._items)

    def __iter__(cls):
        return iter(cls._items)

    def __getitem__(cls, key):
        return getattr(cls, cls._items[key])

    def __contains__(cls, name):
        return name in cls._items

    def __repr__(cls):
        return f"<Registry {cls.__name__}: {', '.join(cls._items)}>"

    def __bool__(cls):
        return bool(cls._items)

    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"


class Colors(metaclass=Registry):
    red = 1
    green = 2
    blue = 3


class Empty(metaclass=Registry):
    pass


print(len(Colors), list(Colors), Colors[1], "red" in Colors, "pink" in Colors)
for name in Colors:
    print("item", name)
print(repr(Colors), str(Colors), f"{Colors}")
print(bool(Colors), bool(Empty), "yes" if Empty else "no")
print(Colors | Empty)
print([Colors, Empty])
print(Colors == Colors, Colors == Empty, Colors != Empty)
print(sorted(Colors), max(Colors), dict.fromkeys(Colors, 0))
