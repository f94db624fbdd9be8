def f(a, b, c=3, *, d, e=5): pass
def g(x, /, y): pass
class K:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
tests = [
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [].index(3),
    lambda: (1, 2).index(3),
    lambda: [].remove(1),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: {}[[]],
    lambda: {[]: 1},
    lambda: {{}},
    lambda: hash([]),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: next([]),
    lambda: range(1.5),
    lambda: range(1, 2, 0),
    lambda: {"a": 1}["b"],
    lambda: [1, 2, 3][::0],
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)
