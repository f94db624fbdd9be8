def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
g = gen()
print(next(g), g.send("a"), g.throw(ValueError("bad")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
g = gen()
try:
    g.send(5)
except TypeError as e:
    print(e)
print(next(g)); g.close(); print("closed")
try: next(g)
except StopIteration: print("exhausted")
def ret():
    yield 1
    return "done"
g = ret(); next(g)
try: next(g)
except StopIteration as e: print(repr(e), e.value)
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def stopper():
    raise StopIteration("x")
    yield
try: next(stopper())
except RuntimeError as e: print(e, type(e.__cause__).__name__)
def deleg():
    r = yield from ret()
    print("r", r)
    yield from [10, 20]
print(list(deleg()))
g = (i * i for i in range(3))
print(next(g), list(g), list(g))
def running():
    g.send(None)
g = (x for x in [1])
print(type(g).__name__, g.__name__ if hasattr(g, "__name__") else "")
def me():
    yield g2.send(None)
g2 = me()
try: next(g2)
except ValueError as e: print(e)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset": n = 0
        else: n += 1
c = counter(); next(c)
print(c.send(None), c.send(None), c.send("reset"), c.send(None))
g = gen(); next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(g.gi_running if hasattr(g, "gi_running") else "")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)])
