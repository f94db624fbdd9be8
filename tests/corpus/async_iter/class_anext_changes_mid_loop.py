# async for over class-based iterators whose __anext__ changes while the loop runs (after
# the loop has stepped it many times): replaced on the class by another coroutine function,
# by a plain function returning an awaitable, by a non-awaitable; an instance attribute
# named __anext__ (ignored: special methods are looked up on the class); a subclass; a
# __anext__ that awaits other coroutines, raises, or takes a default argument.
import asyncio


class Count:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def tenfold(self):
    if self.i >= self.stop:
        raise StopAsyncIteration
    self.i += 1
    return self.i * 10


class Done:
    def __await__(self):
        return iter([])


def plain_anext(self):
    self.i += 1
    if self.i > self.stop:
        raise StopAsyncIteration
    return asyncio.sleep(0, self.i * 100)


class Sub(Count):
    async def __anext__(self, step=2):
        v = await super().__anext__()
        await asyncio.sleep(0)
        return v * step


async def helper(x):
    await asyncio.sleep(0)
    return x + 1


class Awaiting(Count):
    async def __anext__(self):
        v = await Count.__anext__(self)
        return await helper(v)


class Failing(Count):
    async def __anext__(self):
        v = await Count.__anext__(self)
        if v == 25:
            raise ValueError(f"bad item {v}")
        return v


ORIGINAL = Count.__anext__


async def main():
    c = Count(60)
    seen = []
    async for x in c:
        seen.append(x)
        if x == 20:
            Count.__anext__ = tenfold
        if x == 300:
            c.__anext__ = None  # an instance attribute: async for does not look at it
        if x == 400:
            Count.__anext__ = plain_anext
    print(seen)
    print(c.i, time_now())

    Count.__anext__ = lambda self: 42  # not awaitable
    try:
        async for x in Count(3):
            print("never", x)
    except TypeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
    Count.__anext__ = ORIGINAL

    print([x async for x in Sub(6)], time_now())
    print([x async for x in Awaiting(30)][-3:], time_now())
    got = []
    try:
        async for x in Failing(100):
            got.append(x)
    except ValueError as e:
        print(e, len(got), got[-1])

    it = Count(3)
    del Count.__anext__
    try:
        async for x in it:
            pass
    except TypeError as e:
        print(type(e).__name__, e)


def time_now():
    return asyncio.get_running_loop().time()


asyncio.run(main())
