big = 10 ** 30
print(big + 1, big - big, big * big, big // 3, big % 97, divmod(big, 12345))
print(float(big), int(float(2 ** 70)), hex(2 ** 70), -big, abs(-big), big == 10 ** 30)
print(sum(range(10 ** 6)), 2 ** 64 // 2 ** 32)
