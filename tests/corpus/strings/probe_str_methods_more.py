s = "Hello, World"
print(s.center(20, "*"), s.ljust(15, "."), s.rjust(15), s.zfill(15), "-42".zfill(6), "+7".zfill(4))
print(s.partition(", "), s.rpartition("o"), s.partition("zz"), "a b  c".split(), "a b  c".split(" "), "a,b,,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\n".splitlines(True), "  pad  ".lstrip(), "xxhixx".strip("x"))
print(s.swapcase(), s.casefold(), "hello world foo".title(), "hello world".capitalize(), "ß".upper())
print(s.startswith(("He", "Wo")), s.endswith("ld", 0, 5), s.count("l"), s.index("o"), s.rfind("o"), s.find("o", 5, 8))
print("a-b-c".replace("-", "+", 1), "tab\tsep\tx".expandtabs(4), "a\tb".expandtabs(), "01\t012\t0123\t".expandtabs(4) + "|")
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "A1 B2".istitle(), "".istitle(), "Hi There!".istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "   ".isspace(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "Ab".isascii())
print(str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy")), "abc".translate({ord("a"): None}))
print("%s" % "x".join([]), ", ".join(["a"]), "x".center(4), "ab".center(5, "-"))
try:
    s.index("zz")
except ValueError as e:
    print(e)
try:
    ", ".join([1, 2])
except TypeError as e:
    print(e)
