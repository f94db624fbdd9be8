"""The integer and sequence functions of aiterscope's math module (the rest is native)."""


def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def comb(n, k):
    if n < 0 or k < 0:
        raise ValueError(("n" if n < 0 else "k") + " must be a non-negative integer")
    if k > n:
        return 0
    r = 1
    for i in range(min(k, n - k)):
        r = r * (n - i) // (i + 1)
    return r


def perm(n, k=None):
    if k is None:
        k = n
    if n < 0 or k < 0:
        raise ValueError(("n" if n < 0 else "k") + " must be a non-negative integer")
    if k > n:
        return 0
    r = 1
    for i in range(n - k + 1, n + 1):
        r *= i
    return r


def prod(iterable, *, start=1):
    r = start
    for x in iterable:
        r = r * x
    return r


def fsum(iterable):
    return float(sum(iterable, 0.0))


def lcm(*integers):
    r = 1
    for x in integers:
        if x == 0:
            return 0
        r = abs(r * x) // gcd(r, x)
    return r


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    x = int(sqrt(n))
    while x * x > n:
        x -= 1
    while (x + 1) * (x + 1) <= n:
        x += 1
    return x


def dist(p, q):
    return hypot(*[a - b for a, b in zip(p, q)])
