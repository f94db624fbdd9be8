import asyncio

async def main():
    q = asyncio.Queue()
    await q.put(1)
    async for item in q:
        print(item)

asyncio.run(main())
