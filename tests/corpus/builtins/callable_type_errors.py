def f(a, b):
    return a + b
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"c": 3}), ((1, 2), {"a": 1})]:
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(e)
"not a function"()
