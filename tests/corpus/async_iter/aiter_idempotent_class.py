import asyncio

class It:
    def __init__(self):
        self.calls = 0
    def __aiter__(self):
        self.calls += 1
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def main():
    it = It()
    print(aiter(it) is it, aiter(aiter(it)) is it, it.calls)
    async for _ in it:
        pass
    print(it.calls)

asyncio.run(main())
