import asyncio

async def agen():
    yield 1

async def main():
    print(list(agen()))

asyncio.run(main())
