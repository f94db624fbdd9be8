import asyncio

class QueueIterator:
    _DONE = object()

    def __init__(self):
        self.q = asyncio.Queue()

    async def push(self, item):
        await self.q.put(item)

    async def finish(self):
        await self.q.put(self._DONE)

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.q.get()
        if item is self._DONE:
            raise StopAsyncIteration
        return item

async def feeder(it):
    for w in ["alpha", "beta", "gamma"]:
        await asyncio.sleep(0.3)
        await it.push(w)
    await it.finish()

async def main():
    it = QueueIterator()
    task = asyncio.create_task(feeder(it))
    async for word in it:
        print(word, asyncio.get_running_loop().time())
    await task
    print([w async for w in it] if False else "drained", it.q.empty())

asyncio.run(main())
