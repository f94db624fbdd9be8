s = "hello"
t = s
s += " world"
print(s, t, s.upper(), s)
print("-" * 10, "ab" * 3, "a" + "b" * 2, "x".join(["1", "2"]), "%s-%s" % ("a", "b"), "abc" < "abd", "Z" < "a")
print("Hello"[1:4], "Hello"[-1], "Hello"[::-1], len(""), "a\tb".split("\t"), "A".lower() == "a", str(3) + "3")
print("abc".encode() if False else "", "12".isdigit(), "a b".split(" ", 5), "  ".join("ab"), "ab".find("b", -1))
print("The answer is " + str(42), f"{'nest'!r:>8}", "count: {}".format(3), "snake_case".replace("_", " ").title())
try:
    "abc" + 1
except TypeError as e:
    print(e)
try:
    1 + "abc"
except TypeError as e:
    print(e)
try:
    "abc" * "2"
except TypeError as e:
    print(e)
try:
    "abc" * 2.0
except TypeError as e:
    print(e)
try:
    "abc".foo()
except AttributeError as e:
    print(e)
"x" - "y"
