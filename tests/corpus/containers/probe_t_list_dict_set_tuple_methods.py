import sys
print(id(1) == id(1), hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), callable(print), callable(1))
print(dir(object)[:3] if False else "", sorted(set("mississippi")), list(dict.fromkeys("aabbc")), tuple({1: 2}), set(), frozenset([1, 2]), dict(a=1, b=2), dict([("x", 1)]), dict(zip("ab", [1, 2])))
print(str(1.0), str(-0.0), str(1e100), int(-3.9), int("-12"), float("  3.5\n"), float("1_000.5"), float("-inf"), complex if False else "", 7 // 2.0, 2 ** -2, 10 ** -1)
nums = [5, 3, 8, 1]
nums.sort(); print(nums); nums.reverse(); print(nums); nums.insert(0, 9); nums.insert(100, 0); print(nums, nums.index(8), nums.count(1))
nums.extend(range(2)); print(nums, nums.pop(), nums.pop(0), nums); del nums[1:3]; print(nums); nums[1:2] = [7, 7, 7]; print(nums); nums.clear(); print(nums)
l = [1, 2, 3, 4, 5]; print(l[::2], l[::-2], l[1:-1], l[-2:], l[:100], l[4:1], l[-100:2]); l[::2] = [0, 0, 0]; print(l)
try: l[::2] = [1]
except ValueError as e: print(e)
d = {"a": 1}; print(d.setdefault("b", 2), d.setdefault("a", 5), d, d.pop("a"), d.pop("zz", None), d.get("b"), d.update({"c": 3}), d, d.update(e=5), d, list(d.items()))
try: d.pop("zz")
except KeyError as e: print("KeyError", e)
s = {1, 2, 3}; s.add(4); s.discard(10); print(s, s | {5}, s & {1, 9}, s - {1}, s ^ {1, 9}, {1, 2} <= s, {1, 2} < {1, 2}, s.isdisjoint({9}), s.issuperset({1}), s.union([7], (8,)))
