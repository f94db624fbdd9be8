import asyncio

async def one():
    yield "only"

async def main():
    it = one()
    print(await anext(it, "default"))
    print(await anext(it, "default"))
    print(await anext(it, None))
    aw = anext(it, 42)
    print(type(aw).__name__)
    print(await aw)

asyncio.run(main())
