import asyncio

class Bad:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopIteration

async def main():
    async for x in Bad():
        print(x)

asyncio.run(main())
