print(any([]), all([]), any([0, "", 1]), all([1, "a", 0]), any(x > 2 for x in [1, 5]))
print(abs(-7), abs(3.5), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
print(round(3.14159, 2), round(2.5), round(3.5), round(-0.5), round(1234, -2), round(7), type(round(2.5)).__name__)
