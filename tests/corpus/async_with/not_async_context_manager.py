import asyncio

async def main():
    async with object():
        pass

asyncio.run(main())
