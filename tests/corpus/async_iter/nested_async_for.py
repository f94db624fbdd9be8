import asyncio

async def rows(n):
    for r in range(n):
        await asyncio.sleep(1)
        yield r

async def cols(r, n):
    for c in range(n):
        await asyncio.sleep(0.25)
        yield (r, c)

async def main():
    async for r in rows(2):
        async for cell in cols(r, 2):
            print(cell, asyncio.get_running_loop().time())

asyncio.run(main())
