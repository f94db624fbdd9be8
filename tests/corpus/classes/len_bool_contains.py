class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
b = Bag(1, 2)
print(len(b), 2 in b, 5 not in b, bool(b), bool(Bag()))
print(bool(Flag(True)), "yes" if Flag(False) else "no", not Flag(False))
