# An int local, an int operand (a constant or another local) and an operator: the untraced
# hot loop runs the three (or four, with the jump after a comparison) together; every result,
# overflow into a big int, error and traceback must be what the steps one by one give.
def arith(x, y):
    out = []
    out.append(x + 1)
    out.append(x - 1)
    out.append(x * 3)
    out.append(x // 7)
    out.append(x % 7)
    out.append(x & 6)
    out.append(x | 8)
    out.append(x ^ 5)
    out.append(x + y)
    out.append(x - y)
    out.append(x * y)
    out.append(x // y)
    out.append(x % y)
    out.append(x ** 2)
    out.append(x / 2)
    out.append(x << 3)
    out.append(x >> 1)
    return out


for a, b in [(10, 3), (-10, 3), (10, -3), (-10, -3), (0, 1), (7, 7)]:
    print(a, b, arith(a, b))


def overflow(x):
    big = x * 4611686018427387904
    more = x + 9223372036854775807
    less = x - 9223372036854775807
    return big, more, less, type(big).__name__


print(overflow(3))
print(overflow(-3))
print(overflow(0))


def compares(x, y):
    seen = []
    if x < 5:
        seen.append("lt5")
    if x <= y:
        seen.append("le")
    if x == 5:
        seen.append("eq5")
    if x != y:
        seen.append("ne")
    if x > y:
        seen.append("gt")
    if not x >= 5:
        seen.append("not ge5")
    flag = x < y
    seen.append(flag)
    while x < y:
        x += 1
    seen.append(x)
    return seen


for a, b in [(1, 9), (5, 5), (9, 1), (-3, -2)]:
    print(a, b, compares(a, b))


def mixed(x, y):
    # The operand is not an int: the general path.
    return x + y


print(mixed(2, 0.5), mixed(2, True), mixed(2, 10**30))


def countdown(n):
    total = 0
    while n > 0:
        total += n
        n -= 1
    return total


print(countdown(1000))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15))


def accumulate(n):
    # The result stored into a local by the next instruction (`total += i`), over an unbound
    # local, an int, a str and a suspended generator (dropped by the store: its finally runs
    # before the next line, as in CPython).
    total = 0
    i = 0
    while i < n:
        total += i
        i = i + 1
    fresh = total - 1
    label = "text"
    label = total * 2
    g = closing_gen()
    next(g)
    g = i + 100
    print("after the store", g)
    return total, fresh, label


def closing_gen():
    try:
        yield 1
    finally:
        print("generator finalized")


print(accumulate(10))


def divide(x, y):
    q = x // 2
    return q + x // y


try:
    print(divide(9, 0))
except ZeroDivisionError as e:
    print("caught", e)


def modulo(x):
    return x % 0


print(divide(9, 2))
modulo(4)
