# Mixed-in str enums, IntEnum arithmetic and json, copy, _ignore_, enums in dataclasses,
# multi-bit flags as aliases, __members__ items, and dir() of enums and members.
import copy
import json
from dataclasses import dataclass, field
from enum import Enum, EnumMeta, IntEnum, StrEnum, Flag, auto


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


print(Color.RED, repr(Color.RED), f"{Color.RED}", Color.RED == "red", Color("green"), Color.RED.upper())
print(json.dumps({"c": Color.RED}), json.dumps([Color.GREEN]))


class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    WED = auto()


print(Weekday.TUE + Weekday.WED, Weekday.MON * 10, json.dumps(Weekday.WED), sorted(Weekday, reverse=True))
print(list(Color.__members__.items()), isinstance(Color, EnumMeta), type(Color.RED).__mro__)
print(copy.copy(Weekday.MON) is Weekday.MON, copy.deepcopy([Weekday.MON])[0] is Weekday.MON)


class Status(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    ON = 1
    OFF = 0


print(list(Status), hasattr(Status, "tmp"), {Status.ON, Status.ON, Status.OFF})


@dataclass
class Job:
    name: str
    status: Status = Status.OFF
    tags: list = field(default_factory=list)


print(Job("a"), Job("b", Status.ON) == Job("b", Status.ON))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(repr(Perm.R | Perm.W | Perm.X), list(Perm.RWX), Perm.RWX.name, repr(Perm(6)), Perm.R in Perm.RWX)
print(str(Perm.R | Perm.X), bool(Perm.R & Perm.W), repr(Perm.R & Perm.W))
print(Weekday.MON < Weekday.TUE, Weekday(2).name, Weekday["WED"].value, Weekday.MON == 1.0)
print(Status.ON.value, f"{Status.ON.name:>5}|", "{0.name} {0.value}".format(Status.OFF))
for name, member in Status.__members__.items():
    print(name, member)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def area(self, size):
        return size * size if self is Shape.SQUARE else None


print(Shape.ALIAS_FOR_SQUARE, Shape(2).area(3), Shape.SQUARE.area.__name__, len(Shape), dir(Shape.SQUARE)[:3])
print(dir(Shape.SQUARE))
print(dir(Shape))
print(dir(Status.ON))
