import asyncio

class OnlyEnter:
    async def __aenter__(self):
        return self

async def main():
    async with OnlyEnter():
        pass

asyncio.run(main())
