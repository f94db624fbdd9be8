import asyncio

async def f(x):
    await asyncio.sleep(x)
    return x

async def main():
    print(await asyncio.gather())
    inner = asyncio.gather(f(1), f(2))
    outer = await asyncio.gather(inner, f(0.5))
    print(outer, asyncio.get_running_loop().time())

asyncio.run(main())
