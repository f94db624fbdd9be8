import asyncio

class Counter:
    def __init__(self, stop):
        self.i, self.stop = 0, stop
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    c = Counter(5)
    async for v in c:
        if v == 2:
            break
    print("resumed:", [v async for v in c])
    print("exhausted:", [v async for v in c])

asyncio.run(main())
