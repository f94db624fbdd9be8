# Builtin names read in loops (the global cache remembers they are not globals) while the
# module gains and loses globals of those names: module-level and `global` stores, `del`,
# imports.


def measure(xs):
    return len(xs), str(len(xs))


out = []
for i in range(6):
    out.append(measure([0] * i))
    if i == 2:
        len = lambda xs: -1  # a global now shadows the builtin
    if i == 4:
        del len  # and is gone again
print(out)


def rebind():
    global str
    str = lambda x: "S"


print([str(k) for k in range(3)])
rebind()
print([str(k) for k in range(3)], measure("ab"))
del str
print(measure("ab"))

print(sorted(k for k in range(3)))
for sorted in [lambda xs: "a loop target"]:
    print(sorted([2, 1]))
del sorted
print(sorted([2, 1]))


def total(xs):
    return sum(xs)


print(total([1, 2, 3]))
from math import floor as sum  # an import binds the name too

print(sum(2.5))
try:
    print(total([1, 2, 3]))
except TypeError:
    print("TypeError from math.floor")
del sum
print(total([1, 2, 3]))


def missing():
    return abs(undefined_name)


for attempt in range(2):
    try:
        missing()
    except NameError as e:
        print("NameError:", e)
    undefined_name = -7
    print(missing())
    del undefined_name
