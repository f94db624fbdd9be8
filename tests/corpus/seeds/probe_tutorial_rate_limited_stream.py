import asyncio
import time

async def rate_limited(source, per_second):
    interval = 1 / per_second
    last = None
    async for item in source:
        now = time.monotonic()
        if last is not None and now - last < interval:
            await asyncio.sleep(interval - (now - last))
        last = time.monotonic()
        yield item

async def burst():
    for i in range(4):
        yield i

async def main():
    start = time.monotonic()
    async for i in rate_limited(burst(), 2):
        print(i, round(time.monotonic() - start, 3))

asyncio.run(main())
