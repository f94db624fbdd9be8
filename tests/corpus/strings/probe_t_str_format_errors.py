def f(a, b, c=3, *, d, e=5): pass
def g(x, /, y): pass
class K:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
tests = [
    lambda: "abc".index("z"),
    lambda: "abc"[5],
    lambda: "{}".format(),
    lambda: "{0} {2}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: f"{1:q}",
    lambda: format("x", "d"),
    lambda: format(1.5, "d"),
    lambda: ",".join([1]),
    lambda: "a".split(""),
    lambda: "a".center(),
    lambda: "x".replace(1, 2),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)
