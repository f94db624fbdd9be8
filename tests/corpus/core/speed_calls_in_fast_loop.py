# Python-to-Python calls and returns followed inside the untraced hot loop: defaults,
# methods, closures, generators dropped at a return, a return into code run by the event
# loop, and RecursionError with its traceback.
import asyncio


def add(a, b=10, c=100):
    return a + b + c


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15), add(1), add(1, 2), add(1, 2, 3))


def nothing():
    return "none given"


def four(a, b, c, d):
    return [a, b, c, d]


def ordered(n):
    return [four(i, i + 1, [i], (i,)) for i in range(n)] + [nothing() for _ in range(2)]


print(ordered(3))


class Counter:
    def __init__(self):
        self.n = 0

    def step(self, by=1):
        self.n = self.n + by
        return self.n


c = Counter()
for i in range(5):
    c.step()
    c.step(i)
print(c.n)


def make_adder(k):
    def inner(x):
        return x + k

    return inner


adder = make_adder(7)
print([adder(i) for i in range(4)])


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")


def take_first():
    g = gen()
    first = next(g)
    return first


def caller():
    v = take_first()
    print("after return", v)
    return v + 1


print(caller())


async def compute(n):
    return fib(n) + add(n)


async def main():
    results = await asyncio.gather(compute(5), compute(6))
    print(results)


asyncio.run(main())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0) > 900)


def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1) + 1


boom(3)
