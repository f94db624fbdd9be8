print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in "ab" if x != 1])
print([[row * 3 + col for col in range(3)] for row in range(2)])
x = "outer"
print([x for x in range(2)], x)
