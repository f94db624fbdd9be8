import asyncio

async def agen():
    yield 1
    raise ValueError("inside")

async def main():
    g = agen()
    print(await anext(g, "d"))
    try:
        await anext(g, "d")
    except ValueError as e:
        print("ValueError", e)
    print(await anext(g, "d"))

asyncio.run(main())
