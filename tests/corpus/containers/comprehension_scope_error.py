print([y for y in range(3)])
print(y)
