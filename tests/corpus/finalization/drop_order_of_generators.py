# The order in which dropped suspended generators run their finally: a frame's locals first to
# last, a list's and a tuple's items last to first, a dict's values first to last (as CPython frees them).
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("closed", name)

def f():
    a = gen("a")
    b = gen("b")
    c = gen("c")
    next(a); next(b); next(c)
    print("leaving f")

f()
print("after f")

def g():
    items = [gen("x"), gen("y"), gen("z")]
    for it in items:
        next(it)
    items = None
    print("after rebinding")

g()

def t():
    pair = (gen("t1"), gen("t2"))
    for it in pair:
        next(it)
    it = None
    pair = None
    print("after tuple")

t()

def d():
    m = {"k1": gen("d1"), "k2": gen("d2")}
    for v in m.values():
        next(v)
    v = None
    m = None
    print("after dict")

d()
print("end")
