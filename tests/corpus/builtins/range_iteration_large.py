total = 0
for i in range(100000):
    total += i
print(total)
print(sum(range(1, 1001)), len(range(0, 10 ** 9, 7)), range(10 ** 9)[-1])
