# Metaclass errors with CPython's messages: conflicts, bad __new__ arguments, missing special
# methods on classes, a metaclass that is not a class.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


def conflict():
    class C(A, B):
        pass


t("conflict", conflict)


def conflict_explicit():
    class D(A, metaclass=M2):
        pass


t("conflict explicit", conflict_explicit)


class M3(M1):
    pass


def derived_wins():
    class E(A, metaclass=M3):
        pass

    return type(E)


t("derived wins", derived_wins)


def base_wins():
    class F(A, metaclass=type):
        pass

    return type(F)


t("base wins", base_wins)
t("len(A)", lambda: len(A))
t("iter(A)", lambda: iter(A))
t("A[0]", lambda: A[0])
t("1 in A", lambda: 1 in A)
t("A | 3", lambda: A | 3)
t("A | B", lambda: A | B)
t("M1('X')", lambda: M1("X"))
t("M1(1, 2, 3)", lambda: M1(1, 2, 3))
t("M1('X', (), {})", lambda: M1("X", (), {}))
t("type(M1('X', (), {}))", lambda: type(M1("X", (), {})))
t("type('T', (A,), {})", lambda: type(type("T", (A,), {})))
t("type.__new__(M1, 'Y', (), {})", lambda: type.__new__(M1, "Y", (), {}))
t("type.__new__(int, 'Y', (), {})", lambda: type.__new__(int, "Y", (), {}))


def not_callable_meta():
    class G(metaclass=5):
        pass


t("metaclass=5", not_callable_meta)


def function_meta():
    def make(name, bases, ns):
        return f"made {name} {sorted(k for k in ns if not k.startswith('__'))}"

    class H(metaclass=make):
        z = 1

    return H


t("function metaclass", function_meta)


def abc_and_metaclass():
    from abc import ABC

    class J(ABC, metaclass=M1):
        pass


t("ABC and a metaclass", abc_and_metaclass)


def abc_then_metaclass_base():
    from collections.abc import Iterable

    class K(Iterable, A):
        def __iter__(self):
            return iter(())


t("collections.abc and a metaclass base", abc_then_metaclass_base)
