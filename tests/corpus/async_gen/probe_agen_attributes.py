import asyncio

async def ticker():
    await asyncio.sleep(0)
    yield 1

async def main():
    g = ticker()
    print(g.__name__, g.__qualname__, g.ag_running)
    print(await anext(g, None), await anext(g, None))
    await g.aclose()

asyncio.run(main())
