import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    print([x async for x in g])
    print(await g.aclose())
    print(await g.aclose())
    print(await anext(g, "still exhausted"))

asyncio.run(main())
