import asyncio

async def main():
    async for x in 5:
        pass

asyncio.run(main())
