import asyncio

async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(0.5)
        await q.put(i)
        print("put", i, asyncio.get_running_loop().time())
    await q.put(None)

async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        print("got", item, asyncio.get_running_loop().time())
        await asyncio.sleep(1)

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 4), consumer(q))
    print("qsize", q.qsize())

asyncio.run(main())
