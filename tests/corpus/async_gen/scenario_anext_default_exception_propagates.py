import asyncio

async def agen():
    yield 1
    raise ZeroDivisionError("inside agen")

async def main():
    g = agen()
    print(await anext(g, "d"))
    try:
        await anext(g, "d")
    except ZeroDivisionError as e:
        print("propagated:", e)
    print(await anext(g, "d"))

asyncio.run(main())
