import asyncio

class Empty:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def main():
    e = Empty()
    print(await anext(e, "fallback"))
    print(await anext(e, 0))
    try:
        await anext(e)
    except StopAsyncIteration as x:
        print("StopAsyncIteration", repr(x))

asyncio.run(main())
