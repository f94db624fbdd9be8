for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 5)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.0, -2.0), (-0.0, 1)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2.0, 7 % -3.0, -2 ** 2, (-2) ** 2, 2 ** -1, 10 ** 0, 0 ** 0, 2 ** 0.5)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), pow(2, 3, -5), divmod(-9, 4), abs(-0.0), abs(True), -True)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(7.0), round(3.14159, 3))
print(type(round(2.5)), type(round(2.5, 0)), round(-2.5, 0), int(-3.9), int(3.9), int("  42  "), int("-0"), int("1_000"), int("ff", 16), int("0x1f", 0), int("101", 2))
print(True + True, True * 5, False - 1, True / 2, 3 * False, sum([True, True, False]), isinstance(True, int), True == 1, hash(True) == hash(1))
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(5.0 // 0)
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(divmod(7, 0))
