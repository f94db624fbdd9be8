"""aiterscope's abc: ABC and abstractmethod without a real ABCMeta metaclass.

A class deriving from ABC gets its registry and __abstractmethods__ when it is created
(ABC.__init_subclass__); isinstance/issubclass and object.__new__ consult them natively
(modules/abc.rs).
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abc_subclass_init(cls, /, **kwargs):
    """The __init_subclass__ of ABC and of the other roots of ABCs (collections.abc, typing)."""
    if kwargs:
        raise TypeError(f"{cls.__name__}.__init_subclass__() takes no keyword arguments")
    _abc_init(cls)


@classmethod
def _abc_register_method(cls, subclass):
    """ABCMeta.register: makes `subclass` a virtual subclass of `cls`."""
    return _abc_register(cls, subclass)


class ABC:
    __slots__ = ()
    __init_subclass__ = _abc_subclass_init
    register = _abc_register_method


_abc_init(ABC)


class ABCMeta:
    """Stands for the metaclass: `class C(metaclass=ABCMeta)` makes C an ABC (the runtime
    handles the keyword; type(C) stays `type`, and metaclasses deriving from this are
    refused by name)."""
