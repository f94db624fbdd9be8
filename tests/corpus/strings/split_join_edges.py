# str.split/rsplit/join: whitespace runs, separators, maxsplit from either side, errors,
# str subclass items and generators.
s = "  alpha beta\tgamma\n delta  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 2), "".split(","))
print("".split(), "   ".split(), "x".split("x"), "a--b--c".split("--"))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a b".split(None, "1")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    pass


print("-".join(["a", S("b"), "c"]), "".join(S(c) for c in "xyz"), ", ".join([]))
print("|".join(w.upper() for w in "one two".split()), " ".join(["solo"]))
for bad in [["a", 1], ["a", None, "b"], [b"x"]]:
    try:
        print("+".join(bad))
    except TypeError as e:
        print("TypeError", e)
words = " ".join(f"w{i}" for i in range(1000)).split()
print(len(words), words[:3], words[-1])
