import asyncio

async def agen():
    try:
        yield 1
    finally:
        yield 2

async def main():
    g = agen()
    print(await anext(g))
    await g.aclose()

asyncio.run(main())
