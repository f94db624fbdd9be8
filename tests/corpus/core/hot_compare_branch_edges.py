# The hot loop runs an int comparison and the branch after it in one go: both branch senses,
# negated, `and`/`or` and `while` comparisons, ints at the 64-bit edges, and operands that take
# the general path (bools, big ints, an int subclass with __lt__, floats, a str); also the int
# fast paths of arithmetic next to loads of unbound and deleted locals.
import sys


class Meter(int):
    def __lt__(self, other):
        print("Meter.__lt__", int(self), other)
        return int(self) < other


def branches(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not a <= b:
        out.append("not-le")
    if a == b or a > b:
        out.append("eq-or-gt")
    if a != b and a >= b:
        out.append("ne-and-ge")
    n = 0
    while a < b and n < 3:
        a += 1
        n += 1
    out.append(n)
    return out


edge = sys.maxsize
for a, b in [(1, 2), (2, 1), (3, 3), (-5, 5), (edge, -edge - 1), (edge, edge + 1),
             (True, 2), (0, False), (2**70, 1), (1, 2**70), (Meter(4), 5)]:
    print(a, b, branches(a, b))


def count_down(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps += 1
    return steps


print(count_down(10), count_down(0), count_down(-3))


def loads(x, y):
    pair = (x, y)
    z = x + y
    w = pair[0] * 3 + 7
    return pair, z, w, [x, y, 1, 2][y]


print(loads(1, 2), loads(-3, 1))


def unbound_second():
    a = 1
    if a > 5:
        b = 2
    return a + b


def deleted_first():
    a = 1
    b = 2
    del a
    return a + b


for fn in (unbound_second, deleted_first):
    try:
        fn()
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def compare_then_fail(a, b):
    if a < b:
        return "yes"
    return "no"


try:
    compare_then_fail(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(compare_then_fail(2**63, 2**62), compare_then_fail(1.5, 2))
