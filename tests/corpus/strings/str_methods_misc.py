print("a,b".split(",", maxsplit=0), "x".join("abc"), "tab\tsep".expandtabs(4), "ab".encode())
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "  x ".strip() == "x")
print("%d items" % 3, "abc"[::-1], "a" in "", "" in "a", "abc".find(""))
print(str.upper("q"), "-".join(str(i) for i in range(4)), "x{}y".format(None))
