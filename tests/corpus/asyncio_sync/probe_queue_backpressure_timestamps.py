import asyncio

async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, q.qsize(), asyncio.get_running_loop().time())

async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(1)
        print("get", await q.get(), asyncio.get_running_loop().time())

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
