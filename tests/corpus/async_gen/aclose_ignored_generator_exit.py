import asyncio

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "still here"

async def main():
    g = stubborn()
    await anext(g)
    await g.aclose()

asyncio.run(main())
