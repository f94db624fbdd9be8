import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    print(type(g.asend(None)).__name__)
    await g.asend(5)

asyncio.run(main())
