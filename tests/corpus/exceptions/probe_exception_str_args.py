for e in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(3), StopIteration(5), Exception(None), RuntimeError("")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e), e.args, str(e))
try:
    [][0]
except IndexError as e:
    print(e, e.args)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(42)
except MyErr as e:
    print(e, e.code, e.args, repr(e), isinstance(e, Exception))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(repr(e), e.args, str(e))
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
raise KeyError("final")
