def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for n in naturals():
    if n > 5:
        break
    out.append(n)
print(out)
def take(it, k):
    return [v for _, v in zip(range(k), it)]
print(take(naturals(), 3), take((c for c in "hello"), 10))
