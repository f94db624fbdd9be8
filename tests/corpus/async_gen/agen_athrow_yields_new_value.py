import asyncio

async def agen():
    while True:
        try:
            yield "normal"
        except KeyError:
            yield "after KeyError"

async def main():
    g = agen()
    print(await anext(g))
    print(await g.athrow(KeyError()))
    print(await anext(g))
    print(await g.athrow(KeyError))
    await g.aclose()

asyncio.run(main())
