try:
    try:
        [][0]
    except IndexError:
        raise ValueError("clean message") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    int("x")
except ValueError:
    raise KeyError("k") from None
