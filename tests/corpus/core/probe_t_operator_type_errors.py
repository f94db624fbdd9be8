def f(a, b, c=3, *, d, e=5): pass
def g(x, /, y): pass
class K:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
tests = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: None + 1,
    lambda: sorted([1, "a"]),
    lambda: 1 < "a",
    lambda: [1] < ["a"],
    lambda: getattr(1, "foo"),
    lambda: "x".foo,
    lambda: [].appendd,
    lambda: None.x,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: divmod(1, 0),
    lambda: 2 ** -1 // 0,
    lambda: object().x,
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)
