# Positional calls that leave trailing parameters to their defaults (the fast binding moves
# the given arguments and fills in the defaults): shared mutable defaults, bound methods,
# closures over defaulted parameters, recursion, generators, and the general path's errors
# when too few or too many arguments are given.


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))


def span(a, b=10, c=None, d="d"):
    return (a, b, c, d)


for args in [(1,), (1, 2), (1, 2, 3), (1, 2, 3, 4)]:
    print(span(*args), span(args[0]) if len(args) == 1 else "")
print(span(0), span(0, 1), span(0, 1, 2), span(0, 1, 2, 3))


def unbound_later(a, b=2):
    if a > 0:
        c = a + b
    return c


print(unbound_later(1))
try:
    unbound_later(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


class Scale:
    def __init__(self, factor=2):
        self.factor = factor

    def apply(self, x, offset=0, label="v"):
        return f"{label}={x * self.factor + offset}"


s = Scale()
t = Scale(5)
for i in range(3):
    print(s.apply(i), t.apply(i, i), s.apply(i, 1, "w"))
m = t.apply
print(m(7), m(7, 1))


def make_counter(start=0, step=1):
    def counter():
        nonlocal start
        start += step
        return start

    return counter


c1 = make_counter()
c2 = make_counter(100)
c3 = make_counter(5, -1)
print([c1() for _ in range(3)], [c2() for _ in range(2)], [c3() for _ in range(2)])


def depth(n, acc=0):
    if n == 0:
        return acc
    return depth(n - 1, acc + n)


print(depth(100), depth(100, 1))


def countdown(n, stop=0):
    while n > stop:
        yield n
        n -= 1


print(list(countdown(3)), list(countdown(5, 3)))


def needs_two(a, b, c=3):
    return a + b + c


for call in [lambda: needs_two(1), lambda: needs_two(1, 2, 3, 4), lambda: needs_two()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(needs_two(1, 2), needs_two(1, 2, 0))


def default_is_evaluated_once(x, stamp=len(append_to.__defaults__[0])):
    return x, stamp


print(default_is_evaluated_once(1), default_is_evaluated_once(2, 9))
