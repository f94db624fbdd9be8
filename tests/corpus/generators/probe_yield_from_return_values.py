def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print("inner got", got)
    return f"inner done {n}"
def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(1)
    print("r2 =", r2)
    return "outer done"
g = outer()
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
def yf_iter():
    yield from "ab"
    yield from (i for i in range(2))
    return (yield from [9])
print(list(yf_iter()))
def ret():
    return 5
    yield
g = ret()
try:
    next(g)
except StopIteration as e:
    print(e.value, repr(e))
def stop_in_gen():
    yield 1
    raise StopIteration("oops")
try:
    list(stop_in_gen())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
