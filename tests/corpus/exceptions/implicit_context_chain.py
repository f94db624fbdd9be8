def cleanup():
    raise RuntimeError("cleanup failed")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    1 / 0
except ZeroDivisionError:
    cleanup()
