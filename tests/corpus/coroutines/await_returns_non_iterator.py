import asyncio

class Bad:
    def __await__(self):
        return 42

async def main():
    await Bad()

asyncio.run(main())
