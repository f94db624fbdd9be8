people = [
    {"name": "ann", "age": 31, "city": "Oslo"},
    {"name": "bob", "age": 25, "city": "Rome"},
    {"name": "cat", "age": 31, "city": "Bern"},
    {"name": "dan", "age": 19, "city": "Oslo"},
]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"]))])
print([p["name"] for p in sorted(people, key=lambda p: p["city"], reverse=True)])
by_city = {}
for p in people:
    by_city.setdefault(p["city"], []).append(p["name"])
print(by_city)
print(max(people, key=lambda p: p["age"])["name"], min(p["age"] for p in people))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(set(w.lower() for w in words)))
nums = [5, -3, 2, -8, 7]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True))
scores = {"ann": 88, "bob": 95, "cat": 72}
ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
for rank, (name, s) in enumerate(ranked, start=1):
    print(f"{rank}. {name} {s}")
print(dict(sorted(scores.items())), list(reversed(sorted(scores))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [x for row in matrix for x in row if x % 2])
inventory = {"apples": 3, "pears": 0, "kiwis": 7}
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock, {v: k for k, v in in_stock.items()})
merged = {**inventory, "pears": 4, "plums": 1}
print(merged, inventory | {"figs": 2})
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack, [1, 2, 3][::-1], [1, 2, 3, 4, 5][1:-1])
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), sorted(pairs, key=lambda t: t[1]))
print(list(enumerate("abc")), dict(zip("abc", range(3))), any(n > 6 for n in nums), all(nums))
