# Under `from __future__ import annotations` a def's annotations are their source text, never
# evaluated (so undefined names are fine).
from __future__ import annotations


def f(a: Undefined, *args: int | None, key: list[str] = [], **kw: "quoted") -> dict[str,  int]:
    pass


print(f.__annotations__)


class Tree:
    def children(self) -> list[Tree]:
        return []


print(Tree.children.__annotations__)

x: "a" | None
y: dict[str,   list[int | None]] = {}
z: Literal[1, 'b', None, ..., True, 2.5]
w: (int, str)
v: tuple[()]
u: a.b.c[int]
t: Callable[[int, str], Awaitable[None]]
s: (int | str) | None
r: int | (str | None)
print(__annotations__)
