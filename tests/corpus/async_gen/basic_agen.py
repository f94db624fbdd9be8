import asyncio

async def countdown(n):
    while n > 0:
        await asyncio.sleep(1)
        yield n
        n -= 1

async def main():
    g = countdown(3)
    print(type(g).__name__)
    async for v in g:
        print(v, asyncio.get_running_loop().time())

asyncio.run(main())
