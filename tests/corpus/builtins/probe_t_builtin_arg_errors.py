def f(a, b, c=3, *, d, e=5): pass
def g(x, /, y): pass
class K:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
tests = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: abs(),
    lambda: divmod(1),
    lambda: max(),
    lambda: min([]),
    lambda: sum(1),
    lambda: sum(["a"], ""),
    lambda: tuple(1),
    lambda: list(None),
    lambda: dict([1]),
    lambda: dict([(1, 2, 3)]),
    lambda: zip(1),
    lambda: enumerate(1),
    lambda: isinstance(1, 1),
    lambda: issubclass(1, int),
    lambda: print(sep=1),
    lambda: bool(1, 2),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)
