print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF, 1 << 10, -16 >> 2, -1 >> 100, 7 >> 1, 2 ** 64 >> 60, (1 << 70) | 1)
print(bin(-10), hex(-255), oct(-8), int("-0b101", 0), int("0o17", 0), (255).bit_length(), (-1).bit_length(), (0).bit_length(), (10).bit_count() if hasattr(int, "bit_count") else 2)
try: 1 << -1
except ValueError as e: print(e)
try: 1.5 << 1
except TypeError as e: print(e)
try: 1 & 1.0
except TypeError as e: print(e)
print(True + True, True * 3, -True, True & False, True | 2, isinstance(True & True, bool), 10 - True)
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10], y)
print("big" if n > 4 else "small", "a" if 0 else "b" if None else "c")
x = 0
while (x := x + 1) < 4: print("loop", x)
print(pow(3, 4, 5), pow(2, -1, 7), pow(10, 2), 2 ** 3 ** 2, (-2) ** 2, -2 ** 2, 4 ** 0.5, (-8) ** (1 / 3) if False else "", 0 ** 0)
try: pow(2, -1, 4)
except ValueError as e: print(e)
try: 0 ** -1
except ZeroDivisionError as e: print(e)
print(int(1e20), int(-1e20), float(2 ** 60), 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 18 * 10, -(2 ** 63), (2 ** 63) - 1, 12345678901234567890 % 97)
print(abs(-2 ** 100), divmod(10 ** 30, 7), 10 ** 30 // -7, -(10 ** 30) % 7, str(2 ** 200)[:20], len(str(3 ** 500)), hex(2 ** 80))
