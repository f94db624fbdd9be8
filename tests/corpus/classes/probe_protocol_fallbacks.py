class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 10 in s, 5 in s, list(reversed([1, 2])), [x for x in s])
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 9 in It(), sorted(It(), reverse=True), max(It()), sum(It(), 100))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(Rev())), len(Rev()), bool(Rev()))
class Contains:
    def __contains__(self, x):
        return x == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class BadLen:
    def __len__(self):
        return "3"
class NegLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
class LenZero:
    def __len__(self):
        return 0
print(bool(LenZero()), not LenZero(), bool(object()))
for obj, op in [(BadLen(), len), (NegLen(), len), (BadBool(), bool), (3, reversed), (It(), len)]:
    try:
        op(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
if BadBool():
    pass
