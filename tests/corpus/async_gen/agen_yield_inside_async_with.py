import asyncio

class Conn:
    async def __aenter__(self):
        print("open", asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
        return self
    async def __aexit__(self, *exc):
        print("close", asyncio.get_running_loop().time(), exc[0])
        return False

async def rows():
    async with Conn():
        for i in range(2):
            await asyncio.sleep(1)
            yield i

async def main():
    async for r in rows():
        print("row", r, asyncio.get_running_loop().time())

asyncio.run(main())
