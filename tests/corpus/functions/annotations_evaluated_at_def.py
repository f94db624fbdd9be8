# A def's parameter and return annotations: evaluated when the def runs (NameError then),
# kept in CPython's order in __annotations__ (empty dict when there are none).
from typing import Optional, AsyncIterator
def f(a: 'A', /, b: 'B', *c: 'C', d: 'D' = 1, **e: 'E') -> 'R': pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
def h(x=print('default'), *, y=print('kwdefault')) -> print('ann'): pass
class K:
    def m(self, x: int) -> 'K': pass
    async def gen(self, n: int) -> AsyncIterator[int]:
        yield n
print(K.m.__annotations__, K().m.__annotations__, K.gen.__annotations__)
def outer():
    T = int
    def inner(x: T) -> Optional[T]: pass
    return inner
print(outer().__annotations__)
g.__annotations__["z"] = 1
print(g.__annotations__, g.__dict__)
try:
    def bad(x: Undefined): pass
except NameError as e:
    print("NameError", e)
