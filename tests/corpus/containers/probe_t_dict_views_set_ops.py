print("one two three".split(maxsplit=1), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True), "x".startswith(("a", "x")), "file.py".endswith((".py", ".txt")), "%s" % [1, 2])
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("cba"), sorted({3: 1, 1: 2}), sorted([1, 2, 3], key=lambda v: -v))
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
