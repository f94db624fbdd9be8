import asyncio

async def agen():
    print("never printed")
    yield 1

async def main():
    g = agen()
    try:
        await g.athrow(ValueError("early"))
    except ValueError as e:
        print("raised at once:", e)
    print(await anext(g, "default"))

asyncio.run(main())
