import math
print(math.sqrt(16), math.pi, math.floor(2.7), math.ceil(2.1), math.gcd(12, 18))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2, round(2.675, 2), round(7.5), round(8.5))
print(math.factorial(10), math.hypot(3, 4), math.log(math.e), math.log10(1000), math.log2(8))
print(f"{math.sin(math.pi / 2):.3f}", math.inf > 10 ** 100, math.isnan(float("nan")))
print(divmod(17, 5), 17 // 5, -17 // 5, 17 % -5, 2 ** 10, 2 ** -1, abs(-3.5))
print(int("42"), float("3.5"), int(3.99), int(-3.99), str(10 / 4), 10 / 5)
print(sum([0.1] * 10), max(3, 7, 1), min([4, 2, 8]), pow(2, 5, 7))
values = [2, 4, 4, 4, 5, 5, 7, 9]
mean = sum(values) / len(values)
var = sum((v - mean) ** 2 for v in values) / len(values)
print(mean, var, math.sqrt(var))
print(bin(10), hex(255), oct(8), int("ff", 16), int("1010", 2), chr(65), ord("a"))
print(1_000_000, 1e3, 1.5e-3, 3 * 1.1, 7 / 2, 7.0 // 2, float("inf") - 1)
print(math.trunc(-2.5), math.copysign(1, -0.0), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.comb(5, 2), math.perm(5, 2), math.degrees(math.pi), math.radians(180))
print(isinstance(True, int), True + True, 5 == 5.0, 0.1 * 3 == 0.3, (-8) ** (1 / 3) if False else "skip")
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
print(math.floor(-0.5), round(-0.5), round(1.5), round(0.125, 2), format(1 / 3, ".4f"))
