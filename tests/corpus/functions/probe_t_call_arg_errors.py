def f(a, b, c=3, *, d, e=5): pass
def g(x, /, y): pass
class K:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=1, d=1),
    lambda: g(x=1, y=2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.s(),
    lambda: K.c(1, 2),
    lambda: (lambda x: x)(),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)
