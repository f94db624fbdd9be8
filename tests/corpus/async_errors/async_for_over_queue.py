import asyncio

async def main():
    queue = asyncio.Queue()
    await queue.put(1)
    async for item in queue:
        print(item)

asyncio.run(main())
