import asyncio

class Numbers:
    def __init__(self, n):
        self.n = n
    async def __aiter__(self):
        for i in range(self.n):
            await asyncio.sleep(0.1)
            yield i

async def main():
    async for x in Numbers(3):
        print(x, round(asyncio.get_running_loop().time(), 1))
    it = aiter(Numbers(2))
    print(type(it).__name__, it is aiter(it))

asyncio.run(main())
