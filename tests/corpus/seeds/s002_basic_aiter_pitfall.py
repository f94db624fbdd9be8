# Seed 002, basic_aiter.py (the page's `def init` is its formatting of `__init__`).
# Its `__aiter__` is `async def`, which `async for` rejects.
class AsyncCounter:
    def __init__(self, stop):
        self.stop = stop
        self.current = 0

    async def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.stop:
            raise StopAsyncIteration
        self.current += 1
        return self.current - 1

async def main():
    async for i in AsyncCounter(3):
        print(i)

import asyncio
asyncio.run(main())
