import asyncio

async def agen():
    yield 1
    raise KeyError("missing")

async def main():
    async for x in agen():
        print("item", x)

asyncio.run(main())
