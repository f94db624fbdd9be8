class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def freezing(cls):
        return cls(0)
    @classmethod
    def describe(cls):
        return cls.__name__ + "/" + cls.scale
class Kelvin(Temp):
    scale = "K"
print(Temp.c_to_f(100), Temp(5).c_to_f(0))
print(Temp.freezing().deg, type(Kelvin.freezing()).__name__, Kelvin.describe())
