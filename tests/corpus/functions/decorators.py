def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@repeat(3)
def hello(x):
    return "hi " + x
add(2, 3)
print(hello("you"), add.__name__)
