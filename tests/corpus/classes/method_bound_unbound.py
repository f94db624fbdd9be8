class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
bound = c.inc
print(bound(), bound(5), Counter.inc(c, 10), c.n)
fns = [c.inc, c.inc]
print([f() for f in fns])
