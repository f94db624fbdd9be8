x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(1 < 2 < 3 < 4, 3 > 2 > 2)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd")
e1, e2, one = [], [], 1
print(None is None, one is not None, e1 == e2, e1 is e2)
