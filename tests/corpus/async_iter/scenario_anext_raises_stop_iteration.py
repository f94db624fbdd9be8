import asyncio

class Bad:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopIteration

async def main():
    try:
        async for x in Bad():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
