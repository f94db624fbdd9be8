import asyncio

async def source(name, delays):
    for i, d in enumerate(delays):
        await asyncio.sleep(d)
        yield f"{name}{i}"

async def merge(*iterators):
    pending = {asyncio.create_task(anext(it), name=f"next-{n}"): it for n, it in enumerate(iterators)}
    while pending:
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in sorted(done, key=lambda t: t.get_name()):
            it = pending.pop(task)
            try:
                value = task.result()
            except StopAsyncIteration:
                continue
            pending[asyncio.create_task(anext(it), name=task.get_name())] = it
            yield value

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
    loop = asyncio.get_running_loop()
    async for v in merge(source("a", [0.3, 0.3, 0.3]), source("b", [0.2, 0.5]), source("c", [1.0])):
        print(f"{loop.time():.1f} {v}")
    q = asyncio.Queue()
    async def fill():
        for i in range(3):
            await asyncio.sleep(0.5)
            await q.put(i)
        await q.put(None)
    filler = asyncio.create_task(fill())
    print([x async for x in QueueIterator(q)], loop.time())
    await filler
    t = asyncio.create_task(anext(source("d", [0.1]), "default"))
    print(await t)
    empty = source("e", [])
    print(await asyncio.create_task(anext(empty, "exhausted")))
    try:
        await asyncio.wait_for(anext(source("f", [5])), 1)
    except TimeoutError:
        print("anext timed out", loop.time())

asyncio.run(main())
