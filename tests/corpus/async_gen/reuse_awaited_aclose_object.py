import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    await anext(g)
    closer = g.aclose()
    await closer
    try:
        await closer
    except RuntimeError as e:
        print(e)
    thrower = g.athrow(ValueError)
    print(await thrower)
    await thrower

asyncio.run(main())
