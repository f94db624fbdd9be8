"""aiterscope's types: the types of built-in objects, SimpleNamespace, and the objects behind
`int | None` (UnionType) and `list[int]` (GenericAlias), which the runtime builds here.
"""


def _type_repr(obj):
    if isinstance(obj, type):
        if obj is type(None):
            return "None"
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    return repr(obj)


class GenericAlias:
    """A subscripted built-in class: `list[int]`, `dict[str, list[int]]`."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if not self.__args__:
            return f"{_type_repr(self.__origin__)}[()]"
        return f"{_type_repr(self.__origin__)}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __or__(self, other):
        return _union_of(self, other)

    def __ror__(self, other):
        return _union_of(other, self)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class UnionType:
    """`X | Y` of classes: a union usable with isinstance and in annotations."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_of(self, other)

    def __ror__(self, other):
        return _union_of(other, self)

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if issubclass(cls, a):
                return True
        return False


def _union_of(a, b):
    """`a | b` for classes, None, GenericAlias and UnionType operands (flattened, deduplicated,
    a single member returned as itself)."""
    for x in (a, b):
        if not (x is None or isinstance(x, (type, GenericAlias, UnionType))):
            return NotImplemented
    members = []
    for x in (a, b):
        for m in (x.__args__ if isinstance(x, UnionType) else (x,)):
            if m is None:
                m = type(None)
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    return UnionType(tuple(members))


class SimpleNamespace:
    """Attribute access to keyword arguments: `SimpleNamespace(a=1).a`."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def _f():
    pass


async def _c():
    pass


async def _ag():
    yield


def _g():
    yield


FunctionType = type(_f)
LambdaType = type(lambda: None)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodType = type(SimpleNamespace().__eq__)
GeneratorType = type(_g())
_c = _c()
CoroutineType = type(_c)
_c.close()
AsyncGeneratorType = type(_ag())
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
del _f, _c, _ag, _g
