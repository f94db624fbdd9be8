def describe(name, *hobbies, age=None, **extra):
    parts = [name]
    if age is not None:
        parts.append(f"({age})")
    if hobbies:
        parts.append("likes " + ", ".join(hobbies))
    for k, v in sorted(extra.items()):
        parts.append(f"{k}={v}")
    return " ".join(parts)
print(describe("ann"))
print(describe("bob", "chess", "go", age=30, city="Rome"))
args = ("cat", "yoga")
opts = {"age": 22, "pet": "dog"}
print(describe(*args, **opts))
def power(base, exp=2, /):
    return base ** exp
print(power(3), power(2, 10))
def kw_only(*, sep=", ", end="."):
    return sep.join(["a", "b"]) + end
print(kw_only(), kw_only(sep="|", end="!"))
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2))
def append_safe(x, target=None):
    target = [] if target is None else target
    target.append(x)
    return target
print(append_safe(1), append_safe(2))
square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(square(5), compose(square, inc)(3), compose(inc, square)(3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 5, 1), (lambda *a, **k: (a, k))(1, 2, z=3))
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3), describe.__name__, square.__name__, power.__defaults__)
print(describe("x", nope=1, **{"also": 2}))
describe("x", age=1, age2=2, **{"age": 3})
