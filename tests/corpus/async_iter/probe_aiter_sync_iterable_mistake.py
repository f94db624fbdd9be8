import asyncio

async def main():
    async for x in aiter(range(3)):
        print(x)

asyncio.run(main())
