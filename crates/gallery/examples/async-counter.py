import asyncio

class AsyncCounter:
    def __init__(self, stop):
        self.stop = stop
        self.current = 0

    def __aiter__(self):  # a plain def: fixed
        return self

    async def __anext__(self):
        if self.current >= self.stop:
            raise StopAsyncIteration
        self.current += 1
        return self.current - 1

async def main():
    print("counting with AsyncCounter(3):")
    async for i in AsyncCounter(3):
        print(i)

asyncio.run(main())
