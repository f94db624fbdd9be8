s = {1, 2, 3}
print(s.union([7, 4], (9,)), s.intersection([3, 2, 5]), s.difference([1]), s.symmetric_difference([3, 4]))
print(s.issubset([1, 2, 3, 4]), s.issuperset([1]), s.isdisjoint({7}), s.isdisjoint([3]))
print(s.intersection(), s.union(), s.difference({1}, [2]))
t = set(range(10))
t.difference_update([1, 2], {3})
t.intersection_update(range(5, 20), [5, 6, 7, 8, 100])
t.symmetric_difference_update([6, 11])
print(t)
t.update([40, 41], {42})
print(t, sorted(t))
f = frozenset([3, 1])
print(f | {2}, {2} | f, f.copy() is f, type(f & {1}).__name__, type({1} & f).__name__)
print({1, 2} == frozenset([2, 1]), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} >= {3})
d = {frozenset({1, 2}): "x"}
print(d[frozenset({2, 1})], {1, 2} in {frozenset({1, 2})})
u = {5}
u.remove({5} and 5)
print(u)
try:
    u.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
