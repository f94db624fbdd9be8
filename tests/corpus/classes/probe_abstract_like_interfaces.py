class Plugin:
    name = "base"
    def run(self, data):
        raise NotImplementedError(f"{type(self).__name__}.run() is not implemented")
    def __repr__(self):
        return f"<{self.name} plugin>"
class Upper(Plugin):
    name = "upper"
    def run(self, data):
        return data.upper()
class Reverse(Plugin):
    name = "reverse"
    def run(self, data):
        return data[::-1]
class Broken(Plugin):
    name = "broken"
plugins = [Upper(), Reverse(), Broken()]
for p in plugins:
    try:
        print(p, p.run("abc"))
    except NotImplementedError as e:
        print(p, "failed:", e)
class Comparable:
    def __eq__(self, other):
        return self.key() == other.key()
    def __lt__(self, other):
        return self.key() < other.key()
    def __le__(self, other):
        return self == other or self < other
class Version(Comparable):
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def key(self):
        return self.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10")]
print(sorted(vs), max(vs), Version("1.0") == Version("1.0"), Version("1.0") <= Version("1.1"))
print(Version("2.0") > Version("1.9"), Version("1.0") != Version("1.0"))
try:
    {Version("1.0")}
except TypeError as e:
    print("TypeError:", e)
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Triangle(Shape):
    sides = 3
class Quad(Shape):
    sides = 4
print([s().describe() for s in Shape.__subclasses__()], Triangle.__base__.__name__)
