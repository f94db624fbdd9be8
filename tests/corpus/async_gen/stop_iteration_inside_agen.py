import asyncio

async def bad():
    yield 1
    raise StopIteration

async def main():
    async for v in bad():
        print(v)

asyncio.run(main())
