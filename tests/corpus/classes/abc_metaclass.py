# class C(metaclass=ABCMeta): abstract methods, subclasses and register() as with abc.ABC;
# metaclass=type is a plain class.
from abc import ABCMeta, abstractmethod


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...


class Impl(Base):
    def run(self):
        return "ran"


class Half(Base):
    pass


t("Base()", lambda: Base())
t("Half()", lambda: Half())
t("Impl().run()", lambda: Impl().run())
t("isinstance", lambda: (isinstance(Impl(), Base), issubclass(Half, Base), Base.__mro__))


class Other:
    pass


Base.register(Other)
t("registered", lambda: (isinstance(Other(), Base), issubclass(Other, Impl)))


class Plain(metaclass=type):
    x = 1


t("plain", lambda: (Plain.x, Plain.__mro__))
