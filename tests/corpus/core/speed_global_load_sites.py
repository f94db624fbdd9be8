# Global loads through a code object's per-site hint (where the name was last found) must
# always see the current binding: replaced, deleted and re-added, shadowing a builtin,
# bound from another function, and loaded by functions of another module.
counter = 0


def bump():
    return counter + 1


for i in range(3):
    counter = bump()
print("replaced in place:", counter)

filler_a = 1
filler_b = 2


def read_g():
    return g


g = "first"
print(read_g())
del filler_a
del g
try:
    read_g()
except NameError as e:
    print("deleted:", e)
g = "second"
print("re-added:", read_g())
del g


def bind_g(v):
    global g
    g = v


bind_g("bound by a function")
print(read_g())
bind_g("bound again")
print(read_g())


def size(x):
    return len(x)


print(size("abc"))
len = lambda x: -1
print("shadowing the builtin:", size("abc"))
del len
print("builtin again:", size("abcd"))

import json

print(json.dumps({"a": [1, 2]}))
print(json.dumps([counter]))


def rebind_from_inside():
    global counter
    for _ in range(5):
        counter = counter + 10
    return counter


print(rebind_from_inside(), bump())
