def f():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print("caught", e)
def after():
    try:
        pass
    finally:
        pass
    raise
try:
    after()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise TypeError("a")
except TypeError:
    try:
        raise ValueError("b")
    except ValueError:
        pass
    try:
        raise
    except TypeError as e:
        print("re-raised", e)
raise
