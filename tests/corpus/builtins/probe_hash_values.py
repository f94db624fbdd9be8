print(hash(1), hash(-1), hash(-2), hash(True), hash(0.5), hash(-1.25), hash(1e300), hash(2.0) == hash(2))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)), hash(()), hash((None is None, 1.5)), hash(frozenset()), hash(frozenset({1, 2, 3})))
print(hash(10**20), hash(-10**20), hash(1.1), hash(0.1 + 0.2))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({1: 2})
except TypeError as e:
    print(e)
print(hash((1, [2])))
