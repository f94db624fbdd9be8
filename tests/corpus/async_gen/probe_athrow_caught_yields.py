import asyncio

async def agen():
    while True:
        try:
            yield "tick"
        except ValueError as e:
            print("agen caught", e)
            yield "recovered"

async def main():
    g = agen()
    print(await anext(g))
    print(await g.athrow(ValueError("bad")))
    print(await anext(g))
    print(await g.athrow(ValueError("again")))
    await g.aclose()

asyncio.run(main())
