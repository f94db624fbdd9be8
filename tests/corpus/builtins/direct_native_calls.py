# Built-in calls with a direct path in the VM (len, sum, list.append/pop, str.strip/upper/
# lower/startswith/endswith) next to the cases that must take the general path.


class S(str):
    pass


class L(list):
    pass


class Sized:
    def __len__(self):
        return 7


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# len
for x in ["", "abc", "h\u00e9llo \u2603", b"xy", [1, 2], (1,), {1: 2}, {3}, frozenset(), range(5), S("ab"), L([1]), Sized()]:
    show("len", lambda: len(x))
show("len int", lambda: len(3))
show("len none", lambda: len(None))
show("len two", lambda: len("a", "b"))

# sum
show("sum ints", lambda: sum([1, 2, 3]))
show("sum tuple", lambda: sum((4, 5)))
show("sum empty", lambda: sum([]))
show("sum bools", lambda: sum([True, True, 3]))
show("sum floats", lambda: sum([1, 2.5, 3]))
show("sum overflow", lambda: sum([2**62, 2**62, 2**62]))
show("sum neg overflow", lambda: sum([-2**63, -1]))
show("sum start", lambda: sum([1, 2], 10))
show("sum strs", lambda: sum(["a", "b"]))
show("sum mixed", lambda: sum([1, "a"]))
show("sum subclass", lambda: sum(L([1, 2])))
show("sum gen", lambda: sum(i for i in range(4)))
show("sum none", lambda: sum(None))

# list.append / pop
xs = []
for i in range(5):
    xs.append(i * i)
xs.append(xs)
print(xs)
show("append none", lambda: xs.append())
show("append two", lambda: xs.append(1, 2))
xs.pop()
show("pop", lambda: xs.pop())
show("pop 0", lambda: xs.pop(0))
show("pop -1", lambda: xs.pop(-1))
show("pop -2", lambda: xs.pop(-2))
show("pop out", lambda: xs.pop(5))
show("pop neg out", lambda: xs.pop(-5))
print(xs)
show("pop empty", lambda: [].pop())
show("pop empty 0", lambda: [].pop(0))
show("pop bool", lambda: [1, 2, 3].pop(True))
show("pop str", lambda: [1, 2, 3].pop("0"))
show("pop float", lambda: [1, 2, 3].pop(1.0))
show("pop none", lambda: [1, 2, 3].pop(None))
show("pop big", lambda: [1, 2, 3].pop(2**70))
show("pop two", lambda: [1, 2, 3].pop(0, 1))
show("pop empty str", lambda: [].pop("0"))
ls = L([1, 2, 3])
ls.append(4)
show("subclass pop", lambda: ls.pop(0))
print(ls, type(ls).__name__)
m = [1].append
m(2)
f = list.append
f(xs, 9)
print(xs)
window = []
for x in range(8):
    window.append(x)
    if len(window) > 3:
        window.pop(0)
    print(sum(window), end=" ")
print()

# str methods
s = "  hello world \t\n"
t = "hello"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(t.strip() is t, t.lstrip() is t, t.rstrip() is t, s.strip() is s)
print(t.strip("x") is t, t.strip("ho"), "".strip() == "")
print(repr("\x1c\x1fa b\x1e\x1d".strip()), repr("\u2028x\u3000".strip()))
u = S("  sub  ")
print(repr(u.strip()), type(u.strip()).__name__, u.strip() is u)
print("abc".upper(), "ABC".lower(), "\u00dfa".upper(), "\u03a3\u0391\u03a3".lower(), "Mixed 123!".upper())
up = "up"
print(up.upper() is up, up.lower() is up)
print(S("ab").upper(), type(S("ab").upper()).__name__)
print("row 1".startswith("r"), "row".startswith(""), "row".startswith("rows"), "row".endswith("ow"))
print("row".startswith(("a", "r")), "row".startswith("o", 1), "row".endswith("r", 0, 1))
print("row".startswith(S("ro")), S("row").startswith("ro"), "h\u00e9".endswith("\u00e9"))
show("startswith int", lambda: "row".startswith(1))
show("endswith list", lambda: "row".endswith(["w"]))
show("upper arg", lambda: "a".upper(1))
show("strip int", lambda: "a".strip(1))
show("append str", lambda: "a".append(1))
print([w.upper() for w in "red rum green ray".split() if w.startswith("r")])
