def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(h())
def k():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x now", x)
print(k())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("no")
    finally:
        print("outer finally")
nested()
def reraise():
    try:
        int("x")
    except ValueError:
        print("logging")
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised", e)
try:
    try:
        raise TypeError("a")
    except TypeError as e:
        raise e from ValueError("b")
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__))
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
for x in gen():
    print(x)
    break
print("end")
e = None
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(err)
