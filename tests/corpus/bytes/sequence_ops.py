# len, indexing (ints), slicing (bytes), iteration, bool
b = b"hello"
print(len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[5:], b[-100:2])
print(list(b), tuple(b"hi"), [x + 1 for x in b"ab"])
for x in b"hi":
    print(x, type(x).__name__)
it = iter(b"xy")
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(bool(b""), bool(b"\x00"), sorted([b"b", b"a", b"ab"]), max(b"abc"), sum(b"ab"))
a, c = b"ac"
print(a, c)
