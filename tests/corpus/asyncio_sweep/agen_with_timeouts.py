import asyncio
from contextlib import aclosing

async def ticks(interval, n):
    try:
        for i in range(n):
            await asyncio.sleep(interval)
            yield i
    finally:
        print("ticks closed at", asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    gen = ticks(1, 5)
    print(await asyncio.wait_for(anext(gen), 2), loop.time())
    try:
        await asyncio.wait_for(anext(gen), 0.5)
    except TimeoutError:
        print("anext timed out at", loop.time())
    try:
        print(await anext(gen))
    except StopAsyncIteration:
        print("the generator was finished by the cancellation")
    async with aclosing(ticks(0.5, 10)) as g:
        async for x in g:
            print("tick", x, loop.time())
            if x == 2:
                break
    print("after aclosing", loop.time())
    try:
        async with asyncio.timeout(1.2):
            async for x in ticks(0.5, 10):
                print("timed tick", x, loop.time())
    except TimeoutError:
        print("timeout around async for at", loop.time())
    await asyncio.sleep(0)
    results = []
    async def collect(name, interval):
        async for x in ticks(interval, 3):
            results.append((name, x, loop.time()))
    await asyncio.gather(collect("fast", 0.3), collect("slow", 0.7))
    print(results)

asyncio.run(main())
