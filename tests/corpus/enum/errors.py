# enum errors with CPython's messages: bad values and names, reassigning and deleting members,
# comparisons, extending an enum with members, duplicate names.
from enum import Enum, unique


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2


t("Color(5)", lambda: Color(5))
t("Color('RED')", lambda: Color("RED"))
t("Color['PINK']", lambda: Color["PINK"])
t("Color[1]", lambda: Color[1])
t("Color.PINK", lambda: Color.PINK)


def reassign():
    Color.RED = 5


def delete():
    del Color.RED


def set_value():
    Color.RED.value = 3


def set_name():
    Color.RED.name = "X"


t("reassign", reassign)
t("delete", delete)
t("set value", set_value)
t("set name", set_name)
t("<", lambda: Color.RED < Color.GREEN)
t("hash([])", lambda: Color([]))


def extend():
    class More(Color):
        BLUE = 3


t("extend", extend)


def dup():
    @unique
    class Shade(Enum):
        LIGHT = 1
        PALE = 1
        DARK = 2
        DIM = 2

t("unique", dup)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e23, 2.4397e6)))
t("Color.RED.mass", lambda: Color.RED.mass)
