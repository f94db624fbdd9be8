lines = """2024-01-01 INFO start
2024-01-01 ERROR disk full
2024-01-02 INFO ok
2024-01-02 ERROR timeout
2024-01-03 WARN slow""".splitlines()
def read(lines):
    for line in lines:
        yield line.strip()
def parse(records):
    for r in records:
        date, level, msg = r.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, entries):
    return (e for e in entries if e["level"] == level)
errors = only("ERROR", parse(read(lines)))
print(type(errors).__name__)
for e in errors:
    print(e["date"], e["msg"])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
print(list(take(5, squares)))
print(sum(x for x in range(10) if x % 3 == 0))
def running_avg():
    total, n, avg = 0, 0, None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
g = running_avg()
next(g)
print([g.send(v) for v in [10, 20, 30, 40]])
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
def chunked(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunked("abcdefg", 3)))
gen = (c.upper() for c in "hey")
print(next(gen), list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
