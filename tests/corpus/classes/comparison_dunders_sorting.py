class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version(v) for v in ["1.10", "1.2", "0.9.9", "1.2.1"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") > Version("0.5"), Version("2") == Version("2.0"))
