# auto(), IntEnum, StrEnum, _generate_next_value_, _missing_, match on members.
from enum import Enum, IntEnum, StrEnum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


print(list(State), State.RUNNING.value)


class Skip(Enum):
    A = 10
    B = auto()
    C = auto()


print([(m.name, m.value) for m in Skip])


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


print(Shape.CIRCLE, repr(Shape.SQUARE), str(Shape.CIRCLE), f"{Shape.SQUARE}", Shape.CIRCLE + 1)
print(Shape.CIRCLE == 1, Shape.SQUARE > Shape.CIRCLE, sorted([Shape.SQUARE, Shape.CIRCLE]))
print(Shape(2), [1, 2, 3][Shape.CIRCLE], isinstance(Shape.CIRCLE, int), int(Shape.SQUARE))
print({1: "one"}[Shape.CIRCLE], hash(Shape.CIRCLE) == hash(1), f"{Shape.SQUARE:>4}|")


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE.upper(), Mode.READ == "read", f"[{Mode.WRITE}]")
print(Mode("w"), "-".join(Mode), isinstance(Mode.READ, str))


class Upper(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.upper() + str(count)

    ALPHA = auto()
    BETA = auto()


print(list(Upper), Upper.BETA.value)


class Level(Enum):
    LOW = 1
    HIGH = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Level("low"), Level(3))
try:
    Level(2)
except ValueError as e:
    print("ValueError", e)


def react(state):
    match state:
        case State.IDLE:
            return "waiting"
        case State.RUNNING | State.DONE:
            return "busy or done"


print([react(s) for s in State])


class Task:
    def __init__(self):
        self.state = State.IDLE

    def __repr__(self):
        return f"Task({self.state})"


task = Task()
task.state = State.RUNNING
print(task, task.state is State.RUNNING)
