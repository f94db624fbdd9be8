print(1 + 2.0, 3 * 0.5, 7 // 2.0, 7 % 2.5, 2 ** 0.5)
print(int(3.9), int(-3.9), float(3), int("42"), float("1.5"))
print(10 == 10.0, 1 < 1.5, hash(1) == hash(1.0))
print(abs(-3), abs(-2.5), -(-4))
