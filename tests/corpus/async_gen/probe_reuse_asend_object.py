import asyncio

async def agen():
    yield 1
    yield 2

async def main():
    g = agen()
    a = g.__anext__()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print(e)

asyncio.run(main())
