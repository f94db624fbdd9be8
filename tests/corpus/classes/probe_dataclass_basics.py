class A:
    """doc"""
    x: int = 1
    y: "str"
    def f(self): pass
print(A.__annotations__)
z: int = 3
print(__annotations__)
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
print(P(1), P(1, 2) == P(1, 2), P.__init__.__qualname__)
try:
    P()
except TypeError as e: print(e)
try:
    P(1, 2, 3, 4)
except TypeError as e: print(e)
try:
    P(1, x=2)
except TypeError as e: print(e)
try:
    P(1, z=2)
except TypeError as e: print(e)
try:
    @dataclass
    class R:
        a: list = []
except ValueError as e: print(e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "x"
f = F(1)
try:
    f.a = 2
except Exception as e: print(type(e).__name__, e, type(e).__mro__)
print(F(1) < F(2), hash(F(1)) == hash(F(1)), sorted([F(2), F(1, "a")]))
print(P.__hash__, F.__match_args__)
try:
    hash(P(1))
except TypeError as e: print(e)
