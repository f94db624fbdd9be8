import asyncio

class Wrapper:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return asyncio.sleep(0.2, self.n * 10)

async def main():
    async for v in Wrapper():
        print(v, round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
