class Shape:
    def area(self):
        raise NotImplementedError("subclasses implement area")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).area())
Shape().area()
