# Seed 001, "Async Queue / Producer-Consumer", verbatim plus a driver: a Queue is not
# async-iterable, so `async for item in queue` fails.
import asyncio
from asyncio import Queue
queue = Queue()
async def consumer():
    async for item in queue:
        print(f"Consumed: {item}")

async def main():
    await queue.put("job-1")
    await consumer()

asyncio.run(main())
