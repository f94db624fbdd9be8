x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
lst = list(range(8))
del lst[1], lst[1]
del lst[::3]
del lst[-1:]
print(lst)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del lst[99]
except IndexError as e:
    print(e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
del undefined_name
