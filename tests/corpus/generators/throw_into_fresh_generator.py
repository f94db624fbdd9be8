def g():
    print("never runs")
    yield 1
it = g()
try:
    it.throw(RuntimeError("early"))
except RuntimeError as e:
    print("propagated", e)
print(next(it, "exhausted"))
