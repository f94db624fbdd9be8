import asyncio

async def bad():
    raise StopIteration("nope")

async def main():
    await bad()

asyncio.run(main())
