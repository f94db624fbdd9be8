# Seed 001, "Async Generator & aiter()": the seed forgets `import asyncio` and never runs
# main(); both are added.
import asyncio

async def async_gen():
    for i in range(5):
        await asyncio.sleep(0.1)
        yield i
# Usage
async def main():
    async for val in async_gen():
        print(val)
    # Manual with aiter
    it = aiter(async_gen())
    while True:
        try:
            val = await anext(it)
            print(val)
        except StopAsyncIteration:
            break
    print("virtual time:", asyncio.get_running_loop().time())

asyncio.run(main())
