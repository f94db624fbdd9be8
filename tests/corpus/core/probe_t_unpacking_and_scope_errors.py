a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e: print(e)
try:
    a, b, c = [1, 2]
except ValueError as e: print(e)
try:
    a, *b, c = [1]
except ValueError as e: print(e)
try:
    a, b = 1
except TypeError as e: print(e)
try:
    (a, b), c = [1, 2], 3
    print(a, b, c)
    [a, b] = "xy"; print(a, b)
    a, b = {"k": 1, "j": 2}; print(a, b)
except Exception as e: print(e)
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e: print(e)
def g():
    del y
    y = 1
try: g()
except UnboundLocalError as e: print(e)
def h():
    def inner():
        return z
    z = 1
    del z
    return inner()
try: h()
except NameError as e: print(type(e).__name__, e)
try: undefined_name
except NameError as e: print(e)
try: prnt("x")
except NameError as e: print(e)
