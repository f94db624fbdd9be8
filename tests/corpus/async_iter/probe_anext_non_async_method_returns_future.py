import asyncio

class FutIter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        self.n += 1
        if self.n > 3:
            fut.set_exception(StopAsyncIteration())
        else:
            loop.call_later(0.5, fut.set_result, self.n * 10)
        return fut

async def main():
    async for v in FutIter():
        print(v, asyncio.get_running_loop().time())

asyncio.run(main())
