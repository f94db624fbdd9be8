# member() and nonmember(): functions as members, plain values kept out of the members.
from enum import Enum, member, nonmember


class Op(Enum):
    ADD = member(lambda a, b: a + b)
    MUL = member(lambda a, b: a * b)
    LIMIT = nonmember(10)
    NAME = "name"

    def __call__(self, a, b):
        return self.value(a, b)


print(list(Op), Op.LIMIT, Op.ADD(2, 3), Op.MUL(2, 3), len(Op), repr(Op.NAME))
