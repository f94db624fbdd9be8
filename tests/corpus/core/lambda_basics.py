square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
