import asyncio

class Numbers:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return NumbersIterator(self.n)

class NumbersIterator:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0.1)
        return self.i

async def main():
    nums = Numbers(3)
    print([x async for x in nums], [x async for x in nums])
    print(round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
