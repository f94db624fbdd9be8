import asyncio

async def raises_stop():
    yield 1
    raise StopAsyncIteration("manual")

async def raises_stopiter():
    yield 1
    raise StopIteration("sync stop")

async def main():
    for f in (raises_stop, raises_stopiter):
        try:
            async for x in f():
                print(f.__name__, x)
        except RuntimeError as e:
            print("RuntimeError:", e, "cause:", repr(e.__cause__))

asyncio.run(main())
