class MyDict(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = MyDict(a=1)
print(d["a"], d["zz"], d, len(d), isinstance(d, dict), type(d).__name__)
print(d.get("zz"), "zz" in d)
class Counter2(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter2()
for ch in "hello":
    c[ch] += 1
print(c, sorted(c.items()))
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"], list(u.keys()))
class L(list):
    def total(self):
        return sum(self)
    def __repr__(self):
        return "L" + super().__repr__()
l = L([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), l[0], l[1:], isinstance(l, list))
for x in l:
    print(x, end=" ")
print()
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.pop(), s, bool(s), bool(Stack()))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(1, 2)
print(p, p.x, len(p), isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b)
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s, s.shout(), len(s), s + "x", isinstance(s, str), repr(s), f"{s}")
class E(int):
    def double(self):
        return self * 2
e = E(5)
print(e, e.double(), e + 1, isinstance(e, int), repr(e), type(e + 1).__name__)
class Temp(float):
    pass
print(Temp(1.5) * 2)
class D2(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.created = True
d2 = D2({"x": 1}, y=2)
print(d2, d2.created)
class MyList(list):
    def __init__(self, items):
        super().__init__(x * 2 for x in items)
print(MyList([1, 2]))
print(MyList.__mro__)
