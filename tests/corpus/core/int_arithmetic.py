a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(17, 5), divmod(-17, 5))
print(2 ** 10, 2 ** -1, (-2) ** 3)
print(7 / 7, type(7 / 7).__name__)
