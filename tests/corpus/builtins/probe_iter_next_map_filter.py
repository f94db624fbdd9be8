it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(6))))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(e)
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))), reversed([1]).__class__.__name__)
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)), sum([], 5))
def noisy(x):
    print("check", x)
    return x
print(all(noisy(x) for x in [1, 0, 2]), any(noisy(x) for x in [0, 3, 4]), all([]), any([]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(e)
print(next(iter({})))
