import asyncio

async def agen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit via athrow")
        yield 2

async def main():
    g = agen()
    await anext(g)
    try:
        await g.athrow(GeneratorExit)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
