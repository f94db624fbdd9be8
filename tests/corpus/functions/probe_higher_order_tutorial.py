from functools import reduce, partial
nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda n: n * 10, nums)), list(filter(lambda n: n % 2 == 0, nums)))
print(reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, nums, 100))
def make_multiplier(k):
    return lambda x: x * k
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7), [f(1) for f in (double, triple)])
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
int2 = partial(int, base=2)
print(int2("1010"), partial(pow, 2)(8))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square.cache)
print(sorted(nums, key=lambda n: (n % 3, -n)), max(["kiwi", "fig", "banana"], key=len))
print(any(map(str.isdigit, "ab3")), all(n > 0 for n in nums), sum(map(len, ["ab", "c"])))
counter = {"calls": 0}
def tracked(fn):
    def inner(*a):
        counter["calls"] += 1
        return fn(*a)
    return inner
add = tracked(lambda a, b: a + b)
print(add(1, 2), add(3, 4), counter)
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(lambda a, b: a - b)(10)(3))
print(list(zip(nums, map(double, nums)))[:3], dict(map(lambda s: (s, len(s)), ["a", "bb"])))
print(callable(print), callable(5), (lambda: None)() is None, type(lambda: 0).__name__)
