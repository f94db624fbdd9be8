# Seed 000 (aiter() reference page), "Basic usage with async generator", verbatim.
import asyncio

async def async_gen():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield i

async def demo():
    async_iter = aiter(async_gen())

    async for item in async_iter:
        print(item)
    # Output: 0, 1, 2

asyncio.run(demo())
