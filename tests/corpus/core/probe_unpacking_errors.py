a, *b = [1]
print(a, b)
*c, d = "xy"
print(c, d)
(e, f), g = (1, 2), 3
print(e, f, g)
for x, (y, *z) in [(1, (2, 3, 4)), (5, (6,))]:
    print(x, y, z)
first, *_, last = range(10)
print(first, last, _)
def case0():
    x, y = 1, 2, 3
def case1():
    x, y = [1]
def case2():
    x, y, *z = (1,)
def case3():
    x, y = 5
def case4():
    x, y = {'a': 1, 'b': 2}
def case5():
    x, = []
def case6():
    [x, y] = 'abc'
for src, case in [('x, y = 1, 2, 3', case0), ('x, y = [1]', case1), ('x, y, *z = (1,)', case2), ('x, y = 5', case3), ("x, y = {'a': 1, 'b': 2}", case4), ('x, = []', case5), ("[x, y] = 'abc'", case6)]:
    try:
        case()
        print(src, "ok")
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
p, q = {"a": 1, "b": 2}
print(p, q)
m, n = n, m = 1, 2
print(m, n)
