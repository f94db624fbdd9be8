data = [5, 2, 8, 1]
print(sorted(data), sorted(data, reverse=True), data)
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))))
people = [("bob", 25), ("al", 30), ("cy", 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
