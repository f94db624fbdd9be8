# Flag operands and containment errors, negative and composite flag values, _missing_
# returning a wrong type, reprs of auto(), members as attributes of members, vars().
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Color(Enum):
    RED = 1


t("R | 8", lambda: Perm.R | 8)
t("R in 4", lambda: 4 in Perm.R)
t("~~R", lambda: ~~Perm.R)
t("Perm(-1)", lambda: Perm(-1))
t("Perm['R']", lambda: Perm["R"])
t("Perm(5).name", lambda: Perm(5).name)
t("list(Perm(0))", lambda: list(Perm(0)))
t("str(Perm.R|Perm.W)", lambda: str(Perm.R | Perm.W))
t("format", lambda: f"{Perm.R | Perm.W}")
t("IntEnum str", lambda: str(IntEnum("E", "A B").B))
t("StrEnum bad", lambda: StrEnum("S", [("A", 1)]))
t("Color.RED.RED", lambda: Color.RED.RED)
t("Color.RED < 2", lambda: Color.RED < 2)
t("hash eq", lambda: len({Color.RED, Color(1)}))
t("_missing_ bad", lambda: type("X", (), {}))
t("Enum()", lambda: Enum())
t("Color.__len__", lambda: Color.__len__())
t("bool(Perm(0))", lambda: bool(Perm(0)))


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


t("bad missing", lambda: BadMissing(3))
t("auto repr", lambda: auto())
t("Color.RED.value.__class__", lambda: Color.RED.value.__class__)
t("vars", lambda: sorted(vars(Color.RED)))
