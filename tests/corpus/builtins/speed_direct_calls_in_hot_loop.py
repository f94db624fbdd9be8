# Direct native calls and str + str inside tight loops (the untraced hot loop runs them
# without leaving it), next to the cases in the same loops that must take the general path.


class S(str):
    def __add__(self, other):
        return "S+" + str.__add__(self, other)


class Boom:
    def __len__(self):
        raise ValueError("no length")


def gen(tag):
    try:
        yield tag
    finally:
        print("closed", tag)


def concat_loop():
    s = ""
    parts = ["a", "\u00e9", "\u2603", "", "xyz"]
    for i in range(20):
        s = s + parts[i % 5]
        s += "-"
    print(len(s), s[:12], s[-6:])
    t = ""
    for p in parts:
        t = p + t
    print(repr(t))
    print(S("q") + "r", "r" + S("q"), type("r" + S("q")).__name__)
    for bad in [1, None, b"x", ["l"]]:
        try:
            s = "x" + bad
        except TypeError as e:
            print("TypeError", e)
    try:
        s = 1 + "x"
    except TypeError as e:
        print("TypeError", e)
    u = "k"
    for _ in range(3):
        u += u
    print(u, len(u))


def direct_loop():
    xs = []
    total = 0
    d = {}
    for i in range(30):
        xs.append(i)
        total += len(xs)
        d[str(i % 4)] = d.get(str(i % 4), 0) + 1
        d.setdefault("n", []).append(i)
    print(total, d["0"], d.get("9"), d.get("9", -1), len(d["n"]))
    while True:
        try:
            total -= xs.pop()
        except IndexError as e:
            print("IndexError", e, total)
            break
    for key in ["a", 1, 2.5, (1,), [1]]:
        try:
            print(d.get(key, "dflt"))
        except TypeError as e:
            print("TypeError", e)
    for x in ["ab", [1, 2, 3], (), Boom(), 5]:
        try:
            print(len(x))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    gens = [gen(i) for i in range(3)]
    for g in gens:
        next(g)
    while gens:
        gens.pop()
        print("popped", len(gens))
    words = ["  a ", "B", " c"]
    out = []
    for w in words:
        out.append(w.strip().upper() + w.lower().strip())
    print(out, sum([len(o) for o in out]))


concat_loop()
direct_loop()
