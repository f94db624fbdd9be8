def f():
    try:
        raise TypeError("original")
    except TypeError:
        print("logging and re-raising")
        raise
f()
