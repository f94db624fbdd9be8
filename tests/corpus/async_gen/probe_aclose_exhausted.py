import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    async for x in g:
        print(x)
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("still exhausted")

asyncio.run(main())
