# collections.abc.AsyncIterator & co: structural isinstance checks, the __aiter__ mixin and
# the abstract __anext__.
from collections.abc import AsyncIterator, AsyncIterable, AsyncGenerator, Iterator, Iterable, Awaitable, Coroutine
import asyncio
import typing

class Ticker:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0: raise StopAsyncIteration
        self.n -= 1
        return self.n

async def agen():
    yield 1

class OnlyAiter:
    def __aiter__(self): return Ticker(2)

async def main():
    t = Ticker(3)
    print(isinstance(t, AsyncIterator), isinstance(t, AsyncIterable))
    print(isinstance(OnlyAiter(), AsyncIterable), isinstance(OnlyAiter(), AsyncIterator))
    g = agen()
    print(isinstance(g, AsyncGenerator), isinstance(g, AsyncIterator))
    print(isinstance([], Iterable), isinstance([], Iterator), isinstance(iter([]), Iterator))
    c = asyncio.sleep(0)
    print(isinstance(c, Awaitable), isinstance(c, Coroutine))
    await c
    print(issubclass(Ticker, AsyncIterator))
    print(isinstance(t, typing.AsyncIterator))
    class MyIt(AsyncIterator):
        def __init__(self): self.i = 0
        async def __anext__(self):
            self.i += 1
            if self.i > 2: raise StopAsyncIteration
            return self.i
    print([x async for x in MyIt()])
    print(aiter(MyIt()).__class__.__name__)
    try:
        class Bad(AsyncIterator):
            pass
        Bad()
    except TypeError as e:
        print(e)

asyncio.run(main())
