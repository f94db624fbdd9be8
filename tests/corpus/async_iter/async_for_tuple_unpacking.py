import asyncio

async def pairs():
    for i, c in enumerate("xyz"):
        await asyncio.sleep(0)
        yield i, c

async def main():
    async for i, c in pairs():
        print(i, c)
    async for (i, c) in pairs():
        print(c * (i + 1))

asyncio.run(main())
