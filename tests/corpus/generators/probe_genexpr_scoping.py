x = 10
g = (x * i for i in range(3))
x = 100
print(list(g))
data = [1, 2, 3]
g2 = (d for d in data)
data = [7, 8]
print(list(g2))
class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        scaled = [v * len(vals) for v in vals]
    except NameError as e:
        err = str(e)
print(A.doubled, A.err)
g3 = (i for i in range(3))
print(next(g3), list(g3), list(g3), sum(i for i in range(5)), max((c for c in "hello"), key=ord))
print(type(g3).__name__, g3.__name__, [i for i in range(3) if i] , {i: i * i for i in range(3)}, {c for c in "aab"} == {"a", "b"})
print([(i, j) for i in range(3) for j in range(i)], [y for x in [[1, 2], [3]] for y in x])
print([n for n in range(20) if n % 2 if n % 3], [a if a else "zero" for a in range(3)])
nested = [[r * c for c in range(3)] for r in range(3)]
print(nested, i if "i" in dir() else "i not leaked")
(lambda: [z for z in range(2)])()
print(z)
