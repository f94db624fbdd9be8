class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __mul__(self, k):
        return V(self.x * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        return self.x < o.x
    __hash__ = None
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
a = V(1)
print(a + V(2), a + 5, 5 + a, 3 * a, a * 3, -a, sum([V(1), V(2)], V(0)), sum([V(1), V(2)]))
acc = Acc()
acc += 1
acc += 2
print(acc.items)
b = a
b += V(10)
print(a, b, a is b)
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) > V(2), sorted([V(3), V(1)]))
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" + a
except TypeError as e:
    print(e)
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
a @ a
