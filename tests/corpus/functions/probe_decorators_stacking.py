def trace(label):
    def deco(fn):
        def inner(*args, **kwargs):
            print(f"[{label}] calling {fn.__name__}{args}")
            return fn(*args, **kwargs)
        return inner
    return deco
@trace("outer")
@trace("inner")
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
class Cls:
    @staticmethod
    @trace("static")
    def s(x):
        return x
print(Cls.s(7))
def bad_deco(fn):
    return None
@bad_deco
def gone():
    pass
print(gone)
gone()
