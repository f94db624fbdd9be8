print(isinstance(print, type(len)), repr(len), repr(print), str(len)[:20])
print(abs(-3), round(3.7), len("héllo"), len([1, [2, 3]]), len({}), len(range(0, 10, 3)), len(range(10, 0)))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(0, 10, 3)[-1], 9 in range(0, 10, 3), range(3) == range(0, 3), range(0) == range(5, 2))
print(repr(range(1, 10, 2)), range(10).index(7), range(0, 20, 5).count(10), reversed(range(3)).__class__.__name__)
print(list(range(2**62, 2**62 + 3)), len(range(-2**62, 2**62)), range(10**20, 10**20 + 5)[2], 10**20 + 3 in range(10**20, 10**21, 3))
print(range(10**30)[-1], len(range(0, 10**25, 10**20)), range(3, 10**20).stop, list(range(10**20, 10**20 - 3, -1)))
r = range(0, 2**70, 2**68)
print(r, list(r), r[1:3], r[::-1])
try:
    len(range(2**64))
except OverflowError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
name = input("Your name: ")
