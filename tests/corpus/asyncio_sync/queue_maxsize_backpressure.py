import asyncio

async def producer(q):
    for i in range(5):
        await q.put(i)
        print(f"{asyncio.get_running_loop().time():.1f} put {i} size={q.qsize()}")
    await q.put(None)

async def consumer(q):
    while (item := await q.get()) is not None:
        await asyncio.sleep(1)
        print(f"{asyncio.get_running_loop().time():.1f} got {item}")

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
