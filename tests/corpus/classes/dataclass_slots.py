# dataclass(slots=True): the class is rebuilt with __slots__ naming its fields.
from dataclasses import dataclass, field, fields, asdict, replace
@dataclass(slots=True)
class S:
    a: int
    b: int = 1
    c: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'), S(1) == S(1), S.__qualname__, S.__name__)
try:
    s.zz = 1
except AttributeError as e:
    print("AttributeError", type(e).__name__)
s.b = 5
print(s, asdict(s), replace(s, a=9), [f.name for f in fields(S)], S(2, 3).b)
@dataclass(slots=True, frozen=True)
class FS:
    a: int
try:
    FS(1).a = 2
except Exception as e:
    print(type(e).__name__, e)
print(FS(1), hash(FS(1)) == hash(FS(1)))
@dataclass(slots=True)
class Sub(S):
    d: int = 0
print(Sub(1, d=4), Sub.__slots__)
try:
    @dataclass(slots=True)
    class T:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(e)
