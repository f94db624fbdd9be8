# Seed 002, async_gen.py, with the missing `import asyncio` added.
import asyncio

async def async_counter(stop):
    for i in range(stop):
        await asyncio.sleep(0.1)  # Simulate async work
        yield i

async def main():
    async for num in async_counter(5):
        print(num)

asyncio.run(main())
