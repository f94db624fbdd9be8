import asyncio

class Bad:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        return False

async def main():
    async with Bad():
        pass

asyncio.run(main())
