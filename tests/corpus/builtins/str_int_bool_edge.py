print(str(0), str(-0.0), str(100000000000000000.0), str(1e-5), str(0.1 * 3))
print(int("  12  "), int("+3"), int("1_000"), float("1_0.5"))
