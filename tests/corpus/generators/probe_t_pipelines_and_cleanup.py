def read(lines):
    try:
        for ln in lines:
            yield ln
    finally:
        print("reader closed")
def strip_comments(it):
    for ln in it:
        if not ln.startswith("#"):
            yield ln.strip()
def numbers(it):
    for ln in it:
        try:
            yield int(ln)
        except ValueError:
            print("bad", ln)
src = ["1", "# c", " 2 ", "x", "3"]
pipe = numbers(strip_comments(read(src)))
print(sum(pipe))
g = numbers(strip_comments(read(src)))
print(next(g))
g.close()
print("after close")
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("naturals done at", n)
print(list(take(3, naturals())))
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return avg
        total += x; count += 1
        avg = total / count
a = averager(); next(a)
print(a.send(10), a.send(20))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "ab", range(2))))
def gen_with_return():
    yield 1
    return 5
def outer():
    result = yield from gen_with_return()
    yield result * 10
print(list(outer()))
gx = (x for x in range(3))
print(gx.__class__.__name__, next(gx), sum(gx))
squares = (n * n for n in range(5))
print(3 in squares, list(squares))
