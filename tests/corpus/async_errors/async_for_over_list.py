import asyncio

async def main():
    async for x in [1, 2, 3]:
        print(x)

asyncio.run(main())
