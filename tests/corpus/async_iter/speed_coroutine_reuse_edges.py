# `async for` over class iterators whose `async def __anext__` coroutines are kept,
# inspected and re-awaited: a finished coroutine object is only reused when nothing
# refers to it, so none of this may change.
import asyncio


class Counter:
    def __init__(self, stop):
        self.current = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.stop:
            raise StopAsyncIteration
        self.current += 1
        return self.current


class Nested:
    """Each step runs a whole inner `async for` (coroutines at two levels)."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        total = 0
        async for x in Counter(self.n + 1):
            total += x
        return total


class Flaky:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError(f"bad item {self.i}")
        if self.i > 5:
            raise StopAsyncIteration
        return self.i


async def main():
    it = Counter(3)
    kept = []
    while True:
        c = it.__anext__()
        kept.append(c)
        try:
            v = await c
        except StopAsyncIteration:
            print("stopped")
            break
        print("got", v, type(c).__name__, c.__qualname__, c.cr_frame is None)
    print(len({id(c) for c in kept}), "distinct coroutines kept")
    try:
        await kept[0]
    except RuntimeError as e:
        print("RuntimeError:", e)

    print([x async for x in Counter(4)])
    print([t async for t in Nested(4)])

    it = Flaky()
    seen = []
    while True:
        try:
            async for x in it:
                seen.append(x)
        except ValueError as e:
            print("ValueError:", e, seen)
            continue
        break
    print("after", seen)

    # Interleaved iterators and a coroutine held across steps of another loop.
    a, b = Counter(3), Counter(2)
    held = b.__anext__()
    async for x in a:
        print("a", x, "b pending", held.cr_frame is not None)
    print("b", await held)
    async for y in b:
        print("b", y)

    # A coroutine made and never awaited: the warning names it.
    unused = Counter(1).__anext__()
    del unused
    print("done")


asyncio.run(main())
