# Set iteration order for ints follows CPython's table layout (sizes, resize, probing).
s = {100, 7, 33, 64, 1000, 12, -5, 8}
print(s)
a = set()
for i in range(20):
    a.add(i * 37 % 101)
print(a)
a.discard(37)
a.discard(74)
a.add(500)
a.add(-3)
print(a, len(a))
print(a.pop(), a.pop(), a)
b = {x * 3 for x in range(15)}
print(b)
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b)
c = set(b)
c -= {0, 3, 6}
print(c)
c |= {1000, 2000}
print(c)
c &= set(range(0, 50, 2))
print(c)
c ^= {4, 8, 1}
print(c)
print(frozenset([5, 3, 99, 1024]), set({9: 1, 1: 2, 17: 3}))
print(set([10**12, 2**40, 7]), {-10**15, 3})
