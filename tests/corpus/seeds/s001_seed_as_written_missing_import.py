# Seed 001, "Async Generator & aiter()" exactly as written (no import), run with asyncio
# imported under another name: the generator's `asyncio.sleep` is a NameError.
import asyncio as aio

async def async_gen():
    for i in range(5):
        await asyncio.sleep(0.1)
        yield i

async def main():
    async for val in async_gen():
        print(val)

aio.run(main())
