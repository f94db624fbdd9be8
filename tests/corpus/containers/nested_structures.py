data = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}]}
for user in data["users"]:
    print(user["name"], len(user["tags"]), user["tags"][0] if user["tags"] else None)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
