import asyncio

async def ticker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}-{i}"

async def merge(*gens):
    q = asyncio.Queue()
    DONE = object()

    async def pump(g):
        async for item in g:
            await q.put(item)
        await q.put(DONE)

    tasks = [asyncio.create_task(pump(g)) for g in gens]
    remaining = len(tasks)
    while remaining:
        item = await q.get()
        if item is DONE:
            remaining -= 1
        else:
            yield item

async def main():
    async for item in merge(ticker("fast", 0.2, 3), ticker("slow", 0.5, 2)):
        print(item, asyncio.get_running_loop().time())

asyncio.run(main())
