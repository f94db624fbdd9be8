import asyncio

async def agen():
    yield 1
    yield 2

async def main():
    g = agen()
    aw = g.__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print(e)
    aw2 = g.asend(None)
    print(await aw2)
    await aw2

asyncio.run(main())
