# bytes and str are never equal, and cannot be ordered
print(b"a" == "a", b"a" != "a")
print(b"a" < "b")
