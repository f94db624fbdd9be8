a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, {1} < a, a.isdisjoint({9}), 3 in a)
s = set()
s.add(1); s.add(1); s.update([2, 3]); s.discard(99); s.remove(2)
print(sorted(s), len(s), set() == set(), {1, 2} == {2, 1})
print(sorted({x % 3 for x in range(10)}), sorted(frozenset([3, 1])))
