import asyncio

class AsyncRange:
    def __init__(self, start, stop, delay=0.1):
        self.current = start
        self.stop = stop
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.stop:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        value = self.current
        self.current += 1
        return value

async def main():
    async for i in AsyncRange(0, 3):
        print(i, asyncio.get_running_loop().time())
    evens = [i async for i in AsyncRange(0, 6, 0) if i % 2 == 0]
    print(evens)

asyncio.run(main())
