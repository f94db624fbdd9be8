def numbers():
    for i in range(1, 6):
        print(f"  producing {i}")
        yield i
def squared(it):
    for x in it:
        print(f"  squaring {x}")
        yield x * x
pipe = squared(numbers())
print("created pipeline")
print(next(pipe))
print("first done")
for v in pipe:
    if v > 10:
        print("stop at", v)
        break
lazy = map(lambda x: x + 1, [1, 2, 3])
print(type(lazy).__name__, next(lazy), list(lazy), list(lazy))
z = zip("abc", range(10))
print(next(z), list(z))
r = reversed([1, 2, 3])
print(next(r), list(r))
e = enumerate("xy")
print(list(e), list(e))
evens = filter(lambda n: n % 2 == 0, range(10))
print(next(evens), next(evens), sum(evens))
def read_in_chunks(data, size):
    for start in range(0, len(data), size):
        chunk = data[start:start + size]
        print(f"  chunk at {start}")
        yield chunk
total = 0
for chunk in read_in_chunks(list(range(10)), 4):
    total += sum(chunk)
print("total", total)
gen_sum = sum(x * x for x in range(1000000) if x < 5)
print(gen_sum)
def first_match(pred, it):
    return next((x for x in it if pred(x)), None)
print(first_match(lambda s: s.startswith("b"), ["apple", "banana", "berry"]), first_match(str.isdigit, "abc"))
it = iter(range(3))
print(list(zip(it, it)), list(it))
