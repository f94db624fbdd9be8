import asyncio

async def main():
    await asyncio.wait([])

asyncio.run(main())
