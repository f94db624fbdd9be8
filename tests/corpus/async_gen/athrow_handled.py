import asyncio

async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("agen caught", e)
            n = -100
        n += 1

async def main():
    g = resilient()
    print(await anext(g))
    print(await g.athrow(ValueError("reset")))
    print(await anext(g))
    aw = g.athrow(ValueError("again"))
    print(type(aw).__name__)
    print(await aw)

asyncio.run(main())
