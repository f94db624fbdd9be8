# min/max over ints: ties with bools and floats, defaults, key=None, int subclasses.
print(max([3, -7, 3, 10**18, -(2**63)]), min([3, -7, 3, 10**18, -(2**63)]), max(5, 2, 9), min(5, 2, 9))
print(max([1, True]), max([True, 1]), min([0, False]), max([1, 1.0]), max([1.0, 1]), max([2, 2.5, 1]))
print(max([], default="none"), min((), default=None), max([4], key=None), min([7]))
print(max(range(10**6)), min(x * x for x in range(-5, 3)), max([-1, -2, -3]))


class Loud(int):
    def __gt__(self, other):
        print("Loud.__gt__", int(self), other)
        return int.__gt__(self, other)

    def __lt__(self, other):
        print("Loud.__lt__", int(self), other)
        return int.__lt__(self, other)


print(max([1, Loud(5), 3]), min([Loud(2), 1]))
for bad in [lambda: max([]), lambda: min(), lambda: max([1, "a"])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
