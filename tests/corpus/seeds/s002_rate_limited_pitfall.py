# Seed 002, rate_limited.py as written (with `__init__`): `async def __aiter__` fails.
import asyncio
import time

class RateLimitedProducer:
    def __init__(self, items, requests_per_second):
        self.items = items
        self.delay = 1.0 / requests_per_second

    async def __aiter__(self):
        self.index = 0
        return self

    async def __anext__(self):
        if self.index >= len(self.items):
            raise StopAsyncIteration
        item = self.items[self.index]
        self.index += 1
        await asyncio.sleep(self.delay)
        return item

async def main():
    items = [f"item_{i}" for i in range(10)]
    async for item in RateLimitedProducer(items, 2):  # 2 items/sec
        print(f"Processed {item} at {time.time()}")

asyncio.run(main())
