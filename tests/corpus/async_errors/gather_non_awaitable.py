import asyncio

async def main():
    await asyncio.gather(5)

asyncio.run(main())
