# int | None (types.UnionType) and list[int] (types.GenericAlias): reprs, isinstance, unions
# with typing, annotations; types.SimpleNamespace and the types of built-in objects.
import typing
from typing import Optional
print(int | None, int | str | None, int | int, None | int, type(int | None).__name__)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int], list[int] | None, int | list[int])
print((int | str) == (str | int), Optional[int | str], typing.Union[int | None, str])
print((int | None).__args__, list[int].__origin__, list[int].__args__)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
try: int | "str"
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
def fetch(url: str, retries: int | None = None) -> dict[str, int] | None: pass
print(fetch.__annotations__)
class Node:
    def children(self) -> "list[Node]": pass
import types
print(types.SimpleNamespace(a=1, b="x"), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
print(types.FunctionType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.NoneType, types.MethodType)
async def ag():
    yield 1
print(isinstance(ag(), types.AsyncGeneratorType), isinstance(len, types.BuiltinFunctionType))
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList.__orig_bases__)
