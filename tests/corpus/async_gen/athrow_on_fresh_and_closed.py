import asyncio

async def agen():
    print("body started")
    yield 1

async def main():
    g = agen()
    try:
        await g.athrow(ValueError("fresh"))
    except ValueError as e:
        print("fresh athrow raised", e)
    print(await anext(g, "exhausted"))
    print(await g.athrow(ValueError("closed")))

asyncio.run(main())
