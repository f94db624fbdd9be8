import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    v = anext(g)
    print(type(v).__name__)
    print(await v)

asyncio.run(main())
