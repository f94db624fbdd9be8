class Pizza:
    count = 0
    def __init__(self, size):
        self.size = size
        Pizza.count += 1
    @classmethod
    def small(cls):
        return cls(8)
    @staticmethod
    def area(r):
        return 3 * r * r
    def describe(self):
        return f"{type(self).__name__}({self.size})"
class Deluxe(Pizza):
    pass
print(Pizza.small().describe(), Deluxe.small().describe(), Pizza.area(2), Pizza(1).area(3), Pizza.count)
print(type(Pizza.__dict__["small"]).__name__, type(Pizza.__dict__["area"]).__name__, Pizza.small.__name__)
m = Pizza(5).describe
print(m(), m.__self__.size, m.__func__ is Pizza.describe, Pizza.describe(Pizza(2)))
try:
    Pizza.describe()
except TypeError as e:
    print(e)
print(Deluxe.__mro__, Deluxe.__bases__, Pizza.__bases__, issubclass(Deluxe, Pizza), issubclass(Deluxe, (int, Pizza)))
try:
    issubclass(Deluxe(1), Pizza)
except TypeError as e:
    print(e)
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(None, type(None)), isinstance(Deluxe, type), type(type), type(3).__name__)
