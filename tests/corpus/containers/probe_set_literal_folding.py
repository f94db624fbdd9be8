# Set displays of constants are folded into frozensets by CPython; the order shows it.
for x in {50, 40, 30, 20, 10, 9, 17}:
    print(x, end=" ")
print()
print({50, 40, 30, 20, 10, 9, 17})
print([v for v in {64, 32, 16, 8, 4, 2, 1, 0}])
print(list({-1, -2, -3, -8, 8, 16}))
n = 9
print({n, 1, 17, 25}, {1.5, 2.5, 0.1, 3.0, 2}, {(1, 2), (3, 4), (0, 0)})
print({True, 1, 1.0}, {0, False, 0.0}, {1.0, True})
