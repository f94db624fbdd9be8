import asyncio

async def agen():
    await asyncio.sleep(1)
    yield 1

async def main():
    g = agen()
    t1 = asyncio.create_task(anext(g))
    t2 = asyncio.create_task(anext(g))
    r = await asyncio.gather(t1, t2, return_exceptions=True)
    print(r)

asyncio.run(main())
