class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x, self.y}"
pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(1, 2) in pts, {Point(1, 2): "a"}[Point(1, 2)])
class EqOnly:
    def __eq__(self, o):
        return True
class Plain:
    pass
print(Plain() == Plain(), EqOnly() == 5, EqOnly.__hash__ is None, hash(Plain()) == hash(Plain()) or True)
class Child(Point):
    pass
print(Child(1, 2) == Point(1, 2), hash(Child(1, 2)) == hash(Point(1, 2)))
class Weird:
    def __hash__(self):
        return "x"
try:
    hash(Weird())
except TypeError as e:
    print(e)
class Big:
    def __hash__(self):
        return 2**70
print(hash(Big()) == hash(2**70), hash(-1), hash(-2))
{EqOnly()}
