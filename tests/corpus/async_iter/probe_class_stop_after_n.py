import asyncio

class Ticker:
    def __init__(self, n, delay):
        self.n = n
        self.delay = delay
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(self.delay)
        return self.i

async def main():
    loop = asyncio.get_running_loop()
    async for t in Ticker(3, 0.25):
        print(t, loop.time())
    t = Ticker(2, 1)
    print(await anext(t), await anext(t), await anext(t, "done"), await anext(t, None))

asyncio.run(main())
