s = "banana"
print(s.find("an"), s.rfind("an"), s.find("x"), s.index("n"), s.count("a"), s.count("an"))
print(s.startswith("ba"), s.endswith(("x", "na")), "an" in s, "nab" not in s)
s.index("z")
