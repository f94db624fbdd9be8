import asyncio

class Limited:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration("finished")
        return self.n

async def main():
    it = Limited()
    async for v in it:
        print(v)
    try:
        await it.__anext__()
    except StopAsyncIteration as e:
        print("direct:", repr(e))

asyncio.run(main())
