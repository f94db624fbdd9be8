class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NotFound(AppError): pass
try:
    raise NotFound("missing", 404)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise KeyError("x")
    except KeyError:
        return "except"
    else:
        return "else"
    finally:
        print("fin")
print(g())
for i in range(3):
    try:
        if i == 1: continue
        print("body", i)
    finally:
        print("fin", i)
e = KeyError("a", "b"); print(e, repr(e), e.args)
print(str(KeyError("k")), str(KeyError()), str(IndexError("i")))
try:
    raise TypeError("bad type") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
class E2(Exception):
    def __str__(self): return "custom str"
try: raise E2()
except E2 as e: print(e, repr(e))
try:
    raise ExceptionGroup("grp", [ValueError("v"), TypeError("t")])
except* ValueError as eg:
    print("vals", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
print(issubclass(KeyError, LookupError), isinstance(ZeroDivisionError(), ArithmeticError), KeyError.__mro__)
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple catch", e)
def nested():
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            print("ctx", repr(t.__context__))
nested()
try:
    raise Exception("a", 1)
except Exception as e:
    print(e)
x = None
try:
    x.attr
except AttributeError as e:
    print(e)
class P:
    def __init__(self): self.name = "n"
try:
    P().nmae
except AttributeError as e:
    print(e)
import math
try: math.sqrt(-1)
except ValueError as e: print(e)
try: math.floor("x")
except TypeError as e: print(e)
raise NotFound("final", 1)
