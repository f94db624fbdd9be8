inventory = {"apple": 5, "banana": 0}
inventory["cherry"] = 12
inventory["apple"] += 3
removed = inventory.pop("banana")
print(inventory, removed, inventory.get("kiwi", "none"), list(inventory.keys()))
for fruit, qty in inventory.items():
    print(f"{fruit}: {qty}")
inventory.update({"apple": 1, "date": 4})
print(inventory, len(inventory), "date" in inventory)
print(inventory.setdefault("elder", 0), inventory.popitem(), inventory)
nested = {"user": {"name": "ann", "tags": ["a", "b"]}}
nested["user"]["tags"].append("c")
print(nested, nested["user"]["tags"][-1])
try:
    nested["missing"]
except KeyError as e:
    print("KeyError:", e)
copy = dict(nested)
copy["user"]["name"] = "bob"
print(nested["user"]["name"])
nums = [3, 1, 4, 1, 5, 9, 2, 6]
nums.append(5)
nums.insert(0, 0)
nums.extend([7, 8])
nums.remove(1)
print(nums, nums.index(4), nums.count(5), nums[2:5], nums[-3:])
del nums[0]
print(nums.pop(), nums.pop(0), nums)
nums[1:3] = ["a", "b", "c"]
print(nums, nums[::2])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
bad = [[0] * 3] * 2
bad[0][1] = 5
print(bad)
words = "to be or not to be".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq, max(freq, key=freq.get))
unique = list(dict.fromkeys(words))
print(unique, sorted(set(words)), {w: len(w) for w in unique})
a, *rest = [1, 2, 3, 4]
*init, last = "abc"
print(a, rest, init, last)
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print(list(map(str.upper, ["x", "y"])), list(filter(None, [0, 1, "", "a", None])))
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
print(sum([[1], [2, 3]], []), [x for x in range(20) if x % 2 == 0 if x % 3 == 0])
