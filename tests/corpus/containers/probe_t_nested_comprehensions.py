print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True), max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
d1 = {"a": 1, "b": 2}; d2 = {"b": 3, "c": 4}
print(d1 | d2, d2 | d1, {**d1, **d2}, d1.keys() & d2.keys(), d1.keys() | d2.keys(), d1.keys() - d2.keys(), d1.keys() ^ d2.keys(), d1.items() & {("a", 1)})
d1 |= {"z": 0}; print(d1, list(d1.values()), "a" in d1.keys(), ("a", 1) in d1.items(), len(d1.keys()), reversed(d1).__class__.__name__, list(reversed(d1)))
print([x * y for x in range(1, 4) for y in range(x) if (x + y) % 2], {x: x ** 2 for x in range(5) if x % 2 == 0}, {c for c in "hello" if c != "l"}, [[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [x for row in matrix for x in row if x > 2], sum(x for row in matrix for x in row))

