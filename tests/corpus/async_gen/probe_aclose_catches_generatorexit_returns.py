import asyncio

async def agen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    except Exception:
        print("never")

async def main():
    g = agen()
    await anext(g)
    await g.aclose()
    print("closed fine")
    h = agen()
    await anext(h)
    try:
        await h.athrow(GeneratorExit)
    except GeneratorExit:
        print("GeneratorExit propagated")

asyncio.run(main())
