import asyncio

async def agen():
    try:
        yield 1
    finally:
        print("finally in agen")

async def main():
    g = agen()
    await anext(g)
    try:
        await g.athrow(KeyError("boom"))
    except KeyError as e:
        print("propagated", repr(e))
    print(await anext(g, "exhausted"))

asyncio.run(main())
