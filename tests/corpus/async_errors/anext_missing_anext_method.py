import asyncio

class OnlyAiter:
    def __aiter__(self):
        return self

async def main():
    async for x in OnlyAiter():
        pass

asyncio.run(main())
