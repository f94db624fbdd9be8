import asyncio

async def agen():
    yield 1

async def main():
    for x in agen():
        print(x)

asyncio.run(main())
