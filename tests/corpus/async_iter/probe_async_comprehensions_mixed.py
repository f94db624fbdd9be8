import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x

async def main():
    print([x async for x in agen(5) if x % 2])
    print({x: await double(x) async for x in agen(3)})
    print({x % 2 async for x in agen(6)})
    print([await double(x) for x in range(3)])
    nested = [[y async for y in agen(x)] async for x in agen(3)]
    print(nested)
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, [v async for v in g])
    print(asyncio.get_running_loop().time())

asyncio.run(main())
