class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), [x for x in Seq()])
a, b, c = Seq()
print(a, b, c)
class Box:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
b = Box([1, 2, 3])
b[0] = 9; del b[1]
print(len(b), 9 in b, b[0], b[-1], b[0:1], list(b), bool(b), bool(Box([])), sorted(b), sum(b))
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class StrLen:
    def __len__(self): return "3"
try: len(StrLen())
except TypeError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class NoIter: pass
try: iter(NoIter())
except TypeError as e: print(e)
try:
    for x in NoIter(): pass
except TypeError as e: print(e)
try: 1 in NoIter()
except TypeError as e: print(e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
class NoSet:
    def __getitem__(self, i): return i
try: NoSet()[0] = 1
except TypeError as e: print(e)
try: del NoSet()[0]
except TypeError as e: print(e)
try: len(NoSet())
except TypeError as e: print(e)
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1])
print(list(reversed(Rev([1, 2, 3]))))
class Called:
    def __call__(self, *a, **k): return a, k
print(Called()(1, x=2), callable(Called()))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(Idx()))
