import asyncio

async def agen():
    yield 1
    raise StopIteration("oops")

async def main():
    try:
        async for x in agen():
            print(x)
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

asyncio.run(main())
