import asyncio

async def bad():
    yield 1
    raise StopAsyncIteration("inside")

async def main():
    try:
        async for v in bad():
            print(v)
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))
    async for v in bad():
        print(v)

asyncio.run(main())
