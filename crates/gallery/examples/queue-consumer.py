import asyncio
from asyncio import Queue

queue = Queue()

async def consumer():
    async for item in queue:
        print(f"Consumed: {item}")

async def main():
    for item in ["a", "b", "c"]:
        await queue.put(item)
    print("queue holds", queue.qsize(), "items")
    await consumer()

asyncio.run(main())
