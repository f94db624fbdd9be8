def f(a, b, c=3, *, d, e=5): pass
def g(x, /, y): pass
class K:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
tests = [
    lambda: int("12", 2),
    lambda: int("  7  "),
    lambda: int("1_000"),
    lambda: int("1__0"),
    lambda: float("1e"),
    lambda: float("inf"),
    lambda: float(" nan "),
    lambda: float("1_0.5"),
    lambda: int(3.9),
    lambda: int("3.9"),
    lambda: int(None),
    lambda: round("x"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: ord(""),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)
