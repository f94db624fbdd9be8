# functools: partial, reduce errors, lru_cache (typed, bad maxsize), wraps, total_ordering, cached_property, singledispatch, cmp_to_key.
import functools
from functools import *
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def add(a, b, c=0): return a + b + c
p = partial(add, 1, c=5)
t(lambda: p(2))
t(lambda: repr(partial(add, 1, c=5)).replace(hex(id(add)), 'X'))
t(lambda: (p.func is add, p.args, p.keywords))
pp = partial(p, 3)
t(lambda: (pp.func is add, pp.args, pp.keywords, pp()))
t(lambda: partial())
t(lambda: partial(1))
t(lambda: reduce(lambda a, b: a + b, [1, 2, 3]))
t(lambda: reduce(lambda a, b: a + b, [1, 2, 3], 10))
t(lambda: reduce(lambda a, b: a + b, []))
t(lambda: reduce(lambda a, b: a + b, [], 0))
t(lambda: reduce(lambda a, b: a + b, 5))
t(lambda: reduce(lambda a, b: a + b))
@lru_cache(maxsize=2)
def sq(x): return x * x
t(lambda: [sq(1), sq(2), sq(1), sq(3), sq(2)])
t(lambda: sq.cache_info())
sq.cache_clear()
t(lambda: sq.cache_info())
@lru_cache(typed=True)
def ty(x): return type(x).__name__
t(lambda: [ty(1), ty(1.0), ty(True)])
t(lambda: ty.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
t(lambda: (fib(30), fib.cache_info()))
@cache
def c1(x): return x
t(lambda: (c1(1), c1(1), c1.cache_info()))
t(lambda: c1([1]))
t(lambda: (fib.__name__, fib.__wrapped__.__name__))
t(lambda: lru_cache(maxsize='a'))
def deco(f):
    @wraps(f)
    def w(*a, **k):
        "wrapper doc"
        return f(*a, **k)
    return w
@deco
def hello(x):
    "hello doc"
    return x
t(lambda: (hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__, hello(3)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
t(lambda: (V(1) <= V(2), V(2) > V(1), V(2) >= V(3), sorted([V(3), V(1)])[0].v))
t(lambda: total_ordering(type('E', (), {})))
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C()
t(lambda: (c.val, c.val, c.n, 'val' in c.__dict__))
del c.val
t(lambda: (c.val, c.n))
t(lambda: type(C.val).__name__)
@singledispatch
def f(x): return 'obj'
@f.register
def _(x: int): return 'int'
@f.register(list)
def _(x): return 'list'
@f.register(float)
def _(x): return 'float'
t(lambda: (f(1), f([]), f(1.5), f('s'), f(True)))
t(lambda: sorted(k.__name__ for k in f.registry))
t(lambda: f.dispatch(bool).__name__)
t(lambda: f())
t(lambda: partial(add, 1)(2, 3, 4, 5))
t(lambda: partial(add, b=2)(1))
t(lambda: repr(partial(max, 1, key=None)))
class P:
    @partialmethod
    def m(self): pass
t(lambda: cmp_to_key(lambda a, b: a - b)(1) < cmp_to_key(lambda a, b: a - b)(2))
t(lambda: sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
