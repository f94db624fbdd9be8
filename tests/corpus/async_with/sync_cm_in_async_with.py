import asyncio

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def main():
    with SyncOnly():
        print("sync with works inside async def")
    async with SyncOnly():
        pass

asyncio.run(main())
