# The oracle runs with PYTHONHASHSEED=0, so string hashes (and set order) are fixed.
print({"apple", "banana", "cherry", "date"})
print(set("mississippi"), sorted(set("mississippi")))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words), len(set(words)))
print(hash("a"), hash(""), hash("hello"), hash(b"hello") == hash("hello"))
print({"x", "y"} | {"z"}, {("a", 1), ("b", 2)})
