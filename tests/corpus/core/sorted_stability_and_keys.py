records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[0], reverse=True))
print(sorted([3, -1, 2, -5], key=abs), sorted("Hello World".split(), key=str.lower))
