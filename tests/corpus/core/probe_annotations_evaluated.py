import typing

x: int = 1
y: "Forward" = 2
print(__annotations__)


class A:
    a: int
    b: typing.Optional[str] = None
    c: list[int] = []


print(A.__annotations__ == {"a": int, "b": typing.Optional[str], "c": list[int]} or sorted(A.__annotations__), A.b)


class Obj:
    pass


o = Obj()
o.attr: int = 5
print(o.attr)
try:
    class B:
        z: undefined_thing = 3
except NameError as e:
    print(e)
