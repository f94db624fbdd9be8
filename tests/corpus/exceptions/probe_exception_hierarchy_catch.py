for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, NotImplementedError, UnboundLocalError, ModuleNotFoundError, StopAsyncIteration, TimeoutError]:
    print(exc.__name__, [b.__name__ for b in exc.__mro__])
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple caught", type(e).__name__, e)
try:
    try:
        raise ValueError
    except TypeError:
        print("wrong")
except Exception as e:
    print("outer", repr(e))
def gen_exit():
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
try:
    gen_exit()
except BaseException as e:
    print("base", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    pass
except* ValueError:
    pass
print(issubclass(TimeoutError, OSError), issubclass(bool, int), issubclass(KeyError, (IndexError, LookupError)))
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print(type(e).__mro__[1].__name__)
