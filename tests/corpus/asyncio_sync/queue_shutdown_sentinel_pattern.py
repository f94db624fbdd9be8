import asyncio

SENTINEL = object()

async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(0.5)
        await q.put(i)
    await q.put(SENTINEL)

async def consume(q):
    while True:
        item = await q.get()
        if item is SENTINEL:
            print("sentinel received", asyncio.get_running_loop().time())
            return
        yield item

async def main():
    q = asyncio.Queue()
    asyncio.create_task(producer(q, 3))
    async for item in consume(q):
        print("item", item, asyncio.get_running_loop().time())

asyncio.run(main())
