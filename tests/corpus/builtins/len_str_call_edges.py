# len(x) and str(x) with one argument, in loops and functions: every sized built-in, non-ASCII
# strs, bool/negative/large ints, str subclasses and int subclasses, shadowed and rebound
# names, the builtins passed around, and the errors.
def sizes(xs):
    return [len(x) for x in xs]


print(sizes(["", "abc", "h\u00e9llo", "\U0001f600!", b"by", [1, 2], (3,), {1: 2}, {4, 5}, frozenset([6])]))
print(sizes([range(5), {}.keys(), {"a": 1}.items()]))
total = 0
for i in range(-3, 4):
    s = str(i) + str(i * 10**20) + str(True) + str(-0)
    total += len(s)
print(total, str(2**63), str(-(2**63)), str(-1), str("same"))


class S(str):
    def __len__(self):
        return 99

    def __str__(self):
        return "S!"


class I(int):
    def __str__(self):
        return "I!"

    def __repr__(self):
        return "I?"


print(len(S("ab")), str(S("ab")), str(I(3)), str(3.5), str(None), str([1, "a"]))
for bad in [5, None, 2.5, iter([1])]:
    try:
        len(bad)
    except TypeError as exc:
        print("TypeError:", exc)
for args in [(), (1, 2)]:
    try:
        len(*args)
    except TypeError as exc:
        print("TypeError:", exc)
print(str(), str(b"x"))
measure = len
to_text = str
print(measure("four"), to_text(4), list(map(len, ["a", "bb"])), list(map(str, [1, 2])))


def shadow():
    len = lambda x: "local len"
    str = lambda x: "local str"
    return len([1]), str(1)


print(shadow())
len = lambda x: "global len"
print(sizes(["abc"]), str(5))
del len
str = lambda x: "global str"
print(sizes(["abc"]), str(5))
del str
print(str(5), len("x" * 1000))
