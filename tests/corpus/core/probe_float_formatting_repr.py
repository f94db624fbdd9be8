vals = [0.1, 0.1 + 0.2, 1e16, 1e-5, 1.0, -0.0, 123456789012345678.0, 1 / 3, 2 / 3, 1e22, 1e23, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 100.0, 1e15, 12345.678]
for v in vals:
    print(repr(v), str(v), f"{v}", f"{v:g}", f"{v:.3}")
print(float("1e500"), float("-inf") < 0, float("  3.5 "), float("1_0.5"), float(".5"), float("5."), float("infinity"), float("-NaN"))
print(0.1 * 3, 3 * 0.1 == 0.3, 2.0 ** 64, 10 / 4, 9 / 3, 7.0 // 2, int(2.0 ** 70))
print((0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), 1e300 * 1e10, -1e300 * 1e10)
print(f"{1e-7}", f"{12345678901234567890.0}", str(1e16), str(9999999999999998.0), repr(2.5e-5))
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    float("")
except ValueError as e:
    print(e)
