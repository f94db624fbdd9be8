# obj.name(args) on instances of user classes, called many times so the method caches warm
# up, then changed under them: methods replaced on the class or shadowed by an instance
# attribute mid-loop, class/static methods, properties returning callables, defaults,
# keywords, wrong argument counts, subclasses overriding, __getattr__ fallbacks.


class Counter:
    def __init__(self):
        self.n = 0

    def step(self, k=1):
        self.n += k
        return self.n

    @classmethod
    def make(cls, start):
        c = cls()
        c.n = start
        return c

    @staticmethod
    def twice(x):
        return 2 * x

    @property
    def adder(self):
        return lambda x: self.n + x


def other_step(self, k=1):
    self.n -= k
    return self.n


c = Counter()
log = []
for i in range(40):
    if i == 10:
        Counter.step = other_step  # replaced on the class
    if i == 20:
        c.step = lambda k=1: -k  # shadowed by an instance attribute
    if i == 30:
        del c.step  # the class's method again
    log.append(c.step(i))
print(log)
print(c.n)

m = Counter.make(5)
print(m.make(7).n, m.twice(21), m.adder(10), c.twice(4))
print(m.step(), m.step(k=3), m.step(2))


class Loud(Counter):
    def step(self, k=1):
        return ("loud", super().step(k))


objs = [Counter(), Loud(), Counter(), Loud()]
print([o.step(3) for o in objs for _ in range(3)])


class Dyn:
    def __getattr__(self, name):
        return lambda *a: (name, a)

    def real(self, a, b):
        return a + b


d = Dyn()
for i in range(3):
    print(d.real(i, 1), d.missing(i))


class Slots:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


s = Slots(3)
print(sum(s.get() for _ in range(10)))

for call in (lambda: c.step(1, 2), lambda: c.step(k=1, j=2), lambda: m.twice(), lambda: d.real(1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c.nope()
except AttributeError as e:
    print(type(e).__name__, e)


def recurse(o, n):
    return o.down(n)


class Deep:
    def down(self, n):
        return self.down(n + 1)


try:
    Deep().down(0)
except RecursionError as e:
    print("RecursionError", e)
