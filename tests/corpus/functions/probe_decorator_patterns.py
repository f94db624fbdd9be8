import functools
def timed(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"[{label}] calling {fn.__name__}{args}")
            result = fn(*args, **kwargs)
            print(f"[{label}] {fn.__name__} -> {result!r}")
            return result
        return wrapper
    return deco
def bold(fn):
    @functools.wraps(fn)
    def inner(*a):
        return "<b>" + fn(*a) + "</b>"
    return inner
def italic(fn):
    def inner(*a):
        return "<i>" + fn(*a) + "</i>"
    return inner
@timed("math")
def add(a, b=1):
    """Adds."""
    return a + b
add(2, 3)
add(5)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
@bold
@italic
def greet(name):
    return f"hi {name}"
print(greet("ann"), greet.__name__)
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def ping():
    return "pong"
for _ in range(3):
    ping()
print(ping.calls)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("a").url, Db("b").url, Db("x") is Db("y"))
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Alpha: pass
@register(REG)
class Beta: pass
print(list(REG), Alpha.__name__)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), [fib(i) for i in range(10)])
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(5), c2())
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
