import asyncio

class Bad:
    def __aiter__(self):
        return self
    def __anext__(self):
        return "not awaitable"

async def main():
    async for x in Bad():
        pass

asyncio.run(main())
