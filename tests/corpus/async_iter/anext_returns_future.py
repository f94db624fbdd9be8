import asyncio

class FutureSource:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        self.n += 1
        if self.n > 2:
            fut.set_exception(StopAsyncIteration())
        else:
            loop.call_later(1, fut.set_result, self.n)
        return fut

async def main():
    async for v in FutureSource():
        print(v, asyncio.get_running_loop().time())
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
