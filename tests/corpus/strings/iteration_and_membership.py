for i, ch in enumerate("héllo"):
    print(i, ch, end=" ")
print()
print(list("abc"), tuple("ab"), set("aa") == {"a"}, "".join(sorted("dcba")))
