def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
def k():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
def m():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        return f"caught {e}"
    finally:
        print("outer finally")
print(f(), g(), h(), k(), m())
def n():
    while True:
        try:
            continue
        finally:
            print("cont-finally")
            return "out"
print(n())
def chain():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
chain()
