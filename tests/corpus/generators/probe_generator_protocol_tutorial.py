def countdown(n):
    print("start")
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("cleanup")
g = countdown(3)
print(next(g), next(g))
g.close()
print(list(countdown(2)))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
def safe_div():
    while True:
        try:
            a, b = yield
            print(a / b)
        except ZeroDivisionError:
            print("div by zero handled")
d = safe_div()
next(d)
d.send((6, 3))
d.throw(ZeroDivisionError)
d.send((1, 4))
def sub():
    yield 1
    yield 2
    return "done"
def outer():
    result = yield from sub()
    print("sub returned", result)
    yield 3
print(list(outer()))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(3)), 2 in Countdown(5))
gen = (x ** 2 for x in range(4))
print(gen.__next__(), list(gen))
