print(len([1, 2]), len("abc"), len({"a": 1}), len(range(10)), len(()))
print(sum([1, 2, 3]), sum([], 10), sum([0.5, 0.25]), sum(range(5), start=100))
print(min(3, 1, 2), max([4, 9, 2]), min("bca"), max([], default="empty"), min([(2, "b"), (1, "z")]))
print(max(["aa", "b", "ccc"], key=len), min([-3, 2, -1], key=abs))
