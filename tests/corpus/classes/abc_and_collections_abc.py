# abc.ABC/abstractmethod (abstract methods refused at instantiation, register) and every
# collections.abc ABC against built-in values, user classes and its mixin methods.
import asyncio
import collections
import collections.abc as cabc
from abc import ABC, abstractmethod
from collections.abc import (AsyncIterator, AsyncIterable, AsyncGenerator, Awaitable, Coroutine, Iterable, Iterator,
    Generator, Sized, Container, Collection, Callable, Hashable, Reversible, Sequence, MutableSequence, Mapping,
    MutableMapping, Set, MutableSet, KeysView, ItemsView, ValuesView)


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(collections.abc is cabc, cabc.AsyncIterator.__name__, cabc.AsyncIterator.__module__)


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2


class FullSquare(Square):
    def perimeter(self): return 4 * self.s


t("Shape()", lambda: Shape())
t("Square(2)", lambda: Square(2))
t("FullSquare", lambda: FullSquare(3).describe())
t("abstracts", lambda: sorted(Shape.__abstractmethods__))
t("abstracts sq", lambda: sorted(Square.__abstractmethods__))
t("abstracts full", lambda: sorted(FullSquare.__abstractmethods__))
t("isinstance", lambda: (isinstance(FullSquare(1), Shape), issubclass(FullSquare, Shape), issubclass(int, Shape)))


class Plain:
    pass


Shape.register(Plain)
t("registered", lambda: (isinstance(Plain(), Shape), issubclass(Plain, Shape)))
t("register non-class", lambda: Shape.register(5))
t("register cycle", lambda: Plain and FullSquare.register(Shape))


class Props(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...


t("Props()", lambda: Props())


class Ticker:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0: raise StopAsyncIteration
        self.n -= 1
        return self.n


class NotIter:
    __iter__ = None


async def agen():
    yield 1


def gen():
    yield 1


async def coro():
    return 1


async def main():
    task = asyncio.create_task(coro())
    fut = asyncio.get_running_loop().create_future()
    c = coro()
    g = gen()
    ag = agen()
    values = {"list": [], "tuple": (), "str": "", "dict": {}, "set": set(), "frozenset": frozenset(),
              "range": range(3), "bytes": b"", "int": 1, "None": None, "iter": iter([]), "gen": g,
              "agen": ag, "coro": c, "task": task, "future": fut, "func": len, "lambda": lambda: 0,
              "class": int, "Ticker": Ticker(1), "NotIter": NotIter(), "keys": {}.keys(),
              "values": {}.values(), "items": {}.items(), "zip": zip(), "enumerate": enumerate([]),
              "deque": collections.deque(), "defaultdict": collections.defaultdict(int),
              "Counter": collections.Counter()}
    abcs = [Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterable, Iterator,
            Reversible, Generator, Sized, Container, Collection, Callable, Sequence, MutableSequence,
            Mapping, MutableMapping, Set, MutableSet, KeysView, ItemsView, ValuesView]
    for name, v in values.items():
        print(name, "".join("1" if isinstance(v, a) else "." for a in abcs))
    print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(Ticker, AsyncIterator),
          issubclass(bool, Hashable), issubclass(list, Hashable))
    await task
    fut.cancel()
    c.close()
    await ag.aclose()


asyncio.run(main())


class Countdown(AsyncIterator):
    def __init__(self, n): self.n = n
    async def __anext__(self):
        if self.n == 0: raise StopAsyncIteration
        self.n -= 1
        return self.n


async def use():
    it = Countdown(3)
    print(aiter(it) is it, [x async for x in it])
    print(isinstance(it, AsyncIterable), isinstance(it, AsyncGenerator))


asyncio.run(use())


class MyAgen(AsyncGenerator):
    def __init__(self): self.i = 0
    async def asend(self, v):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
    async def athrow(self, typ, val=None, tb=None):
        raise StopAsyncIteration


async def use2():
    g = MyAgen()
    print([x async for x in g])
    print(await g.aclose())


asyncio.run(use2())


class Seq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)


s = Seq(3, 1, 4, 1, 5)
t("seq", lambda: (list(s), 4 in s, 9 in s, list(reversed(s)), s.index(1), s.count(1), len(s)))
t("seq index missing", lambda: s.index(9))


class Map(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)


m = Map(a=1, b=2)
t("map", lambda: (m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()),
                  m == {"a": 1, "b": 2}, dict(m)))
t("map keys repr", lambda: repr(m.keys())[:9])


class MMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)


mm = MMap()
mm.update({"x": 1}, y=2)
mm.setdefault("z", 3)
t("mmap", lambda: (dict(mm), mm.pop("x"), mm.pop("nope", None), mm.popitem(), len(mm)))
t("mmap pop missing", lambda: mm.pop("nope"))
t("mmap incomplete", lambda: type("Half", (MutableMapping,), {"__getitem__": lambda s, k: 1})())
t("Sequence()", lambda: Sequence())
t("Iterable()", lambda: Iterable())
