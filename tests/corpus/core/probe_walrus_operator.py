data = [5, 12, 3, 20]
if (n := len(data)) > 3:
    print(f"long list ({n})")
print([y for x in data if (y := x * 2) > 10], y)
vals = iter([1, 2, 0, 4])
while (v := next(vals)) != 0:
    print("v", v)
print((a := 5) + a, a)
def f():
    [(last := i) for i in range(4)]
    return last
print(f())
total = 0
print([total := total + i for i in range(5)], total)
print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)
