# enum.Enum: members, reprs and strs, lookup by value and by name, iteration in definition
# order, aliases, len, in, __members__, name/value, identity, hashing, dict keys.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(str(Color.GREEN), f"{Color.BLUE}", f"{Color.BLUE!r}", "%s" % Color.RED, format(Color.RED))
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color))
print([m.name for m in Color], [m.value for m in reversed(Color)])
print(Color.RED in Color, 1 in Color, 7 in Color, "RED" in Color)
print(Color.__members__)
print(list(Color.__members__), len(Color.__members__), Color.__members__["CRIMSON"])
print(type(Color.RED), type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(repr(Color), str(Color), Color.__name__, type(Color).__name__)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r", Color.GREEN: "g"}[Color.RED])
counts = {}
for c in [Color.RED, Color.BLUE, Color.RED, Color.CRIMSON]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(sorted(Color, key=lambda c: c.name), max(Color, key=lambda c: c.value))
print(Color.RED._name_, Color.RED._value_, Color._member_names_)
print(bool(Color.RED), bool(Color), Color.RED.__class__.__name__)
print(getattr(Color, "GREEN"), Color.GREEN.__class__ is Color)


class Status(Enum):
    PENDING = "pending"
    DONE = "done"

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @property
    def finished(self):
        return self is Status.DONE

    @classmethod
    def parse(cls, text):
        return cls(text.lower())


print(repr(Status.PENDING), Status.DONE.describe(), Status.DONE.finished, Status.parse("PENDING"))
print([s.finished for s in Status])
