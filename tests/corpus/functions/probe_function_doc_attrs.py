def documented(a, b=1, *, c=2):
    """Add things.
Longer text, not indented.
"""
    return a
def undocumented():
    x = "not a docstring"
    return x
def first_stmt_not_string():
    x = 1
    "too late"
print(repr(documented.__doc__), undocumented.__doc__, first_stmt_not_string.__doc__)
print(documented.__name__, documented.__qualname__, documented.__defaults__, documented.__kwdefaults__, documented.__module__)
documented.__doc__ = "changed"
documented.custom = 5
print(documented.__doc__, documented.custom, (lambda: 0).__name__, (lambda: 0).__doc__)
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@deco
def wrapped():
    "wrapped doc"
print(wrapped.__name__, wrapped.__doc__, wrapped.__qualname__)
class K:
    "class doc"
    def m(self):
        'method doc'
print(K.__doc__, K.m.__doc__, K().m.__doc__, type(K.__doc__).__name__)
print(__doc__, __name__)
