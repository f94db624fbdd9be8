import asyncio

class QueueIterator:
    def __init__(self, queue):
        self.queue = queue
    def __aiter__(self):
        return self
    async def __anext__(self):
        item = await self.queue.get()
        if item is None:
            raise StopAsyncIteration
        return item

async def main():
    q = asyncio.Queue()
    for x in ["a", "b", None]:
        q.put_nowait(x)
    async for item in QueueIterator(q):
        print("consumed", item)

asyncio.run(main())
