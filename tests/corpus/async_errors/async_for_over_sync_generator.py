import asyncio

def gen():
    yield 1

async def main():
    async for x in gen():
        print(x)

asyncio.run(main())
