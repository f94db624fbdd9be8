"""aiterscope's typing: type variables, generic classes and the aliases annotations use.

The aliases (List, AsyncIterator...) stand for their classes in isinstance/issubclass and
as bases; subscripting one gives an alias with CPython's repr, __origin__ and __args__.
Union, Optional, Literal, Callable and the other special forms build the same kind of
alias. Protocol classes are ABCs, and runtime_checkable gives them a structural check.
"""

import collections
import collections.abc
import types as _types
from abc import ABC, _abc_init, _abc_protocol, _abc_register_method, _abc_subclass_init

TYPE_CHECKING = False


def _type_repr(obj):
    # As types.UnionType shows members, except that typing spells type(None) out.
    if obj is type(None):
        return "NoneType"
    if isinstance(obj, (list, tuple)):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return _types._type_repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    return arg


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        if covariant and contravariant:
            raise ValueError("Bivariant type variables are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__infer_variance__ = infer_variance

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ""
        elif self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _AliasOps:
    """What subscripted and plain aliases share: `|`, instantiation of the origin, and the
    origin's other attributes."""

    def _instantiate(self, args, kwargs):
        if self._name is not None and self.__origin__.__module__ == "builtins":
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class _GenericAlias(_AliasOps):
    """A subscripted alias: `List[int]`, `Box[T]`, `Optional[str]`."""

    def __init__(self, origin, args, name=None, module="typing"):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._module = module

    def __repr__(self):
        if self._name is not None:
            head = f"{self._module}.{self._name}"
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return f"{head}[()]"
        return f"{head}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self._instantiate(args, kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            return (self.__origin__,)
        if any(isinstance(b, type) and issubclass(b, Generic) for b in bases if b is not self):
            return (self.__origin__,)
        for b in bases[bases.index(self) + 1:]:
            if isinstance(b, _GenericAlias) and b.__origin__ is Generic:
                return (self.__origin__,)
        return (self.__origin__, Generic)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")



class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        params, result = self.__args__[:-1], self.__args__[-1]
        if len(params) == 1 and params[0] is ...:
            shown = "..."
        else:
            shown = "[" + ", ".join(_type_repr(a) for a in params) + "]"
        return f"typing.Callable[{shown}, {_type_repr(result)}]"


class _SpecialAlias(_AliasOps):
    """An unsubscripted alias of a class: `typing.List`, `typing.AsyncIterator`."""

    def __init__(self, origin, name, nparams):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return f"typing.{self._name}"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for typing.{self._name}; "
                            f"actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self._instantiate(args, kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)



class _TupleAlias(_SpecialAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple")
        return super().__getitem__(params)


class _CallableSpecial(_SpecialAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableAlias(self.__origin__, (..., _type_check(result)), "Callable")
        if not isinstance(args, list):
            raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
        return _CallableAlias(self.__origin__,
                              tuple(_type_check(a) for a in args) + (_type_check(result),),
                              "Callable")


class _SpecialForm:
    """`Any`, `Union`, `Optional`, `Literal`, `ClassVar`...: forms with their own rules."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return f"typing.{self._name}"

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in params:
        p = _type_check(p)
        if isinstance(p, (_UnionAlias, _types.UnionType)):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), "Union")


def _optional(param):
    return _union((param, None))


def _one_arg(name):
    def getitem(param):
        if isinstance(param, tuple):
            raise TypeError(f"typing.{name} accepts only single type.")
        return _GenericAlias(_forms[name], (_type_check(param),), name)
    return getitem


def _literal(params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(Literal, params, "Literal")


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
Literal = _SpecialForm("Literal", _literal)
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
_forms = {"ClassVar": ClassVar, "Final": Final}
ClassVar._getitem = _one_arg("ClassVar")
Final._getitem = _one_arg("Final")


class Generic:
    """The base of generic classes: `class Box(Generic[T])` makes `Box[int]` an alias."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables")
        return _GenericAlias(cls, tuple(_type_check(p) for p in params),
                             None if cls.__module__ != "typing" else cls.__name__)


class Protocol(Generic):
    """A structural interface; with @runtime_checkable, isinstance checks its methods."""

    __slots__ = ()
    __init_subclass__ = _abc_subclass_init
    register = _abc_register_method


_abc_init(Protocol)


def runtime_checkable(cls):
    members = []
    for klass in cls.__mro__:
        if klass in (Protocol, Generic, ABC, object):
            continue
        for name in vars(klass):
            if name.startswith("_abc_") or name in (
                    "__module__", "__qualname__", "__doc__", "__dict__", "__weakref__",
                    "__slots__", "__orig_bases__", "__parameters__", "__abstractmethods__",
                    "__annotations__", "__init__", "__protocol_attrs__"):
                continue
            if name not in members:
                members.append(name)
    _abc_protocol(cls, tuple(members))
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _CallableAlias):
        params, result = tp.__args__[:-1], tp.__args__[-1]
        if len(params) == 1 and params[0] is ...:
            return (..., result)
        return (list(params), result)
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleBase(tuple):
    """What `class P(NamedTuple)` derives from: made a named tuple of its annotated fields
    when the class is created (CPython does it in a metaclass; P's MRO has this class in
    addition to tuple)."""

    __slots__ = ()

    def __init_subclass__(cls, /, **kwargs):
        if kwargs:
            raise TypeError(f"{cls.__name__}.__init_subclass__() takes no keyword arguments")
        if "_fields" in vars(cls) or any("_fields" in vars(b) for b in cls.__mro__[1:-3]):
            return
        fields = tuple(vars(cls).get("__annotations__", {}))
        defaults = []
        for name in fields:
            if name in vars(cls):
                defaults.append(vars(cls)[name])
            elif defaults:
                default_names = [n for n in fields if n in vars(cls)]
                plural = "s" if len(default_names) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{plural} {', '.join(default_names)}")
        template = collections.namedtuple(cls.__name__, fields, defaults=defaults)
        for key in ("__new__", "__repr__", "_asdict", "_fields", "_field_defaults"):
            setattr(cls, key, vars(template)[key])
        for name in fields:
            setattr(cls, name, vars(template)[name])
        cls.__match_args__ = fields

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(self._fields, self)]
        if kwargs:
            raise ValueError(f"Got unexpected field names: {list(kwargs)!r}")
        return tuple.__new__(type(self), values)

    @classmethod
    def _make(cls, iterable):
        return tuple.__new__(cls, iterable)


class _NamedTupleFactory:
    """`typing.NamedTuple`: a base for named tuple classes, or a call making one."""

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        annotations = {name: _type_check(tp) for name, tp in fields}
        return type(typename, (_NamedTupleBase,), {"__annotations__": annotations,
                                                   "__module__": "__main__"})

    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)

    def __repr__(self):
        return "<function NamedTuple>"


NamedTuple = _NamedTupleFactory()


class _TypedDictBase(dict):
    """What `class Movie(TypedDict)` derives from: calling the class makes a plain dict."""

    def __init_subclass__(cls, /, total=True, **kwargs):
        if kwargs:
            raise TypeError(f"{cls.__name__}.__init_subclass__() takes no keyword arguments")
        own = dict(vars(cls).get("__annotations__", {}))
        annotations, required, optional = {}, set(), set()
        for base in reversed(cls.__mro__[1:]):
            annotations.update(vars(base).get("__annotations__", {}))
            required |= set(vars(base).get("__required_keys__", ()))
            optional |= set(vars(base).get("__optional_keys__", ()))
        annotations.update(own)
        (required if total else optional).update(own)
        cls.__annotations__ = annotations
        cls.__total__ = total
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class _TypedDictFactory:
    """`typing.TypedDict`: a base for typed dict classes, or a call making one."""

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        fields = dict(fields or {}, **kwargs)
        return type(typename, (_TypedDictBase,), {"__annotations__": fields,
                                                  "__module__": "__main__"})

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)

    def __repr__(self):
        return "<function TypedDict>"


TypedDict = _TypedDictFactory()

_abc = collections.abc
List = _SpecialAlias(list, "List", 1)
Dict = _SpecialAlias(dict, "Dict", 2)
Set = _SpecialAlias(set, "Set", 1)
FrozenSet = _SpecialAlias(frozenset, "FrozenSet", 1)
Tuple = _TupleAlias(tuple, "Tuple", -1)
Type = _SpecialAlias(type, "Type", 1)
Callable = _CallableSpecial(_abc.Callable, "Callable", 2)
Iterable = _SpecialAlias(_abc.Iterable, "Iterable", 1)
Iterator = _SpecialAlias(_abc.Iterator, "Iterator", 1)
Reversible = _SpecialAlias(_abc.Reversible, "Reversible", 1)
Generator = _SpecialAlias(_abc.Generator, "Generator", 3)
AsyncIterable = _SpecialAlias(_abc.AsyncIterable, "AsyncIterable", 1)
AsyncIterator = _SpecialAlias(_abc.AsyncIterator, "AsyncIterator", 1)
AsyncGenerator = _SpecialAlias(_abc.AsyncGenerator, "AsyncGenerator", 2)
Awaitable = _SpecialAlias(_abc.Awaitable, "Awaitable", 1)
Coroutine = _SpecialAlias(_abc.Coroutine, "Coroutine", 3)
Sized = _SpecialAlias(_abc.Sized, "Sized", 0)
Hashable = _SpecialAlias(_abc.Hashable, "Hashable", 0)
Container = _SpecialAlias(_abc.Container, "Container", 1)
Collection = _SpecialAlias(_abc.Collection, "Collection", 1)
Sequence = _SpecialAlias(_abc.Sequence, "Sequence", 1)
MutableSequence = _SpecialAlias(_abc.MutableSequence, "MutableSequence", 1)
Mapping = _SpecialAlias(_abc.Mapping, "Mapping", 2)
MutableMapping = _SpecialAlias(_abc.MutableMapping, "MutableMapping", 2)
AbstractSet = _SpecialAlias(_abc.Set, "AbstractSet", 1)
MutableSet = _SpecialAlias(_abc.MutableSet, "MutableSet", 1)
KeysView = _SpecialAlias(_abc.KeysView, "KeysView", 1)
ItemsView = _SpecialAlias(_abc.ItemsView, "ItemsView", 2)
ValuesView = _SpecialAlias(_abc.ValuesView, "ValuesView", 1)
del _abc
