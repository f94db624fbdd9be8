def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"no {k}") from None
try:
    lookup({}, "x")
except ValueError as e:
    print(e, e.__cause__, e.__context__ is not None, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrap") from z
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__cause__ is e.__context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(e)
lookup({}, "final")
