def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print("inner handled KeyError")
        yield 99
    finally:
        print("inner finally")
def outer():
    yield from inner()
    yield "outer-after"
g = outer()
print(next(g))
print(g.throw(KeyError))
print(next(g))
g.close()
