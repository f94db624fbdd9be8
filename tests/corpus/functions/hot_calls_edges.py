# Python-to-Python calls and returns in tight loops: closures with cell parameters, bound
# methods, generator functions, functions rebound mid-loop, recursion to the limit and back.


def make_adder(k):
    def add(x):
        return x + k

    return add


def cell_param(n):
    # `n` is a parameter captured by a closure: it lives in a cell.
    def get():
        return n

    n += 1
    return get()


def gen(n):
    yield n
    yield n + 1


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self.total


def first(x):
    return x * 2


def second(x):
    return x * 3


def apply(f, x):
    return f(x)


add5 = make_adder(5)
acc = Acc()
total = 0
for i in range(2000):
    total += add5(i) + cell_param(i) + sum(gen(i))
    total += acc.add(i)
    if i == 1000:
        # Rebinding the global mid-loop: the next calls see the new function.
        first = second
    total += apply(first, i)
print(total, acc.total)


def depth(n):
    return 1 + depth(n + 1) if n < 10_000 else 0


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(900))
for attempt in range(3):
    try:
        deep(5000)
    except RecursionError:
        print("again", attempt, deep(10))


def two(a, b):
    return a - b


for args in [(1,), (1, 2, 3)]:
    try:
        two(*args)
    except TypeError as e:
        print(e)
try:
    two(1)
except TypeError as e:
    print(e)
try:
    acc.add(1, 2)
except TypeError as e:
    print(e)
