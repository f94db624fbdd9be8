import asyncio

class Repeat:
    def __init__(self, value, times):
        self.value = value
        self.times = times

    def __aiter__(self):
        return RepeatIterator(self.value, self.times)

class RepeatIterator:
    def __init__(self, value, times):
        self.value = value
        self.left = times

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.left == 0:
            raise StopAsyncIteration
        self.left -= 1
        await asyncio.sleep(0.1)
        return self.value

async def main():
    r = Repeat("x", 2)
    print([v async for v in r])
    print([v async for v in r])
    it = aiter(r)
    print(type(it).__name__, await anext(it), await anext(it), await anext(it, "end"))

asyncio.run(main())
