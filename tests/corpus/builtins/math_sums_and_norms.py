# math.fsum (exact), math.prod (any `*`), math.hypot and math.dist (the compensated norm).
import math


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


inf, nan = float("inf"), float("nan")
t("fsum", lambda: [math.fsum(v) for v in ([0.1] * 10, [1e100, 1.0, -1e100], [1e16, 1.0, 1e-16],
                                         [1, 1e100, 1, -1e100] * 1000, [2**53, -0.5, -2.0**-54],
                                         [1e308, -1e308, 1e308], [], [-0.0], [0.1, 0.2, 0.3],
                                         [1, 2, 10**20], [True, 2.5], range(10),
                                         [1.7976931348623157e308, -1e292, 1e292])])
t("fsum inf", lambda: math.fsum([inf, -inf]))
t("fsum inf 1", lambda: math.fsum([inf, 1]))
t("fsum nan", lambda: math.fsum([nan, 1]))
t("fsum overflow", lambda: math.fsum([1e308, 1e308]))
t("fsum str", lambda: math.fsum(["a"]))
t("fsum int", lambda: math.fsum(5))
t("fsum gen", lambda: math.fsum(x / 10 for x in range(100)))
t("prod", lambda: [math.prod([]), math.prod([1, 2, 3]), math.prod([2, 3], start=1.5),
                   math.prod(range(1, 30)), math.prod(["a", 2]), math.prod([2, "ab"]),
                   math.prod([2**62, 4]), math.prod([], start="s"), math.prod((0.5, 4))])
t("prod none", lambda: math.prod())
t("prod 2 positional", lambda: math.prod([2, 3], 2))
t("prod only start", lambda: math.prod(start=2))
t("prod int", lambda: math.prod(5))
t("prod bad item", lambda: math.prod([1, None]))


class Vec:
    def __init__(self, n):
        self.n = n

    def __mul__(self, other):
        return Vec(self.n * other)

    def __rmul__(self, other):
        return Vec(other * self.n * 10)

    def __repr__(self):
        return f"Vec({self.n})"


t("prod dunder", lambda: [math.prod([Vec(2), 3]), math.prod([3, Vec(2)])])
t("hypot", lambda: [math.hypot(*v) for v in [(3, 4), (1, 2, 3), (0.1, 0.2, 0.3, 0.4),
                                            (1e-310, 3e-310), (1e308, 1e308), (1.5e308, 1.5e308),
                                            (5e-324,), (), (-3,), (1,) * 7, (1e-200, 1e200),
                                            (0.3, 0.7, 1.1, 1.3, 1.7, 1.9, 2.3), (-0.0, 0.0),
                                            (2**60, 1), (True, True)]])
t("hypot many", lambda: [math.hypot(*[i / 7 for i in range(n)]) for n in range(2, 30)])
t("hypot inf nan", lambda: math.hypot(inf, nan))
t("hypot nan", lambda: math.hypot(1, nan))
t("hypot str", lambda: math.hypot(1, "x"))
t("dist", lambda: [math.dist((1, 2, 3), (4, 6, 3)), math.dist([1, 2], [1, 2]),
                   math.dist(iter([1]), (1,)), math.dist((0.1, 0.2), (0.7, -0.3)),
                   math.dist((), ()), math.dist((1e308,), (-1e308,))])
t("dist lengths", lambda: math.dist((1, 2), (1,)))
t("dist str", lambda: math.dist((1, "a"), (1, 2)))
t("dist int", lambda: math.dist(1, 2))
