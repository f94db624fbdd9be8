x = 5
print(1 < x < 10, 1 < x > 3, 1 < x < 3, 1 == 1.0 == True, 1 < 2 < 3 < 4 < 0, "a" < "b" < "c")
def v(n):
    print("eval", n)
    return n
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
print(0 or "", "" or 0, 1 and 2, 0 and 1/0, None or [] or "last", not [], not 0.0, [] and 5)
print(1 if 0 else 2, (3 > 2) + (2 > 1), 3 > 2 == True, (3 > 2) == True, 1 in [1] == True)
print(x == 5 and x != 6, not x == 5, -x ** 2, (-x) ** 2, ~x, x ^ 3, x & 3, x | 8, x << 2, x >> 1, -1 >> 10, 1 << 70)
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
try:
    print(None > None)
except TypeError as e:
    print(e)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", [1, [2]] == [1, [2]], {1: 2} == {1: 2.0})
