import asyncio

class Once:
    def __init__(self):
        self.done = False
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.done:
            raise StopAsyncIteration("payload is ignored by async for")
        self.done = True
        return "only item"

async def main():
    result = [x async for x in Once()]
    print(result)

asyncio.run(main())
