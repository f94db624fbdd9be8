def g():
    yield 1
    return "the value"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
