for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while else")
for ch in "":
    print("never")
else:
    print("empty for else")
result = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        if (a + b) % 2:
            continue
        result.append((a, b))
print(result)
it = iter(range(5))
for v in it:
    if v == 1:
        next(it)
    print("v", v)
count = 0
while True:
    count += 1
    if count >= 4:
        break
print(count)
