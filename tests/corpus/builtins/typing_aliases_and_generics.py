# typing: TypeVar, Generic classes, the aliases and special forms (reprs, origins/args,
# isinstance, subclassing AsyncIterator[int]), runtime_checkable protocols.
import typing
from typing import TypeVar, Generic, Optional, Union, List, Dict, Callable, Any, AsyncIterator, Literal, Protocol, runtime_checkable, ClassVar, Type, Tuple
T = TypeVar("T")
K = TypeVar("K", bound=int)
V_co = TypeVar("V_co", covariant=True)
print(T, K, V_co, T.__name__, K.__bound__)
print(Optional[int], Union[int, str], Union[int, None], Union[None, int], Union[int], Union[int, Union[str, int]], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any], Literal["a", 1], Type[int], ClassVar[int])
print(AsyncIterator[int], typing.AsyncIterator, typing.Iterable[T], List, Any, Optional)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(AsyncIterator[int]), typing.get_args(Optional[int]))
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None, Box.__mro__)
b = Box[int](5)
print(b.v, type(b).__name__)
class Stream(AsyncIterator[int]):
    async def __anext__(self): raise StopAsyncIteration
print(Stream.__mro__)
print(isinstance([], List), isinstance(3, Optional[int]), isinstance("x", Union[int, str]))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
@runtime_checkable
class HasAnext(Protocol):
    def __anext__(self): ...
class It:
    def __anext__(self): pass
print(isinstance(It(), HasAnext), isinstance(3, HasAnext))
print(typing.cast(int, "x"), typing.TYPE_CHECKING)
print(Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]), List[int] == List[str])
try: List()
except TypeError as e: print(e)
try: Protocol()
except TypeError as e: print(e)
try: Generic()
except TypeError as e: print(e)
try: Union[int]()
except TypeError as e: print(e)
