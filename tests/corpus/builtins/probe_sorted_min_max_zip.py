people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted([3, 1, 2], reverse=True), sorted({3: "a", 1: "b"}), sorted([]), sorted((2, 1)))
print(min(3, 1, 2), max([1, 5, 3]), min([], default="empty"), max([], default=None), min("abc", key=lambda c: -ord(c)), max([(1, "b"), (1, "a")]))
print(max([1, 2, 3], key=lambda x: x % 3), min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("abc", range(3))))
print(list(zip(*[(1, "a"), (2, "b")])), list(enumerate("ab", start=1)), list(enumerate([], 5)), list(enumerate("xy", -1)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3], [4, 5], strict=True))
except ValueError as e:
    print(e)
for bad, call in [('min([])', lambda: min([])), ('max()', lambda: max()), ('min(1)', lambda: min(1)), ("sorted([1, 'a'])", lambda: sorted([1, 'a'])), ('sorted([None, 1])', lambda: sorted([None, 1])), ("max([1, 'a'])", lambda: max([1, 'a'])), ('min([], key=len)', lambda: min([], key=len)), ('sorted([[1], (1,)])', lambda: sorted([[1], (1,)]))]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
