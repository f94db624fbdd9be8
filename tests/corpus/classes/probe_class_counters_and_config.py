class Counter:
    total = 0
    shared = []
    def __init__(self):
        Counter.total += 1
        self.own = []
c1, c2 = Counter(), Counter()
c1.shared.append("x")
c1.own.append("y")
print(Counter.total, c2.shared, c2.own, c1.total)
c1.total = 99
print(c1.total, c2.total, Counter.total, "total" in vars(c1), "total" in vars(c2))
del c1.total
print(c1.total)
print(getattr(c1, "missing", "default"), hasattr(c1, "own"))
setattr(c2, "dynamic", 42)
print(c2.dynamic, sorted(vars(c2)))
delattr(c2, "dynamic")
print(hasattr(c2, "dynamic"))
class Config:
    DEBUG = False
    LEVELS = ("low", "high")
    @classmethod
    def enable(cls):
        cls.DEBUG = True
        return cls
class Dev(Config):
    pass
Dev.enable()
print(Config.DEBUG, Dev.DEBUG, Dev.LEVELS[1], Dev.__name__, Dev.__qualname__)
class Temp:
    unit = "C"
    def show(self):
        return f"{self.value}{self.unit}"
t = Temp()
t.value = 21
print(t.show())
Temp.unit = "F"
print(t.show(), type(t).unit)
print(Temp.show(t), Temp.__dict__["unit"], isinstance(Temp.__dict__, dict) or True)
try:
    Counter().nope
except AttributeError as e:
    print("AttributeError:", e)
