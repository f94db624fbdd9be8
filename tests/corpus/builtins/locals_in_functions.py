# locals() in a function is a snapshot of its bound names (varnames order, then cells, then free
# variables); in a class body its namespace; at module level the globals. Writing to it does
# not change the function's variables.
def outer(p, q):
    z = 0
    w = 5

    def inner(a):
        b = a + p
        print(sorted(locals().items()))
        return b + z

    print(list(locals()))
    inner(3)
    del w
    print(list(locals()))
    u = 1
    return inner


outer(1, 2)


def param_in_cell(p):
    def get():
        return p

    print(locals() == {"p": p, "get": get})


param_in_cell(7)


def snapshot():
    x = 1
    d = locals()
    d["x"] = 99
    print(x, d["x"], locals()["x"])


snapshot()


def varargs(*args, **kw):
    print(locals())


varargs(1, k=2)


class K:
    x = 1
    print([k for k in locals() if not k.startswith("__")], locals()["__qualname__"])


def gen():
    g = 1
    yield locals()


print(next(gen()))
print(sorted(k for k in locals() if not k.startswith("__")))
try:
    locals(1)
except TypeError as e:
    print(e)
try:
    globals(1)
except TypeError as e:
    print(e)
