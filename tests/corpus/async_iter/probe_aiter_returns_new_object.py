import asyncio

class Source:
    def __init__(self, items):
        self.items = items
    def __aiter__(self):
        return SourceIter(self.items)

class SourceIter:
    def __init__(self, items):
        self.it = iter(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration

async def main():
    s = Source("abc")
    print([c async for c in s])
    print([c async for c in s])
    it = aiter(s)
    print(type(it).__name__, await anext(it))

asyncio.run(main())
