x = "global"
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    def glob():
        global x
        x = "changed global"
    inner()
    glob()
    return x
print(outer(), x)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2())
def nested_global():
    def deeper():
        global created_later
        created_later = 42
    deeper()
nested_global()
print(created_later)
def shadow():
    print(x)
    x = 1
try:
    shadow()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def uses_before_global_assign():
    total = 0
    for i in range(3):
        total += i
    return total
print(uses_before_global_assign())
y = 10
def read_only():
    return y + 1
print(read_only())
def reassign():
    y += 1
reassign()
