import math
print((10).__add__(5), (7).__truediv__(2), (2).__radd__(3), (1).__add__("a"), "a".__add__("b"), [1].__add__([2]), (3).__mul__("x"), "ab".__mul__(2))
print((1).__eq__(1), (1).__eq__("a"), (1).__lt__(2), "a".__lt__("b"), (1).__lt__("a"), [1, 2].__len__(), "abc".__len__(), {1: 2}.__contains__(1), (1, 2).__getitem__(0))
print(int.__add__(3, 4), str.__eq__("x", "x"), float.__sub__(2.5, 1), (5).__pow__(2), (7).__mod__(3), (7).__floordiv__(2), (6).__and__(3), {1, 2}.__or__({3}))
class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    def __repr__(self):
        return f"Money({int(self)})"
print(Money(5) + 3, Money(1) + Money(2), type(Money(2) + 1).__name__)
class Name(str):
    def __eq__(self, other):
        return super().__eq__(other.lower() if isinstance(other, str) else other)
    __hash__ = str.__hash__ if hasattr(str, "__hash__") else None
print(Name("bob") == "BOB", Name("bob") == "al")
print(math.fmod(-7, 2), math.fmod(7.5, 2))
try: (1).__truediv__(0)
except ZeroDivisionError as e: print(e)
try: math.fmod(1, 0)
except ValueError as e: print(e)
