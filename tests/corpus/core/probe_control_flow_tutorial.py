for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
else:
    print("never")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 72, 10]])
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
print(" ".join(fizzbuzz(15)))
total = 0
for i, ch in enumerate("abc", 1):
    total += i * ord(ch)
print(total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz", steps)
matrix = [[1, 2], [3, 4], [5, 6]]
for row in matrix:
    for v in row:
        if v == 4:
            print("found 4")
            break
    else:
        continue
    break
x = 5
result = "big" if x > 3 else "small"
print(result, x if x else "zero", not x, x and "yes", 0 or "fallback", None or [] or "last")
if (m := len("walrus")) > 3:
    print("walrus", m)
data = [1, 2, 3]
while (item := data.pop()) != 1:
    print("popped", item)
print(list(range(10, 0, -3)), list(range(0)), [i for i in range(3) for _ in range(2)])
count = 0
for _ in range(3):
    for _ in range(4):
        count += 1
print(count, sum(range(101)), 7 in range(0, 10, 7))
