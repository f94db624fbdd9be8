import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield i

async def main():
    pairs = [(a, b) async for a in agen(2) async for b in agen(2)]
    print(pairs, asyncio.get_running_loop().time())

asyncio.run(main())
