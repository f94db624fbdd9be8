import asyncio

async def agen():
    yield 1
    raise ValueError("agen failed")

async def main():
    g = agen()
    print(await anext(g))
    try:
        await anext(g)
    except ValueError as e:
        print("caught", e)
    print(await anext(g, "exhausted"))

asyncio.run(main())
