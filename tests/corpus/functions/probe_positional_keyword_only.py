def f(a, b=2, /, c=3, *, d, e=5):
    return a, b, c, d, e
print(f(1, d=4), f(1, 2, 3, d=4), f(1, c=9, d=0), f(1, 2, c=3, d=4, e=6))
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
try:
    f(a=1, d=2)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
def star(*args, sep="-"):
    return sep.join(map(str, args))
print(star(1, 2, 3), star(1, sep="+"), star())
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__code__.co_argcount if False else "")
def fwd(*args, **kwargs):
    return f(*args, **kwargs)
print(fwd(1, d=2))
fwd(1, 2, 3, 4, 5)
