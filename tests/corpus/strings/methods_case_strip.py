s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("abc".upper(), "ABC".lower(), "hello world".title(), "hello".capitalize(), "AbC".swapcase())
print("py".center(8, "*"), "py".ljust(5, "."), "py".rjust(5), "42".zfill(5), "-7".zfill(4))
