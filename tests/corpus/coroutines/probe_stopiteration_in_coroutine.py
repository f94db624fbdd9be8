import asyncio

async def f():
    raise StopIteration("x")

async def main():
    try:
        await f()
    except RuntimeError as e:
        print(e, "|", repr(e.__cause__))

asyncio.run(main())
