import asyncio

async def agen():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally")

async def main():
    g = agen()
    await anext(g)
    await g.aclose()
    fresh = agen()
    await fresh.aclose()
    print("fresh agen closed without running")

asyncio.run(main())
