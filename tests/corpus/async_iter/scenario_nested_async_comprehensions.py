import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    print([[y async for y in agen(x)] async for x in agen(4)])
    print([await square(x) async for x in agen(4) if await square(x) > 1])
    print([x + y for x in range(2) async for y in agen(2)] if False else "skip")
    print([i async for i in agen(3) for _ in range(2)])

asyncio.run(main())
