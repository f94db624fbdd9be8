# A class-based async iterator (`__aiter__`/`__anext__`) with 1,000,000 items.
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


async def main():
    total = 0
    async for x in Counter(1_000_000):
        total += x
    print(total)


asyncio.run(main())
